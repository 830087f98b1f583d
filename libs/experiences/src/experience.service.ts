import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In, SelectQueryBuilder } from 'typeorm';
import {
  assertAuthor,
  byKeys,
  ConflictError,
  Connection,
  ForbiddenError,
  CursorValue,
  decodeTypedCursor,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  RequestContext,
  requireUser,
  toConnection,
  Visibility,
} from '@krisenfest/core';
import { IdempotencyService, namedParameters, TransactionalConnection } from '@krisenfest/database';
import { Crisis, CrisisService } from '@krisenfest/crises';
import { ReactionKind, Thread, ThreadService } from '@krisenfest/discussions';
import { User, UserService } from '@krisenfest/identity';
import { AccessService, VisibilityPolicy } from '@krisenfest/memberships';
import { Municipality, MunicipalityService } from '@krisenfest/municipalities';
import { SeminarSession } from '@krisenfest/seminars';
import { VolunteerGroup, VolunteerGroupService } from '@krisenfest/volunteer-groups';
import { Experience, ExperienceRecommendation, ExperienceStatus, RecommendationStatus } from './experience.entity';
import { CreateExperienceInput, ExperienceFilter, ExperienceOrder, RecommendationInput, UpdateExperienceInput } from './experience.inputs';

/** An experience's restriction: MEMBERS are its group's members, or else its municipality's staff. */
function restricted(e: Experience) {
  return {
    visibility: e.visibility,
    authorId: e.authorId,
    ownerMunicipalityId: e.municipalityId,
    ownerVolunteerGroupId: e.volunteerGroupId,
  };
}

interface FeedRow {
  e_id: string;
  viewer_reactions: ReactionKind[];
}

@Injectable()
export class ExperienceService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly threads: ThreadService,
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
    private readonly crises: CrisisService,
    private readonly idempotency: IdempotencyService,
    private readonly access: AccessService,
    private readonly visibility: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Experience', (ctx, id) => this.visibleById(ctx, id));
  }

  /** Drafts are visible to their author only; published ones as their visibility says. */
  async isVisible(ctx: RequestContext, e: Experience): Promise<boolean> {
    if (e.status !== ExperienceStatus.PUBLISHED) return e.authorId === ctx.userId;
    return this.visibility.canSee(ctx, restricted(e));
  }

  async visibleById(ctx: RequestContext, id: string): Promise<Experience | null> {
    const e = await this.byIdLoader(ctx).load(id);
    return e && (await this.isVisible(ctx, e)) ? e : null;
  }

  /** The visibility rule as SQL over an experience aliased `alias`. */
  visibleSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): Promise<string> {
    return this.visibility.sqlPredicate(
      ctx,
      {
        visibility: `${alias}.visibility`,
        author: `${alias}.author_id`,
        ownerMunicipality: `${alias}.municipality_id`,
        ownerVolunteerGroup: `${alias}.volunteer_group_id`,
        hiddenAt: `${alias}.hidden_at`,
      },
      bind,
    );
  }

  /** Deletes a user's unpublished drafts with their (unpublished) threads, e.g. when their personal data are erased. */
  async deleteDraftsOf(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(
      ctx,
      `
      WITH drafts AS (DELETE FROM experience WHERE author_id = $1 AND status = $2 RETURNING thread_id)
      DELETE FROM thread WHERE id IN (SELECT thread_id FROM drafts)`,
      [userId, ExperienceStatus.DRAFT],
    );
  }

  async require(ctx: RequestContext, globalId: string, field = 'id'): Promise<Experience> {
    const e = await this.visibleById(ctx, parseGlobalId(globalId, 'Experience', field));
    if (!e) throw new NotFoundError('Experience', globalId);
    return e;
  }

  async byThread(ctx: RequestContext, threadId: string): Promise<Experience | null> {
    const e = await ctx
      .loader(
        'Experience.byThread',
        () =>
          new DataLoader<string, Experience | null>(async (ids) => {
            const rows = await this.db.repository(ctx, Experience).findBy({ threadId: In([...ids]) });
            return byKeys(ids, rows, (r) => r.threadId);
          }),
      )
      .load(threadId);
    return e && (await this.isVisible(ctx, e)) ? e : null;
  }

  /**
   * One statement per page: the experiences with their author, municipality, group, crisis, thread
   * (for the comment count) and the viewer's reactions, primed into the loaders the fields read from.
   */
  async page(ctx: RequestContext, filter: ExperienceFilter, order: ExperienceOrder, page: PageRequest): Promise<Connection<Experience>> {
    const drafts = filter.status === ExperienceStatus.DRAFT;
    if (drafts && !ctx.userId) return toConnection([], page, () => []);
    const qb = this.feedQuery(ctx);
    if (drafts) qb.where('e.status = :status AND e.author_id = :viewer', { status: ExperienceStatus.DRAFT, viewer: ctx.userId });
    else {
      qb.where('e.status = :status', { status: ExperienceStatus.PUBLISHED });
      qb.andWhere(await this.visibleSql(ctx, 'e', namedParameters(qb, 'vis')));
    }
    this.applyFilter(qb, filter);

    const sortKey = (e: Experience): CursorValue[] => {
      const at = (drafts ? e.createdAt : e.publishedAt!).toISOString();
      return order === ExperienceOrder.MOST_HELPFUL ? [e.helpfulCount, at, e.id] : [at, e.id];
    };
    const timeColumn = drafts ? 'e.created_at' : 'e.published_at';
    if (order === ExperienceOrder.MOST_HELPFUL) {
      if (page.after) {
        const [helpful, at, id] = decodeTypedCursor(page.after, ['int', 'timestamp', 'uuid']);
        qb.andWhere(`(e.helpful_count, ${timeColumn}, e.id) < (:helpful::int, :at::timestamptz, :id::uuid)`, { helpful, at, id });
      }
      qb.orderBy('e.helpfulCount', 'DESC');
    } else if (page.after) {
      const [at, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      qb.andWhere(`(${timeColumn}, e.id) < (:at::timestamptz, :id::uuid)`, { at, id });
    }
    qb.addOrderBy(drafts ? 'e.createdAt' : 'e.publishedAt', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(page.first + 1);
    const rows = await this.runFeed(ctx, qb);
    return toConnection(rows, page, sortKey);
  }

  /** Loads experiences by id with the same joins as the feed (used by search). */
  async loadMany(ctx: RequestContext, ids: string[]): Promise<Experience[]> {
    if (!ids.length) return [];
    const rows = await this.runFeed(ctx, this.feedQuery(ctx).where('e.id IN (:...ids)', { ids }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const found = ids.map((id) => byId.get(id)).filter((e): e is Experience => !!e);
    const visible = await Promise.all(found.map((e) => this.isVisible(ctx, e)));
    return found.filter((_, i) => visible[i]);
  }

  viewerReactions(ctx: RequestContext, e: Experience): Promise<ReactionKind[]> {
    if (!ctx.userId) return Promise.resolve([]);
    return this.viewerReactionLoader(ctx).load(e.id);
  }

  recommendations(ctx: RequestContext, e: Experience): Promise<ExperienceRecommendation[]> {
    return ctx
      .loader(
        'Experience.recommendations',
        () =>
          new DataLoader<string, ExperienceRecommendation[]>(async (ids) => {
            const rows = await this.db.repository(ctx, ExperienceRecommendation).find({
              where: { experienceId: In([...ids]) },
              order: { position: 'ASC' },
            });
            return ids.map((id) => rows.filter((r) => r.experienceId === id));
          }),
      )
      .load(e.id);
  }

  async commentCount(ctx: RequestContext, e: Experience): Promise<number> {
    return (await this.threads.visibleById(ctx, e.threadId))?.commentCount ?? 0;
  }

  async create(ctx: RequestContext, input: CreateExperienceInput): Promise<Experience> {
    const user = requireUser(ctx);
    const refs = await this.resolveRefs(ctx, input);
    const municipalityId = parseGlobalId(input.municipalityId, 'Municipality', 'municipalityId');
    if (!(await this.municipalities.byId(ctx, municipalityId))) throw new NotFoundError('Municipality', input.municipalityId);
    const groupId =
      input.volunteerGroupId !== undefined ? parseGlobalId(input.volunteerGroupId, 'VolunteerGroup', 'volunteerGroupId') : null;
    if (groupId && !(await this.groups.byId(ctx, groupId))) throw new NotFoundError('VolunteerGroup', input.volunteerGroupId);

    const { idempotencyKey, ...request } = input;
    const { id } = await this.idempotency.once(ctx, 'createExperience', idempotencyKey, request, async (tx) => {
      const visibility = input.visibility ?? Visibility.PUBLIC;
      const thread = await this.threads.createForExperience(tx, {
        title: input.title,
        visibility,
        ownerMunicipalityId: municipalityId,
        ownerVolunteerGroupId: groupId,
      });
      const experiences = this.db.repository(tx, Experience);
      const saved = await experiences.save(
        experiences.create({
          title: input.title,
          summary: input.summary,
          situation: input.situation ?? '',
          actions: input.actions ?? '',
          outcome: input.outcome ?? '',
          rootCause: input.rootCause || null,
          transferability: input.transferability || null,
          hazards: [...new Set(input.hazards)],
          phase: input.phase,
          fieldsOfAction: input.fieldsOfAction ?? [],
          actors: input.actors ?? [],
          authorId: user.id,
          municipalityId,
          volunteerGroupId: groupId,
          crisisId: refs.crisisId ?? null,
          seminarSessionId: refs.seminarSessionId ?? null,
          threadId: thread.id,
          status: ExperienceStatus.DRAFT,
          visibility,
        }),
      );
      await this.saveRecommendations(tx, saved.id, input.recommendations ?? []);
      return saved.id;
    });
    return this.db.repository(ctx, Experience).findOneByOrFail({ id });
  }

  async update(ctx: RequestContext, input: UpdateExperienceInput): Promise<Experience> {
    const existing = await this.require(ctx, input.id);
    assertAuthor(ctx, existing.authorId, 'experience');
    const refs = await this.resolveRefs(ctx, input);
    const { id: _id, recommendations, crisisId: _c, seminarSessionId: _s, ...fields } = input;
    const changes: Partial<Experience> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (changes.hazards) changes.hazards = [...new Set(changes.hazards)];
    if (refs.crisisId !== undefined) changes.crisisId = refs.crisisId;
    if (refs.seminarSessionId !== undefined) changes.seminarSessionId = refs.seminarSessionId;
    await this.db.transaction(ctx, async (tx) => {
      if (Object.keys(changes).length)
        await this.db.repository(tx, Experience).update({ id: existing.id }, { ...changes, updatedAt: () => 'now()' });
      await this.threads.followExperience(tx, existing.threadId, {
        ...(changes.title ? { title: changes.title } : {}),
        ...(changes.visibility ? { visibility: changes.visibility } : {}),
      });
      if (recommendations) {
        await this.db.repository(tx, ExperienceRecommendation).delete({ experienceId: existing.id });
        await this.saveRecommendations(tx, existing.id, recommendations);
      }
    });
    return this.db.repository(ctx, Experience).findOneByOrFail({ id: existing.id });
  }

  async publish(ctx: RequestContext, globalId: string): Promise<Experience> {
    const existing = await this.require(ctx, globalId);
    assertAuthor(ctx, existing.authorId, 'experience');
    if (existing.status === ExperienceStatus.PUBLISHED) throw new ConflictError('This experience is published already.');
    if (!(await this.access.canSpeakFor(ctx, existing.municipalityId, existing.volunteerGroupId))) {
      throw new ForbiddenError(await this.speakForRefusal(ctx, existing));
    }
    const missing = (['situation', 'actions', 'outcome'] as const).filter((f) => !existing[f].trim());
    if (missing.length) {
      throw new ConflictError(`Before publishing, please describe: ${missing.join(', ')}.`);
    }
    await this.db.transaction(ctx, async (tx) => {
      await this.db
        .repository(tx, Experience)
        .update({ id: existing.id }, { status: ExperienceStatus.PUBLISHED, publishedAt: () => 'now()' });
      await this.threads.publish(tx, existing.threadId);
    });
    return this.db.repository(ctx, Experience).findOneByOrFail({ id: existing.id });
  }

  /** Names whom the author may not speak for, so the refusal says what to do. */
  private async speakForRefusal(ctx: RequestContext, e: Experience): Promise<string> {
    if (e.volunteerGroupId) {
      const group = await this.groups.byId(ctx, e.volunteerGroupId);
      return `Only verified members of ${group?.name ?? 'this group'} can publish on its behalf. Request a membership first.`;
    }
    const municipality = await this.municipalities.byId(ctx, e.municipalityId);
    return `Only verified staff of ${municipality?.name ?? 'this municipality'} can publish on its behalf. Request a membership, or publish for your volunteer group.`;
  }

  private feedQuery(ctx: RequestContext): SelectQueryBuilder<Experience> {
    return this.db
      .repository(ctx, Experience)
      .createQueryBuilder('e')
      .leftJoinAndSelect('e.author', 'u')
      .leftJoinAndSelect('e.municipality', 'm')
      .leftJoinAndSelect('e.volunteerGroup', 'g')
      .leftJoinAndSelect('e.crisis', 'c')
      .leftJoinAndSelect('e.thread', 't')
      .addSelect(
        `CASE WHEN CAST(:viewer AS uuid) IS NULL THEN '{}'::text[] ELSE ARRAY(SELECT r.kind::text FROM reaction r WHERE r.experience_id = e.id AND r.user_id = CAST(:viewer AS uuid) ORDER BY r.kind) END`,
        'viewer_reactions',
      )
      .setParameter('viewer', ctx.userId);
  }

  private async runFeed(ctx: RequestContext, qb: SelectQueryBuilder<Experience>): Promise<Experience[]> {
    const { entities, raw } = await qb.getRawAndEntities<FeedRow>();
    const reactions = new Map(raw.map((r) => [r.e_id, r.viewer_reactions]));
    this.users.prime(
      ctx,
      entities.map((e) => e.author).filter((x): x is User => !!x),
    );
    this.municipalities.prime(
      ctx,
      entities.map((e) => e.municipality).filter((x): x is Municipality => !!x),
    );
    this.groups.prime(
      ctx,
      entities.map((e) => e.volunteerGroup).filter((x): x is VolunteerGroup => !!x),
    );
    this.crises.prime(
      ctx,
      entities.map((e) => e.crisis).filter((x): x is Crisis => !!x),
    );
    this.threads.prime(
      ctx,
      entities.map((e) => e.thread).filter((x): x is Thread => !!x),
    );
    const byId = this.byIdLoader(ctx);
    const viewer = this.viewerReactionLoader(ctx);
    for (const e of entities) {
      byId.prime(e.id, e);
      viewer.prime(e.id, reactions.get(e.id) ?? []);
    }
    return entities;
  }

  private applyFilter(qb: SelectQueryBuilder<Experience>, filter: ExperienceFilter): void {
    if (filter.hazard) qb.andWhere('e.hazards @> ARRAY[CAST(:hazard AS hazard)]', { hazard: filter.hazard });
    if (filter.phase) qb.andWhere('e.phase = :phase', { phase: filter.phase });
    if (filter.state) qb.andWhere('m.state = :state', { state: filter.state });
    if (filter.crisisId) qb.andWhere('e.crisis_id = :crisisId', { crisisId: parseGlobalId(filter.crisisId, 'Crisis', 'filter.crisisId') });
    if (filter.municipalityId) {
      const mid = parseGlobalId(filter.municipalityId, 'Municipality', 'filter.municipalityId');
      qb.andWhere('e.municipality_id IN (SELECT id FROM municipality WHERE id = :mid OR parent_id = :mid)', { mid });
    }
  }

  /** Turns the optional references of an input into ids, checking that they exist. */
  private async resolveRefs(
    ctx: RequestContext,
    input: { crisisId?: string; seminarSessionId?: string },
  ): Promise<{ crisisId?: string | null; seminarSessionId?: string | null }> {
    const out: { crisisId?: string | null; seminarSessionId?: string | null } = {};
    if (input.crisisId !== undefined) {
      out.crisisId = parseGlobalId(input.crisisId, 'Crisis', 'crisisId');
      if (!(await this.crises.byId(ctx, out.crisisId))) throw new NotFoundError('Crisis', input.crisisId);
    }
    if (input.seminarSessionId !== undefined) {
      out.seminarSessionId = parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId');
      if (!(await this.db.repository(ctx, SeminarSession).existsBy({ id: out.seminarSessionId }))) {
        throw new NotFoundError('SeminarSession', input.seminarSessionId);
      }
    }
    return out;
  }

  private async saveRecommendations(ctx: RequestContext, experienceId: string, recommendations: RecommendationInput[]): Promise<void> {
    if (!recommendations.length) return;
    const repo = this.db.repository(ctx, ExperienceRecommendation);
    await repo.insert(
      recommendations.map((r, position) =>
        repo.create({
          experienceId,
          position,
          text: r.text,
          addressee: r.addressee,
          status: r.status ?? RecommendationStatus.PROPOSED,
        }),
      ),
    );
  }

  private byIdLoader(ctx: RequestContext): DataLoader<string, Experience | null> {
    return ctx.loader(
      'Experience.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, Experience).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (e) => e.id);
        }),
    );
  }

  private viewerReactionLoader(ctx: RequestContext): DataLoader<string, ReactionKind[]> {
    return ctx.loader(
      'Experience.viewerReactions',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.query<{ experience_id: string; kind: ReactionKind }>(
            ctx,
            'SELECT experience_id, kind FROM reaction WHERE user_id = $1 AND experience_id = ANY($2::uuid[]) ORDER BY kind',
            [ctx.userId, [...ids]],
          );
          return ids.map((id) => rows.filter((r) => r.experience_id === id).map((r) => r.kind));
        }),
    );
  }
}
