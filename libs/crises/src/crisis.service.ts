import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  BadUserInputError,
  byIdLoader,
  ConflictError,
  Connection,
  DomainEvents,
  ForbiddenError,
  isModerator,
  NotFoundError,
  requireUser,
  decodeTypedCursor,
  listLoader,
  NodeRegistry,
  PageRequest,
  parseGlobalId,
  RequestContext,
  toConnection,
  limitSql,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { MUNICIPALITY_ROW, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { FollowLevel, FollowService, FollowTarget } from '@krisenfest/notifications';
import { CrisisStatus, Hazard } from './crisis.entity';
import { CrisesMerged, CrisisRejected } from './crisis.events';
import { EndCrisisInput, MergeCrisisInput, ProposeCrisisInput, RejectCrisisInput, UpdateCrisisInput } from './crisis.inputs';
import { CRISIS_ROW, CrisisView } from './crisis.rows';

export interface CrisisFilter {
  hazard?: Hazard;
  /** Global id of a Municipality the crisis affected. */
  municipalityId?: string;
  status?: CrisisStatus;
}

/**
 * Who sees a crisis: everyone, except a rejected proposal, which only its proposer and the moderation see.
 * $2 is the caller's id (or null), $3 whether they moderate.
 */
const VISIBLE = (alias: string, viewer: string, moderator: string) =>
  `(${alias}.status <> 'REJECTED' OR ${alias}.proposed_by_id = ${viewer}::uuid OR ${moderator}::boolean)`;
const BY_IDS = `SELECT ${CRISIS_ROW.select('c')} FROM crisis c WHERE c.id = ANY($1::uuid[]) AND ${VISIBLE('c', '$2', '$3')}`;
/** Today's date in Berlin, 'YYYY-MM-DD' (en-CA writes dates that way), without asking the database. */
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const AFFECTED = `
  SELECT cm.crisis_id, ${MUNICIPALITY_ROW.select('m')}
  FROM crisis_municipality cm JOIN municipality m ON m.id = cm.municipality_id
  WHERE cm.crisis_id = ANY($1::uuid[])
  ORDER BY m.sort_name, m.id`;

@Injectable()
export class CrisisService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly municipalities: MunicipalityService,
    private readonly follows: FollowService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Crisis', (ctx, id) => this.byId(ctx, id));
  }

  byId(ctx: RequestContext, id: string): Promise<CrisisView | null> {
    return this.loader(ctx).load(id);
  }

  /** Crises another feature read in its own statement (with CRISIS_ROW's columns), for the loader. */
  prime(ctx: RequestContext, rows: CrisisView[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  /**
   * The municipalities a crisis hit, by name: one statement for every crisis on a page; the municipalities are
   * primed into their own loader.
   */
  affectedMunicipalities(ctx: RequestContext, crisisId: string): Promise<MunicipalityView[]> {
    return listLoader(
      ctx,
      'Crisis.affectedMunicipalities',
      async (ids) => {
        const rows = await this.db.prepared<Record<string, unknown>>(ctx, AFFECTED, [ids]);
        const affected = rows.map((r) => ({ crisisId: r.crisis_id as string, municipality: MUNICIPALITY_ROW.read(r) }));
        this.municipalities.prime(
          ctx,
          affected.map((a) => a.municipality),
        );
        return affected;
      },
      (a) => a.crisisId,
    )
      .load(crisisId)
      .then((affected) => affected.map((a) => a.municipality));
  }

  /** Most recent first; the id breaks ties between crises that started on the same day. */
  async page(ctx: RequestContext, filter: CrisisFilter, page: PageRequest): Promise<Connection<CrisisView>> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    where.push(`c.status = ${bind(filter.status ?? CrisisStatus.CONFIRMED)}::crisis_status`);
    where.push(VISIBLE('c', bind(ctx.userId ?? null), bind(isModerator(ctx.user))));
    if (filter.hazard) where.push(`${bind(filter.hazard)}::hazard = ANY(c.hazards)`);
    if (filter.municipalityId) {
      const municipalityId = parseGlobalId(filter.municipalityId, 'Municipality', 'municipalityId');
      // "In Landkreis X" includes its Gemeinden; an unknown municipality yields [] and so an empty page.
      const ids = bind(await this.municipalities.withChildren(ctx, municipalityId));
      where.push(`EXISTS (SELECT 1 FROM crisis_municipality cm WHERE cm.crisis_id = c.id AND cm.municipality_id = ANY(${ids}::uuid[]))`);
    }
    if (page.after) {
      const [startsOn, id] = decodeTypedCursor(page.after, ['date', 'uuid']);
      where.push(`(c.starts_on, c.id) < (${bind(startsOn)}::date, ${bind(id)}::uuid)`);
    }
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${CRISIS_ROW.select('c')} FROM crisis c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.starts_on DESC, c.id DESC LIMIT ${limitSql(page)}`,
      params,
    );
    const crises = rows.map((r) => CRISIS_ROW.read(r));
    this.prime(ctx, crises);
    return toConnection(crises, page, (c) => [c.startsOn, c.id]);
  }

  /** The reason of a rejection is for the proposer and the moderation. */
  decisionReasonFor(ctx: RequestContext, crisis: CrisisView): string | null {
    return crisis.proposedById === ctx.userId || isModerator(ctx.user) ? crisis.decisionReason : null;
  }

  /**
   * A crisis a lesson may name: one that is confirmed, or proposed and waiting. Rejected ones are not, and a merged
   * duplicate points at the crisis to name instead.
   */
  async requireLinkable(ctx: RequestContext, id: string, globalId: string, field: string): Promise<CrisisView> {
    const crisis = await this.byId(ctx, id);
    if (!crisis) throw new NotFoundError('Crisis', globalId);
    if (crisis.status === CrisisStatus.REJECTED) throw BadUserInputError.field(field, 'This crisis was rejected by the moderation.');
    if (crisis.status === CrisisStatus.MERGED) {
      throw BadUserInputError.field(
        field,
        `This crisis is a duplicate; name ${crisis.mergedIntoId ? 'the crisis it was merged into' : 'another one'}.`,
      );
    }
    return crisis;
  }

  /**
   * Verified municipal staff propose a crisis; the moderation confirms it (a moderator's own proposal is confirmed
   * at once).
   */
  async propose(ctx: RequestContext, input: ProposeCrisisInput): Promise<CrisisView> {
    const user = requireUser(ctx);
    const moderator = isModerator(user);
    if (!moderator && !ctx.memberships.staffOf.size) {
      throw new ForbiddenError('Only verified staff of a municipality propose crises. Ask for a staff membership first.');
    }
    this.checkDates(input.startsOn, input.endsOn ?? null);
    const municipalityIds = await this.existingMunicipalities(ctx, input.affectedMunicipalityIds);
    const id = await this.db.transaction(ctx, async (tx) => {
      const [row] = await this.db.query<{ id: string }>(
        tx,
        `INSERT INTO crisis (name, hazards, description, starts_on, ends_on, status, proposed_by_id, decided_by_id, decided_at)
         VALUES ($1, $2::hazard[], $3, $4, $5, $6, $7, $8, CASE WHEN $8::uuid IS NULL THEN NULL ELSE now() END) RETURNING id`,
        [
          input.name,
          input.hazards,
          input.description || null,
          input.startsOn,
          input.endsOn ?? null,
          moderator ? CrisisStatus.CONFIRMED : CrisisStatus.PROPOSED,
          user.id,
          moderator ? user.id : null,
        ],
      );
      await this.setMunicipalities(tx, row.id, municipalityIds);
      // The proposer hears of lessons about it.
      await this.follows.followByDefault(tx, user.id, FollowTarget.CRISIS, row.id, FollowLevel.WATCHING);
      return row.id;
    });
    return this.reread(ctx, id);
  }

  /** Its proposer while it waits for the moderation; moderators while it is proposed or confirmed. */
  async update(ctx: RequestContext, input: UpdateCrisisInput): Promise<CrisisView> {
    const crisis = await this.requireVisible(ctx, input.id);
    const user = requireUser(ctx);
    if (crisis.status === CrisisStatus.REJECTED || crisis.status === CrisisStatus.MERGED) {
      throw new ConflictError(
        `This crisis was ${crisis.status === CrisisStatus.REJECTED ? 'rejected' : 'merged into another'} and cannot be changed.`,
      );
    }
    const mayEdit = isModerator(user) || (crisis.status === CrisisStatus.PROPOSED && crisis.proposedById === user.id);
    if (!mayEdit) {
      throw new ForbiddenError('Only the moderation changes a confirmed crisis; while proposed, its proposer may too.');
    }
    const startsOn = input.startsOn ?? crisis.startsOn;
    const endsOn = input.endsOn !== undefined ? input.endsOn : crisis.endsOn;
    this.checkDates(startsOn, endsOn);
    const municipalityIds = input.affectedMunicipalityIds ? await this.existingMunicipalities(ctx, input.affectedMunicipalityIds) : null;
    await this.db.transaction(ctx, async (tx) => {
      await this.db.query(
        tx,
        `UPDATE crisis SET name = coalesce($2, name), hazards = coalesce($3::hazard[], hazards),
           description = CASE WHEN $4::boolean THEN $5 ELSE description END, starts_on = $6, ends_on = $7
         WHERE id = $1`,
        [
          crisis.id,
          input.name ?? null,
          input.hazards ?? null,
          input.description !== undefined,
          input.description || null,
          startsOn,
          endsOn,
        ],
      );
      if (municipalityIds) {
        await this.db.query(tx, 'DELETE FROM crisis_municipality WHERE crisis_id = $1', [crisis.id]);
        await this.setMunicipalities(tx, crisis.id, municipalityIds);
      }
    });
    return this.reread(ctx, crisis.id);
  }

  async confirm(ctx: RequestContext, globalId: string): Promise<CrisisView> {
    const crisis = await this.requireProposed(ctx, globalId);
    await this.decide(ctx, crisis.id, CrisisStatus.CONFIRMED, null, null);
    return this.reread(ctx, crisis.id);
  }

  /** Lessons that named it lose the link; the proposer sees why. */
  async reject(ctx: RequestContext, input: RejectCrisisInput): Promise<CrisisView> {
    const crisis = await this.requireProposed(ctx, input.id);
    await this.decide(ctx, crisis.id, CrisisStatus.REJECTED, input.reason, null, (tx) =>
      this.events.publish(tx, new CrisisRejected(crisis.id)),
    );
    return this.reread(ctx, crisis.id);
  }

  /**
   * Merges a duplicate into a confirmed crisis: its places join the other's, its lessons and followers move over,
   * and earlier duplicates of it point at the other too.
   */
  async merge(ctx: RequestContext, input: MergeCrisisInput): Promise<CrisisView> {
    const from = await this.requireVisible(ctx, input.id);
    const into = await this.byId(ctx, parseGlobalId(input.intoId, 'Crisis', 'intoId'));
    if (!into) throw new NotFoundError('Crisis', input.intoId);
    if (from.id === into.id) throw BadUserInputError.field('intoId', 'A crisis cannot be merged into itself.');
    if (from.status !== CrisisStatus.PROPOSED && from.status !== CrisisStatus.CONFIRMED) {
      throw new ConflictError('Only a proposed or confirmed crisis can be merged.');
    }
    if (into.status !== CrisisStatus.CONFIRMED) throw BadUserInputError.field('intoId', 'Merge into a confirmed crisis.');
    await this.decide(ctx, from.id, CrisisStatus.MERGED, null, into.id, async (tx) => {
      await this.db.query(
        tx,
        `INSERT INTO crisis_municipality (crisis_id, municipality_id)
         SELECT $2, municipality_id FROM crisis_municipality WHERE crisis_id = $1 ON CONFLICT DO NOTHING`,
        [from.id, into.id],
      );
      await this.db.query(tx, `UPDATE crisis SET merged_into_id = $2 WHERE merged_into_id = $1`, [from.id, into.id]);
      await this.follows.moveFollows(tx, FollowTarget.CRISIS, from.id, into.id);
      await this.events.publish(tx, new CrisesMerged(from.id, into.id));
    });
    return this.reread(ctx, from.id);
  }

  /**
   * Sets the last day of a crisis that is going on: the moderation, or verified staff of a municipality it hit
   * (or of their Landkreis).
   */
  async end(ctx: RequestContext, input: EndCrisisInput): Promise<CrisisView> {
    const crisis = await this.requireVisible(ctx, input.id);
    if (crisis.status !== CrisisStatus.CONFIRMED) throw new ConflictError('Only a confirmed crisis can be ended.');
    if (crisis.endsOn) throw new ConflictError(`This crisis ended on ${crisis.endsOn} already.`);
    if (!isModerator(ctx.user)) {
      const affected = await this.affectedMunicipalities(ctx, crisis.id);
      const { staffOf } = ctx.memberships;
      if (!affected.some((m) => staffOf.has(m.id) || (m.parentId && staffOf.has(m.parentId)))) {
        throw new ForbiddenError('Only the moderation or verified staff of a municipality it hit can end a crisis.');
      }
    }
    const endsOn = input.endsOn ?? berlinToday();
    this.checkDates(crisis.startsOn, endsOn);
    await this.db.transaction(ctx, (tx) => this.db.query(tx, 'UPDATE crisis SET ends_on = $2 WHERE id = $1', [crisis.id, endsOn]));
    return this.reread(ctx, crisis.id);
  }

  private async decide(
    ctx: RequestContext,
    id: string,
    status: CrisisStatus,
    reason: string | null,
    mergedIntoId: string | null,
    also?: (tx: RequestContext) => Promise<void>,
  ): Promise<void> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, async (tx) => {
      const [changed] = await this.db.query<{ id: string }>(
        tx,
        `UPDATE crisis SET status = $2, decision_reason = $3, merged_into_id = $4, decided_by_id = $5, decided_at = now()
         WHERE id = $1 AND status IN ('PROPOSED', 'CONFIRMED') RETURNING id`,
        [id, status, reason, mergedIntoId, user.id],
      );
      // Someone else decided in between.
      if (!changed) throw new ConflictError('This crisis has been decided already.');
      await also?.(tx);
    });
  }

  private async requireVisible(ctx: RequestContext, globalId: string): Promise<CrisisView> {
    const crisis = await this.byId(ctx, parseGlobalId(globalId, 'Crisis', 'id'));
    if (!crisis) throw new NotFoundError('Crisis', globalId);
    return crisis;
  }

  private async requireProposed(ctx: RequestContext, globalId: string): Promise<CrisisView> {
    const crisis = await this.requireVisible(ctx, globalId);
    if (crisis.status !== CrisisStatus.PROPOSED) throw new ConflictError('This crisis has been decided already.');
    return crisis;
  }

  /** Start and end: no end before the start, and neither in the future (Europe/Berlin). */
  private checkDates(startsOn: string, endsOn: string | null): void {
    if (endsOn && endsOn < startsOn) throw BadUserInputError.field('endsOn', 'must not be before the start.');
    const today = berlinToday();
    if (startsOn > today) throw BadUserInputError.field('startsOn', 'must not be in the future.');
    if (endsOn && endsOn > today) throw BadUserInputError.field('endsOn', 'must not be in the future; end the crisis when it is over.');
  }

  private async existingMunicipalities(ctx: RequestContext, globalIds: string[]): Promise<string[]> {
    const ids = [...new Set(globalIds.map((id) => parseGlobalId(id, 'Municipality', 'affectedMunicipalityIds')))];
    const found = await Promise.all(ids.map((id) => this.municipalities.byId(ctx, id)));
    if (found.some((m) => !m)) throw BadUserInputError.field('affectedMunicipalityIds', 'No municipality with this id.');
    return ids;
  }

  private async setMunicipalities(tx: RequestContext, crisisId: string, municipalityIds: string[]): Promise<void> {
    await this.db.query(
      tx,
      `INSERT INTO crisis_municipality (crisis_id, municipality_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [crisisId, municipalityIds],
    );
  }

  /** The crisis as it is after a write (not the request's cached copy). */
  private async reread(ctx: RequestContext, id: string): Promise<CrisisView> {
    this.loader(ctx).clear(id);
    return (await this.byId(ctx, id))!;
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Crisis.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids, ctx.userId ?? null, isModerator(ctx.user)])).map((r) =>
        CRISIS_ROW.read(r),
      ),
    );
  }
}
