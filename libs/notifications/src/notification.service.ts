import { Injectable } from '@nestjs/common';
import {
  Connection,
  decodeTypedCursor,
  limitSql,
  PageRequest,
  parseGlobalId,
  RequestContext,
  requireUser,
  toConnection,
} from '@krisenfest/core';
import { RowShape, TransactionalConnection } from '@krisenfest/database';
import { LiveChannels, LiveEvents } from '@krisenfest/live';
import { NotificationKind } from './notification.entity';

/** A notification as GraphQL shows it to its recipient. */
export interface NotificationView {
  id: string;
  userId: string;
  kind: NotificationKind;
  actorId: string | null;
  threadId: string | null;
  commentId: string | null;
  seminarSessionId: string | null;
  membershipId: string | null;
  experienceId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** A notification to write: for whom, what, pointing at what. */
export type NewNotification = Pick<NotificationView, 'userId' | 'kind'> &
  Partial<Pick<NotificationView, 'actorId' | 'threadId' | 'commentId' | 'seminarSessionId' | 'membershipId' | 'experienceId'>>;

/**
 * SQL that keeps a notification (aliased `alias`) only while its recipient, the caller, may read what it points at.
 * The feature that owns the thing decides (discussions for threads and comments).
 */
export type NotificationVisibility = (ctx: RequestContext, alias: string, bind: (value: unknown) => string) => string;

export const NOTIFICATION_ROW = new RowShape<NotificationView>({
  id: 'id',
  userId: 'user_id',
  kind: 'kind',
  actorId: 'actor_id',
  threadId: 'thread_id',
  commentId: 'comment_id',
  seminarSessionId: 'seminar_session_id',
  membershipId: 'membership_id',
  experienceId: 'experience_id',
  createdAt: 'created_at',
  readAt: 'read_at',
});

/** What a mail says about a notification, from the feature that owns what it points at. */
export interface NotificationDescription {
  /** What it is about, to group by: e.g. the thread's title. */
  topic: string;
  /** Where to open it. */
  link: string;
  /** Who did it, if someone. */
  actorName?: string;
  /** A short plain-text excerpt (a comment's first words). */
  excerpt?: string;
}

/** Describes a notification read with its recipient's rights; undefined when it is not this feature's, null when unreadable. */
export type NotificationDescriber = (
  ctx: RequestContext,
  notification: NotificationView,
) => Promise<NotificationDescription | null | undefined>;

/** Unread counts stop here: a badge shows "99+" anyway, and the count stays cheap. */
export const UNREAD_COUNT_CAP = 100;

/**
 * In-app notifications: written by the features where things happen (in their transactions), read by their
 * recipients through the visibility rules the owning features registered.
 */
@Injectable()
export class NotificationService {
  private readonly visibility: NotificationVisibility[] = [];
  private readonly describers: NotificationDescriber[] = [];

  constructor(
    private readonly db: TransactionalConnection,
    private readonly live: LiveEvents,
  ) {}

  /** Called once by each feature whose rows notifications point at. */
  registerVisibility(filter: NotificationVisibility): void {
    this.visibility.push(filter);
  }

  /** Called once by each feature whose rows notifications point at, for the mails. */
  registerDescriber(describer: NotificationDescriber): void {
    this.describers.push(describer);
  }

  /** What a mail says about `notification` (read with the rights of `ctx`), or null when it cannot be told. */
  async describe(ctx: RequestContext, notification: NotificationView): Promise<NotificationDescription | null> {
    for (const describer of this.describers) {
      const description = await describer(ctx, notification);
      if (description !== undefined) return description;
    }
    return null;
  }

  /** The caller's notifications among `ids` that they may read now, oldest first. */
  async visibleByIds(ctx: RequestContext, userId: string, ids: string[]): Promise<NotificationView[]> {
    if (!ids.length) return [];
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [`n.id = ANY(${bind(ids)}::uuid[])`, `n.user_id = ${bind(userId)}::uuid`, ...this.visibleSql(ctx, 'n', bind)];
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${NOTIFICATION_ROW.select('n')} FROM notification n WHERE ${where.join(' AND ')} ORDER BY n.created_at, n.id`,
      params,
    );
    return rows.map((r) => NOTIFICATION_ROW.read(r));
  }

  /** Writes notifications in the transaction of `tx`; nobody is notified about what they did themselves. */
  async notify(tx: RequestContext, notifications: NewNotification[]): Promise<void> {
    const rows = notifications.filter((n) => n.userId !== n.actorId);
    if (!rows.length) return;
    const written = await this.db.query<{ id: string; user_id: string }>(
      tx,
      `INSERT INTO notification (user_id, kind, actor_id, thread_id, comment_id, seminar_session_id, membership_id, experience_id)
       SELECT n.user_id, n.kind::notification_kind, n.actor_id, n.thread_id, n.comment_id, n.seminar_session_id, n.membership_id,
         n.experience_id
       FROM jsonb_to_recordset($1::jsonb)
         AS n(user_id uuid, kind text, actor_id uuid, thread_id uuid, comment_id uuid, seminar_session_id uuid, membership_id uuid,
           experience_id uuid)
       RETURNING id, user_id`,
      [
        JSON.stringify(
          rows.map((n) => ({
            user_id: n.userId,
            kind: n.kind,
            actor_id: n.actorId ?? null,
            thread_id: n.threadId ?? null,
            comment_id: n.commentId ?? null,
            seminar_session_id: n.seminarSessionId ?? null,
            membership_id: n.membershipId ?? null,
            experience_id: n.experienceId ?? null,
          })),
        ),
      ],
    );
    // Live to the recipients' open apps, once the write has committed.
    this.db.afterCommit(tx, () => {
      for (const row of written) void this.live.publish(LiveChannels.notifications(row.user_id), { notificationId: row.id });
    });
  }

  /** One notification of the caller's, if they may still read what it points at. */
  async visibleById(ctx: RequestContext, userId: string, id: string): Promise<NotificationView | null> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [`n.id = ${bind(id)}::uuid`, `n.user_id = ${bind(userId)}::uuid`, ...this.visibleSql(ctx, 'n', bind)];
    const [row] = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${NOTIFICATION_ROW.select('n')} FROM notification n WHERE ${where.join(' AND ')}`,
      params,
    );
    return row ? NOTIFICATION_ROW.read(row) : null;
  }

  /** The caller's notifications, newest first; only what they may read now. */
  async page(ctx: RequestContext, userId: string, page: PageRequest, unreadOnly = false): Promise<Connection<NotificationView>> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [`n.user_id = ${bind(userId)}::uuid`, ...this.visibleSql(ctx, 'n', bind)];
    if (unreadOnly) where.push('n.read_at IS NULL');
    if (page.after) {
      const [createdAt, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']) as string[];
      where.push(`(n.created_at, n.id) < (${bind(createdAt)}::timestamptz, ${bind(id)}::uuid)`);
    }
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${NOTIFICATION_ROW.select('n')} FROM notification n WHERE ${where.join(' AND ')}
       ORDER BY n.created_at DESC, n.id DESC LIMIT ${limitSql(page)}`,
      params,
    );
    return toConnection(
      rows.map((r) => NOTIFICATION_ROW.read(r)),
      page,
      (n) => [n.createdAt.toISOString(), n.id],
    );
  }

  /** Unread notifications the caller may read, counted up to UNREAD_COUNT_CAP. */
  async unreadCount(ctx: RequestContext, userId: string): Promise<number> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [`n.user_id = ${bind(userId)}::uuid`, 'n.read_at IS NULL', ...this.visibleSql(ctx, 'n', bind)];
    const [row] = await this.db.query<{ count: number }>(
      ctx,
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM notification n WHERE ${where.join(' AND ')} LIMIT ${UNREAD_COUNT_CAP}) unread`,
      params,
    );
    return row.count;
  }

  /** Marks the caller's notifications read: the ones given (global ids), or all. Returns the unread count after. */
  async markRead(ctx: RequestContext, ids: string[] | null): Promise<number> {
    const user = requireUser(ctx);
    const uuids = ids?.map((id) => parseGlobalId(id, 'Notification', 'ids'));
    await this.db.transaction(ctx, (tx) =>
      uuids
        ? this.db.query(tx, 'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND id = ANY($2::uuid[])', [
            user.id,
            uuids,
          ])
        : this.db.query(tx, 'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL', [user.id]),
    );
    return this.unreadCount(ctx, user.id);
  }

  private visibleSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): string[] {
    return this.visibility.map((filter) => `(${filter(ctx, alias, bind)})`);
  }
}
