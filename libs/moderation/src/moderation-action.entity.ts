import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';

export enum ModerationActionKind {
  HIDE = 'HIDE',
  /** Hidden because enough users flagged it; no moderator yet. */
  AUTO_HIDE = 'AUTO_HIDE',
  RESTORE = 'RESTORE',
  /** Flags closed, the content stays as it is. */
  DISMISS_FLAGS = 'DISMISS_FLAGS',
  LOCK = 'LOCK',
  UNLOCK = 'UNLOCK',
  MOVE = 'MOVE',
  BAN = 'BAN',
  UNBAN = 'UNBAN',
  ERASE_PERSONAL_DATA = 'ERASE_PERSONAL_DATA',
}

/** Actions whose fact and reason are shown on the item itself; the rest is for moderators and admins. */
export const PUBLIC_ACTIONS: readonly ModerationActionKind[] = [
  ModerationActionKind.HIDE,
  ModerationActionKind.AUTO_HIDE,
  ModerationActionKind.RESTORE,
  ModerationActionKind.LOCK,
  ModerationActionKind.UNLOCK,
  ModerationActionKind.MOVE,
];

export enum ModerationSubject {
  COMMENT = 'COMMENT',
  THREAD = 'THREAD',
  EXPERIENCE = 'EXPERIENCE',
  USER = 'USER',
}

/** The moderation log: who did what to which item, when and why. Rows are only ever added. */
@Entity()
@Index('moderation_action_subject_idx', ['subjectKind', 'subjectId', 'createdAt'])
@Index('moderation_action_recent_idx', ['createdAt', 'id'])
export class ModerationAction {
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Null for automatic actions (auto-hide after flags). */
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  @Column({ type: 'enum', enum: ModerationActionKind, enumName: 'moderation_action_kind' }) action: ModerationActionKind;

  @Column({ type: 'enum', enum: ModerationSubject, enumName: 'moderation_subject' }) subjectKind: ModerationSubject;

  @Column('uuid') subjectId: string;

  @Column('text') reason: string;

  /** E.g. the ban's end, the thread's old and new place, the number of flags that hid a post. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
