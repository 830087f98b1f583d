import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  byKeys, Connection, decodeTypedCursor, NodeRegistry, NotFoundError, PageRequest, parseGlobalId, renderMarkdown, RequestContext,
  requireUser, toConnection,
} from '@krisenfest/core';
import { IdempotencyService, TransactionalConnection } from '@krisenfest/database';
import { SeminarService } from '@krisenfest/seminars';
import { CreateThreadInput } from './discussion.inputs';
import { Thread, ThreadKind } from './thread.entity';

export interface ThreadFilter {
  kind?: ThreadKind;
  /** A global id from the client. */
  seminarSessionId?: string;
}

@Injectable()
export class ThreadService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly seminars: SeminarService,
    private readonly idempotency: IdempotencyService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Thread', (ctx, id) => this.visibleById(ctx, id));
  }

  /** A thread of an unpublished experience is visible to its author only. */
  isVisible(ctx: RequestContext, thread: Thread): boolean {
    return thread.published || thread.authorId === ctx.userId;
  }

  async visibleById(ctx: RequestContext, id: string): Promise<Thread | null> {
    const thread = await this.loader(ctx).load(id);
    return thread && this.isVisible(ctx, thread) ? thread : null;
  }

  /** The thread behind a global id, or NOT_FOUND (also when the caller may not see it). */
  async require(ctx: RequestContext, globalId: string, field = 'threadId'): Promise<Thread> {
    const thread = await this.visibleById(ctx, parseGlobalId(globalId, 'Thread', field));
    if (!thread) throw new NotFoundError('Thread', globalId);
    return thread;
  }

  /** Published threads, most recently active first. */
  async page(ctx: RequestContext, filter: ThreadFilter, page: PageRequest): Promise<Connection<Thread>> {
    const qb = this.db.repository(ctx, Thread).createQueryBuilder('t').where('t.published');
    if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    const session = filter.seminarSessionId !== undefined
      ? parseGlobalId(filter.seminarSessionId, 'SeminarSession', 'seminarSessionId') : undefined;
    if (session) qb.andWhere('t.seminar_session_id = :session', { session });
    if (page.after) {
      const [at, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      qb.andWhere('(t.last_activity_at, t.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb.orderBy('t.lastActivityAt', 'DESC').addOrderBy('t.id', 'DESC').limit(page.first + 1).getMany();
    return toConnection(rows, page, (t) => [t.lastActivityAt.toISOString(), t.id]);
  }

  /**
   * The follow-up threads of a seminar session, most recently active first. Every session on a page asks
   * at once; one LATERAL statement finds the page of each, one more loads them all.
   */
  followUps(ctx: RequestContext, sessionId: string, page: PageRequest): Promise<Connection<Thread>> {
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const loader = ctx.loader(`Thread.followUps:${page.first}:${page.after ?? ''}`, () =>
      new DataLoader<string, Connection<Thread>>(async (sessionIds) => {
        const rows = await this.db.query<{ id: string; session_id: string }>(ctx, `
          SELECT t.id, s.id AS session_id
          FROM unnest($1::uuid[]) AS s(id)
          CROSS JOIN LATERAL (
            SELECT t.id, t.last_activity_at FROM thread t
            WHERE t.seminar_session_id = s.id AND t.published
              AND ($2::timestamptz IS NULL OR (t.last_activity_at, t.id) < ($2::timestamptz, $3::uuid))
            ORDER BY t.last_activity_at DESC, t.id DESC
            LIMIT $4
          ) t`, [[...sessionIds], at, id, page.first + 1]);
        const threads = (await this.loader(ctx).loadMany(rows.map((r) => r.id))).filter((t): t is Thread => t instanceof Thread);
        const byId = new Map(threads.map((t) => [t.id, t]));
        return sessionIds.map((sid) => {
          const own = rows.filter((r) => r.session_id === sid).map((r) => byId.get(r.id)).filter((t): t is Thread => !!t);
          return toConnection(own, page, (t) => [t.lastActivityAt.toISOString(), t.id]);
        });
      }));
    return loader.load(sessionId);
  }

  async create(ctx: RequestContext, input: CreateThreadInput): Promise<Thread> {
    const user = requireUser(ctx);
    const seminarSessionId = input.seminarSessionId !== undefined ? parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId') : null;
    if (seminarSessionId && !(await this.seminars.sessionById(ctx, seminarSessionId))) {
      throw new NotFoundError('SeminarSession', input.seminarSessionId);
    }
    const { idempotencyKey, ...request } = input;
    const { id } = await this.idempotency.once(ctx, 'createThread', idempotencyKey, request, async (tx) => {
      const threads = this.db.repository(tx, Thread);
      const thread = await threads.save(threads.create({
        kind: seminarSessionId ? ThreadKind.SEMINAR_SESSION : ThreadKind.GENERAL,
        title: input.title,
        body: input.body,
        bodyHtml: renderMarkdown(input.body),
        authorId: user.id,
        seminarSessionId,
        published: true,
      }));
      return thread.id;
    });
    return this.db.repository(ctx, Thread).findOneByOrFail({ id });
  }

  /** The hidden thread an experience draft starts with; it opens when the experience is published. */
  async createForExperience(ctx: RequestContext, title: string): Promise<Thread> {
    const user = requireUser(ctx);
    const threads = this.db.repository(ctx, Thread);
    return threads.save(threads.create({ kind: ThreadKind.EXPERIENCE, title, body: '', bodyHtml: '', authorId: user.id, published: false }));
  }

  async setTitle(ctx: RequestContext, threadId: string, title: string): Promise<void> {
    await this.db.repository(ctx, Thread).update({ id: threadId }, { title });
  }

  async publish(ctx: RequestContext, threadId: string): Promise<void> {
    await this.db.repository(ctx, Thread).update({ id: threadId }, { published: true, lastActivityAt: () => 'now()' });
  }

  prime(ctx: RequestContext, threads: Thread[]): void {
    const loader = this.loader(ctx);
    for (const t of threads) loader.prime(t.id, t);
  }

  private loader(ctx: RequestContext): DataLoader<string, Thread | null> {
    return ctx.loader('Thread.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.db.repository(ctx, Thread).findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (t) => t.id);
    }));
  }
}
