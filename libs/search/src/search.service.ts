import { Inject, Injectable } from '@nestjs/common';
import {
  AdmissionGate,
  AppConfig,
  APP_CONFIG,
  Connection,
  decodeTypedCursor,
  observeAdmission,
  PageRequest,
  RequestContext,
  toConnection,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { ThreadService } from '@krisenfest/discussions';
import { ExperienceService, ExperienceStatus } from '@krisenfest/experiences';
import { SearchFilter, SearchType } from './search.model';
import { SNIPPET_START, SNIPPET_STOP, snippetHtml, textOfHtmlSql } from './snippet';

export interface SearchHitValue {
  node: object;
  rank: number;
  snippet: string;
  type: SearchType;
  id: string;
}

interface HitRow {
  type: SearchType;
  id: string;
  rank: number;
  snippet: string;
}

/** Body-only matches rank below every title or summary match (whose ranks start at TIER_1). */
const BODY_ONLY_RANK = 0.01;
const TIER_1 = 0.02;

// Inline rather than a CTE, so the planner sees the query's words when it estimates the matches.
const Q = `websearch_to_tsquery('german', $1)`;
const HEADLINE = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The query for websearch_to_tsquery, which knows "or" but not the German "oder": outside quoted phrases, a
 * lone "oder" means OR.
 */
export function germanWebSearch(query: string): string {
  return query
    .split('"')
    .map((part, i) => (i % 2 === 0 ? part.replace(/(^|\s)oder(?=\s|$)/giu, '$1or') : part))
    .join('"');
}

/**
 * German full-text search over published experiences (or, asked for, the caller's own drafts) and open
 * threads. An experience whose title or summary matches is ranked on that small vector (GIN index on
 * search_head); one that matches only in its body ranks below all of those, and only as many of them as the
 * page needs are read. So a common word does not mean reading and ranking every long body. Snippets are
 * built for the page only; the hits come back through the owners' loaders, which apply their visibility.
 */
@Injectable()
export class SearchService {
  /** Searches are the expensive reads: a few at once (SEARCH_CONCURRENCY), the rest wait briefly or are refused. */
  readonly gate: AdmissionGate;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly experiences: ExperienceService,
    private readonly threads: ThreadService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.gate = new AdmissionGate({
      concurrency: config.searchConcurrency,
      queueMs: config.searchQueueMs,
      // More than could be served within the wait anyway (a search takes tens of milliseconds).
      maxQueue: config.searchConcurrency * 16,
      refusal: 'Search is very busy right now. Please try again in a few seconds.',
    });
    observeAdmission('search', { read: () => this.gate.stats });
  }

  search(ctx: RequestContext, query: string, filter: SearchFilter, page: PageRequest): Promise<Connection<SearchHitValue>> {
    return this.gate.run(() => this.run(ctx, query, filter, page));
  }

  private async run(ctx: RequestContext, query: string, filter: SearchFilter, page: PageRequest): Promise<Connection<SearchHitValue>> {
    const drafts = filter.status === ExperienceStatus.DRAFT;
    if (drafts && !ctx.userId) return toConnection([], page, () => []);
    const types = filter.types?.length ? filter.types : [SearchType.EXPERIENCE, SearchType.THREAD];
    const experienceOnly =
      drafts || !!(filter.hazard || filter.phase || filter.municipalityId || filter.crisisId || filter.volunteerGroupId || filter.state);
    const wantExperiences = types.includes(SearchType.EXPERIENCE);
    const wantThreads = types.includes(SearchType.THREAD) && !experienceOnly;

    const params: unknown[] = [germanWebSearch(query)];
    const p = (value: unknown) => `$${params.push(value)}`;
    const experienceWhere = [
      drafts ? `e.status = 'DRAFT' AND e.author_id = ${p(ctx.userId)}::uuid` : this.experiences.listedSql(ctx, 'e', p),
      ...this.experiences.filterSql(filter, p),
    ].join(' AND ');

    const cursor = page.after ? decodeTypedCursor(page.after, ['number', 'string', 'uuid']) : null;
    const limit = p(page.first + 1);
    const parts: string[] = [];
    if (wantExperiences) {
      // Tier 1: the query's words are in the title or summary; ranked on that small vector only.
      parts.push(`SELECT 'EXPERIENCE' AS type, e.id, ts_rank(e.search_head, ${Q})::float8 + ${TIER_1} AS rank
        FROM experience e WHERE ${experienceWhere} AND e.search_head @@ ${Q}`);
      // Tier 2: only in the body. All rank alike, so only the next page of them (by id) is read.
      const afterInTier2 =
        cursor && cursor[0] === BODY_ONLY_RANK ? `AND ('EXPERIENCE', e.id) > (${p(cursor[1])}, ${p(cursor[2])}::uuid)` : '';
      parts.push(`(SELECT 'EXPERIENCE' AS type, e.id, ${BODY_ONLY_RANK}::float8 AS rank
        FROM experience e WHERE ${experienceWhere} AND e.search @@ ${Q} AND NOT (e.search_head @@ ${Q}) ${afterInTier2}
        ORDER BY e.id LIMIT ${limit})`);
    }
    if (wantThreads) {
      parts.push(`SELECT 'THREAD' AS type, t.id, ts_rank(t.search, ${Q})::float8 + ${TIER_1} AS rank
        FROM thread t WHERE t.kind <> 'EXPERIENCE' AND ${this.threads.listedSql(ctx, 't', p)} AND t.search @@ ${Q}`);
    }
    if (!parts.length) return toConnection([], page, () => []);

    let after = '';
    if (cursor) {
      const [rank, type, id] = cursor;
      after = `WHERE (h.rank < ${p(rank)}::float8 OR (h.rank = $${params.length}::float8 AND (h.type, h.id) > (${p(type)}, ${p(id)}::uuid)))`;
    }
    const headline = p(HEADLINE);
    const rows = await this.db.query<HitRow>(
      ctx,
      `
      WITH hits AS (${parts.join(' UNION ALL ')}),
      top AS (SELECT * FROM hits h ${after} ORDER BY h.rank DESC, h.type, h.id LIMIT ${limit})
      SELECT top.type, top.id, top.rank,
        CASE top.type
          WHEN 'EXPERIENCE' THEN (SELECT ts_headline('german', e.summary || ' ' || e.situation || ' ' || e.actions || ' ' || e.outcome, ${Q}, ${headline}) FROM experience e WHERE e.id = top.id)
          ELSE (SELECT ts_headline('german', t.title || ' ' || ${textOfHtmlSql('t.body_html')}, ${Q}, ${headline}) FROM thread t WHERE t.id = top.id)
        END AS snippet
      FROM top
      ORDER BY top.rank DESC, top.type, top.id`,
      params,
    );

    const idsOf = (type: SearchType) => rows.filter((r) => r.type === type).map((r) => r.id);
    const [experiences, threads] = await Promise.all([
      this.experiences.visibleByIds(ctx, idsOf(SearchType.EXPERIENCE)),
      this.threads.visibleByIds(ctx, idsOf(SearchType.THREAD)),
    ]);
    const nodes = new Map<string, object>([...experiences, ...threads].map((n) => [n.id, n]));
    const hits: SearchHitValue[] = [];
    for (const r of rows) {
      const node = nodes.get(r.id);
      if (node) hits.push({ node, rank: r.rank, snippet: snippetHtml(r.snippet ?? ''), type: r.type, id: r.id });
    }
    return toConnection(hits, page, (h) => [h.rank, h.type, h.id]);
  }
}
