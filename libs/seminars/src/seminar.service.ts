import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  isPlatformOrganizer,
  byIdLoader,
  Connection,
  CursorValue,
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
import { SERIES_ROW, SESSION_ROW, SeminarSeriesView, SeminarSessionView, SeminarSpeakerView, SPEAKER_ROW } from './seminar.rows';
import { SeminarTimeFilter } from './seminar.model';

export interface SeminarSessionFilter {
  when?: SeminarTimeFilter;
  /** Global id of a SeminarSeries. */
  seriesId?: string;
}

/** One series' sessions page, as the batching loader is asked for it. */
interface SeriesSessionsRequest {
  seriesId: string;
  first: number;
  after?: string;
  /** The keyset of `after`: start (ISO text, as the cursor carries it) and id. */
  key: string[] | null;
}

/** The keyset of a cursor this list handed out; anything else is refused as `after` before SQL sees it. */
const sessionKey = (after: string) => decodeTypedCursor(after, ['timestamp', 'uuid']) as string[];

/** The timestamp stays ISO text (UTC, milliseconds, as stored with precision 3) so the keyset compares exactly. */
const sessionCursor = (s: SeminarSessionView): CursorValue[] => [s.startsAt.toISOString(), s.id];

const SESSIONS_BY_IDS = `SELECT ${SESSION_ROW.select('s')} FROM seminar_session s WHERE s.id = ANY($1::uuid[])`;
const SERIES_BY_IDS = `SELECT ${SERIES_ROW.select('s')} FROM seminar_series s WHERE s.id = ANY($1::uuid[])`;
const SPEAKERS_BY_IDS = `SELECT ${SPEAKER_ROW.select('p')} FROM seminar_speaker p WHERE p.id = ANY($1::uuid[])`;
// Per user (a batch asks for several), each session once even if the user is on its programme twice.
const SESSIONS_SPOKEN_BY = `SELECT DISTINCT ON (p.user_id, s.starts_at, s.id) ${SESSION_ROW.select('s')}, p.user_id AS speaker_user_id
  FROM seminar_speaker p JOIN seminar_session s ON s.id = p.session_id
  WHERE p.user_id = ANY($1::uuid[]) ORDER BY p.user_id, s.starts_at, s.id`;
const SPEAKERS_OF = `SELECT ${SPEAKER_ROW.select('p')} FROM seminar_speaker p WHERE p.session_id = ANY($1::uuid[]) ORDER BY p.position, p.id`;

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

  /**
   * Whether the caller organises `series`, decided here once: the platform's ORGANIZER role (and admins) for every
   * series; verified staff of a municipality, or verified members of a volunteer group, for the series it organises.
   */
  organises(ctx: RequestContext, series: SeminarSeriesView): boolean {
    if (isPlatformOrganizer(ctx.user)) return true;
    const { staffOf, memberOf } = ctx.memberships;
    return (
      series.organisingMunicipalityIds.some((id) => staffOf.has(id)) || series.organisingVolunteerGroupIds.some((id) => memberOf.has(id))
    );
  }

  /** Whether the caller organises the series of `session`. */
  async organisesSession(ctx: RequestContext, session: SeminarSessionView): Promise<boolean> {
    if (!ctx.user) return false;
    const series = await this.seriesById(ctx, session.seriesId);
    return !!series && this.organises(ctx, series);
  }

  seriesById(ctx: RequestContext, id: string): Promise<SeminarSeriesView | null> {
    return byIdLoader(ctx, 'SeminarSeries.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, SERIES_BY_IDS, [ids])).map((r) => SERIES_ROW.read(r)),
    ).load(id);
  }

  sessionById(ctx: RequestContext, id: string): Promise<SeminarSessionView | null> {
    return this.sessionLoader(ctx).load(id);
  }

  speakerById(ctx: RequestContext, id: string): Promise<SeminarSpeakerView | null> {
    return byIdLoader(ctx, 'SeminarSpeaker.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, SPEAKERS_BY_IDS, [ids])).map((r) => SPEAKER_ROW.read(r)),
    ).load(id);
  }

  /** The sessions a user is on the programme of (as a speaker linked to their account), in order of time. */
  sessionsSpokenBy(ctx: RequestContext, userId: string): Promise<SeminarSessionView[]> {
    const rows = listLoader(
      ctx,
      'User.speakingAt',
      async (ids) =>
        (await this.db.prepared<Record<string, unknown>>(ctx, SESSIONS_SPOKEN_BY, [ids])).map((r) => ({
          r,
          userId: String(r.speaker_user_id),
        })),
      (row) => row.userId,
    ).load(userId);
    return rows.then((found) =>
      this.absorb(
        ctx,
        found.map((f) => f.r),
      ),
    );
  }

  /** A session's speakers in the order of the programme; one statement for every session on a page. */
  speakersOf(ctx: RequestContext, sessionId: string): Promise<SeminarSpeakerView[]> {
    return listLoader(
      ctx,
      'SeminarSession.speakers',
      async (ids) => (await this.db.prepared<Record<string, unknown>>(ctx, SPEAKERS_OF, [ids])).map((r) => SPEAKER_ROW.read(r)),
      (speaker) => speaker.sessionId,
    ).load(sessionId);
  }

  /** A series' programme, in order of time. */
  sessionsOfSeries(ctx: RequestContext, seriesId: string, page: PageRequest): Promise<Connection<SeminarSessionView>> {
    // The cursor is checked here, not in the batch, so one bad cursor does not fail the other series.
    const key = page.after ? sessionKey(page.after) : null;
    return this.seriesSessionsLoader(ctx).load({ seriesId, first: page.first, after: page.after, key });
  }

  /**
   * Pages of several series in one statement per page shape (first, after): a window function numbers each
   * series' sessions, so a list of sessions asking for their series' programme does not query per series.
   */
  private seriesSessionsLoader(ctx: RequestContext): DataLoader<SeriesSessionsRequest, Connection<SeminarSessionView>, string> {
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
            const rowsBySeries = new Map<string, SeminarSessionView[]>();
            for (const [shape, group] of shapes) {
              const { first, key } = group[0];
              const params: unknown[] = [group.map((r) => r.seriesId), ...(key ?? [])];
              const rows = await this.db.prepared<Record<string, unknown>>(
                ctx,
                `SELECT ${SESSION_ROW.select('s')} FROM (
                  SELECT r.*, row_number() OVER (PARTITION BY r.series_id ORDER BY r.starts_at, r.id) AS n
                  FROM seminar_session r WHERE r.series_id = ANY($1::uuid[]) ${key ? 'AND (r.starts_at, r.id) > ($2::timestamptz, $3::uuid)' : ''}
                ) s WHERE s.n <= ${limitSql({ first })}
                ORDER BY s.starts_at, s.id`,
                params,
              );
              for (const session of this.absorb(ctx, rows)) {
                const id = `${shape}|${session.seriesId}`;
                rowsBySeries.set(id, [...(rowsBySeries.get(id) ?? []), session]);
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
  ): Promise<Connection<SeminarSessionView>> {
    const when = filter.when ?? SeminarTimeFilter.ALL;
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    if (filter.seriesId) where.push(`s.series_id = ${bind(parseGlobalId(filter.seriesId, 'SeminarSeries', 'seriesId'))}::uuid`);
    if (when === SeminarTimeFilter.UPCOMING) where.push(`s.ends_at > ${bind(now)}`);
    if (when === SeminarTimeFilter.PAST) where.push(`s.ends_at <= ${bind(now)}`);
    const forward = when === SeminarTimeFilter.UPCOMING;
    if (page.after) {
      const [startsAt, id] = sessionKey(page.after);
      where.push(`(s.starts_at, s.id) ${forward ? '>' : '<'} (${bind(startsAt)}::timestamptz, ${bind(id)}::uuid)`);
    }
    const direction = forward ? 'ASC' : 'DESC';
    const rows = await this.db.prepared<Record<string, unknown>>(
      ctx,
      `SELECT ${SESSION_ROW.select('s')} FROM seminar_session s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.starts_at ${direction}, s.id ${direction} LIMIT ${limitSql(page)}`,
      params,
    );
    return toConnection(this.absorb(ctx, rows), page, sessionCursor);
  }

  /** A series' sessions for its calendar feed: the latest 500 (calendars keep what they saw before). */
  async sessionsForCalendar(ctx: RequestContext, seriesId: string): Promise<SeminarSessionView[]> {
    const rows = await this.db.prepared<Record<string, unknown>>(
      ctx,
      `SELECT ${SESSION_ROW.select('s')} FROM seminar_session s
       WHERE s.series_id = $1 ORDER BY s.starts_at DESC, s.id DESC LIMIT 500`,
      [seriesId],
    );
    return this.absorb(ctx, rows);
  }

  private absorb(ctx: RequestContext, rows: Record<string, unknown>[]): SeminarSessionView[] {
    const loader = this.sessionLoader(ctx);
    return rows.map((row) => {
      const session = SESSION_ROW.read(row);
      loader.prime(session.id, session);
      return session;
    });
  }

  private sessionLoader(ctx: RequestContext) {
    return byIdLoader(ctx, 'SeminarSession.byId', async (ids) =>
      (await this.db.prepared<Record<string, unknown>>(ctx, SESSIONS_BY_IDS, [ids])).map((r) => SESSION_ROW.read(r)),
    );
  }
}
