import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  AppConfig,
  APP_CONFIG,
  assertAuthor,
  BadUserInputError,
  byIdLoader,
  byKeys,
  ConflictError,
  Connection,
  CursorValue,
  decodeTypedCursor,
  ForbiddenError,
  HiddenMark,
  isModerator,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  renderMarkdown,
  RequestContext,
  requireUser,
  toGlobalId,
  Selection,
  toConnection,
  limitSql,
} from '@krisenfest/core';
import { IdempotencyService, SET_HIDDEN_SQL, TransactionalConnection } from '@krisenfest/database';
import { USER_ROW, UserService, UserView, userView } from '@krisenfest/identity';
import {
  FollowLevel,
  FollowService,
  FollowTarget,
  NewNotification,
  NotificationKind,
  NotificationService,
} from '@krisenfest/notifications';
import { SeminarService, SeminarSpeakerView } from '@krisenfest/seminars';
import { LiveChannels, LiveEvents } from '@krisenfest/live';
import { Comment } from './comment.entity';
import {
  commentAuthorJoin,
  commentColumns,
  commentPlanFor,
  CommentReadPlan,
  CommentView,
  commentView,
  CommentWithAuthorRow,
  COMPLETE_COMMENTS,
} from './comment-rows';
import { AddCommentInput, EditCommentInput } from './discussion.inputs';
import { NewAccountLimits } from './new-account-limits';
import { ReactionKind } from './reaction.entity';
import { ReactionService } from './reaction.service';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

const cursorOf = (c: CommentView): CursorValue[] => [c.createdAt.toISOString(), c.id];

/** Distinguishes the plans of one request's reply loaders (a document may ask for replies in two shapes). */
const planIds = new WeakMap<CommentReadPlan, number>();
let plansSeen = 0;
const planKey = (plan: CommentReadPlan): number => {
  let id = planIds.get(plan);
  if (id === undefined) {
    id = ++plansSeen;
    planIds.set(plan, id);
  }
  return id;
};

/**
 * The statements of comment pages. Each binds the caller's id first ($1) when it reads their reactions; the
 * others take no $1, so each kind keeps a plan of its own.
 */
const TOP_LEVEL_PAGE = (plan: CommentReadPlan, viewer: boolean, after: boolean, limit: string) => {
  const p = viewer ? 1 : 0;
  return `SELECT ${commentColumns(plan, viewer ? '$1' : null)}
    FROM comment c ${commentAuthorJoin(plan)}
    WHERE c.thread_id = $${p + 1} AND c.parent_id IS NULL
      ${after ? `AND (c.created_at, c.id) > ($${p + 2}::timestamptz, $${p + 3}::uuid)` : ''}
    ORDER BY c.created_at, c.id LIMIT ${limit}`;
};

const REPLIES = (plan: CommentReadPlan, viewer: boolean, after: boolean, limit: string) => {
  const p = viewer ? 1 : 0;
  return `SELECT ${commentColumns(plan, viewer ? '$1' : null)}
    FROM unnest($${p + 1}::uuid[]) AS p(id)
    CROSS JOIN LATERAL (
      SELECT * FROM comment r
      WHERE r.parent_id = p.id ${after ? `AND (r.created_at, r.id) > ($${p + 2}::timestamptz, $${p + 3}::uuid)` : ''}
      ORDER BY r.created_at, r.id
      LIMIT ${limit}
    ) c
    ${commentAuthorJoin(plan)}
    ORDER BY c.parent_id, c.created_at, c.id`;
};

/** Whether a statement of `plan` reads the caller's reactions, i.e. takes their id as $1. */
const readsViewer = (ctx: RequestContext, plan: CommentReadPlan) => plan.reactions && !!ctx.userId;

/** The caller's id as the first parameter of a comment statement that reads their reactions. */
const viewerParams = (ctx: RequestContext, plan: CommentReadPlan): unknown[] => (readsViewer(ctx, plan) ? [ctx.userId] : []);

@Injectable()
export class CommentService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly threads: ThreadService,
    private readonly users: UserService,
    private readonly nodes: NodeRegistry,
    private readonly idempotency: IdempotencyService,
    private readonly newAccounts: NewAccountLimits,
    private readonly reactions: ReactionService,
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
    private readonly seminars: SeminarService,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Comment', (ctx, id) => this.visibleById(ctx, id));
    // A notification mail tells of a thread by its title and of a comment by its first words, read with the recipient's rights.
    this.notifications.registerDescriber(async (ctx, n) => {
      if (!n.threadId) return undefined;
      const thread = await this.threads.visibleById(ctx, n.threadId);
      if (!thread) return null;
      const comment = n.commentId ? await this.visibleById(ctx, n.commentId) : null;
      const actor = n.actorId ? await this.users.byId(ctx, n.actorId) : null;
      const words = comment?.body
        ?.replace(/[#*_>`[\]]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      return {
        topic: thread.title,
        link: `${this.config.publicAppUrl}/diskussionen/${toGlobalId('Thread', thread.id)}`,
        actorName: actor?.displayName,
        excerpt: words ? (words.length > 140 ? `${words.slice(0, 139)}…` : words) : undefined,
      };
    });
    // A notification about a comment shows while the comment is there: not deleted, not hidden by the moderation
    // (its author still sees it, and hears that it was hidden).
    this.notifications.registerVisibility(
      (ctx, n, bind) =>
        `${n}.comment_id IS NULL OR EXISTS (SELECT 1 FROM comment nc WHERE nc.id = ${n}.comment_id AND nc.deleted_at IS NULL
           AND (nc.hidden_at IS NULL OR nc.author_id = ${bind(ctx.userId)}::uuid))`,
    );
    this.reactions.registerTarget('Comment', {
      column: 'comment_id',
      load: (ctx, id) => this.visibleById(ctx, id),
      closed: (comment) => ((comment as CommentView).deleted ? 'You cannot react to a deleted comment.' : null),
      count: async (tx, id, kind, delta) => {
        const counter = kind === ReactionKind.HELPFUL ? 'helpful_count' : 'thanks_count';
        await this.db.query(tx, `UPDATE comment SET ${counter} = greatest(${counter} + $2, 0) WHERE id = $1`, [id, delta]);
      },
    });
  }

  /**
   * Comments by others since the caller last marked the thread seen, for a thread they watch or track (null
   * otherwise); one statement for a page of threads.
   */
  async newCommentCount(ctx: RequestContext, threadId: string): Promise<number | null> {
    const follow = await this.follows.viewerFollow(ctx, FollowTarget.THREAD, threadId);
    if (!follow || follow.level === FollowLevel.MUTED) return null;
    const viewerId = ctx.userId!;
    return ctx
      .loader(
        'Thread.newCommentCount',
        () =>
          new DataLoader<{ threadId: string; seenAt: Date }, number, string>(
            async (keys) => {
              const rows = await this.db.prepared<{ id: string; count: number }>(
                ctx,
                `SELECT x.id, count(c.id)::int AS count FROM unnest($1::uuid[], $2::timestamptz[]) AS x(id, seen)
                 LEFT JOIN comment c ON c.thread_id = x.id AND c.created_at > x.seen AND c.author_id <> $3
                   AND c.deleted_at IS NULL AND c.hidden_at IS NULL
                 GROUP BY x.id`,
                [keys.map((k) => k.threadId), keys.map((k) => k.seenAt), viewerId],
              );
              return byKeys(
                keys.map((k) => k.threadId),
                rows,
                (r) => r.id,
              ).map((r) => r?.count ?? 0);
            },
            { cacheKeyFn: (key) => key.threadId },
          ),
      )
      .load({ threadId, seenAt: follow.seenAt });
  }

  /** A comment is visible when its thread is. */
  visibleById(ctx: RequestContext, id: string): Promise<CommentView | null> {
    return this.loader(ctx).load(id);
  }

  /** Comments the caller may see, in the order of `ids` (the others are left out). */
  async visibleByIds(ctx: RequestContext, ids: string[]): Promise<CommentView[]> {
    const found = await this.loader(ctx).loadMany(ids);
    return found.filter((c): c is CommentView => !!c && !(c instanceof Error));
  }

  /** The top-level comments of a thread, oldest first (a conversation reads top-down). */
  async page(ctx: RequestContext, thread: ThreadView, page: PageRequest, items?: Selection): Promise<Connection<CommentView>> {
    const plan = items ? commentPlanFor(items) : COMPLETE_COMMENTS;
    const params: unknown[] = [...viewerParams(ctx, plan), thread.id];
    if (page.after) params.push(...decodeTypedCursor(page.after, ['timestamp', 'uuid']));
    const rows = await this.db.prepared<CommentWithAuthorRow>(
      ctx,
      TOP_LEVEL_PAGE(plan, readsViewer(ctx, plan), !!page.after, limitSql(page)),
      params,
    );
    return toConnection(this.absorb(ctx, rows, plan), page, cursorOf);
  }

  /**
   * Replies to a comment. All comments on a page ask at once; one statement (LATERAL per parent) answers
   * them all, so a page of 100 comments with their replies costs one query, not 100.
   */
  replies(ctx: RequestContext, parent: CommentView, page: PageRequest, items?: Selection): Promise<Connection<CommentView>> {
    const plan = items ? commentPlanFor(items) : COMPLETE_COMMENTS;
    const cursor = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [];
    const loader = ctx.loader(
      `Comment.replies:${page.first}:${page.after ?? ''}:${planKey(plan)}`,
      () =>
        new DataLoader<string, Connection<CommentView>>(async (parentIds) => {
          const rows = await this.db.prepared<CommentWithAuthorRow>(
            ctx,
            REPLIES(plan, readsViewer(ctx, plan), !!page.after, limitSql(page)),
            [...viewerParams(ctx, plan), [...parentIds], ...cursor],
          );
          const byParent = new Map<string, CommentView[]>(parentIds.map((id) => [id, []]));
          for (const reply of this.absorb(ctx, rows, plan)) byParent.get(reply.parentId!)?.push(reply);
          return parentIds.map((pid) => toConnection(byParent.get(pid)!, page, cursorOf));
        }),
    );
    return loader.load(parent.id);
  }

  async add(ctx: RequestContext, input: AddCommentInput): Promise<CommentView> {
    const user = requireUser(ctx);
    const thread = await this.threads.require(ctx, input.threadId);
    if (!thread.published) throw new ConflictError('Comments open when the experience is published.');
    if (thread.locked && !isModerator(user)) {
      throw new ForbiddenError(
        `This thread is locked by the moderation and takes no new comments${thread.lockReason ? `: ${thread.lockReason}` : '.'}`,
      );
    }
    if (thread.closedAt) throw new ConflictError('This thread was closed with a conclusion; it takes no new comments.');
    const parentId = input.parentId !== undefined ? parseGlobalId(input.parentId, 'Comment', 'parentId') : null;
    const asked = await this.addressedSpeakers(ctx, thread, input.addressedSpeakerIds ?? []);
    const mentioned = await this.mentionedUsers(ctx, input.body, input.mentionedUserIds ?? []);
    const { idempotencyKey, ...request } = input;
    const bodyHtml = renderMarkdown(input.body);
    const { id } = await this.idempotency.once(ctx, 'addComment', idempotencyKey, request, async (tx) => {
      await this.newAccounts.assertMayPost(tx, 'comment', bodyHtml);
      let parentAuthorId: string | null = null;
      if (parentId) {
        const parent = await this.db.repository(tx, Comment).findOneBy({ id: parentId });
        if (!parent || parent.threadId !== thread.id) throw new NotFoundError('Comment', input.parentId);
        if (parent.deletedAt) throw new ConflictError('You cannot reply to a deleted comment.');
        await this.db.repository(tx, Comment).increment({ id: parentId }, 'replyCount', 1);
        parentAuthorId = parent.authorId;
      }
      const comments = this.db.repository(tx, Comment);
      const comment = await comments.save(
        comments.create({ threadId: thread.id, authorId: user.id, parentId, body: input.body, bodyHtml }),
      );
      await this.threads.commentAdded(tx, thread.id);
      if (asked.length) {
        await this.db.query(tx, 'INSERT INTO comment_question (comment_id, speaker_id) SELECT $1, unnest($2::uuid[])', [
          comment.id,
          asked.map((speaker) => speaker.id),
        ]);
      }
      await this.notifyAboutComment(tx, thread, comment.id, parentAuthorId, asked, mentioned);
      this.db.afterCommit(tx, () => void this.live.publish(LiveChannels.threadComments(thread.id), { commentId: comment.id }));
      return comment.id;
    });
    return (await this.visibleById(ctx, id))!;
  }

  /**
   * Who hears of a new comment: the speakers it asks, the author of the comment it replies to and the people it
   * mentions (unless they muted the thread), and whoever watches the thread or its seminar session; each once, by
   * the first of these that applies. The commenter tracks the thread from now on, unless they chose a level.
   */
  private async notifyAboutComment(
    tx: RequestContext,
    thread: ThreadView,
    commentId: string,
    parentAuthorId: string | null,
    asked: SeminarSpeakerView[],
    mentioned: string[],
  ): Promise<void> {
    const actorId = tx.userId!;
    await this.follows.followByDefault(tx, actorId, FollowTarget.THREAD, thread.id, FollowLevel.TRACKING);
    const levels = await this.follows.levelsFor(tx, thread.id, thread.seminarSessionId);
    const about = { actorId, threadId: thread.id, commentId };
    const notes: NewNotification[] = [];
    const told = new Set<string>();
    // A question goes to the speakers it asks, even if they muted the thread: it waits for them.
    for (const speaker of asked) {
      if (speaker.userId && !told.has(speaker.userId)) {
        notes.push({ userId: speaker.userId, kind: NotificationKind.QUESTION_TO_YOU, ...about });
        told.add(speaker.userId);
      }
    }
    if (parentAuthorId && !told.has(parentAuthorId) && levels.get(parentAuthorId) !== FollowLevel.MUTED) {
      notes.push({ userId: parentAuthorId, kind: NotificationKind.REPLY, ...about });
      told.add(parentAuthorId);
    }
    for (const userId of mentioned) {
      if (!told.has(userId) && levels.get(userId) !== FollowLevel.MUTED) {
        notes.push({ userId, kind: NotificationKind.MENTION, ...about });
        told.add(userId);
      }
    }
    for (const [userId, level] of levels) {
      if (level === FollowLevel.WATCHING && !told.has(userId)) notes.push({ userId, kind: NotificationKind.THREAD_COMMENT, ...about });
    }
    await this.notifications.notify(tx, notes);
  }

  /**
   * Who took part in a thread (its author and whoever wrote a comment that is shown), by name, up to 50: whom a
   * client offers when someone types @ to mention a person.
   */
  async participants(ctx: RequestContext, thread: ThreadView): Promise<UserView[]> {
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${USER_ROW.select('u')} FROM user_account u
       WHERE u.erased_at IS NULL AND (u.id = $2 OR u.id IN (
         SELECT c.author_id FROM comment c WHERE c.thread_id = $1 AND c.deleted_at IS NULL AND c.hidden_at IS NULL))
       ORDER BY u.display_name, u.id LIMIT 50`,
      [thread.id, thread.authorId],
    );
    return this.users.prime(
      ctx,
      rows.map((r) => USER_ROW.read(r)),
    );
  }

  /**
   * The people a new comment mentions: each must be named in its text as @Name, so that readers see who was
   * called in (a notification reads "mentioned you"). Whether they may read the thread is decided when they read
   * their notifications.
   */
  private async mentionedUsers(ctx: RequestContext, body: string, globalIds: string[]): Promise<string[]> {
    const ids = new Map(globalIds.map((globalId) => [parseGlobalId(globalId, 'User', 'mentionedUserIds'), globalId]));
    // All at once: the users' loader reads them in one statement.
    const users = await Promise.all([...ids.keys()].map((id) => this.users.byId(ctx, id)));
    for (const [i, [, globalId]] of [...ids].entries()) {
      const user = users[i];
      if (!user) throw BadUserInputError.field('mentionedUserIds', `No person with the id ${globalId}.`);
      if (!body.includes(`@${user.displayName}`)) {
        throw BadUserInputError.field('mentionedUserIds', `Write @${user.displayName} in the text to mention them.`);
      }
    }
    return [...ids.keys()].filter((id) => id !== ctx.userId);
  }

  /** The speakers a new comment asks: each must be on the programme of the thread's seminar session. */
  private async addressedSpeakers(ctx: RequestContext, thread: ThreadView, globalIds: string[]): Promise<SeminarSpeakerView[]> {
    if (!globalIds.length) return [];
    if (!thread.seminarSessionId) {
      throw BadUserInputError.field('addressedSpeakerIds', 'Only a follow-up thread of a seminar session has speakers to ask.');
    }
    const speakers = await this.seminars.speakersOf(ctx, thread.seminarSessionId);
    const asked = new Map<string, SeminarSpeakerView>();
    for (const globalId of globalIds) {
      const id = parseGlobalId(globalId, 'SeminarSpeaker', 'addressedSpeakerIds');
      const speaker = speakers.find((s) => s.id === id);
      if (!speaker) throw BadUserInputError.field('addressedSpeakerIds', 'is not a speaker of this seminar session');
      asked.set(id, speaker);
    }
    return [...asked.values()];
  }

  async edit(ctx: RequestContext, input: EditCommentInput): Promise<CommentView> {
    const comment = await this.requireVisible(ctx, input.commentId);
    assertAuthor(ctx, comment.writtenBy, 'comment');
    if (comment.deleted) throw new ConflictError('A deleted comment cannot be edited.');
    const bodyHtml = renderMarkdown(input.body);
    await this.newAccounts.assertLinksAllowed(ctx, bodyHtml);
    await this.db.transaction(ctx, (tx) =>
      this.db.repository(tx, Comment).update({ id: comment.id }, { body: input.body, bodyHtml, editedAt: () => 'now()' }),
    );
    return (await this.visibleById(ctx, comment.id))!;
  }

  /** Keeps the comment's place in the tree (replies stay readable) and removes what it said. */
  async delete(ctx: RequestContext, commentId: string): Promise<CommentView> {
    const comment = await this.requireVisible(ctx, commentId);
    assertAuthor(ctx, comment.writtenBy, 'comment');
    if (comment.deleted) return comment;
    await this.db.transaction(ctx, async (tx) => {
      await this.db.repository(tx, Comment).update({ id: comment.id }, { body: '', bodyHtml: '', deletedAt: () => 'now()' });
      await this.threads.commentsRemoved(tx, [{ threadId: comment.threadId, count: 1 }]);
    });
    return (await this.visibleById(ctx, comment.id))!;
  }

  /**
   * Empties every comment of a user the way deleting one does (each keeps its place and its replies), and
   * lowers the threads' counts by the comments that were live; e.g. when the user's personal data are erased.
   */
  async eraseAllBy(ctx: RequestContext, userId: string): Promise<void> {
    const removed = await this.db.query<{ thread_id: string; n: number }>(
      ctx,
      `
      WITH emptied AS (
        UPDATE comment c SET body = '', body_html = '', deleted_at = coalesce(c.deleted_at, now())
        FROM (SELECT id, deleted_at IS NULL AS was_live FROM comment WHERE author_id = $1 FOR UPDATE) old
        WHERE c.id = old.id RETURNING c.thread_id, old.was_live)
      SELECT thread_id, count(*)::int AS n FROM emptied WHERE was_live GROUP BY thread_id`,
      [userId],
    );
    await this.threads.commentsRemoved(
      ctx,
      removed.map((r) => ({ threadId: r.thread_id, count: r.n })),
    );
  }

  /** Hides a comment (null: shows it again); the moderation decides. */
  async setHidden(ctx: RequestContext, commentId: string, hidden: Omit<HiddenMark, 'at'> | null): Promise<void> {
    await this.db.query(ctx, `UPDATE comment SET ${SET_HIDDEN_SQL} WHERE id = $1`, [
      commentId,
      hidden?.reason ?? null,
      hidden?.automatically ?? false,
    ]);
  }

  private async requireVisible(ctx: RequestContext, globalId: string): Promise<CommentView> {
    const comment = await this.visibleById(ctx, parseGlobalId(globalId, 'Comment', 'commentId'));
    if (!comment) throw new NotFoundError('Comment', globalId);
    return comment;
  }

  /** Maps the rows of a comment statement once; complete ones also go into the loaders. */
  private absorb(ctx: RequestContext, rows: CommentWithAuthorRow[], plan: CommentReadPlan): CommentView[] {
    const views = this.read(ctx, rows, plan);
    if (plan.complete) {
      const loader = this.loader(ctx);
      for (const view of views) loader.prime(view.id, view);
    }
    return views;
  }

  /** The comments with their authors as the caller sees them; complete authors go into the user loader too. */
  private read(ctx: RequestContext, rows: CommentWithAuthorRow[], plan: CommentReadPlan): CommentView[] {
    const authorRows = plan.author ? rows.map((row) => plan.author!.read(row, 'author_')) : [];
    const authors = plan.complete ? this.users.prime(ctx, authorRows) : authorRows.map((a) => userView(ctx.user, a));
    return rows.map((row, i) => {
      const view = commentView(ctx.user, plan.own.read(row), row.viewer_reactions);
      if (plan.author) view.related = { author: authors[i] };
      return view;
    });
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Comment.byId', async (ids) => {
      const params: unknown[] = [...viewerParams(ctx, COMPLETE_COMMENTS), ids];
      const idsParam = `$${params.length}`;
      const bind = (value: unknown) => `$${params.push(value)}`;
      const rows = await this.db.prepared<CommentWithAuthorRow>(
        ctx,
        `SELECT ${commentColumns(COMPLETE_COMMENTS, readsViewer(ctx, COMPLETE_COMMENTS) ? '$1' : null)}
         FROM comment c ${commentAuthorJoin(COMPLETE_COMMENTS)} JOIN thread t ON t.id = c.thread_id
         WHERE c.id = ANY(${idsParam}::uuid[]) AND ${this.threads.readableSql(ctx, 't', bind)}`,
        params,
      );
      return this.read(ctx, rows, COMPLETE_COMMENTS);
    });
  }
}
