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
import { VolunteerGroup, VolunteerGroupKind } from './volunteer-group.entity';

export interface VolunteerGroupFilter {
  kind?: VolunteerGroupKind;
  /** Global id of a Municipality; the group is based there or serves it. */
  municipalityId?: string;
  nameContains?: string;
}

/** The keyset of a cursor this list handed out; anything else is refused as `after` before SQL sees it. */
function groupKey(after: string): { name: string; id: string } {
  const [name, id] = decodeTypedCursor(after, ['string', 'uuid']) as string[];
  return { name, id };
}

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

  byId(ctx: RequestContext, id: string): Promise<VolunteerGroup | null> {
    return this.loader(ctx).load(id);
  }

  /** Feeds rows already fetched by a join into the request's loader. */
  prime(ctx: RequestContext, rows: VolunteerGroup[]): void {
    const loader = this.loader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  private loader(ctx: RequestContext): DataLoader<string, VolunteerGroup | null> {
    return ctx.loader(
      'VolunteerGroup.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, VolunteerGroup).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (g) => g.id);
        }),
    );
  }

  /** The municipalities a group serves, by name. */
  municipalitiesServed(ctx: RequestContext, groupId: string): Promise<Municipality[]> {
    return this.servedLoader(ctx).load(groupId);
  }

  /**
   * One statement over volunteer_group_municipality for every group resolved in the same tick (a whole
   * page), instead of one per group. The municipalities go into their own loader, so a later
   * `homeMunicipality` or `parent` of one of them costs nothing.
   */
  private servedLoader(ctx: RequestContext): DataLoader<string, Municipality[]> {
    return ctx.loader(
      'VolunteerGroup.municipalitiesServed',
      () =>
        new DataLoader(async (groupIds: readonly string[]) => {
          // Only the group's id is selected: the join needs the owning side, not its columns.
          const groups = await this.db
            .repository(ctx, VolunteerGroup)
            .createQueryBuilder('g')
            .select('g.id')
            .innerJoinAndSelect('g.municipalitiesServed', 'm')
            .where('g.id IN (:...groupIds)', { groupIds: [...groupIds] })
            .orderBy('m.sortName', 'ASC')
            .addOrderBy('m.id', 'ASC')
            .getMany();
          const served = new Map(groups.map((g) => [g.id, g.municipalitiesServed ?? []]));
          this.municipalities.prime(
            ctx,
            groups.flatMap((g) => g.municipalitiesServed ?? []),
          );
          return groupIds.map((id) => served.get(id) ?? []);
        }),
    );
  }

  /** By name, then id: the id breaks ties between groups of the same name so the keyset is stable. */
  async page(ctx: RequestContext, filter: VolunteerGroupFilter, page: PageRequest): Promise<Connection<VolunteerGroup>> {
    const qb = this.db.repository(ctx, VolunteerGroup).createQueryBuilder('g');
    if (filter.kind) qb.andWhere('g.kind = :kind', { kind: filter.kind });
    if (filter.municipalityId) {
      const municipalityId = parseGlobalId(filter.municipalityId, 'Municipality', 'municipalityId');
      // "In Landkreis X" includes its Gemeinden; an unknown municipality yields [] and so an empty page.
      const municipalityIds = await this.municipalities.withChildren(ctx, municipalityId);
      qb.andWhere(
        `(g.home_municipality_id = ANY(:municipalityIds) OR EXISTS (
          SELECT 1 FROM volunteer_group_municipality vgm
          WHERE vgm.volunteer_group_id = g.id AND vgm.municipality_id = ANY(:municipalityIds)))`,
        { municipalityIds },
      );
    }
    if (filter.nameContains) {
      qb.andWhere(`g.name ILIKE :name ESCAPE '\\'`, { name: `%${filter.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (page.after) {
      const { name, id } = groupKey(page.after);
      qb.andWhere('(g.sort_name, g.id) > (:name, :id)', { name, id });
    }
    const rows = await qb
      .orderBy('g.sortName', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (g) => [g.sortName, g.id]);
  }
}
