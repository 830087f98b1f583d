import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  assertAuthor,
  byKeys,
  ConflictError,
  Connection,
  CursorValue,
  decodeTypedCursor,
  ForbiddenError,
  isModerator,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  renderMarkdown,
  RequestContext,
  requireUser,
  toConnection,
} from '@krisenfest/core';
import { IdempotencyService, TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { Comment } from './comment.entity';
import { COMMENT_COLUMNS, CommentRow, CommentWithViewer, fromRow } from './comment-rows';
import { AddCommentInput, EditCommentInput } from './discussion.inputs';
import { NewAccountLimits } from './new-account-limits';
import { ReactionKind } from './reaction.entity';
import { Thread } from './thread.entity';
import { ThreadService } from './thread.service';

const cursorOf = (c: Comment): CursorValue[] => [c.createdAt.toISOString(), c.id];

@Injectable()
export class CommentService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly threads: ThreadService,
    private readonly users: UserService,
    private readonly nodes: NodeRegistry,
    private readonly idempotency: IdempotencyService,
    private readonly newAccounts: NewAccountLimits,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Comment', (ctx, id) => this.visibleById(ctx, id));
  }

  /** A comment is visible when its thread is. */
  async visibleById(ctx: RequestContext, id: string): Promise<Comment | null> {
    const found = await this.byIdLoader(ctx).load(id);
    if (!found) return null;
    return (await this.threads.visibleById(ctx, found.comment.threadId)) ? found.comment : null;
  }

  /** The top-level comments of a thread, oldest first (a conversation reads top-down). */
  async page(ctx: RequestContext, thread: Thread, page: PageRequest): Promise<Connection<Comment>> {
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const rows = await this.db.query<CommentRow>(
      ctx,
      `
      SELECT ${COMMENT_COLUMNS}
      FROM comment c JOIN user_account u ON u.id = c.author_id
      WHERE c.thread_id = $2 AND c.parent_id IS NULL
        AND ($3::timestamptz IS NULL OR (c.created_at, c.id) > ($3::timestamptz, $4::uuid))
      ORDER BY c.created_at, c.id
      LIMIT $5`,
      [ctx.userId, thread.id, at, id, page.first + 1],
    );
    return toConnection(this.absorb(ctx, rows), page, cursorOf);
  }

  /**
   * Replies to a comment. All comments on a page ask at once; one statement (LATERAL per parent) answers
   * them all, so a page of 100 comments with their replies costs one query, not 100.
   */
  replies(ctx: RequestContext, parent: Comment, page: PageRequest): Promise<Connection<Comment>> {
    const key = `Comment.replies:${page.first}:${page.after ?? ''}`;
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const loader = ctx.loader(
      key,
      () =>
        new DataLoader<string, Connection<Comment>>(async (parentIds) => {
          const rows = await this.db.query<CommentRow>(
            ctx,
            `
        SELECT ${COMMENT_COLUMNS}
        FROM unnest($2::uuid[]) AS p(id)
        CROSS JOIN LATERAL (
          SELECT * FROM comment r
          WHERE r.parent_id = p.id AND ($3::timestamptz IS NULL OR (r.created_at, r.id) > ($3::timestamptz, $4::uuid))
          ORDER BY r.created_at, r.id
          LIMIT $5
        ) c
        JOIN user_account u ON u.id = c.author_id
        ORDER BY c.parent_id, c.created_at, c.id`,
            [ctx.userId, [...parentIds], at, id, page.first + 1],
          );
          const comments = this.absorb(ctx, rows);
          return parentIds.map((pid) =>
            toConnection(
              comments.filter((c) => c.parentId === pid),
              page,
              cursorOf,
            ),
          );
        }),
    );
    return loader.load(parent.id);
  }

  viewerReactions(ctx: RequestContext, comment: Comment): Promise<ReactionKind[]> {
    if (!ctx.userId) return Promise.resolve([]);
    return this.viewerReactionLoader(ctx).load(comment.id);
  }

  async add(ctx: RequestContext, input: AddCommentInput): Promise<Comment> {
    const user = requireUser(ctx);
    const thread = await this.threads.require(ctx, input.threadId);
    if (!thread.published) throw new ConflictError('Comments open when the experience is published.');
    if (thread.lockedAt && !isModerator(user)) {
      throw new ForbiddenError(
        `This thread is locked by the moderation and takes no new comments${thread.lockReason ? `: ${thread.lockReason}` : '.'}`,
      );
    }
    const parentId = input.parentId !== undefined ? parseGlobalId(input.parentId, 'Comment', 'parentId') : null;
    const { idempotencyKey, ...request } = input;
    const bodyHtml = renderMarkdown(input.body);
    const { id } = await this.idempotency.once(ctx, 'addComment', idempotencyKey, request, async (tx) => {
      await this.newAccounts.assertMayPost(tx, 'comment', bodyHtml);
      if (parentId) {
        const parent = await this.db.repository(tx, Comment).findOneBy({ id: parentId });
        if (!parent || parent.threadId !== thread.id) throw new NotFoundError('Comment', input.parentId);
        if (parent.deletedAt) throw new ConflictError('You cannot reply to a deleted comment.');
        await this.db.repository(tx, Comment).increment({ id: parentId }, 'replyCount', 1);
      }
      const comments = this.db.repository(tx, Comment);
      const comment = await comments.save(
        comments.create({
          threadId: thread.id,
          authorId: user.id,
          parentId,
          body: input.body,
          bodyHtml,
        }),
      );
      await this.db.query(tx, 'UPDATE thread SET comment_count = comment_count + 1, last_activity_at = now() WHERE id = $1', [thread.id]);
      return comment.id;
    });
    return this.db.repository(ctx, Comment).findOneByOrFail({ id });
  }

  async edit(ctx: RequestContext, input: EditCommentInput): Promise<Comment> {
    const comment = await this.requireVisible(ctx, input.commentId);
    assertAuthor(ctx, comment.authorId, 'comment');
    if (comment.deletedAt) throw new ConflictError('A deleted comment cannot be edited.');
    const bodyHtml = renderMarkdown(input.body);
    await this.newAccounts.assertLinksAllowed(ctx, bodyHtml);
    await this.db.repository(ctx, Comment).update({ id: comment.id }, { body: input.body, bodyHtml, editedAt: () => 'now()' });
    return this.db.repository(ctx, Comment).findOneByOrFail({ id: comment.id });
  }

  /** Keeps the comment's place in the tree (replies stay readable) and removes what it said. */
  async delete(ctx: RequestContext, commentId: string): Promise<Comment> {
    const comment = await this.requireVisible(ctx, commentId);
    assertAuthor(ctx, comment.authorId, 'comment');
    if (comment.deletedAt) return comment;
    return this.db.transaction(ctx, async (tx) => {
      await this.db.repository(tx, Comment).update({ id: comment.id }, { body: '', bodyHtml: '', deletedAt: () => 'now()' });
      await this.db.query(tx, 'UPDATE thread SET comment_count = greatest(comment_count - 1, 0) WHERE id = $1', [comment.threadId]);
      return this.db.repository(tx, Comment).findOneByOrFail({ id: comment.id });
    });
  }

  /**
   * Empties every comment of a user the way deleting one does (each keeps its place and its replies), and
   * lowers the threads' counts by the comments that were live; e.g. when the user's personal data are erased.
   */
  async eraseAllBy(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(
      ctx,
      `
      WITH emptied AS (
        UPDATE comment c SET body = '', body_html = '', deleted_at = coalesce(c.deleted_at, now())
        FROM (SELECT id, deleted_at IS NULL AS was_live FROM comment WHERE author_id = $1 FOR UPDATE) old
        WHERE c.id = old.id RETURNING c.thread_id, old.was_live)
      UPDATE thread t SET comment_count = greatest(t.comment_count - e.n, 0)
      FROM (SELECT thread_id, count(*) AS n FROM emptied WHERE was_live GROUP BY thread_id) e
      WHERE t.id = e.thread_id`,
      [userId],
    );
  }

  private async requireVisible(ctx: RequestContext, globalId: string): Promise<Comment> {
    const comment = await this.visibleById(ctx, parseGlobalId(globalId, 'Comment', 'commentId'));
    if (!comment) throw new NotFoundError('Comment', globalId);
    return comment;
  }

  /** Primes the request's loaders with what a page statement brought along. */
  private absorb(ctx: RequestContext, rows: CommentRow[]): Comment[] {
    const loaded = rows.map(fromRow);
    this.users.prime(
      ctx,
      loaded.map((l) => l.author),
    );
    const byId = this.byIdLoader(ctx);
    const reactions = this.viewerReactionLoader(ctx);
    for (const l of loaded) {
      byId.prime(l.comment.id, l);
      reactions.prime(l.comment.id, l.viewerReactions);
    }
    return loaded.map((l) => l.comment);
  }

  private byIdLoader(ctx: RequestContext): DataLoader<string, CommentWithViewer | null> {
    return ctx.loader(
      'Comment.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.query<CommentRow>(
            ctx,
            `
        SELECT ${COMMENT_COLUMNS} FROM comment c JOIN user_account u ON u.id = c.author_id WHERE c.id = ANY($2::uuid[])`,
            [ctx.userId, [...ids]],
          );
          return byKeys(ids, rows.map(fromRow), (l) => l.comment.id);
        }),
    );
  }

  private viewerReactionLoader(ctx: RequestContext): DataLoader<string, ReactionKind[]> {
    return ctx.loader(
      'Comment.viewerReactions',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.query<{ comment_id: string; kind: ReactionKind }>(
            ctx,
            'SELECT comment_id, kind FROM reaction WHERE user_id = $1 AND comment_id = ANY($2::uuid[]) ORDER BY kind',
            [ctx.userId, [...ids]],
          );
          return ids.map((id) => rows.filter((r) => r.comment_id === id).map((r) => r.kind));
        }),
    );
  }
}
