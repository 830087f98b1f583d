import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  byKeys,
  Connection,
  CursorValue,
  decodeTypedCursor,
  NodeRegistry,
  PageRequest,
  parseGlobalId,
  RequestContext,
  toConnection,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { SeminarSeries, SeminarSession, SeminarSpeaker } from './seminar.entity';
import { SeminarTimeFilter } from './seminar.model';

export interface SeminarSessionFilter {
  when?: SeminarTimeFilter;
  /** Global id of a SeminarSeries. */
  seriesId?: string;
}

/** A session list's keyset position: the last row's start (ISO text, as the cursor carries it) and id. */
interface SessionKey {
  startsAt: string;
  id: string;
}

/** One series' sessions page, as the batching loader is asked for it. */
interface SeriesSessionsRequest {
  seriesId: string;
  first: number;
  after?: string;
  key: SessionKey | null;
}

/** The keyset of a cursor this list handed out; anything else is refused as `after` before SQL sees it. */
function sessionKey(after: string): SessionKey {
  const [startsAt, id] = decodeTypedCursor(after, ['timestamp', 'uuid']) as string[];
  return { startsAt, id };
}

/** The timestamp stays ISO text (UTC, milliseconds, as stored with precision 3) so the keyset compares exactly. */
const sessionCursor = (s: SeminarSession): CursorValue[] => [s.startsAt.toISOString(), s.id];

@Injectable()
export class SeminarService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('SeminarSeries', (ctx, id) => this.seriesById(ctx, id));
    this.nodes.register('SeminarSession', (ctx, id) => this.sessionById(ctx, id));
  }

  seriesById(ctx: RequestContext, id: string): Promise<SeminarSeries | null> {
    return this.seriesLoader(ctx).load(id);
  }

  sessionById(ctx: RequestContext, id: string): Promise<SeminarSession | null> {
    return this.sessionLoader(ctx).load(id);
  }

  /** Feeds series already fetched by a join into the request's loader. */
  primeSeries(ctx: RequestContext, rows: SeminarSeries[]): void {
    const loader = this.seriesLoader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  /** Feeds sessions already fetched by a join into the request's loader. */
  primeSessions(ctx: RequestContext, rows: SeminarSession[]): void {
    const loader = this.sessionLoader(ctx);
    for (const row of rows) loader.prime(row.id, row);
  }

  private seriesLoader(ctx: RequestContext): DataLoader<string, SeminarSeries | null> {
    return ctx.loader(
      'SeminarSeries.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, SeminarSeries).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (s) => s.id);
        }),
    );
  }

  private sessionLoader(ctx: RequestContext): DataLoader<string, SeminarSession | null> {
    return ctx.loader(
      'SeminarSession.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, SeminarSession).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (s) => s.id);
        }),
    );
  }

  /** A session's speakers in the order of the programme. */
  speakersOf(ctx: RequestContext, sessionId: string): Promise<SeminarSpeaker[]> {
    return this.speakersLoader(ctx).load(sessionId);
  }

  /** One statement for the speakers of every session resolved in the same tick (a whole page). */
  private speakersLoader(ctx: RequestContext): DataLoader<string, SeminarSpeaker[]> {
    return ctx.loader(
      'SeminarSession.speakers',
      () =>
        new DataLoader(async (sessionIds: readonly string[]) => {
          const rows = await this.db.repository(ctx, SeminarSpeaker).find({
            where: { sessionId: In([...sessionIds]) },
            order: { position: 'ASC', id: 'ASC' },
          });
          const bySession = new Map<string, SeminarSpeaker[]>(sessionIds.map((id) => [id, []]));
          for (const row of rows) bySession.get(row.sessionId)?.push(row);
          return sessionIds.map((id) => bySession.get(id) ?? []);
        }),
    );
  }

  /** A series' programme, in order of time. */
  sessionsOfSeries(ctx: RequestContext, seriesId: string, page: PageRequest): Promise<Connection<SeminarSession>> {
    // The cursor is checked here, not in the batch, so one bad cursor does not fail the other series.
    const key = page.after ? sessionKey(page.after) : null;
    return this.seriesSessionsLoader(ctx).load({ seriesId, first: page.first, after: page.after, key });
  }

  /**
   * Pages of several series in one statement per page shape (first, after): a window function numbers each
   * series' sessions, so a list of sessions asking for their series' programme does not query per series.
   */
  private seriesSessionsLoader(ctx: RequestContext): DataLoader<SeriesSessionsRequest, Connection<SeminarSession>, string> {
    return ctx.loader(
      'SeminarSeries.sessions',
      () =>
        new DataLoader(
          async (requests: readonly SeriesSessionsRequest[]) => {
            const shapes = new Map<string, SeriesSessionsRequest[]>();
            for (const request of requests) {
              const shape = JSON.stringify([request.first, request.key]);
              shapes.set(shape, [...(shapes.get(shape) ?? []), request]);
            }
            const rowsBySeries = new Map<string, SeminarSession[]>();
            for (const [shape, group] of shapes) {
              const { first, key } = group[0];
              const after = key ? 'AND (r.starts_at, r.id) > (:startsAt::timestamptz, :id)' : '';
              const rows = await this.db
                .repository(ctx, SeminarSession)
                .createQueryBuilder('s')
                .where(
                  `s.id IN (SELECT ranked.id FROM (
                SELECT r.id, row_number() OVER (PARTITION BY r.series_id ORDER BY r.starts_at, r.id) AS n
                FROM seminar_session r WHERE r.series_id = ANY(:seriesIds) ${after}
              ) ranked WHERE ranked.n <= :limit)`,
                  { seriesIds: group.map((r) => r.seriesId), limit: first + 1, ...key },
                )
                .orderBy('s.starts_at', 'ASC')
                .addOrderBy('s.id', 'ASC')
                .getMany();
              for (const row of rows) {
                const id = `${shape}|${row.seriesId}`;
                rowsBySeries.set(id, [...(rowsBySeries.get(id) ?? []), row]);
              }
            }
            return requests.map((r) =>
              toConnection(
                rowsBySeries.get(`${JSON.stringify([r.first, r.key])}|${r.seriesId}`) ?? [],
                { first: r.first, after: r.after },
                sessionCursor,
              ),
            );
          },
          { cacheKeyFn: (r) => JSON.stringify([r.seriesId, r.first, r.key]) },
        ),
    );
  }

  /**
   * UPCOMING runs forward from the next session; PAST and ALL run backwards from the most recent. "Upcoming"
   * is `endsAt > now` (a running session is still upcoming), matching SeminarSession.isUpcoming.
   */
  async sessionPage(
    ctx: RequestContext,
    filter: SeminarSessionFilter,
    page: PageRequest,
    now: Date = new Date(),
  ): Promise<Connection<SeminarSession>> {
    const when = filter.when ?? SeminarTimeFilter.ALL;
    const qb = this.db.repository(ctx, SeminarSession).createQueryBuilder('s');
    if (filter.seriesId) qb.andWhere('s.series_id = :seriesId', { seriesId: parseGlobalId(filter.seriesId, 'SeminarSeries', 'seriesId') });
    if (when === SeminarTimeFilter.UPCOMING) qb.andWhere('s.ends_at > :now', { now });
    if (when === SeminarTimeFilter.PAST) qb.andWhere('s.ends_at <= :now', { now });
    const forward = when === SeminarTimeFilter.UPCOMING;
    if (page.after) {
      const { startsAt, id } = sessionKey(page.after);
      qb.andWhere(`(s.starts_at, s.id) ${forward ? '>' : '<'} (:startsAt::timestamptz, :id)`, { startsAt, id });
    }
    const direction = forward ? 'ASC' : 'DESC';
    const rows = await qb
      .orderBy('s.starts_at', direction)
      .addOrderBy('s.id', direction)
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, sessionCursor);
  }
}
