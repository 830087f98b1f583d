/**
 * The raw baseline of the side-by-side benchmark: a plain node:http + pg server that answers the bench's
 * documents (bench/documents.ts) with the SQL work they need and nothing else, on Krisenfest's own tables.
 * It checks the same access tokens (jsonwebtoken, HS256, issuer krisenfest, a KeyObject secret), reads the
 * session with the caller's roles and memberships in one statement, applies the same visibility rule and the
 * same ranking, and answers with `data` byte-identical to Krisenfest's. It is as fast as plain code can
 * reasonably be: named prepared statements where a generic plan is safe (not for search), no framework.
 *
 *   DATABASE_URL=… JWT_SECRET=… PORT=4200 node dist/bench/baseline/server.js
 *
 * Every response carries `extensions.sqlStatements`, as Krisenfest's do with QUERY_STATS=1.
 */
import { createHash, createSecretKey, KeyObject } from 'node:crypto';
import * as http from 'node:http';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS module with a namespace export
import jwt = require('jsonwebtoken');
import { Pool, QueryConfig } from 'pg';
import { toBerlinIso } from '../../libs/core/src/graphql/scalars';
import { encodeCursor } from '../../libs/core/src/relay/cursor';
import { toGlobalId } from '../../libs/core/src/relay/global-id';
import { SNIPPET_START, SNIPPET_STOP, snippetHtml, textOfHtmlSql } from '../../libs/search/src/snippet';
import { FEED, SEARCH, SEARCH_NAIVE, THREAD_PAGE, TYPENAME } from '../documents';

const HIDDEN_NOTICE = 'Dieser Beitrag wurde von der Moderation ausgeblendet.';
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;
const MODERATOR_ROLES = ['MODERATOR', 'ADMIN'];

interface Viewer {
  id: string;
  moderator: boolean;
  staffOf: string[];
  memberOf: string[];
  verified: boolean;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One request's statements, counted like Krisenfest's QUERY_STATS. */
class Sql {
  statements = 0;
  constructor(
    private readonly pool: Pool,
    private readonly names: Map<string, string>,
  ) {}

  /** A named prepared statement: PostgreSQL plans it once per connection. */
  async prepared<T>(text: string, values: unknown[]): Promise<T[]> {
    let name = this.names.get(text);
    if (!name) {
      name = `b${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
      this.names.set(text, name);
    }
    return this.run<T>({ name, text, values });
  }

  /** An unnamed statement, planned for its parameters each time (search: a generic plan ranks badly). */
  oneShot<T>(text: string, values: unknown[]): Promise<T[]> {
    return this.run<T>({ text, values });
  }

  private async run<T>(config: QueryConfig): Promise<T[]> {
    this.statements += 1;
    const result = await this.pool.query(config);
    return result.rows as T[];
  }
}

/** The visibility rule as SQL, as Krisenfest applies it to lists (`hidden` leaves hidden posts out). */
function visibleSql(
  viewer: Viewer | null,
  c: { visibility: string; author: string; municipality: string; group: string; hiddenAt?: string },
  bind: (v: unknown) => string,
): string {
  if (viewer?.moderator) return 'TRUE';
  const shown = !c.hiddenAt
    ? ''
    : viewer
      ? ` AND (${c.hiddenAt} IS NULL OR ${c.author} = ${bind(viewer.id)}::uuid)`
      : ` AND ${c.hiddenAt} IS NULL`;
  if (!viewer) return `${c.visibility} = 'PUBLIC'${shown}`;
  return `(${c.visibility} = 'PUBLIC'
      OR ${c.author} = ${bind(viewer.id)}::uuid
      ${viewer.verified ? `OR ${c.visibility} = 'VERIFIED'` : ''}
      OR (${c.visibility} = 'MEMBERS' AND (
        (${c.group} IS NOT NULL AND ${c.group} = ANY(${bind(viewer.memberOf)}::uuid[]))
        OR (${c.group} IS NULL AND ${c.municipality} = ANY(${bind(viewer.staffOf)}::uuid[])))))${shown}`;
}

const iso = (value: Date) => toBerlinIso(value);

export class Baseline {
  private readonly pool: Pool;
  private readonly secret: KeyObject;
  private readonly prepared = new Map<string, string>();

  constructor(databaseUrl: string, jwtSecret: string, poolSize = 10) {
    this.pool = new Pool({ connectionString: databaseUrl, max: poolSize });
    this.secret = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  async handle(body: { query?: unknown; variables?: Record<string, unknown> }, authorization: string | undefined): Promise<string> {
    const sql = new Sql(this.pool, this.prepared);
    const viewer = await this.authenticate(sql, authorization);
    const variables = body.variables ?? {};
    let data: unknown;
    switch (body.query) {
      case TYPENAME:
        data = { __typename: 'Query' };
        break;
      case FEED:
        data = { experiences: await this.feed(sql, viewer, typeof variables.after === 'string' ? variables.after : null) };
        break;
      case THREAD_PAGE:
        data = { thread: await this.threadPage(sql, viewer, String(variables.id)) };
        break;
      case SEARCH:
        data = { search: await this.search(sql, viewer, String(variables.q), false) };
        break;
      case SEARCH_NAIVE:
        data = { search: await this.search(sql, viewer, String(variables.q), true) };
        break;
      default:
        throw new HttpError(400, 'the baseline answers the benchmark documents only');
    }
    return JSON.stringify({ data, extensions: { sqlStatements: sql.statements } });
  }

  private async authenticate(sql: Sql, authorization: string | undefined): Promise<Viewer | null> {
    if (!authorization) return null;
    const match = /^Bearer ([A-Za-z0-9._-]{10,2000})$/.exec(authorization.trim());
    if (!match) throw new HttpError(401, 'bad authorization header');
    let payload: { sub?: string; sid?: string };
    try {
      payload = jwt.verify(match[1], this.secret, { algorithms: ['HS256'], issuer: 'krisenfest' }) as typeof payload;
    } catch {
      throw new HttpError(401, 'invalid token');
    }
    const [row] = await sql.prepared<{
      user_id: string;
      revoked_at: Date | null;
      last_used_at: Date;
      platform_roles: string[];
      memberships: string[];
    }>(
      `SELECT s.user_id, s.revoked_at, s.last_used_at, u.platform_roles, u.banned_until, u.ban_reason,
        ARRAY(SELECT m.role || ':' || coalesce(m.municipality_id, m.volunteer_group_id) FROM membership m
              WHERE m.user_id = s.user_id AND m.status = 'VERIFIED') AS memberships
      FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE s.id = $1`,
      [payload.sid],
    );
    if (!row || row.revoked_at || row.user_id !== payload.sub) throw new HttpError(401, 'session ended');
    if (Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await sql.prepared('UPDATE user_session SET last_used_at = now() WHERE id = $1', [payload.sid]);
    }
    const staffOf: string[] = [];
    const memberOf: string[] = [];
    for (const m of row.memberships) {
      const [role, id] = m.split(':');
      if (role === 'STAFF' || role === 'MUNICIPAL_ADMIN') staffOf.push(id);
      else memberOf.push(id);
    }
    return {
      id: row.user_id,
      moderator: row.platform_roles.some((r) => MODERATOR_ROLES.includes(r)),
      staffOf,
      memberOf,
      verified: staffOf.length + memberOf.length > 0,
    };
  }

  private async feed(sql: Sql, viewer: Viewer | null, after: string | null) {
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const reactions = viewer
      ? `ARRAY(SELECT r.kind::text FROM reaction r WHERE r.experience_id = e.id AND r.user_id = ${bind(viewer.id)}::uuid ORDER BY r.kind)`
      : `'{}'::text[]`;
    let keyset = '';
    if (after) {
      const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string];
      keyset = `AND (e.published_at, e.id) < (${bind(at)}::timestamptz, ${bind(id)}::uuid)`;
    }
    const visible = visibleSql(
      viewer,
      {
        visibility: 'e.visibility',
        author: 'e.author_id',
        municipality: 'e.municipality_id',
        group: 'e.volunteer_group_id',
        hiddenAt: 'e.hidden_at',
      },
      bind,
    );
    const rows = await sql.prepared<{
      id: string;
      title: string;
      summary: string;
      published_at: Date;
      helpful_count: number;
      comment_count: number;
      viewer_reactions: string[];
      author_name: string;
      municipality_name: string;
      municipality_state: string;
      group_name: string | null;
      crisis_name: string | null;
    }>(
      `SELECT e.id, e.title, e.summary, e.published_at, e.helpful_count, t.comment_count,
        ${reactions} AS viewer_reactions,
        u.display_name AS author_name, m.name AS municipality_name, m.state AS municipality_state, g.name AS group_name, c.name AS crisis_name
      FROM experience e
      JOIN thread t ON t.id = e.thread_id
      JOIN user_account u ON u.id = e.author_id
      JOIN municipality m ON m.id = e.municipality_id
      LEFT JOIN volunteer_group g ON g.id = e.volunteer_group_id
      LEFT JOIN crisis c ON c.id = e.crisis_id
      WHERE e.status = 'PUBLISHED' AND ${visible} ${keyset}
      ORDER BY e.published_at DESC, e.id DESC
      LIMIT 21`,
      params,
    );
    const page = rows.slice(0, 20);
    const edges = page.map((r) => ({
      cursor: encodeCursor([r.published_at.toISOString(), r.id]),
      node: {
        id: toGlobalId('Experience', r.id),
        title: r.title,
        summary: r.summary,
        publishedAt: iso(r.published_at),
        helpfulCount: r.helpful_count,
        commentCount: r.comment_count,
        viewerReactions: r.viewer_reactions,
        author: { displayName: r.author_name },
        municipality: { name: r.municipality_name, state: r.municipality_state },
        volunteerGroup: r.group_name === null ? null : { name: r.group_name },
        crisis: r.crisis_name === null ? null : { name: r.crisis_name },
      },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > 20, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private async threadPage(sql: Sql, viewer: Viewer | null, globalId: string) {
    const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
    const threadId = decoded.startsWith('Thread:') ? decoded.slice(7) : null;
    if (!threadId) throw new HttpError(400, 'not a thread id');
    const params: unknown[] = [threadId];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const visible = visibleSql(
      viewer,
      {
        visibility: 't.visibility',
        author: 't.author_id',
        municipality: 't.owner_municipality_id',
        group: 't.owner_volunteer_group_id',
      },
      bind,
    );
    const [thread] = await sql.prepared<{ id: string; title: string; comment_count: number; author_id: string; hidden_at: Date | null }>(
      `SELECT t.id, t.title, t.comment_count, t.author_id, t.hidden_at FROM thread t
       WHERE t.id = $1 AND ((t.published AND ${visible}) OR (NOT t.published AND t.author_id = ${viewer ? bind(viewer.id) : 'NULL'}::uuid))`,
      params,
    );
    if (!thread) return null;
    const mayReadHidden = (authorId: string) => !!viewer && (viewer.moderator || viewer.id === authorId);
    const reactions = viewer
      ? 'ARRAY(SELECT r.kind::text FROM reaction r WHERE r.comment_id = c.id AND r.user_id = $2::uuid ORDER BY r.kind)'
      : `'{}'::text[]`;

    type CommentRow = {
      id: string;
      parent_id: string | null;
      body: string;
      author_id: string;
      author_name: string;
      created_at: Date;
      helpful_count: number;
      deleted_at: Date | null;
      hidden_at: Date | null;
      viewer_reactions: string[];
    };
    const comments = await sql.prepared<CommentRow>(
      `
      SELECT c.id, c.parent_id, c.body, c.author_id, u.display_name AS author_name, c.created_at, c.helpful_count, c.deleted_at, c.hidden_at,
        ${reactions} AS viewer_reactions
      FROM comment c JOIN user_account u ON u.id = c.author_id
      WHERE c.thread_id = $1 AND c.parent_id IS NULL
      ORDER BY c.created_at, c.id LIMIT 51`,
      viewer ? [thread.id, viewer.id] : [thread.id],
    );
    const top = comments.slice(0, 50);
    const replies = top.length
      ? await sql.prepared<CommentRow>(
          `
      SELECT c.id, c.parent_id, c.body, c.author_id, u.display_name AS author_name, c.created_at, c.helpful_count, c.deleted_at, c.hidden_at,
        '{}'::text[] AS viewer_reactions
      FROM unnest($1::uuid[]) AS p(id)
      CROSS JOIN LATERAL (SELECT * FROM comment r WHERE r.parent_id = p.id ORDER BY r.created_at, r.id LIMIT 11) c
      JOIN user_account u ON u.id = c.author_id
      ORDER BY c.parent_id, c.created_at, c.id`,
          [top.map((c) => c.id)],
        )
      : [];
    const repliesOf = new Map<string, CommentRow[]>();
    for (const r of replies) {
      const list = repliesOf.get(r.parent_id!) ?? [];
      list.push(r);
      repliesOf.set(r.parent_id!, list);
    }
    const body = (c: CommentRow) => (c.deleted_at || (c.hidden_at && !mayReadHidden(c.author_id)) ? null : c.body);
    const author = (c: CommentRow) => (c.deleted_at ? null : { displayName: c.author_name });
    return {
      title: thread.hidden_at && !mayReadHidden(thread.author_id) ? HIDDEN_NOTICE : thread.title,
      commentCount: thread.comment_count,
      comments: {
        nodes: top.map((c) => ({
          id: toGlobalId('Comment', c.id),
          body: body(c),
          author: author(c),
          createdAt: iso(c.created_at),
          helpfulCount: c.helpful_count,
          viewerReactions: c.viewer_reactions,
          replies: {
            nodes: (repliesOf.get(c.id) ?? [])
              .slice(0, 10)
              .map((r) => ({ id: toGlobalId('Comment', r.id), body: body(r), author: author(r) })),
          },
        })),
        pageInfo: {
          hasNextPage: comments.length > 50,
          endCursor: top.length ? encodeCursor([top.at(-1)!.created_at.toISOString(), top.at(-1)!.id]) : null,
        },
      },
    };
  }

  /**
   * The same tiered ranking as Krisenfest (title/summary matches ranked on the small vector, body-only matches
   * below them, read only as far as the page needs) in one statement with the titles; or, `naive`, ts_rank over
   * the whole document of every match, for comparison.
   */
  private async search(sql: Sql, viewer: Viewer | null, query: string, naive: boolean) {
    const params: unknown[] = [query];
    const bind = (v: unknown) => `$${params.push(v)}`;
    const q = `websearch_to_tsquery('german', $1)`;
    const experienceVisible = visibleSql(
      viewer,
      {
        visibility: 'e.visibility',
        author: 'e.author_id',
        municipality: 'e.municipality_id',
        group: 'e.volunteer_group_id',
        hiddenAt: 'e.hidden_at',
      },
      bind,
    );
    const threadVisible = visibleSql(
      viewer,
      {
        visibility: 't.visibility',
        author: 't.author_id',
        municipality: 't.owner_municipality_id',
        group: 't.owner_volunteer_group_id',
        hiddenAt: 't.hidden_at',
      },
      bind,
    );
    const limit = bind(21);
    const parts = naive
      ? [
          `SELECT 'EXPERIENCE' AS type, e.id, ts_rank(e.search, ${q})::float8 AS rank FROM experience e
         WHERE e.status = 'PUBLISHED' AND ${experienceVisible} AND e.search @@ ${q}`,
          `SELECT 'THREAD' AS type, t.id, ts_rank(t.search, ${q})::float8 AS rank FROM thread t
         WHERE t.published AND t.kind <> 'EXPERIENCE' AND ${threadVisible} AND t.search @@ ${q}`,
        ]
      : [
          `SELECT 'EXPERIENCE' AS type, e.id, ts_rank(e.search_head, ${q})::float8 + 0.02 AS rank FROM experience e
         WHERE e.status = 'PUBLISHED' AND ${experienceVisible} AND e.search_head @@ ${q}`,
          `(SELECT 'EXPERIENCE' AS type, e.id, 0.01::float8 AS rank FROM experience e
         WHERE e.status = 'PUBLISHED' AND ${experienceVisible} AND e.search @@ ${q} AND NOT (e.search_head @@ ${q})
         ORDER BY e.id LIMIT ${limit})`,
          `SELECT 'THREAD' AS type, t.id, ts_rank(t.search, ${q})::float8 + 0.02 AS rank FROM thread t
         WHERE t.published AND t.kind <> 'EXPERIENCE' AND ${threadVisible} AND t.search @@ ${q}`,
        ];
    const headline = bind(
      `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`,
    );
    const rows = await sql.oneShot<{ type: 'EXPERIENCE' | 'THREAD'; id: string; rank: number; title: string; snippet: string | null }>(
      `
      WITH hits AS (${parts.join(' UNION ALL ')}),
      top AS (SELECT * FROM hits h ORDER BY h.rank DESC, h.type, h.id LIMIT ${limit})
      SELECT top.type, top.id, top.rank,
        CASE top.type WHEN 'EXPERIENCE' THEN (SELECT e.title FROM experience e WHERE e.id = top.id)
                      ELSE (SELECT t.title FROM thread t WHERE t.id = top.id) END AS title,
        CASE top.type
          WHEN 'EXPERIENCE' THEN (SELECT ts_headline('german', e.summary || ' ' || e.situation || ' ' || e.actions || ' ' || e.outcome, ${q}, ${headline}) FROM experience e WHERE e.id = top.id)
          ELSE (SELECT ts_headline('german', t.title || ' ' || ${textOfHtmlSql('t.body_html')}, ${q}, ${headline}) FROM thread t WHERE t.id = top.id)
        END AS snippet
      FROM top ORDER BY top.rank DESC, top.type, top.id`,
      params,
    );
    return {
      nodes: rows.slice(0, 20).map((r) => ({
        rank: r.rank,
        snippet: snippetHtml(r.snippet ?? ''),
        node:
          r.type === 'EXPERIENCE'
            ? { __typename: 'Experience', id: toGlobalId('Experience', r.id), title: r.title }
            : { __typename: 'Thread', id: toGlobalId('Thread', r.id), title: r.title },
      })),
    };
  }
}

export function serve(baseline: Baseline, port: number, host = '127.0.0.1'): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: { query?: unknown; variables?: Record<string, unknown> };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"body is not JSON"}]}');
        return;
      }
      baseline.handle(body, req.headers.authorization).then(
        (json) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(json),
        (error: unknown) => {
          const status = error instanceof HttpError ? error.status : 500;
          res
            .writeHead(status, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: String((error as Error).message) }] }));
        },
      );
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (require.main === module) {
  const databaseUrl = process.env.DATABASE_URL;
  const jwtSecret = process.env.JWT_SECRET;
  if (!databaseUrl || !jwtSecret) {
    console.error('DATABASE_URL and JWT_SECRET are required');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4200);
  const baseline = new Baseline(databaseUrl, jwtSecret);
  void serve(baseline, port).then(() => console.log(`raw baseline on http://127.0.0.1:${port}/graphql`));
}
