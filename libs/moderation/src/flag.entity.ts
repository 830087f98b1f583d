import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';

/** What can be flagged and hidden. */
export enum ContentKind {
  COMMENT = 'COMMENT',
  THREAD = 'THREAD',
  EXPERIENCE = 'EXPERIENCE',
}

export enum FlagReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  PERSONAL_DATA = 'PERSONAL_DATA',
  MISINFORMATION = 'MISINFORMATION',
  OTHER = 'OTHER',
}

export enum FlagResolution {
  /** The moderation hid the content. */
  UPHELD = 'UPHELD',
  /** The moderation kept (or restored) the content. */
  DISMISSED = 'DISMISSED',
}

/** A user's report of a post. Open until a moderator decides on the post; one open flag per user and post. */
@Entity()
@Index('flag_open_target_idx', ['targetKind', 'targetId', 'createdAt'], { where: 'resolved_at IS NULL' })
@Index('flag_open_reporter_uq', ['targetKind', 'targetId', 'reporterId'], { unique: true, where: 'resolved_at IS NULL' })
export class Flag {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column({ type: 'enum', enum: ContentKind, enumName: 'content_kind' }) targetKind: ContentKind;

  @Column('uuid') targetId: string;

  @Index()
  @Column('uuid')
  reporterId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: User;

  @Column({ type: 'enum', enum: FlagReason, enumName: 'flag_reason' }) reason: FlagReason;

  @Column({ type: 'text', nullable: true }) note: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;

  @Column({ type: 'enum', enum: FlagResolution, enumName: 'flag_resolution', nullable: true }) resolution: FlagResolution | null;
}
