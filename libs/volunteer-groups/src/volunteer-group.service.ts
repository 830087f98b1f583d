import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  BadUserInputError,
  byIdLoader,
  ConflictError,
  Connection,
  decodeTypedCursor,
  DomainEvents,
  ForbiddenError,
  isAdmin,
  isBanned,
  listLoader,
  NodeRegistry,
  NotFoundError,
  PageRequest,
  parseGlobalId,
  RequestContext,
  requireUser,
  toConnection,
  limitSql,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { MUNICIPALITY_ROW, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { VolunteerGroup, VolunteerGroupKind, VolunteerGroupStatus } from './volunteer-group.entity';
import { VolunteerGroupDecided, VolunteerGroupRegistered } from './volunteer-group.events';
import { RegisterVolunteerGroupInput, UpdateVolunteerGroupInput } from './volunteer-group.inputs';
import { VOLUNTEER_GROUP_ROW, VolunteerGroupView } from './volunteer-group.rows';

export interface VolunteerGroupFilter {
  kind?: VolunteerGroupKind;
  /** Global id of a Municipality; the group is based there or serves it. */
  municipalityId?: string;
  nameContains?: string;
  /** Default CONFIRMED; the others list only what the caller may see. */
  status?: VolunteerGroupStatus;
}

/** Placeholders of who is asking: their id (NULL when anonymous), whether a platform admin, the municipalities they administer. */
interface Viewer {
  id: string;
  admin: string;
  adminOf: string;
}

/**
 * SQL: the caller may confirm or reject group `g`: platform admins, and the municipal admins of a municipality the
 * group serves or is based in, or of its Landkreis (as with membership requests). Nobody decides on their own group.
 */
function decidesSql(g: string, v: Viewer): string {
  return `(${v.id}::uuid IS NOT NULL AND ${g}.registered_by_id IS DISTINCT FROM ${v.id}::uuid AND (${v.admin}::boolean OR EXISTS (
    SELECT 1 FROM municipality dm
    WHERE (dm.id = ANY(${v.adminOf}::uuid[]) OR dm.parent_id = ANY(${v.adminOf}::uuid[]))
      AND (dm.id = ${g}.home_municipality_id OR EXISTS (
        SELECT 1 FROM volunteer_group_municipality dvm WHERE dvm.volunteer_group_id = ${g}.id AND dvm.municipality_id = dm.id)))))`;
}

/**
 * SQL: the caller may see group `g`. Confirmed groups are public; pending and rejected ones only to their
 * registrant, platform admins and those who decide on them. Every statement reading groups for a caller uses it.
 */
function visibleSql(g: string, v: Viewer): string {
  return `(${g}.status = 'CONFIRMED' OR ${v.admin}::boolean OR ${g}.registered_by_id = ${v.id}::uuid OR ${decidesSql(g, v)})`;
}

const POSITIONAL: Viewer = { id: '$2', admin: '$3', adminOf: '$4' };
const BY_IDS = `SELECT ${VOLUNTEER_GROUP_ROW.select('g')} FROM volunteer_group g
  WHERE g.id = ANY($1::uuid[]) AND ${visibleSql('g', POSITIONAL)}`;
const DECIDED_BY_VIEWER = `SELECT g.id FROM volunteer_group g WHERE g.id = ANY($1::uuid[]) AND ${decidesSql('g', POSITIONAL)}`;
const SERVED = `
  SELECT vgm.volunteer_group_id AS group_id, ${MUNICIPALITY_ROW.select('m')}
  FROM volunteer_group_municipality vgm JOIN municipality m ON m.id = vgm.municipality_id
  WHERE vgm.volunteer_group_id = ANY($1::uuid[])
  ORDER BY m.sort_name, m.id`;

/** The values for a Viewer's placeholders. */
function viewerParams(ctx: RequestContext): [string | null, boolean, string[]] {
  return [ctx.userId, isAdmin(ctx.user), [...ctx.memberships.adminOf]];
}

@Injectable()
export class VolunteerGroupService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly municipalities: MunicipalityService,
    private readonly users: UserService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('VolunteerGroup', (ctx, id) => this.byId(ctx, id));
  }

  /** The group, if the caller may see it (see visibleSql); else null. */
  byId(ctx: RequestContext, id: string): Promise<VolunteerGroupView | null> {
    return this.loader(ctx).load(id);
  }

  /**
   * Groups another feature read in its own statement (with VOLUNTEER_GROUP_ROW's columns), for the loader. Only
   * confirmed groups are primed: whether the caller sees another one is decided by this service's own read.
   */
  prime(ctx: RequestContext, rows: VolunteerGroupView[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) if (row.status === VolunteerGroupStatus.CONFIRMED) loader.prime(row.id, row);
  }

  /**
   * The municipalities a group serves, by name: one statement for every group on a page; the municipalities go
   * into their own loader, so a later `homeMunicipality` or `parent` of one of them costs nothing.
   */
  municipalitiesServed(ctx: RequestContext, groupId: string): Promise<MunicipalityView[]> {
    return listLoader(
      ctx,
      'VolunteerGroup.municipalitiesServed',
      async (ids) => {
        const rows = await this.db.prepared<Record<string, unknown>>(ctx, SERVED, [ids]);
        const served = rows.map((r) => ({ groupId: r.group_id as string, municipality: MUNICIPALITY_ROW.read(r) }));
        this.municipalities.prime(
          ctx,
          served.map((s) => s.municipality),
        );
        return served;
      },
      (s) => s.groupId,
    )
      .load(groupId)
      .then((served) => served.map((s) => s.municipality));
  }

  /** By name, then id: the id breaks ties between groups of the same name so the keyset is stable. */
  async page(ctx: RequestContext, filter: VolunteerGroupFilter, page: PageRequest): Promise<Connection<VolunteerGroupView>> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const [viewerId, admin, adminOf] = viewerParams(ctx);
    const viewer: Viewer = { id: bind(viewerId), admin: bind(admin), adminOf: bind(adminOf) };
    const where: string[] = [`g.status = ${bind(filter.status ?? VolunteerGroupStatus.CONFIRMED)}`, visibleSql('g', viewer)];
    if (filter.kind) where.push(`g.kind = ${bind(filter.kind)}`);
    if (filter.municipalityId) {
      const municipalityId = parseGlobalId(filter.municipalityId, 'Municipality', 'municipalityId');
      // "In Landkreis X" includes its Gemeinden; an unknown municipality yields [] and so an empty page.
      const ids = bind(await this.municipalities.withChildren(ctx, municipalityId));
      where.push(`(g.home_municipality_id = ANY(${ids}::uuid[]) OR EXISTS (
          SELECT 1 FROM volunteer_group_municipality vgm
          WHERE vgm.volunteer_group_id = g.id AND vgm.municipality_id = ANY(${ids}::uuid[])))`);
    }
    if (filter.nameContains) {
      where.push(`g.name ILIKE ${bind(`%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
    }
    if (page.after) {
      const [name, id] = decodeTypedCursor(page.after, ['string', 'uuid']);
      where.push(`(g.sort_name, g.id) > (${bind(name)}, ${bind(id)}::uuid)`);
    }
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${VOLUNTEER_GROUP_ROW.select('g')} FROM volunteer_group g WHERE ${where.join(' AND ')}
       ORDER BY g.sort_name, g.id LIMIT ${limitSql(page)}`,
      params,
    );
    const groups = rows.map((r) => VOLUNTEER_GROUP_ROW.read(r));
    for (const group of groups) this.loader(ctx).prime(group.id, group);
    return toConnection(groups, page, (g) => [g.sortName, g.id]);
  }

  /**
   * Whether the caller may confirm or reject `group` (see decidesSql), whatever its status: one statement for
   * every group on a page, none for callers who decide nothing.
   */
  async decides(ctx: RequestContext, group: Pick<VolunteerGroupView, 'id' | 'registeredById'>): Promise<boolean> {
    if (!ctx.userId || group.registeredById === ctx.userId) return false;
    if (!isAdmin(ctx.user) && !ctx.memberships.adminOf.size) return false;
    const decided = await byIdLoader(ctx, 'VolunteerGroup.decides', async (ids) =>
      this.db.prepared<{ id: string }>(ctx, DECIDED_BY_VIEWER, [ids, ...viewerParams(ctx)]),
    ).load(group.id);
    return decided !== null;
  }

  /** Whether the caller may confirm or reject the group now: it is pending and they decide on it. */
  async canDecide(ctx: RequestContext, group: Pick<VolunteerGroupView, 'id' | 'registeredById' | 'status'>): Promise<boolean> {
    return group.status === VolunteerGroupStatus.PENDING && !isBanned(ctx.user) && (await this.decides(ctx, group));
  }

  /** Its verified leads and platform admins change a group; its registrant too while it waits for a decision. */
  canEdit(ctx: RequestContext, group: Pick<VolunteerGroupView, 'id' | 'registeredById' | 'status'>): boolean {
    if (!ctx.userId || isBanned(ctx.user)) return false;
    if (isAdmin(ctx.user) || ctx.memberships.leadOf.has(group.id)) return true;
    return group.status === VolunteerGroupStatus.PENDING && group.registeredById === ctx.userId;
  }

  /** Why the group was rejected: for its registrant and those who decide on it; null for everybody else. */
  async decisionReason(
    ctx: RequestContext,
    group: Pick<VolunteerGroupView, 'id' | 'registeredById' | 'decisionReason'>,
  ): Promise<string | null> {
    if (group.decisionReason === null) return null;
    if (group.registeredById !== null && group.registeredById === ctx.userId) return group.decisionReason;
    return (await this.decides(ctx, group)) ? group.decisionReason : null;
  }

  /** A group registered by the caller: PENDING until an admin confirms it; the caller asks to lead it. */
  async register(ctx: RequestContext, input: RegisterVolunteerGroupInput): Promise<VolunteerGroupView> {
    const user = requireUser(ctx);
    // Who registers a group is reached at their address about the decision: it must be theirs first.
    const account = await this.users.byId(ctx, user.id);
    if (!account?.emailVerified) {
      throw new ForbiddenError(
        'Please confirm your e-mail address first: open the link in the mail we sent you, or ask for a new one with requestEmailVerification.',
      );
    }
    const served = await this.municipalityIds(ctx, input.municipalityIdsServed, 'municipalityIdsServed');
    const home = input.homeMunicipalityId ? await this.municipalityId(ctx, input.homeMunicipalityId, 'homeMunicipalityId') : null;
    const id = await this.db.transaction(ctx, async (tx) => {
      const saved = await this.db.repository(tx, VolunteerGroup).save({
        name: input.name,
        kind: input.kind,
        description: input.description || null,
        website: input.website || null,
        homeMunicipalityId: home,
        status: VolunteerGroupStatus.PENDING,
        registeredById: user.id,
      });
      await this.setServed(tx, saved.id, served);
      // Memberships open the registrant's request to lead the group.
      await this.events.publish(tx, new VolunteerGroupRegistered(saved.id, user.id));
      return saved.id;
    });
    return (await this.byId(ctx, id))!;
  }

  confirm(ctx: RequestContext, globalId: string): Promise<VolunteerGroupView> {
    return this.decide(ctx, globalId, VolunteerGroupStatus.CONFIRMED, null);
  }

  reject(ctx: RequestContext, globalId: string, reason: string): Promise<VolunteerGroupView> {
    return this.decide(ctx, globalId, VolunteerGroupStatus.REJECTED, reason);
  }

  async update(ctx: RequestContext, input: UpdateVolunteerGroupInput): Promise<VolunteerGroupView> {
    const group = await this.visible(ctx, input.id);
    if (!this.canEdit(ctx, group)) {
      throw new ForbiddenError(`Only the leads of "${group.name}" and platform admins can change it.`);
    }
    const changes: Partial<VolunteerGroup> = {};
    if (input.name !== undefined) changes.name = input.name;
    if (input.kind !== undefined) changes.kind = input.kind;
    // Optional texts and the home municipality: an empty string clears them.
    if (input.description !== undefined) changes.description = input.description || null;
    if (input.website !== undefined) changes.website = input.website || null;
    if (input.homeMunicipalityId !== undefined) {
      changes.homeMunicipalityId = input.homeMunicipalityId
        ? await this.municipalityId(ctx, input.homeMunicipalityId, 'homeMunicipalityId')
        : null;
    }
    const served =
      input.municipalityIdsServed !== undefined
        ? await this.municipalityIds(ctx, input.municipalityIdsServed, 'municipalityIdsServed')
        : undefined;
    if (Object.keys(changes).length || served) {
      await this.db.transaction(ctx, async (tx) => {
        if (Object.keys(changes).length) await this.db.repository(tx, VolunteerGroup).update({ id: group.id }, changes);
        if (served) {
          await this.db.query(tx, 'DELETE FROM volunteer_group_municipality WHERE volunteer_group_id = $1', [group.id]);
          await this.setServed(tx, group.id, served);
        }
      });
    }
    return (await this.byId(ctx, group.id))!;
  }

  /** Confirms or rejects a pending group; memberships settle the registrant's request to lead it in the same transaction. */
  private async decide(
    ctx: RequestContext,
    globalId: string,
    status: VolunteerGroupStatus.CONFIRMED | VolunteerGroupStatus.REJECTED,
    reason: string | null,
  ): Promise<VolunteerGroupView> {
    const user = requireUser(ctx);
    const group = await this.visible(ctx, globalId);
    if (!(await this.decides(ctx, group))) {
      throw new ForbiddenError(
        group.registeredById === user.id
          ? 'You cannot decide on a group you registered.'
          : 'Only platform admins and the admins of a municipality the group serves (or its Landkreis) can decide.',
      );
    }
    if (group.status !== VolunteerGroupStatus.PENDING) throw new ConflictError('This group has been decided already.');
    await this.db.transaction(ctx, async (tx) => {
      // Only a pending group is decided: of two decisions at once, the second finds none.
      const decided = await this.db.query<{ id: string }>(
        tx,
        `UPDATE volunteer_group SET status = $2, decided_by_id = $3, decided_at = now(), decision_reason = $4
         WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [group.id, status, user.id, reason],
      );
      if (!decided.length) throw new ConflictError('This group has been decided already.');
      await this.events.publish(
        tx,
        new VolunteerGroupDecided(group.id, group.registeredById, status === VolunteerGroupStatus.CONFIRMED, reason),
      );
    });
    return (await this.byId(ctx, group.id))!;
  }

  /** The group by global id, if the caller may see it: NOT_FOUND otherwise. */
  private async visible(ctx: RequestContext, globalId: string): Promise<VolunteerGroupView> {
    const group = await this.byId(ctx, parseGlobalId(globalId, 'VolunteerGroup', 'id'));
    if (!group) throw new NotFoundError('VolunteerGroup', globalId);
    return group;
  }

  private async municipalityId(ctx: RequestContext, globalId: string, field: string): Promise<string> {
    return (await this.municipalityIds(ctx, [globalId], field))[0];
  }

  /** The municipalities' ids, each checked to exist; an unknown one is refused naming `field`. */
  private async municipalityIds(ctx: RequestContext, globalIds: string[], field: string): Promise<string[]> {
    const ids = [...new Set(globalIds.map((id) => parseGlobalId(id, 'Municipality', field)))];
    const found = await Promise.all(ids.map((id) => this.municipalities.byId(ctx, id)));
    if (found.some((m) => !m)) throw BadUserInputError.field(field, 'No municipality with this id.');
    return ids;
  }

  private async setServed(tx: RequestContext, groupId: string, municipalityIds: string[]): Promise<void> {
    await this.db.query(
      tx,
      'INSERT INTO volunteer_group_municipality (volunteer_group_id, municipality_id) SELECT $1, unnest($2::uuid[])',
      [groupId, municipalityIds],
    );
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'VolunteerGroup.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids, ...viewerParams(ctx)])).map((r) => VOLUNTEER_GROUP_ROW.read(r)),
    );
  }
}
