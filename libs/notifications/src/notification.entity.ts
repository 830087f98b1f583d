import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@krisenfest/identity';

/** What can be followed; the key is the followed row's id. */
export enum FollowTarget {
  THREAD = 'THREAD',
  /** A seminar session: its follow-up threads. Registrants follow it. */
  SEMINAR_SESSION = 'SEMINAR_SESSION',
  /** A seminar series: its new sessions. */
  SEMINAR_SERIES = 'SEMINAR_SERIES',
  /** A municipality (a Landkreis with its Gemeinden): new lessons from there. */
  MUNICIPALITY = 'MUNICIPALITY',
  /** A crisis: new lessons about it. */
  CRISIS = 'CRISIS',
  /** A volunteer group: new lessons written for it. */
  VOLUNTEER_GROUP = 'VOLUNTEER_GROUP',
  /** A kind of hazard (the key is the Hazard's name, e.g. FLOOD): new lessons about it. */
  HAZARD = 'HAZARD',
}

/** How closely (Discourse's levels). */
export enum FollowLevel {
  /** A notification for every new post. */
  WATCHING = 'WATCHING',
  /** No notifications; the new posts are counted for you (Thread.viewerFollow.newCommentCount). */
  TRACKING = 'TRACKING',
  /** Nothing, not even replies to you (a muted thread is quiet). */
  MUTED = 'MUTED',
}

@Entity()
@Index(['userId', 'target', 'targetId'], { unique: true })
@Index(['target', 'targetId'])
@Index('follow_user_target_key', ['userId', 'target', 'targetKey'], { unique: true, where: 'target_key IS NOT NULL' })
@Check('follow_one_key', '(target_id IS NULL) <> (target_key IS NULL)')
export class Follow {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: FollowTarget, enumName: 'follow_target' }) target: FollowTarget;

  /** The followed row; null for things that are not rows (see targetKey). */
  @Column({ type: 'uuid', nullable: true }) targetId: string | null;

  /** The followed thing's name where it is not a row, e.g. a hazard. */
  @Column({ type: 'text', nullable: true }) targetKey: string | null;

  @Column({ type: 'enum', enum: FollowLevel, enumName: 'follow_level' }) level: FollowLevel;

  /** New posts are counted from here (TRACKING and WATCHING); markThreadSeen moves it. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' }) seenAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}

export enum NotificationKind {
  /** Someone replied to your comment. */
  REPLY = 'REPLY',
  /** A new comment in a thread you watch (or the follow-up thread of a session you watch). */
  THREAD_COMMENT = 'THREAD_COMMENT',
  /** A comment asks you, as a speaker of the session. */
  QUESTION_TO_YOU = 'QUESTION_TO_YOU',
  /** Your reply was accepted as the answer to a question. */
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  /** Your membership request was approved: you are verified staff or member. */
  MEMBERSHIP_APPROVED = 'MEMBERSHIP_APPROVED',
  /** Your membership request was rejected, with a reason. */
  MEMBERSHIP_REJECTED = 'MEMBERSHIP_REJECTED',
  /** The moderation hid your post (comment or thread); you still see it, with the reason. */
  POST_HIDDEN = 'POST_HIDDEN',
  /** The moderation showed your post again. */
  POST_RESTORED = 'POST_RESTORED',
  /** A new session in a seminar series you watch. */
  SESSION_ANNOUNCED = 'SESSION_ANNOUNCED',
  /** You moved up from the waitlist and have a seat. */
  REGISTRATION_PROMOTED = 'REGISTRATION_PROMOTED',
  /** A session you registered for was cancelled. */
  SESSION_CANCELLED = 'SESSION_CANCELLED',
  /** A new lesson about a municipality, crisis or hazard you watch. */
  NEW_LESSON = 'NEW_LESSON',
  /** Someone mentioned you (@name) in a comment. */
  MENTION = 'MENTION',
}

/**
 * One thing a person should hear about. It points at what happened (thread, comment, session) instead of copying
 * it, so what a list shows is read with the reader's rights at that time: a hidden comment or a thread they lost
 * access to drops out.
 */
@Entity()
@Index(['userId', 'createdAt', 'id'])
@Index('notification_unread', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' }) kind: NotificationKind;

  /** Who did it (the author of the reply), if someone. */
  @Column({ type: 'uuid', nullable: true }) actorId: string | null;

  @Column({ type: 'uuid', nullable: true }) threadId: string | null;

  @Column({ type: 'uuid', nullable: true }) commentId: string | null;

  @Column({ type: 'uuid', nullable: true }) seminarSessionId: string | null;

  @Column({ type: 'uuid', nullable: true }) membershipId: string | null;

  @Column({ type: 'uuid', nullable: true }) experienceId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true }) readAt: Date | null;

  /** Handled by the notification mails: mailed, read first, or not to be mailed (null: still to decide). */
  @Index('notification_unmailed', { where: 'emailed_at IS NULL' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;
}

/** How a kind of notification reaches someone by e-mail. */
export enum MailDelivery {
  /** A mail a few minutes after it happened, unless read in the app by then. */
  IMMEDIATE = 'IMMEDIATE',
  /** Once a day, all together, grouped by thread. */
  DAILY = 'DAILY',
  NEVER = 'NEVER',
}

/** A person's choice for one kind; without a row the kind's default applies (NotificationMails.DEFAULTS). */
@Entity()
export class NotificationPreference {
  @PrimaryColumn('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' }) kind: NotificationKind;

  @Column({ type: 'enum', enum: MailDelivery, enumName: 'mail_delivery' }) delivery: MailDelivery;
}

/** When a person's last daily digest went out. */
@Entity()
export class NotificationDigestState {
  @PrimaryColumn('uuid') userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'timestamptz', precision: 3 }) lastDigestAt: Date;
}
