import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  BadUserInputError,
  byIdLoader,
  Connection,
  CursorValue,
  decodeTypedCursor,
  ForbiddenError,
  HiddenMark,
  limitSql,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  renderMarkdown,
  RequestContext,
  requireUser,
  toConnection,
  Visibility,
} from '@krisenfest/core';
import { IdempotencyService, SET_HIDDEN_SQL, TransactionalConnection } from '@krisenfest/database';
import { VisibilityPolicy } from '@krisenfest/memberships';
import { FollowLevel, FollowService, FollowTarget, NotificationService } from '@krisenfest/notifications';
import { LiveChannels, LiveEvents } from '@krisenfest/live';
import { SeminarService } from '@krisenfest/seminars';
import { CreateThreadInput } from './discussion.inputs';
import { NewAccountLimits } from './new-account-limits';
import { Thread, ThreadChange, ThreadKind } from './thread.entity';
import { THREAD_ROW, threadView, ThreadView } from './thread.rows';

/** What an experience's thread takes over from the experience. */
export interface ExperienceThreadFields {
  title: string;
  visibility: Visibility;
  ownerMunicipalityId: string;
  ownerVolunteerGroupId: string | null;
}

export interface ThreadFilter {
  kind?: ThreadKind;
  /** A global id from the client. */
  seminarSessionId?: string;
}

const cursorOf = (t: ThreadView): CursorValue[] => [t.lastActivityAt.toISOString(), t.id];

@Injectable()
export class ThreadService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly seminars: SeminarService,
    private readonly idempotency: IdempotencyService,
    private readonly visibility: VisibilityPolicy,
    private readonly newAccounts: NewAccountLimits,
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Thread', (ctx, id) => this.visibleById(ctx, id));
    // A notification about a thread shows while its recipient may see the thread in lists (not hidden from them).
    this.notifications.registerVisibility(
      (ctx, n, bind) =>
        `${n}.thread_id IS NULL OR EXISTS (SELECT 1 FROM thread nt WHERE nt.id = ${n}.thread_id AND ${this.listedSql(ctx, 'nt', bind)})`,
    );
  }

  /**
   * Who may open a thread (aliased `alias`) by its id: an unpublished one (the thread of a draft) only its
   * author; a published one as its visibility says. Hidden ones stay readable by id (their text is the notice).
   */
  readableSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): string {
    const visible = this.visibility.sqlPredicate(ctx, this.columns(alias), bind);
    const ownDraft = ctx.userId ? `(NOT ${alias}.published AND ${alias}.author_id = ${bind(ctx.userId)}::uuid)` : 'FALSE';
    return `((${alias}.published AND ${visible}) OR ${ownDraft})`;
  }

  /** Which threads (aliased `alias`) lists and search show the caller: published, visible, and not hidden from them. */
  listedSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): string {
    return `${alias}.published AND ${this.visibility.sqlPredicate(ctx, { ...this.columns(alias), hiddenAt: `${alias}.hidden_at` }, bind)}`;
  }

  /** A thread the caller may open, or null. */
  visibleById(ctx: RequestContext, id: string): Promise<ThreadView | null> {
    return this.loader(ctx).load(id);
  }

  /** Threads the caller may open, in the order of `ids` (those they may not are left out). */
  async visibleByIds(ctx: RequestContext, ids: string[]): Promise<ThreadView[]> {
    const found = await this.loader(ctx).loadMany(ids);
    return found.filter((t): t is ThreadView => !!t && !(t instanceof Error));
  }

  /** The thread behind a global id, or NOT_FOUND (also when the caller may not see it). */
  async require(ctx: RequestContext, globalId: string, field = 'threadId'): Promise<ThreadView> {
    const thread = await this.visibleById(ctx, parseGlobalId(globalId, 'Thread', field));
    if (!thread) throw new NotFoundError('Thread', globalId);
    return thread;
  }

  /** Published threads, most recently active first. */
  async page(ctx: RequestContext, filter: ThreadFilter, page: PageRequest): Promise<Connection<ThreadView>> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where = [this.listedSql(ctx, 't', bind)];
    if (filter.kind) where.push(`t.kind = ${bind(filter.kind)}`);
    if (filter.seminarSessionId !== undefined) {
      where.push(`t.seminar_session_id = ${bind(parseGlobalId(filter.seminarSessionId, 'SeminarSession', 'seminarSessionId'))}::uuid`);
    }
    if (page.after) {
      const [at, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      where.push(`(t.last_activity_at, t.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`);
    }
    const rows = await this.db.prepared<Record<string, unknown>>(
      ctx,
      `SELECT ${THREAD_ROW.select('t')} FROM thread t WHERE ${where.join(' AND ')}
       ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ${limitSql(page)}`,
      params,
    );
    return toConnection(this.absorb(ctx, rows), page, cursorOf);
  }

  /**
   * The follow-up threads of a seminar session, most recently active first. Every session on a page asks
   * at once; one LATERAL statement answers them all.
   */
  followUps(ctx: RequestContext, sessionId: string, page: PageRequest): Promise<Connection<ThreadView>> {
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const loader = ctx.loader(
      `Thread.followUps:${page.first}:${page.after ?? ''}`,
      () =>
        new DataLoader<string, Connection<ThreadView>>(async (sessionIds) => {
          const params: unknown[] = [[...sessionIds]];
          const bind = (value: unknown) => `$${params.push(value)}`;
          const after = page.after ? `AND (t.last_activity_at, t.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)` : '';
          const rows = await this.db.prepared<Record<string, unknown>>(
            ctx,
            `SELECT ${THREAD_ROW.select('t')}
            FROM unnest($1::uuid[]) AS s(id)
            CROSS JOIN LATERAL (
              SELECT * FROM thread t
              WHERE t.seminar_session_id = s.id AND ${this.listedSql(ctx, 't', bind)} ${after}
              ORDER BY t.last_activity_at DESC, t.id DESC
              LIMIT ${limitSql(page)}
            ) t`,
            params,
          );
          const threads = this.absorb(ctx, rows);
          return sessionIds.map((sid) =>
            toConnection(
              threads.filter((t) => t.seminarSessionId === sid),
              page,
              cursorOf,
            ),
          );
        }),
    );
    return loader.load(sessionId);
  }

  async create(ctx: RequestContext, input: CreateThreadInput): Promise<ThreadView> {
    const user = requireUser(ctx);
    const seminarSessionId =
      input.seminarSessionId !== undefined ? parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId') : null;
    if (seminarSessionId && !(await this.seminars.sessionById(ctx, seminarSessionId))) {
      throw new NotFoundError('SeminarSession', input.seminarSessionId);
    }
    const owner = this.threadOwner(ctx, input);
    const { idempotencyKey, ...request } = input;
    const bodyHtml = renderMarkdown(input.body);
    const { id } = await this.idempotency.once(ctx, 'createThread', idempotencyKey, request, async (tx) => {
      await this.newAccounts.assertMayPost(tx, 'thread', bodyHtml);
      const threads = this.db.repository(tx, Thread);
      const thread = await threads.save(
        threads.create({
          kind: seminarSessionId ? ThreadKind.SEMINAR_SESSION : ThreadKind.GENERAL,
          title: input.title,
          body: input.body,
          bodyHtml,
          authorId: user.id,
          seminarSessionId,
          published: true,
          visibility: input.visibility ?? Visibility.PUBLIC,
          ...owner,
        }),
      );
      // Whoever starts a thread hears of every answer (until they choose otherwise).
      await this.follows.followByDefault(tx, user.id, FollowTarget.THREAD, thread.id, FollowLevel.WATCHING);
      return thread.id;
    });
    return (await this.visibleById(ctx, id))!;
  }

  /** The hidden thread an experience draft starts with; it opens when the experience is published. Returns its id. */
  async createForExperience(ctx: RequestContext, experience: ExperienceThreadFields): Promise<string> {
    const user = requireUser(ctx);
    const threads = this.db.repository(ctx, Thread);
    const saved = await threads.save(
      threads.create({ kind: ThreadKind.EXPERIENCE, body: '', bodyHtml: '', authorId: user.id, published: false, ...experience }),
    );
    // The author of a lesson hears of its discussion.
    await this.follows.followByDefault(ctx, user.id, FollowTarget.THREAD, saved.id, FollowLevel.WATCHING);
    return saved.id;
  }

  /** An experience's thread keeps its title and who may read it in step with the experience. */
  async followExperience(ctx: RequestContext, threadId: string, experience: Partial<ExperienceThreadFields>): Promise<void> {
    if (Object.keys(experience).length) await this.db.repository(ctx, Thread).update({ id: threadId }, experience);
  }

  async publish(ctx: RequestContext, threadId: string): Promise<void> {
    await this.db.repository(ctx, Thread).update({ id: threadId }, { published: true, lastActivityAt: () => 'now()' });
  }

  /** Deletes the unpublished threads among `ids` (those of drafts that are deleted). */
  async deleteUnpublished(ctx: RequestContext, ids: string[]): Promise<void> {
    if (ids.length) await this.db.query(ctx, 'DELETE FROM thread WHERE id = ANY($1::uuid[]) AND NOT published', [ids]);
  }

  /** A new comment or reply: one more to count, and the thread is active now. */
  async commentAdded(ctx: RequestContext, threadId: string): Promise<void> {
    await this.db.query(ctx, 'UPDATE thread SET comment_count = comment_count + 1, last_activity_at = now() WHERE id = $1', [threadId]);
  }

  /** Comments that stopped counting (deleted or erased), per thread. */
  async commentsRemoved(ctx: RequestContext, removed: { threadId: string; count: number }[]): Promise<void> {
    if (!removed.length) return;
    await this.db.query(
      ctx,
      `UPDATE thread t SET comment_count = greatest(t.comment_count - r.n, 0)
       FROM unnest($1::uuid[], $2::int[]) AS r(thread_id, n) WHERE t.id = r.thread_id`,
      [removed.map((r) => r.threadId), removed.map((r) => r.count)],
    );
  }

  /** Locks a thread against new comments (null: unlocks it); the moderation decides when and why. */
  /** Tells live subscribers of the thread, once the transaction of `tx` has committed. */
  changed(tx: RequestContext, threadId: string, change: ThreadChange, commentId?: string): void {
    this.db.afterCommit(tx, () => void this.live.publish(LiveChannels.threadUpdates(threadId), { change, commentId }));
  }

  /** The follow-up thread a seminar session opens with, written by its organiser (who watches it). Returns its id. */
  async openForSession(
    tx: RequestContext,
    opening: { seminarSessionId: string; authorId: string; title: string; body: string },
  ): Promise<string> {
    const threads = this.db.repository(tx, Thread);
    const saved = await threads.save(
      threads.create({
        kind: ThreadKind.SEMINAR_SESSION,
        title: opening.title,
        body: opening.body,
        bodyHtml: renderMarkdown(opening.body),
        authorId: opening.authorId,
        seminarSessionId: opening.seminarSessionId,
        published: true,
        visibility: Visibility.PUBLIC,
      }),
    );
    await this.follows.followByDefault(tx, opening.authorId, FollowTarget.THREAD, saved.id, FollowLevel.WATCHING);
    return saved.id;
  }

  /** Closes a thread with its conclusion (null: opens it again). */
  async setConclusion(tx: RequestContext, threadId: string, conclusion: string | null): Promise<void> {
    this.changed(tx, threadId, conclusion === null ? ThreadChange.REOPENED : ThreadChange.CLOSED);
    await this.db.query(
      tx,
      `UPDATE thread SET closed_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, closed_by_id = $3,
         conclusion = $2, conclusion_html = $4 WHERE id = $1`,
      [threadId, conclusion, conclusion === null ? null : tx.userId, conclusion === null ? null : renderMarkdown(conclusion)],
    );
  }

  async setLocked(ctx: RequestContext, threadId: string, reason: string | null): Promise<void> {
    this.changed(ctx, threadId, reason === null ? ThreadChange.UNLOCKED : ThreadChange.LOCKED);
    await this.db.query(
      ctx,
      'UPDATE thread SET locked_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END, lock_reason = $2 WHERE id = $1',
      [threadId, reason],
    );
  }

  /** Moves a thread to a seminar session's follow-ups (or, null, to the general threads). */
  async moveTo(ctx: RequestContext, threadId: string, seminarSessionId: string | null): Promise<void> {
    const kind = seminarSessionId ? ThreadKind.SEMINAR_SESSION : ThreadKind.GENERAL;
    await this.db.query(ctx, 'UPDATE thread SET seminar_session_id = $2, kind = $3 WHERE id = $1', [threadId, seminarSessionId, kind]);
  }

  /** Hides a thread (null: shows it again); the moderation decides. */
  async setHidden(ctx: RequestContext, threadId: string, hidden: Omit<HiddenMark, 'at'> | null): Promise<void> {
    await this.db.query(ctx, `UPDATE thread SET ${SET_HIDDEN_SQL} WHERE id = $1`, [
      threadId,
      hidden?.reason ?? null,
      hidden?.automatically ?? false,
    ]);
  }

  /** The owner of a new thread: required for MEMBERS, and the author must be one of those members. */
  private threadOwner(
    ctx: RequestContext,
    input: CreateThreadInput,
  ): { ownerMunicipalityId: string | null; ownerVolunteerGroupId: string | null } {
    const ownerMunicipalityId =
      input.ownerMunicipalityId !== undefined ? parseGlobalId(input.ownerMunicipalityId, 'Municipality', 'ownerMunicipalityId') : null;
    const ownerVolunteerGroupId =
      input.ownerVolunteerGroupId !== undefined
        ? parseGlobalId(input.ownerVolunteerGroupId, 'VolunteerGroup', 'ownerVolunteerGroupId')
        : null;
    if (ownerMunicipalityId && ownerVolunteerGroupId) {
      throw new BadUserInputError('Give at most one owner.', [
        { field: 'ownerMunicipalityId', message: 'give either ownerMunicipalityId or ownerVolunteerGroupId' },
      ]);
    }
    if (input.visibility === Visibility.MEMBERS && !ownerMunicipalityId && !ownerVolunteerGroupId) {
      throw BadUserInputError.field('ownerMunicipalityId', 'a MEMBERS thread needs ownerMunicipalityId or ownerVolunteerGroupId');
    }
    if (ownerMunicipalityId || ownerVolunteerGroupId) {
      const { staffOf, memberOf } = ctx.memberships;
      const member = ownerVolunteerGroupId ? memberOf.has(ownerVolunteerGroupId) : staffOf.has(ownerMunicipalityId!);
      if (!member) throw new ForbiddenError('Only verified members can open a thread for their municipality or group.');
    }
    return { ownerMunicipalityId, ownerVolunteerGroupId };
  }

  private columns(alias: string) {
    return {
      visibility: `${alias}.visibility`,
      author: `${alias}.author_id`,
      ownerMunicipality: `${alias}.owner_municipality_id`,
      ownerVolunteerGroup: `${alias}.owner_volunteer_group_id`,
    };
  }

  private absorb(ctx: RequestContext, rows: Record<string, unknown>[]): ThreadView[] {
    const loader = this.loader(ctx);
    return rows.map((row) => {
      const view = threadView(ctx.user, THREAD_ROW.read(row));
      loader.prime(view.id, view);
      return view;
    });
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Thread.byId', async (ids) => {
      const params: unknown[] = [ids];
      const readable = this.readableSql(ctx, 't', (value) => `$${params.push(value)}`);
      const rows = await this.db.prepared<Record<string, unknown>>(
        ctx,
        `SELECT ${THREAD_ROW.select('t')} FROM thread t WHERE t.id = ANY($1::uuid[]) AND ${readable}`,
        params,
      );
      return rows.map((row) => threadView(ctx.user, THREAD_ROW.read(row)));
    });
  }
}
