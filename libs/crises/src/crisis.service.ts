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
import { Hazard } from './crisis.entity';
import { CRISIS_ROW, CrisisView } from './crisis.rows';

export interface CrisisFilter {
  hazard?: Hazard;
  /** Global id of a Municipality the crisis affected. */
  municipalityId?: string;
}

const BY_IDS = `SELECT ${CRISIS_ROW.select('c')} FROM crisis c WHERE c.id = ANY($1::uuid[])`;
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
    if (filter.hazard) where.push(`c.hazard = ${bind(filter.hazard)}`);
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

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Crisis.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids])).map((r) => CRISIS_ROW.read(r)),
    );
  }
}
