/**
 * GraphQL load test with autocannon (programmatic API).
 *
 *   npm run bench:load -- --url http://127.0.0.1:PORT/graphql [--duration 10] [--connections 32]
 *                         [--server-pid PID] [--warmup 2] [--scenarios feed,thread,threadLite,search,addComment]
 *                         [--database-url URL]   (optional: also pick busy threads from SQL)
 *
 * Registers one user, collects thread ids from the feed (and SQL, if given), then runs one autocannon
 * run per scenario and prints a Markdown table. addComment writes to the database, so it runs last.
 */
import { Client } from 'pg';
import { SEARCH_QUERIES } from './documents';
import { GqlBody, LoadResult, measureLoad, postGraphQL as gql, RssSampler } from './measure';

const FEED = `query Feed { experiences(first: 20) { edges { cursor node { id title summary publishedAt helpfulCount commentCount viewerReactions author { displayName } municipality { name state } volunteerGroup { name } crisis { name } } } pageInfo { hasNextPage endCursor } } }`;
const FEED_THREADS = `query FeedThreads($after: String) { experiences(first: 50, after: $after) { edges { node { thread { id } } } pageInfo { endCursor } } }`;
const THREAD = `query T($id: ID!) { thread(id: $id) { title commentCount comments(first: 50) { nodes { id body author { displayName } createdAt helpfulCount viewerReactions replies(first: 10) { nodes { id body author { displayName } } } } pageInfo { hasNextPage endCursor } } } }`;
// The same page with 5 replies per comment: the one above exceeds the API's query cost limit (20 000).
const THREAD_LITE = THREAD.replace('replies(first: 10)', 'replies(first: 5)');
const SEARCH = `query S($q: String!) { search(query: $q, first: 20) { nodes { rank snippet node { __typename ... on Experience { id title } ... on Thread { id title } } } } }`;
const ADD_COMMENT = `mutation A($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const REGISTER = `mutation R($input: RegisterInput!) { register(input: $input) { accessToken } }`;

const COMMENT_BODIES = [
  'Danke für den ausführlichen Bericht, wir übernehmen die Idee mit den Anlaufstellen.',
  'Wie habt ihr die Spontanhelfenden versichert? Bei uns ist das noch offen.',
  'Bei uns hat eine feste Ansprechperson im Krisenstab sehr geholfen.',
  'Wir planen im Frühjahr eine gemeinsame Übung mit Feuerwehr und Vereinen.',
];

interface Options {
  url: string;
  duration: number;
  connections: number;
  warmup: number;
  serverPid?: number;
  databaseUrl?: string;
  scenarios: string[];
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    flags.set(k, inline ?? argv[++i] ?? '');
  }
  const url = flags.get('url');
  if (!url) throw new Error('--url http://host:port/graphql is required');
  const num = (k: string, d: number) => (flags.has(k) ? Number(flags.get(k)) : d);
  return {
    url,
    duration: num('duration', 10),
    connections: num('connections', 32),
    warmup: num('warmup', 2),
    serverPid: flags.has('server-pid') ? Number(flags.get('server-pid')) : undefined,
    databaseUrl: flags.get('database-url'),
    scenarios: (flags.get('scenarios') ?? 'feed,thread,threadLite,search,addComment')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** Number of SQL statements a request ran (QUERY_STATS=1 puts them into extensions.sqlStatements). */
function sqlCount(r: GqlBody): number | null {
  const s = r.extensions?.sqlStatements;
  if (Array.isArray(s)) return s.length;
  if (typeof s === 'number') return s;
  if (s && typeof s === 'object' && 'count' in s) return Number((s as { count: unknown }).count);
  return null;
}

interface Scenario {
  name: string;
  description: string;
  /** Builds the body of the n-th request. */
  body: (n: number) => string;
}

interface Row extends LoadResult {
  name: string;
  sql: number | null;
}

async function runScenario(o: Options, token: string, s: Scenario): Promise<Row> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  // One request outside the measurement: SQL statements per request and the first GraphQL error, if any.
  const probe = await fetch(o.url, { method: 'POST', headers, body: s.body(0) }).then((r) => r.json() as Promise<GqlBody>);
  const result = await measureLoad({
    url: o.url,
    headers,
    body: (n) => s.body(n + 1),
    duration: o.duration,
    connections: o.connections,
    warmup: o.warmup,
    serverPid: o.serverPid,
  });
  return { ...result, name: s.name, sql: sqlCount(probe), firstError: probe.errors?.[0]?.message ?? result.firstError };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();

  // Sign up one user (all scenarios run signed in, so viewerReactions is resolved for a viewer).
  const email = `bench-load-${Date.now().toString(36)}@example.org`;
  const reg = await gql(o.url, REGISTER, { input: { email, password: 'bench-password-123', displayName: 'Lasttest Nutzerin' } });
  const token = (reg.data?.register as { accessToken?: string } | undefined)?.accessToken;
  if (!token) throw new Error(`register failed: ${JSON.stringify(reg.errors ?? reg)}`);

  // Thread ids: the threads of the first feed pages, plus (with --database-url) busy threads from SQL.
  const threadIds: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 4; page++) {
    const r = await gql(o.url, FEED_THREADS, { after }, token);
    if (r.errors) throw new Error(`feed failed: ${r.errors[0].message}`);
    const conn = r.data!.experiences as { edges: Array<{ node: { thread: { id: string } } }>; pageInfo: { endCursor: string | null } };
    threadIds.push(...conn.edges.map((e) => e.node.thread.id));
    after = conn.pageInfo.endCursor;
    if (!after) break;
  }
  let busy = 0;
  if (o.databaseUrl) {
    const db = new Client({ connectionString: o.databaseUrl });
    await db.connect();
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM thread WHERE published AND comment_count >= 100 ORDER BY comment_count DESC LIMIT 50`,
    );
    await db.end();
    // Interleave: every fourth thread page is a busy thread.
    rows.forEach((r, i) => threadIds.splice(Math.min(threadIds.length, i * 4), 0, Buffer.from(`Thread:${r.id}`).toString('base64url')));
    busy = rows.length;
  }
  if (!threadIds.length) throw new Error('no threads found: seed the database first');
  console.log(`user ${email}; ${threadIds.length} thread ids (${busy} busy ones from SQL)`);

  const scenarios: Record<string, Scenario> = {
    feed: {
      name: 'feed',
      description: 'experiences(first: 20) with author, municipality, group, crisis, counts',
      body: () => JSON.stringify({ query: FEED, variables: {} }),
    },
    thread: {
      name: 'thread page',
      description: 'thread + 50 top-level comments + 10 replies each, rotating threads',
      body: (n) => JSON.stringify({ query: THREAD, variables: { id: threadIds[n % threadIds.length] } }),
    },
    threadLite: {
      name: 'thread page (5 replies)',
      description: 'as thread page, but replies(first: 5), rotating threads',
      body: (n) => JSON.stringify({ query: THREAD_LITE, variables: { id: threadIds[n % threadIds.length] } }),
    },
    search: {
      name: 'search',
      description: `search(first: 20), rotating ${SEARCH_QUERIES.length} German queries`,
      body: (n) => JSON.stringify({ query: SEARCH, variables: { q: SEARCH_QUERIES[n % SEARCH_QUERIES.length] } }),
    },
    addComment: {
      name: 'addComment',
      description: 'signed-in mutation, rotating threads',
      body: (n) =>
        JSON.stringify({
          query: ADD_COMMENT,
          variables: {
            input: { threadId: threadIds[n % threadIds.length], body: `${COMMENT_BODIES[n % COMMENT_BODIES.length]} (Lasttest ${n})` },
          },
        }),
    },
  };

  const rss = new RssSampler(o.serverPid);
  const rows: Row[] = [];
  for (const key of o.scenarios) {
    const s = scenarios[key];
    if (!s) throw new Error(`unknown scenario ${key} (known: ${Object.keys(scenarios).join(', ')})`);
    process.stdout.write(`${s.name}: ${s.description} … `);
    const row = await runScenario(o, token, s);
    rows.push(row);
    console.log(
      `${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.firstError ? `, first error: ${row.firstError}` : ''}`,
    );
  }

  const fmt = (n: number | null, d = 0) => (n === null ? 'n/a' : n.toFixed(d));
  const lines = [
    `| scenario | req/s (avg) | p50 ms | p99 ms | requests | non-2xx | socket errors/timeouts | GraphQL errors (sampled) | SQL statements/request | peak server RSS MB | server CPU ms/request |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmt(r.rps, 1)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.non2xx} | ${r.socketErrors} | ${r.gqlErrors}/${r.sampled} | ${fmt(r.sql)} | ${fmt(r.peakRssMb)} | ${fmt(r.cpuMsPerRequest, 1)} |`,
    ),
  ];
  console.log(`\n${o.duration} s per scenario, ${o.connections} connections, ${o.warmup} s warm-up (8 connections) before each.`);
  console.log(lines.join('\n'));
  const hwm = rss.hwmKb();
  if (hwm !== null) console.log(`\nserver VmHWM (lifetime peak RSS): ${(hwm / 1024).toFixed(0)} MB`);
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
