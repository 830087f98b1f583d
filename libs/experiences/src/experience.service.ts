import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  assertAuthor,
  BadUserInputError,
  byIdLoader,
  ConflictError,
  Connection,
  CursorValue,
  decodeTypedCursor,
  DomainEvents,
  ForbiddenError,
  HIDDEN_NOTICE,
  HiddenMark,
  limitSql,
  listLoader,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  renderMarkdown,
  RequestContext,
  requireUser,
  Selection,
  toConnection,
  Visibility,
} from '@krisenfest/core';
import { CRISIS_ROW, CrisesMerged, CrisisRejected, CrisisService, CrisisView } from '@krisenfest/crises';
import { IdempotencyService, RowShape, SET_HIDDEN_SQL, TransactionalConnection } from '@krisenfest/database';
import { ReactionKind, ReactionService, ThreadService, viewerReactionsSql } from '@krisenfest/discussions';
import { USER_ROW, UserRow, UserService, userView } from '@krisenfest/identity';
import { AccessService, VisibilityPolicy } from '@krisenfest/memberships';
import { MUNICIPALITY_ROW, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { SeminarService } from '@krisenfest/seminars';
import { VOLUNTEER_GROUP_ROW, VolunteerGroupService, VolunteerGroupView } from '@krisenfest/volunteer-groups';
import { LessonPublished } from './experience.events';
import { Experience, ExperienceRecommendation, ExperienceStatus, RecommendationStatus } from './experience.entity';
import { CreateExperienceInput, ExperienceFilter, ExperienceOrder, RecommendationInput, UpdateExperienceInput } from './experience.inputs';
import {
  EXPERIENCE_ROW,
  EXPERIENCE_TEXTS_ROW,
  ExperienceRow,
  ExperienceTexts,
  experienceView,
  ExperienceView,
  RECOMMENDATION_ROW,
  RecommendationView,
} from './experience.rows';

type Row = Record<string, unknown> & { comment_count: number; viewer_reactions: ReactionKind[] };

/**
 * What a statement reading experiences for GraphQL selects: the experience's columns (aliased e), its comment
 * count, the caller's reactions, and its author, municipality, group and crisis joined in. The loaders by id read
 * all of it (complete rows); a list reads what its items are asked for (see planFor). The row owners provide their
 * columns and what each of their fields needs.
 */
interface ReadPlan {
  /** Complete rows, which may go into the loaders. */
  complete: boolean;
  own: RowShape<ExperienceRow>;
  commentCount: boolean;
  reactions: boolean;
  author: RowShape<UserRow> | null;
  municipality: RowShape<MunicipalityView> | null;
  group: RowShape<VolunteerGroupView> | null;
  crisis: RowShape<CrisisView> | null;
}

const COMPLETE: ReadPlan = {
  complete: true,
  own: EXPERIENCE_ROW,
  commentCount: true,
  reactions: true,
  author: USER_ROW,
  municipality: MUNICIPALITY_ROW,
  group: VOLUNTEER_GROUP_ROW,
  crisis: CRISIS_ROW,
};

const plans = new WeakMap<Selection, Map<string, ReadPlan>>();

/** The relations a list joins when its items are asked for them (so their ids come with the joined rows). */
const JOINED = ['author', 'municipality', 'volunteerGroup', 'crisis'];

/**
 * What a list reads for the fields its items are asked for, and for `keys` (the columns its order and cursor
 * use); worked out once per document.
 */
function planFor(items: Selection, keys: (keyof ExperienceRow & string)[]): ReadPlan {
  let byKeys = plans.get(items);
  if (!byKeys) {
    byKeys = new Map();
    plans.set(items, byKeys);
  }
  let plan = byKeys.get(keys.join());
  if (!plan) {
    const joined = <T>(field: string, shape: RowShape<T>) => (items.has(field) ? shape.forFields(items.child(field).names()) : null);
    plan = {
      complete: false,
      own: EXPERIENCE_ROW.forFields([...items.names().filter((name) => !JOINED.includes(name)), ...keys]),
      commentCount: items.has('commentCount'),
      reactions: items.has('viewerReactions'),
      author: joined('author', USER_ROW),
      municipality: joined('municipality', MUNICIPALITY_ROW),
      group: joined('volunteerGroup', VOLUNTEER_GROUP_ROW),
      crisis: joined('crisis', CRISIS_ROW),
    };
    byKeys.set(keys.join(), plan);
  }
  return plan;
}

/** The statement's SELECT and FROM for `plan`; `viewer` is the placeholder of the caller's id (null: anonymous). */
function selectSql(plan: ReadPlan, viewer: string | null): string {
  // With reactions asked for but no viewer (anonymous), the column is the empty list viewerReactionsSql gives.
  const columns = [plan.own.select('e')];
  const joins: string[] = [];
  if (plan.commentCount) columns.push('(SELECT t.comment_count FROM thread t WHERE t.id = e.thread_id) AS comment_count');
  if (plan.reactions) columns.push(`${viewerReactionsSql('experience_id', 'e.id', viewer)} AS viewer_reactions`);
  if (plan.author) {
    columns.push(plan.author.select('u', 'u_'));
    joins.push('JOIN user_account u ON u.id = e.author_id');
  }
  if (plan.municipality) {
    columns.push(plan.municipality.select('m', 'm_'));
    joins.push('JOIN municipality m ON m.id = e.municipality_id');
  }
  if (plan.group) {
    columns.push(plan.group.select('g', 'g_'));
    joins.push('LEFT JOIN volunteer_group g ON g.id = e.volunteer_group_id');
  }
  if (plan.crisis) {
    columns.push(plan.crisis.select('c', 'c_'));
    joins.push('LEFT JOIN crisis c ON c.id = e.crisis_id');
  }
  return `SELECT ${columns.join(', ')} FROM experience e ${joins.join(' ')}`;
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
    private readonly seminars: SeminarService,
    private readonly idempotency: IdempotencyService,
    private readonly access: AccessService,
    private readonly visibility: VisibilityPolicy,
    private readonly reactions: ReactionService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Experience', (ctx, id) => this.visibleById(ctx, id));
    // Lessons follow what happens to the crisis they name.
    this.events.on(CrisisRejected, (tx, { crisisId }) =>
      this.db.query(tx, 'UPDATE experience SET crisis_id = NULL WHERE crisis_id = $1', [crisisId]).then(() => undefined),
    );
    this.events.on(CrisesMerged, (tx, { fromId, intoId }) =>
      this.db.query(tx, 'UPDATE experience SET crisis_id = $2 WHERE crisis_id = $1', [fromId, intoId]).then(() => undefined),
    );
    this.reactions.registerTarget('Experience', {
      column: 'experience_id',
      load: (ctx, id) => this.visibleById(ctx, id),
      closed: (e) =>
        (e as ExperienceView).status !== ExperienceStatus.PUBLISHED ? 'Reactions open when the experience is published.' : null,
      count: async (tx, id, kind, delta) => {
        const counter = kind === ReactionKind.HELPFUL ? 'helpful_count' : 'thanks_count';
        await this.db.query(tx, `UPDATE experience SET ${counter} = greatest(${counter} + $2, 0) WHERE id = $1`, [id, delta]);
      },
    });
  }

  /** Who may open an experience (aliased `alias`) by id: a draft its author only; a published one as its visibility says. */
  readableSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): string {
    const visible = this.visibility.sqlPredicate(ctx, this.columns(alias), bind);
    const ownDraft = ctx.userId ? `(${alias}.status <> 'PUBLISHED' AND ${alias}.author_id = ${bind(ctx.userId)}::uuid)` : 'FALSE';
    return `((${alias}.status = 'PUBLISHED' AND ${visible}) OR ${ownDraft})`;
  }

  /** Which experiences (aliased `alias`) lists and search show the caller: published, visible, and not hidden from them. */
  listedSql(ctx: RequestContext, alias: string, bind: (value: unknown) => string): string {
    const columns = { ...this.columns(alias), hiddenAt: `${alias}.hidden_at` };
    return `${alias}.status = 'PUBLISHED' AND ${this.visibility.sqlPredicate(ctx, columns, bind)}`;
  }

  /** The filters of lists and search over experiences (aliased e), as SQL. */
  filterSql(filter: ExperienceFilter, bind: (value: unknown) => string): string[] {
    const where: string[] = [];
    if (filter.hazard) where.push(`e.hazards @> ARRAY[${bind(filter.hazard)}::hazard]`);
    if (filter.phase) where.push(`e.phase = ${bind(filter.phase)}`);
    if (filter.state) where.push(this.municipalities.inStateSql('e.municipality_id', bind(filter.state)));
    if (filter.crisisId) where.push(`e.crisis_id = ${bind(parseGlobalId(filter.crisisId, 'Crisis', 'filter.crisisId'))}::uuid`);
    if (filter.volunteerGroupId) {
      const id = bind(parseGlobalId(filter.volunteerGroupId, 'VolunteerGroup', 'filter.volunteerGroupId'));
      where.push(`e.volunteer_group_id = ${id}::uuid`);
    }
    if (filter.municipalityId) {
      const id = bind(parseGlobalId(filter.municipalityId, 'Municipality', 'filter.municipalityId'));
      where.push(this.municipalities.inSql('e.municipality_id', id));
    }
    return where;
  }

  visibleById(ctx: RequestContext, id: string): Promise<ExperienceView | null> {
    return this.loader(ctx).load(id);
  }

  /** Experiences the caller may open, in the order of `ids` (the others are left out). */
  async visibleByIds(ctx: RequestContext, ids: string[]): Promise<ExperienceView[]> {
    const found = await this.loader(ctx).loadMany(ids);
    return found.filter((e): e is ExperienceView => !!e && !(e instanceof Error));
  }

  async require(ctx: RequestContext, globalId: string, field = 'id'): Promise<ExperienceView> {
    const e = await this.visibleById(ctx, parseGlobalId(globalId, 'Experience', field));
    if (!e) throw new NotFoundError('Experience', globalId);
    return e;
  }

  /** The experience a thread discusses, if the caller may see it. */
  byThread(ctx: RequestContext, threadId: string): Promise<ExperienceView | null> {
    return listLoader(
      ctx,
      'Experience.byThread',
      (ids) => this.read(ctx, 'e.thread_id = ANY($value::uuid[])', ids),
      (e) => e.threadId,
    )
      .load(threadId)
      .then((found) => found[0] ?? null);
  }

  /**
   * One statement per page: the experiences with their author, municipality, group, crisis, comment count and
   * the caller's reactions, fed into the loaders the fields read from.
   */
  async page(
    ctx: RequestContext,
    filter: ExperienceFilter,
    order: ExperienceOrder,
    page: PageRequest,
    items?: Selection,
  ): Promise<Connection<ExperienceView>> {
    const drafts = filter.status === ExperienceStatus.DRAFT;
    if (drafts && !ctx.userId) return toConnection([], page, () => []);
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const helpful = order === ExperienceOrder.MOST_HELPFUL;
    const keys: (keyof ExperienceRow & string)[] = [drafts ? 'createdAt' : 'publishedAt', ...(helpful ? (['helpfulCount'] as const) : [])];
    const plan = items ? planFor(items, keys) : COMPLETE;
    // The caller's id is bound only where the statement uses it: an unused parameter has no type to plan with.
    const viewer = ctx.userId && (drafts || plan.reactions) ? bind(ctx.userId) : null;
    const where = drafts ? [`e.status = 'DRAFT' AND e.author_id = ${viewer}::uuid`] : [this.listedSql(ctx, 'e', bind)];
    where.push(...this.filterSql(filter, bind));
    const time = drafts ? 'e.created_at' : 'e.published_at';
    if (page.after) {
      const key = helpful
        ? decodeTypedCursor(page.after, ['int', 'timestamp', 'uuid'])
        : decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      where.push(
        helpful
          ? `(e.helpful_count, ${time}, e.id) < (${bind(key[0])}::int, ${bind(key[1])}::timestamptz, ${bind(key[2])}::uuid)`
          : `(${time}, e.id) < (${bind(key[0])}::timestamptz, ${bind(key[1])}::uuid)`,
      );
    }
    const orderBy = `${helpful ? 'e.helpful_count DESC, ' : ''}${time} DESC, e.id DESC`;
    const rows = await this.db.prepared<Row>(
      ctx,
      `${selectSql(plan, viewer)} WHERE ${where.join(' AND ')} ORDER BY ${orderBy} LIMIT ${limitSql(page)}`,
      params,
    );
    const sortKey = (e: ExperienceView): CursorValue[] => {
      const at = (drafts ? e.createdAt : e.publishedAt!).toISOString();
      return helpful ? [e.helpfulCount, at, e.id] : [at, e.id];
    };
    return toConnection(this.absorb(ctx, rows, plan), page, sortKey);
  }

  /** An experience's long texts: lists do not read them; when a page asks, one statement reads them for all its experiences. */
  texts(ctx: RequestContext, id: string): Promise<ExperienceTexts | null> {
    return this.textsLoader(ctx).load(id);
  }

  /**
   * One long text as HTML from its Markdown, sanitised as comments are (renderMarkdown), for a page that shows the
   * lesson: the notice while it is hidden from the caller; null for an optional text that is empty.
   */
  async textHtml(
    ctx: RequestContext,
    e: ExperienceView,
    field: Exclude<keyof ExperienceTexts, 'id'>,
    required: boolean,
  ): Promise<string | null> {
    if (!e.readable) return required ? renderMarkdown(HIDDEN_NOTICE) : null;
    const text = (await this.texts(ctx, e.id))?.[field];
    return text?.trim() ? renderMarkdown(text) : required ? '' : null;
  }

  recommendations(ctx: RequestContext, id: string): Promise<RecommendationView[]> {
    return listLoader(
      ctx,
      'Experience.recommendations',
      async (ids) =>
        (
          await this.db.prepared<Record<string, unknown>>(
            ctx,
            `SELECT ${RECOMMENDATION_ROW.select('r')} FROM experience_recommendation r
             WHERE r.experience_id = ANY($1::uuid[]) ORDER BY r.experience_id, r.position`,
            [ids],
          )
        ).map((r) => RECOMMENDATION_ROW.read(r)),
      (r) => r.experienceId,
    ).load(id);
  }

  /** The published lessons drawn from a seminar session that the caller may read, newest first (at most 50). */
  async lessonsOfSession(ctx: RequestContext, sessionId: string): Promise<ExperienceView[]> {
    const rows = await this.db.query<{ id: string }>(
      ctx,
      `SELECT id FROM experience WHERE seminar_session_id = $1 AND status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 50`,
      [sessionId],
    );
    const found = await Promise.all(rows.map((r) => this.visibleById(ctx, r.id)));
    return found.filter((e): e is ExperienceView => !!e && e.readable);
  }

  /** A new draft of the caller; `origin.sourceThreadId` records the discussion it was drafted from. */
  async create(ctx: RequestContext, input: CreateExperienceInput, origin: { sourceThreadId?: string } = {}): Promise<ExperienceView> {
    const user = requireUser(ctx);
    const refs = await this.resolveRefs(ctx, input);
    const municipalityId = parseGlobalId(input.municipalityId, 'Municipality', 'municipalityId');
    if (!(await this.municipalities.byId(ctx, municipalityId))) throw new NotFoundError('Municipality', input.municipalityId);
    const groupId = refs.volunteerGroupId ?? null;

    const { idempotencyKey, ...request } = input;
    const { id } = await this.idempotency.once(ctx, 'createExperience', idempotencyKey, request, async (tx) => {
      const visibility = input.visibility ?? Visibility.PUBLIC;
      const threadId = await this.threads.createForExperience(tx, {
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
          sourceThreadId: origin.sourceThreadId ?? null,
          threadId,
          status: ExperienceStatus.DRAFT,
          visibility,
        }),
      );
      await this.saveRecommendations(tx, saved.id, input.recommendations ?? []);
      return saved.id;
    });
    return (await this.visibleById(ctx, id))!;
  }

  async update(ctx: RequestContext, input: UpdateExperienceInput): Promise<ExperienceView> {
    const existing = await this.require(ctx, input.id);
    assertAuthor(ctx, existing.authorId, 'experience');
    const refs = await this.resolveRefs(ctx, input);
    const { id: _id, recommendations, crisisId: _c, seminarSessionId: _s, ...fields } = input;
    const changes: Partial<Experience> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (changes.hazards) changes.hazards = [...new Set(changes.hazards)];
    if (refs.crisisId !== undefined) changes.crisisId = refs.crisisId;
    if (refs.seminarSessionId !== undefined) changes.seminarSessionId = refs.seminarSessionId;
    await this.db.transaction(ctx, async (tx) => {
      if (Object.keys(changes).length) {
        await this.db.repository(tx, Experience).update({ id: existing.id }, { ...changes, updatedAt: () => 'now()' });
      }
      await this.threads.followExperience(tx, existing.threadId, {
        ...(changes.title ? { title: changes.title } : {}),
        ...(changes.visibility ? { visibility: changes.visibility } : {}),
      });
      if (recommendations) {
        await this.db.repository(tx, ExperienceRecommendation).delete({ experienceId: existing.id });
        await this.saveRecommendations(tx, existing.id, recommendations);
      }
    });
    return (await this.visibleById(ctx, existing.id))!;
  }

  async publish(ctx: RequestContext, globalId: string): Promise<ExperienceView> {
    const existing = await this.require(ctx, globalId);
    assertAuthor(ctx, existing.authorId, 'experience');
    if (existing.status === ExperienceStatus.PUBLISHED) throw new ConflictError('This experience is published already.');
    if (!this.access.canSpeakFor(ctx, existing.municipalityId, existing.volunteerGroupId)) {
      throw new ForbiddenError(await this.speakForRefusal(ctx, existing));
    }
    const texts = (await this.texts(ctx, existing.id))!;
    const missing = (['situation', 'actions', 'outcome'] as const).filter((f) => !texts[f].trim());
    if (missing.length) {
      throw new ConflictError(`Before publishing, please describe: ${missing.join(', ')}.`);
    }
    await this.db.transaction(ctx, async (tx) => {
      await this.db
        .repository(tx, Experience)
        .update({ id: existing.id }, { status: ExperienceStatus.PUBLISHED, publishedAt: () => 'now()' });
      await this.threads.publish(tx, existing.threadId);
      await this.events.publish(tx, new LessonPublished(existing.id));
    });
    return (await this.visibleById(ctx, existing.id))!;
  }

  /** Deletes a user's unpublished drafts with their (unpublished) threads, e.g. when their personal data are erased. */
  async deleteDraftsOf(ctx: RequestContext, userId: string): Promise<void> {
    const deleted = await this.db.query<{ thread_id: string }>(
      ctx,
      `DELETE FROM experience WHERE author_id = $1 AND status = 'DRAFT' RETURNING thread_id`,
      [userId],
    );
    await this.threads.deleteUnpublished(
      ctx,
      deleted.map((d) => d.thread_id),
    );
  }

  /**
   * Hides an experience (null: shows it again); the moderation decides. Its discussion thread carries its title,
   * so it is hidden and shown with it.
   */
  async setHidden(ctx: RequestContext, id: string, hidden: Omit<HiddenMark, 'at'> | null): Promise<void> {
    const [row] = await this.db.query<{ thread_id: string }>(
      ctx,
      `UPDATE experience SET ${SET_HIDDEN_SQL} WHERE id = $1 RETURNING thread_id`,
      [id, hidden?.reason ?? null, hidden?.automatically ?? false],
    );
    if (row) await this.threads.setHidden(ctx, row.thread_id, hidden);
  }

  /** Names whom the author may not speak for, so the refusal says what to do. */
  private async speakForRefusal(ctx: RequestContext, e: ExperienceView): Promise<string> {
    if (e.volunteerGroupId) {
      const group = await this.groups.byId(ctx, e.volunteerGroupId);
      return `Only verified members of ${group?.name ?? 'this group'} can publish on its behalf. Request a membership first.`;
    }
    const municipality = await this.municipalities.byId(ctx, e.municipalityId);
    return `Only verified staff of ${municipality?.name ?? 'this municipality'} can publish on its behalf. Request a membership, or publish for your volunteer group.`;
  }

  /**
   * Turns the optional references of an input into ids, checking that they exist; a volunteer group only one the
   * author is a verified member of, since the experience will speak for it.
   */
  private async resolveRefs(
    ctx: RequestContext,
    input: { crisisId?: string | null; seminarSessionId?: string | null; volunteerGroupId?: string },
  ): Promise<{ crisisId?: string | null; seminarSessionId?: string | null; volunteerGroupId?: string }> {
    const out: { crisisId?: string | null; seminarSessionId?: string | null; volunteerGroupId?: string } = {};
    // null takes the link off (an author who named the wrong crisis or session); undefined leaves it as it is.
    if (input.crisisId === null) out.crisisId = null;
    if (input.seminarSessionId === null) out.seminarSessionId = null;
    if (input.crisisId !== undefined && input.crisisId !== null) {
      out.crisisId = parseGlobalId(input.crisisId, 'Crisis', 'crisisId');
      await this.crises.requireLinkable(ctx, out.crisisId, input.crisisId, 'crisisId');
    }
    if (input.seminarSessionId !== undefined && input.seminarSessionId !== null) {
      out.seminarSessionId = parseGlobalId(input.seminarSessionId, 'SeminarSession', 'seminarSessionId');
      if (!(await this.seminars.sessionById(ctx, out.seminarSessionId))) throw new NotFoundError('SeminarSession', input.seminarSessionId);
    }
    if (input.volunteerGroupId !== undefined) {
      out.volunteerGroupId = parseGlobalId(input.volunteerGroupId, 'VolunteerGroup', 'volunteerGroupId');
      const group = await this.groups.byId(ctx, out.volunteerGroupId);
      if (!group) throw new NotFoundError('VolunteerGroup', input.volunteerGroupId);
      if (!ctx.memberships.memberOf.has(group.id)) {
        throw BadUserInputError.field(
          'volunteerGroupId',
          `you can write on behalf of ${group.name} only as its verified member; request a membership first, or leave the group out`,
        );
      }
    }
    return out;
  }

  private async saveRecommendations(ctx: RequestContext, experienceId: string, recommendations: RecommendationInput[]): Promise<void> {
    if (!recommendations.length) return;
    const repo = this.db.repository(ctx, ExperienceRecommendation);
    await repo.insert(
      recommendations.map((r, position) =>
        repo.create({ experienceId, position, text: r.text, addressee: r.addressee, status: r.status ?? RecommendationStatus.PROPOSED }),
      ),
    );
  }

  private columns(alias: string) {
    return {
      visibility: `${alias}.visibility`,
      author: `${alias}.author_id`,
      ownerMunicipality: `${alias}.municipality_id`,
      ownerVolunteerGroup: `${alias}.volunteer_group_id`,
    };
  }

  /** Experiences the caller may open, selected by `condition` over e, in which `$value` stands for `value`. */
  private async read(ctx: RequestContext, condition: string, value: unknown): Promise<ExperienceView[]> {
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const viewer = ctx.userId ? bind(ctx.userId) : null;
    const where = condition.replace('$value', () => bind(value));
    const rows = await this.db.prepared<Row>(
      ctx,
      `${selectSql(COMPLETE, viewer)} WHERE ${where} AND ${this.readableSql(ctx, 'e', bind)}`,
      params,
    );
    return this.absorb(ctx, rows, COMPLETE);
  }

  /** Maps the rows of an experience statement once and gives every loader its complete rows. */
  /**
   * Maps the rows of an experience statement once, with what it joined attached (so those fields resolve without
   * the loaders). Complete rows also go into every loader.
   */
  private absorb(ctx: RequestContext, rows: Row[], plan: ReadPlan): ExperienceView[] {
    const authors = plan.author ? rows.map((r) => plan.author!.read(r, 'u_')) : [];
    const authorViews = plan.complete ? this.users.prime(ctx, authors) : authors.map((a) => userView(ctx.user, a));
    const municipalities = plan.municipality ? rows.map((r) => plan.municipality!.read(r, 'm_')) : [];
    const groups = plan.group ? rows.map((r) => plan.group!.readOptional(r, 'g_')) : [];
    const crises = plan.crisis ? rows.map((r) => plan.crisis!.readOptional(r, 'c_')) : [];
    if (plan.complete) {
      this.municipalities.prime(ctx, municipalities);
      this.groups.prime(
        ctx,
        groups.filter((g) => g !== null),
      );
      this.crises.prime(
        ctx,
        crises.filter((c) => c !== null),
      );
    }
    const loader = plan.complete ? this.loader(ctx) : null;
    return rows.map((row, i) => {
      const view = experienceView(ctx.user, plan.own.read(row), row.comment_count, row.viewer_reactions);
      view.related = {
        author: plan.author ? authorViews[i] : undefined,
        municipality: plan.municipality ? municipalities[i] : undefined,
        volunteerGroup: plan.group ? groups[i] : undefined,
        crisis: plan.crisis ? crises[i] : undefined,
      };
      loader?.prime(view.id, view);
      return view;
    });
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Experience.byId', (ids) => this.read(ctx, 'e.id = ANY($value::uuid[])', ids));
  }

  private textsLoader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Experience.texts', async (ids) =>
      (
        await this.db.prepared<Record<string, unknown>>(
          ctx,
          `SELECT ${EXPERIENCE_TEXTS_ROW.select('e')} FROM experience e WHERE e.id = ANY($1::uuid[])`,
          [ids],
        )
      ).map((r) => EXPERIENCE_TEXTS_ROW.read(r)),
    );
  }
}
