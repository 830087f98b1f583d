import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  BadUserInputError,
  byKeys,
  Connection,
  decodeTypedCursor,
  NodeRegistry,
  PageRequest,
  parseGlobalId,
  RequestContext,
  toConnection,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { Bundesland, Municipality, MunicipalityKind } from './municipality.entity';

export interface MunicipalityFilter {
  state?: Bundesland;
  kind?: MunicipalityKind;
  parentId?: string;
  nameContains?: string;
}

@Injectable()
export class MunicipalityService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Municipality', (ctx, id) => this.byId(ctx, id));
  }

  byId(ctx: RequestContext, id: string): Promise<Municipality | null> {
    return this.loader(ctx).load(id);
  }

  /** Feeds rows already fetched by a join into the request's loader. */
  prime(ctx: RequestContext, rows: Municipality[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  private loader(ctx: RequestContext): DataLoader<string, Municipality | null> {
    return ctx.loader(
      'Municipality.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, Municipality).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (m) => m.id);
        }),
    );
  }

  byOfficialKey(ctx: RequestContext, officialKey: string): Promise<Municipality | null> {
    if (!/^(\d{5}|\d{8})$/.test(officialKey)) throw BadUserInputError.field('officialKey', 'must be 5 or 8 digits');
    return this.db.repository(ctx, Municipality).findOneBy({ officialKey });
  }

  /** The municipality and, for a Landkreis, its Gemeinden: what "in Landkreis X" means in filters. */
  async withChildren(ctx: RequestContext, id: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(ctx, 'SELECT id FROM municipality WHERE id = $1 OR parent_id = $1', [id]);
    return rows.map((r) => r.id);
  }

  /** Alphabetical as German readers expect it (Ä with A, ß as ss): sort_name, then id. */
  async page(ctx: RequestContext, filter: MunicipalityFilter, page: PageRequest): Promise<Connection<Municipality>> {
    const qb = this.db.repository(ctx, Municipality).createQueryBuilder('m');
    if (filter.state) qb.andWhere('m.state = :state', { state: filter.state });
    if (filter.kind) qb.andWhere('m.kind = :kind', { kind: filter.kind });
    if (filter.parentId) qb.andWhere('m.parent_id = :parentId', { parentId: parseGlobalId(filter.parentId, 'Municipality', 'parentId') });
    if (filter.nameContains) {
      qb.andWhere(`m.name ILIKE :name ESCAPE '\\'`, { name: `%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (page.after) {
      const [name, id] = decodeTypedCursor(page.after, ['string', 'uuid']);
      qb.andWhere('(m.sort_name, m.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('m.sortName', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (m) => [m.sortName, m.id]);
  }
}
