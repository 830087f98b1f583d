import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  BadUserInputError,
  byKeys,
  Connection,
  decodeTypedCursor,
  ForbiddenError,
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
import { IdempotencyService, namedParameters, TransactionalConnection } from '@krisenfest/database';
import { AccessService, VisibilityPolicy } from '@krisenfest/memberships';
import { SeminarService } from '@krisenfest/seminars';
import { CreateThreadInput } from './discussion.inputs';
import { NewAccountLimits } from './new-account-limits';
import { Thread, ThreadKind } from './thread.entity';

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

@Injectable()
export class ThreadService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly seminars: SeminarService,
    private readonly idempotency: IdempotencyService,
    private readonly visibility: VisibilityPolicy,
    private readonly access: AccessService,
    private readonly newAccounts: NewAccountLimits,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Thread', (ctx, id) => this.visibleById(ctx, id));
  }

  /** A thread of an unpublished experience is visible to its author only; otherwise its visibility decides. */
  async isVisible(ctx: RequestContext, thread: Thread): Promise<boolean> {
    if (!thread.published) return thread.authorId === ctx.userId;
    return this.visibility.canSee(ctx, thread);
  }

  async visibleById(ctx: RequestContext, id: string): Promise<Thread | null> {
    const thread = await this.loader(ctx).load(id);
    return thread && (await this.isVisible(ctx, thread)) ? thread : null;
  }

  /** The visibility rule as SQL over a thread aliased `alias`. */
  visibleSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): Promise<string> {
    return this.visibility.sqlPredicate(
      ctx,
      {
        visibility: `${alias}.visibility`,
        author: `${alias}.author_id`,
        ownerMunicipality: `${alias}.owner_municipality_id`,
        ownerVolunteerGroup: `${alias}.owner_volunteer_group_id`,
        hiddenAt: `${alias}.hidden_at`,
      },
      bind,
    );
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
    qb.andWhere(await this.visibleSql(ctx, 't', namedParameters(qb, 'vis')));
    if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    const session =
      filter.seminarSessionId !== undefined ? parseGlobalId(filter.seminarSessionId, 'SeminarSession', 'seminarSessionId') : undefined;
    if (session) qb.andWhere('t.seminar_session_id = :session', { session });
    if (page.after) {
      const [at, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      qb.andWhere('(t.last_activity_at, t.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('t.lastActivityAt', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (t) => [t.lastActivityAt.toISOString(), t.id]);
  }

  /**
   * The follow-up threads of a seminar session, most recently active first. Every session on a page asks
   * at once; one LATERAL statement finds the page of each, one more loads them all.
   */
  followUps(ctx: RequestContext, sessionId: string, page: PageRequest): Promise<Connection<Thread>> {
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const loader = ctx.loader(
      `Thread.followUps:${page.first}:${page.after ?? ''}`,
      () =>
        new DataLoader<string, Connection<Thread>>(async (sessionIds) => {
          const params: unknown[] = [[...sessionIds], at, id, page.first + 1];
          const visible = await this.visibleSql(ctx, 't', (value) => `$${params.push(value)}`);
          const rows = await this.db.query<{ id: string; session_id: string }>(
            ctx,
            `
          SELECT t.id, s.id AS session_id
          FROM unnest($1::uuid[]) AS s(id)
          CROSS JOIN LATERAL (
            SELECT t.id, t.last_activity_at FROM thread t
            WHERE t.seminar_session_id = s.id AND t.published AND ${visible}
              AND ($2::timestamptz IS NULL OR (t.last_activity_at, t.id) < ($2::timestamptz, $3::uuid))
            ORDER BY t.last_activity_at DESC, t.id DESC
            LIMIT $4
          ) t`,
            params,
          );
          const threads = (await this.loader(ctx).loadMany(rows.map((r) => r.id))).filter((t): t is Thread => t instanceof Thread);
          const byId = new Map(threads.map((t) => [t.id, t]));
          return sessionIds.map((sid) => {
            const own = rows
              .filter((r) => r.session_id === sid)
              .map((r) => byId.get(r.id))
              .filter((t): t is Thread => !!t);
            return toConnection(own, page, (t) => [t.lastActivityAt.toISOString(), t.id]);
          });
        }),
    );
    return loader.load(sessionId);
  }

  async create(ctx: RequestContext, input: CreateThreadInput): Promise<Thread> {
    const user = requireUser(ctx);
    const seminarSessionId =
      input.seminarSessionId !== undefined ? parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId') : null;
    if (seminarSessionId && !(await this.seminars.sessionById(ctx, seminarSessionId))) {
      throw new NotFoundError('SeminarSession', input.seminarSessionId);
    }
    const owner = await this.threadOwner(ctx, input);
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
      return thread.id;
    });
    return this.db.repository(ctx, Thread).findOneByOrFail({ id });
  }

  /** The hidden thread an experience draft starts with; it opens when the experience is published. */
  async createForExperience(ctx: RequestContext, experience: ExperienceThreadFields): Promise<Thread> {
    const user = requireUser(ctx);
    const threads = this.db.repository(ctx, Thread);
    return threads.save(
      threads.create({ kind: ThreadKind.EXPERIENCE, body: '', bodyHtml: '', authorId: user.id, published: false, ...experience }),
    );
  }

  /** An experience's thread keeps its title and who may read it in step with the experience. */
  async followExperience(ctx: RequestContext, threadId: string, experience: Partial<ExperienceThreadFields>): Promise<void> {
    if (Object.keys(experience).length) await this.db.repository(ctx, Thread).update({ id: threadId }, experience);
  }

  async publish(ctx: RequestContext, threadId: string): Promise<void> {
    await this.db.repository(ctx, Thread).update({ id: threadId }, { published: true, lastActivityAt: () => 'now()' });
  }

  /** The owner of a new thread: required for MEMBERS, and the author must be one of those members. */
  private async threadOwner(
    ctx: RequestContext,
    input: CreateThreadInput,
  ): Promise<{ ownerMunicipalityId: string | null; ownerVolunteerGroupId: string | null }> {
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
      const principal = await this.access.principal(ctx);
      const member = ownerVolunteerGroupId ? principal.memberOf.has(ownerVolunteerGroupId) : principal.staffOf.has(ownerMunicipalityId!);
      if (!member) throw new ForbiddenError('Only verified members can open a thread for their municipality or group.');
    }
    return { ownerMunicipalityId, ownerVolunteerGroupId };
  }

  prime(ctx: RequestContext, threads: Thread[]): void {
    const loader = this.loader(ctx);
    for (const t of threads) loader.prime(t.id, t);
  }

  private loader(ctx: RequestContext): DataLoader<string, Thread | null> {
    return ctx.loader(
      'Thread.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, Thread).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (t) => t.id);
        }),
    );
  }
}
