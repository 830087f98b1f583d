import { Injectable } from '@nestjs/common';
import { BadUserInputError, ConflictError, NotFoundError, parseGlobalId, RequestContext } from '@krisenfest/core';
import { ThreadKind, ThreadService, ThreadView } from '@krisenfest/discussions';
import { NotificationKind, NotificationService } from '@krisenfest/notifications';
import { SeminarService } from '@krisenfest/seminars';
import { TransactionalConnection } from '@krisenfest/database';
import { ContentKind, FlagResolution } from './flag.entity';
import { DismissFlagsInput, LockThreadInput, ModerateContentInput, MoveThreadInput } from './moderation.inputs';
import { ModerationAction, ModerationActionKind } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';
import { authorOf, decodePostId, ModeratedPosts, Post, POST_KINDS, PostRef } from './moderated-content';

export interface ModeratedPost {
  target: Post;
  action: ModerationAction;
}

export interface ModeratedThread {
  thread: ThreadView;
  action: ModerationAction;
}

/**
 * What moderators do to posts. The permission guard has already required a moderator; each action closes
 * the post's open flags where it decides on them, and is logged in the same transaction. The posts' own
 * features carry the changes out.
 */
@Injectable()
export class ContentModerationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly log: ModerationLogService,
    private readonly posts: ModeratedPosts,
    private readonly threads: ThreadService,
    private readonly seminars: SeminarService,
    private readonly notifications: NotificationService,
  ) {}

  async hide(ctx: RequestContext, input: ModerateContentInput): Promise<ModeratedPost> {
    const ref = decodePostId(input.targetId, 'targetId');
    const post = await this.load(ctx, ref, input.targetId);
    if (post.hidden.at && !post.hidden.automatically) throw new ConflictError('This post is hidden already.');
    return this.actOnPost(ctx, ref, ModerationActionKind.HIDE, input.reason, async (tx) => {
      await this.posts.setHidden(tx, ref, { reason: input.reason, automatically: false });
      await this.closeFlags(tx, ref, FlagResolution.UPHELD);
      await this.tellAuthor(tx, ref, post, NotificationKind.POST_HIDDEN);
    });
  }

  async restore(ctx: RequestContext, input: ModerateContentInput): Promise<ModeratedPost> {
    const ref = decodePostId(input.targetId, 'targetId');
    const post = await this.load(ctx, ref, input.targetId);
    if (!post.hidden.at) throw new ConflictError('This post is not hidden.');
    return this.actOnPost(ctx, ref, ModerationActionKind.RESTORE, input.reason, async (tx) => {
      await this.posts.setHidden(tx, ref, null);
      await this.closeFlags(tx, ref, FlagResolution.DISMISSED);
      await this.tellAuthor(tx, ref, post, NotificationKind.POST_RESTORED);
    });
  }

  /** Keeps the post: closes its open flags, and shows it again if only the flags had hidden it. */
  async dismissFlags(ctx: RequestContext, input: DismissFlagsInput): Promise<ModeratedPost> {
    const ref = decodePostId(input.targetId, 'targetId');
    const post = await this.load(ctx, ref, input.targetId);
    return this.actOnPost(ctx, ref, ModerationActionKind.DISMISS_FLAGS, input.reason, async (tx) => {
      if (!(await this.closeFlags(tx, ref, FlagResolution.DISMISSED))) throw new ConflictError('This post has no open flags.');
      if (post.hidden.automatically) await this.posts.setHidden(tx, ref, null);
    });
  }

  async lock(ctx: RequestContext, input: LockThreadInput): Promise<ModeratedThread> {
    const thread = await this.thread(ctx, input.threadId);
    if (thread.locked) throw new ConflictError('This thread is locked already.');
    return this.actOnThread(ctx, thread, ModerationActionKind.LOCK, input.reason, {}, (tx) =>
      this.threads.setLocked(tx, thread.id, input.reason),
    );
  }

  async unlock(ctx: RequestContext, input: LockThreadInput): Promise<ModeratedThread> {
    const thread = await this.thread(ctx, input.threadId);
    if (!thread.locked) throw new ConflictError('This thread is not locked.');
    return this.actOnThread(ctx, thread, ModerationActionKind.UNLOCK, input.reason, {}, (tx) =>
      this.threads.setLocked(tx, thread.id, null),
    );
  }

  /** Moves a thread to a seminar session's follow-ups, or out of them into the general threads. */
  async move(ctx: RequestContext, input: MoveThreadInput): Promise<ModeratedThread> {
    const thread = await this.thread(ctx, input.threadId);
    if (thread.kind === ThreadKind.EXPERIENCE) {
      throw BadUserInputError.field('threadId', 'the discussion of an experience stays with its experience');
    }
    const to = input.seminarSessionId !== undefined ? parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId') : null;
    if (to && !(await this.seminars.sessionById(ctx, to))) throw new NotFoundError('SeminarSession', input.seminarSessionId);
    if (to === thread.seminarSessionId) throw new ConflictError('The thread is there already.');
    return this.actOnThread(
      ctx,
      thread,
      ModerationActionKind.MOVE,
      input.reason,
      { fromSeminarSessionId: thread.seminarSessionId, toSeminarSessionId: to },
      (tx) => this.threads.moveTo(tx, thread.id, to),
    );
  }

  /**
   * The author of a comment or thread hears of the moderation's decision (the moderator stays unnamed, as in the
   * notice). Experiences are not told yet: notifications point at threads and comments only.
   */
  private async tellAuthor(tx: RequestContext, ref: PostRef, post: Post, kind: NotificationKind): Promise<void> {
    if (ref.kind === ContentKind.EXPERIENCE) return;
    const about =
      ref.kind === ContentKind.COMMENT ? { commentId: ref.id, threadId: (post as { threadId: string }).threadId } : { threadId: ref.id };
    await this.notifications.notify(tx, [{ userId: authorOf(post), kind, ...about }]);
  }

  /** Carries out the change with its log entry, then reads the post as it is now (the commit cleared the loaders). */
  private async actOnPost(
    ctx: RequestContext,
    ref: PostRef,
    action: ModerationActionKind,
    reason: string,
    change: (tx: RequestContext) => Promise<unknown>,
    details: Record<string, unknown> = {},
  ): Promise<ModeratedPost> {
    const logged = await this.log.act(
      ctx,
      { action, subjectKind: POST_KINDS[ref.kind].subject, subjectId: ref.id, reason, details },
      change,
    );
    return { target: (await this.posts.one(ctx, ref))!, action: logged };
  }

  private async actOnThread(
    ctx: RequestContext,
    thread: ThreadView,
    action: ModerationActionKind,
    reason: string,
    details: Record<string, unknown>,
    change: (tx: RequestContext) => Promise<unknown>,
  ): Promise<ModeratedThread> {
    const moderated = await this.actOnPost(ctx, { kind: ContentKind.THREAD, id: thread.id }, action, reason, change, details);
    return { thread: moderated.target as ThreadView, action: moderated.action };
  }

  private async load(ctx: RequestContext, ref: PostRef, globalId: string): Promise<Post> {
    const post = await this.posts.one(ctx, ref);
    if (!post) throw new NotFoundError(POST_KINDS[ref.kind].type, globalId);
    return post;
  }

  private async thread(ctx: RequestContext, globalId: string): Promise<ThreadView> {
    const thread = await this.threads.visibleById(ctx, parseGlobalId(globalId, 'Thread', 'threadId'));
    if (!thread) throw new NotFoundError('Thread', globalId);
    return thread;
  }

  /** Closes the post's open flags; returns how many. */
  private async closeFlags(tx: RequestContext, ref: PostRef, resolution: FlagResolution): Promise<number> {
    const [{ closed }] = await this.db.query<{ closed: number }>(
      tx,
      `
      WITH closed AS (
        UPDATE flag SET resolved_at = now(), resolution = $3
        WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL RETURNING 1)
      SELECT count(*)::int AS closed FROM closed`,
      [ref.kind, ref.id, resolution],
    );
    return closed;
  }
}
