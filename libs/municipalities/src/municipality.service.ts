import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  BadUserInputError,
  byIdLoader,
  Connection,
  decodeTypedCursor,
  NodeRegistry,
  PageRequest,
  parseGlobalId,
  RequestContext,
  toConnection,
  limitSql,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { Bundesland, MunicipalityKind } from './municipality.entity';
import { MUNICIPALITY_ROW, MunicipalityView } from './municipality.rows';

export interface MunicipalityFilter {
  state?: Bundesland;
  kind?: MunicipalityKind;
  parentId?: string;
  nameContains?: string;
}

const BY_IDS = `SELECT ${MUNICIPALITY_ROW.select('m')} FROM municipality m WHERE m.id = ANY($1::uuid[])`;

@Injectable()
export class MunicipalityService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Municipality', (ctx, id) => this.byId(ctx, id));
  }

  byId(ctx: RequestContext, id: string): Promise<MunicipalityView | null> {
    return this.loader(ctx).load(id);
  }

  /** Municipalities another feature read in its own statement (with MUNICIPALITY_ROW's columns), for the loader. */
  prime(ctx: RequestContext, rows: MunicipalityView[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  async byOfficialKey(ctx: RequestContext, officialKey: string): Promise<MunicipalityView | null> {
    if (!/^(\d{5}|\d{8})$/.test(officialKey)) throw BadUserInputError.field('officialKey', 'must be 5 or 8 digits');
    const [row] = await this.db.prepared<Record<string, unknown>>(
      ctx,
      `SELECT ${MUNICIPALITY_ROW.select('m')} FROM municipality m WHERE m.official_key = $1`,
      [officialKey],
    );
    return row ? MUNICIPALITY_ROW.read(row) : null;
  }

  /** The municipality and, for a Landkreis, its Gemeinden: what "in Landkreis X" means in filters. */
  async withChildren(ctx: RequestContext, id: string): Promise<string[]> {
    const rows = await this.db.prepared<{ id: string }>(ctx, 'SELECT id FROM municipality WHERE id = $1 OR parent_id = $1', [id]);
    return rows.map((r) => r.id);
  }

  /** SQL: the municipality `municipalityId` (an SQL expression) is `id` (a placeholder) or one of its Gemeinden. */
  inSql(municipalityId: string, id: string): string {
    return `${municipalityId} IN (SELECT id FROM municipality WHERE id = ${id}::uuid OR parent_id = ${id}::uuid)`;
  }

  /** SQL: the municipality `municipalityId` (an SQL expression) lies in the Land `state` (a placeholder). */
  inStateSql(municipalityId: string, state: string): string {
    return `${municipalityId} IN (SELECT id FROM municipality WHERE state = ${state}::bundesland)`;
  }

  /** Alphabetical as German readers expect it (Ä with A, ß as ss): sort_name, then id. */
  async page(ctx: RequestContext, filter: MunicipalityFilter, page: PageRequest): Promise<Connection<MunicipalityView>> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (filter.state) where.push(`m.state = ${bind(filter.state)}`);
    if (filter.kind) where.push(`m.kind = ${bind(filter.kind)}`);
    if (filter.parentId) where.push(`m.parent_id = ${bind(parseGlobalId(filter.parentId, 'Municipality', 'parentId'))}::uuid`);
    if (filter.nameContains) {
      where.push(`m.name ILIKE ${bind(`%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)} ESCAPE '\\'`);
    }
    if (page.after) {
      const [name, id] = decodeTypedCursor(page.after, ['string', 'uuid']);
      where.push(`(m.sort_name, m.id) > (${bind(name)}, ${bind(id)}::uuid)`);
    }
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${MUNICIPALITY_ROW.select('m')} FROM municipality m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY m.sort_name, m.id LIMIT ${limitSql(page)}`,
      params,
    );
    const found = rows.map((r) => MUNICIPALITY_ROW.read(r));
    this.prime(ctx, found);
    return toConnection(found, page, (m) => [m.sortName, m.id]);
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'Municipality.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids])).map((r) => MUNICIPALITY_ROW.read(r)),
    );
  }
}
