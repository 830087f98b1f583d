import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Visibility } from '@krisenfest/core';
import { HiddenState } from '@krisenfest/database';
import { User } from '@krisenfest/identity';
import { SeminarSession } from '@krisenfest/seminars';

export enum ThreadKind {
  EXPERIENCE = 'EXPERIENCE',
  SEMINAR_SESSION = 'SEMINAR_SESSION',
  GENERAL = 'GENERAL',
}

/** What changed about a thread, for its live subscribers. */
export enum ThreadChange {
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
  LOCKED = 'LOCKED',
  UNLOCKED = 'UNLOCKED',
}

/** A discussion: under an experience, as a seminar session's follow-up, or on its own. */
@Entity()
@Index(['lastActivityAt', 'id'])
export class Thread {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'enum', enum: ThreadKind, enumName: 'thread_kind' }) kind: ThreadKind;

  @Column('text') title: string;

  /** The opening post, Markdown. */
  @Column({ type: 'text', default: '' }) body: string;

  /** The opening post rendered and sanitized once at write time. */
  @Column({ type: 'text', default: '' }) bodyHtml: string;

  @Index()
  @Column('uuid')
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  seminarSessionId: string | null;

  @ManyToOne(() => SeminarSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seminar_session_id' })
  seminarSession?: SeminarSession;

  /** False while the experience it belongs to is a draft: then only its author sees it. */
  @Column({ type: 'boolean', default: true }) published: boolean;

  /** Who may read it and its comments. An experience's thread follows the experience. */
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility', default: Visibility.PUBLIC })
  visibility: Visibility;

  /** The municipality whose staff may read a MEMBERS thread (unless a group owns it). */
  @Index('thread_owner_municipality_idx')
  @Column({ type: 'uuid', nullable: true })
  ownerMunicipalityId: string | null;

  /** The volunteer group whose members may read a MEMBERS thread. */
  @Index('thread_owner_volunteer_group_idx')
  @Column({ type: 'uuid', nullable: true })
  ownerVolunteerGroupId: string | null;

  @Column(() => HiddenState, { prefix: 'hidden' }) hidden: HiddenState;

  /** A locked thread takes no new comments. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) lockedAt: Date | null;

  @Column({ type: 'text', nullable: true }) lockReason: string | null;

  /** Closed with a written conclusion (by its author, the session's organisers or the moderation): no new comments. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt: Date | null;

  @Column({ type: 'uuid', nullable: true }) closedById: string | null;

  /** The conclusion, Markdown, and rendered once. */
  @Column({ type: 'text', nullable: true }) conclusion: string | null;

  @Column({ type: 'text', nullable: true }) conclusionHtml: string | null;

  @Column({ type: 'integer', default: 0 }) commentCount: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) lastActivityAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;

  @Index('thread_search_idx', { synchronize: false })
  @Column({
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(body, '')), 'C')`,
  })
  search?: string;
}
