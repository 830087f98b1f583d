import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
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
import { Municipality, MunicipalityService } from '@krisenfest/municipalities';
import { Crisis, Hazard } from './crisis.entity';

export interface CrisisFilter {
  hazard?: Hazard;
  /** Global id of a Municipality the crisis affected. */
  municipalityId?: string;
}

/** The keyset of a cursor this list handed out; anything else is refused as `after` before SQL sees it. */
function crisisKey(after: string): { startsOn: string; id: string } {
  const [startsOn, id] = decodeTypedCursor(after, ['date', 'uuid']) as string[];
  return { startsOn, id };
}

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

  byId(ctx: RequestContext, id: string): Promise<Crisis | null> {
    return this.loader(ctx).load(id);
  }

  /** Feeds rows already fetched by a join into the request's loader. */
  prime(ctx: RequestContext, rows: Crisis[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  private loader(ctx: RequestContext): DataLoader<string, Crisis | null> {
    return ctx.loader(
      'Crisis.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, Crisis).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (c) => c.id);
        }),
    );
  }

  /** The municipalities a crisis hit, by name. */
  affectedMunicipalities(ctx: RequestContext, crisisId: string): Promise<Municipality[]> {
    return this.affectedLoader(ctx).load(crisisId);
  }

  /**
   * One statement over crisis_municipality for every crisis resolved in the same tick (a whole page),
   * instead of one per crisis; the municipalities are primed into their own loader.
   */
  private affectedLoader(ctx: RequestContext): DataLoader<string, Municipality[]> {
    return ctx.loader(
      'Crisis.affectedMunicipalities',
      () =>
        new DataLoader(async (crisisIds: readonly string[]) => {
          // Only the crisis id is selected: the join needs the owning side, not its columns.
          const crises = await this.db
            .repository(ctx, Crisis)
            .createQueryBuilder('c')
            .select('c.id')
            .innerJoinAndSelect('c.affectedMunicipalities', 'm')
            .where('c.id IN (:...crisisIds)', { crisisIds: [...crisisIds] })
            .orderBy('m.sortName', 'ASC')
            .addOrderBy('m.id', 'ASC')
            .getMany();
          const affected = new Map(crises.map((c) => [c.id, c.affectedMunicipalities ?? []]));
          this.municipalities.prime(
            ctx,
            crises.flatMap((c) => c.affectedMunicipalities ?? []),
          );
          return crisisIds.map((id) => affected.get(id) ?? []);
        }),
    );
  }

  /** Most recent first; the id breaks ties between crises that started on the same day. */
  async page(ctx: RequestContext, filter: CrisisFilter, page: PageRequest): Promise<Connection<Crisis>> {
    const qb = this.db.repository(ctx, Crisis).createQueryBuilder('c');
    if (filter.hazard) qb.andWhere('c.hazard = :hazard', { hazard: filter.hazard });
    if (filter.municipalityId) {
      const municipalityId = parseGlobalId(filter.municipalityId, 'Municipality', 'municipalityId');
      // "In Landkreis X" includes its Gemeinden; an unknown municipality yields [] and so an empty page.
      const municipalityIds = await this.municipalities.withChildren(ctx, municipalityId);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM crisis_municipality cm WHERE cm.crisis_id = c.id AND cm.municipality_id = ANY(:municipalityIds))`,
        { municipalityIds },
      );
    }
    if (page.after) {
      const { startsOn, id } = crisisKey(page.after);
      qb.andWhere('(c.starts_on, c.id) < (:startsOn::date, :id)', { startsOn, id });
    }
    const rows = await qb
      .orderBy('c.starts_on', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    // TypeORM hands `date` columns over as 'YYYY-MM-DD' strings, which is also the cursor's form.
    return toConnection(rows, page, (c) => [c.startsOn, c.id]);
  }
}
