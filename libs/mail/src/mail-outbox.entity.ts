import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file sent with a mail, e.g. the calendar entry of a seminar session. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * A mail written in the same transaction as what it tells about (a registration, a promotion), sent afterwards by
 * the OutboxDispatcher: if the transaction rolls back there is no mail, if the process dies the mail is still here.
 */
@Entity('mail_outbox')
@Index('mail_outbox_due', ['sendAfter'], { where: 'sent_at IS NULL AND failed_at IS NULL' })
export class MailOutboxEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;

  /** What the mail is about, e.g. "seminar-reminder:<registration>": the same key is queued once. */
  @Index({ unique: true })
  @Column('text')
  key: string;

  @Column('text') recipient: string;

  @Column('text') subject: string;

  @Column('text') body: string;

  @Column({ type: 'jsonb', default: () => "'[]'" }) attachments: MailAttachment[];

  /** Extra header lines, e.g. List-Unsubscribe. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) headers: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) sendAfter: Date;

  /** A dispatcher is sending it until then; after that (it died) another one may. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) claimedUntil: Date | null;

  @Column({ type: 'integer', default: 0 }) attempts: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) sentAt: Date | null;

  /** Given up after the last attempt. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) failedAt: Date | null;

  @Column({ type: 'text', nullable: true }) lastError: string | null;
}
