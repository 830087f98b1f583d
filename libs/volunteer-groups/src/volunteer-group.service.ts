import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  byIdLoader,
  Connection,
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
import { VolunteerGroupKind } from './volunteer-group.entity';
import { VOLUNTEER_GROUP_ROW, VolunteerGroupView } from './volunteer-group.rows';

export interface VolunteerGroupFilter {
  kind?: VolunteerGroupKind;
  /** Global id of a Municipality; the group is based there or serves it. */
  municipalityId?: string;
  nameContains?: string;
}

const BY_IDS = `SELECT ${VOLUNTEER_GROUP_ROW.select('g')} FROM volunteer_group g WHERE g.id = ANY($1::uuid[])`;
const SERVED = `
  SELECT vgm.volunteer_group_id AS group_id, ${MUNICIPALITY_ROW.select('m')}
  FROM volunteer_group_municipality vgm JOIN municipality m ON m.id = vgm.municipality_id
  WHERE vgm.volunteer_group_id = ANY($1::uuid[])
  ORDER BY m.sort_name, m.id`;

@Injectable()
export class VolunteerGroupService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly municipalities: MunicipalityService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('VolunteerGroup', (ctx, id) => this.byId(ctx, id));
  }

  byId(ctx: RequestContext, id: string): Promise<VolunteerGroupView | null> {
    return this.loader(ctx).load(id);
  }

  /** Groups another feature read in its own statement (with VOLUNTEER_GROUP_ROW's columns), for the loader. */
  prime(ctx: RequestContext, rows: VolunteerGroupView[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
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
    const where: string[] = [];
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
      `SELECT ${VOLUNTEER_GROUP_ROW.select('g')} FROM volunteer_group g ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY g.sort_name, g.id LIMIT ${limitSql(page)}`,
      params,
    );
    const groups = rows.map((r) => VOLUNTEER_GROUP_ROW.read(r));
    this.prime(ctx, groups);
    return toConnection(groups, page, (g) => [g.sortName, g.id]);
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'VolunteerGroup.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids])).map((r) => VOLUNTEER_GROUP_ROW.read(r)),
    );
  }
}
