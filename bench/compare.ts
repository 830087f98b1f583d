/**
 * Krisenfest side by side with the raw baseline (bench/baseline/server.ts), on the same data, in one run:
 *
 *   npm run bench:compare -- --database-url postgres://postgres@127.0.0.1:5432/krisenfest_bench
 *        [--duration 10] [--connections 32] [--warmup 3] [--rounds 2] [--scenarios feed,feedAnon,thread,search,searchNaive,typename,typenameAnon]
 *        [--node-options "--max-old-space-size=192"]   (Krisenfest's node flags; the default is what `npm start` uses)
 *        [--krisenfest-main path/to/dist/apps/api/src/main.js]   (another build, e.g. an older commit's)
 *
 * Starts both servers (Krisenfest in production mode with rate limits off), checks that they answer the
 * documents of the chosen scenarios with identical `data` (5 feed pages signed in, the anonymous feed, 250
 * thread pages, the 12 search queries) and stops if not; then runs each scenario against Krisenfest and the baseline in turn,
 * `--rounds` times, and prints the medians: req/s, p50/p99, CPU ms per request of the server and of
 * PostgreSQL, SQL statements per request, peak RSS, and Krisenfest ÷ baseline.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { FEED, FEED_THREADS, REGISTER, SEARCH, SEARCH_NAIVE, SEARCH_QUERIES, THREAD_PAGE, TYPENAME } from './documents';
import { GqlBody, LoadResult, measureLoad, postGraphQL as post } from './measure';
import { Server } from './server-process';

const JWT_SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuv';
const KRISENFEST_PORT = 4100;
const BASELINE_PORT = 4200;
const THREAD_PAGES = 250;
const FEED_PAGES = 5;

interface Options {
  databaseUrl: string;
  duration: number;
  connections: number;
  warmup: number;
  rounds: number;
  scenarios: string[];
  /** Node flags for the Krisenfest process, e.g. the heap cap production runs with. */
  nodeOptions: string[];
  /** Another build of the API to measure (e.g. an older commit's dist/apps/api/src/main.js). */
  krisenfestMain?: string;
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(
        'usage: npm run bench:compare -- --database-url URL [--duration 10] [--connections 32] [--warmup 3] [--rounds 2] [--scenarios a,b] [--node-options "--max-old-space-size=N"] [--krisenfest-main PATH]',
      );
      process.exit(0);
    }
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    flags.set(k, inline ?? argv[++i] ?? '');
  }
  const databaseUrl = flags.get('database-url') ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('--database-url (a seeded bench database, see bench/README.md) is required');
  const num = (k: string, d: number) => (flags.has(k) ? Number(flags.get(k)) : d);
  return {
    databaseUrl,
    duration: num('duration', 10),
    connections: num('connections', 32),
    warmup: num('warmup', 3),
    rounds: num('rounds', 2),
    // As `npm start` and the Dockerfile run the API.
    krisenfestMain: flags.get('krisenfest-main'),
    nodeOptions: (flags.get('node-options') ?? '--max-old-space-size=192').split(' ').filter(Boolean),
    scenarios: (flags.get('scenarios') ?? 'feed,feedAnon,thread,search,searchNaive,typename,typenameAnon')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** The first place where two JSON values differ, as a path. */
function firstDifference(a: unknown, b: unknown, at = 'data'): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    if (JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b)))
      return `${at}: keys ${JSON.stringify(Object.keys(a))} vs ${JSON.stringify(Object.keys(b))}`;
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

interface Scenario {
  name: string;
  signedIn: boolean;
  /** The request body of the n-th request. */
  body: (n: number) => string;
  /** The other side of the ratio, if not the baseline answering the same documents. */
  baselineBody?: (n: number) => string;
}

const median = (values: number[]) => {
  const s = [...values].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function medianResult(results: LoadResult[]): LoadResult {
  const m = (f: (r: LoadResult) => number | null) => {
    const values = results.map(f).filter((v): v is number => v !== null);
    return values.length ? median(values) : null;
  };
  return {
    ...results[0],
    rps: m((r) => r.rps)!,
    p50: m((r) => r.p50)!,
    p99: m((r) => r.p99)!,
    requests: results.reduce((n, r) => n + r.requests, 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    socketErrors: results.reduce((n, r) => n + r.socketErrors, 0),
    gqlErrors: results.reduce((n, r) => n + r.gqlErrors, 0),
    sampled: results.reduce((n, r) => n + r.sampled, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
    peakRssMb: Math.max(...results.map((r) => r.peakRssMb ?? 0)) || null,
    cpuMsPerRequest: m((r) => r.cpuMsPerRequest),
    dbCpuMsPerRequest: m((r) => r.dbCpuMsPerRequest),
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const dist = path.resolve(__dirname, '..');
  const krisenfest = new Server(
    'Krisenfest',
    o.krisenfestMain ?? path.join(dist, 'apps/api/src/main.js'),
    {
      DATABASE_URL: o.databaseUrl,
      NODE_ENV: 'production',
      JWT_SECRET,
      SEED: '0',
      QUERY_STATS: '1',
      PORT: String(KRISENFEST_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      NEW_ACCOUNT_HOURS: '0',
    },
    `http://127.0.0.1:${KRISENFEST_PORT}/graphql`,
    o.nodeOptions,
  );
  const baseline = new Server(
    'baseline',
    path.join(dist, 'bench/baseline/server.js'),
    {
      DATABASE_URL: o.databaseUrl,
      JWT_SECRET,
      PORT: String(BASELINE_PORT),
    },
    `http://127.0.0.1:${BASELINE_PORT}/graphql`,
  );
  try {
    await Promise.all([krisenfest.ready(), baseline.ready()]);

    const email = `bench-compare-${Date.now().toString(36)}@example.org`;
    const registered = await post(krisenfest.url, REGISTER, {
      input: { email, password: 'bench-password-123', displayName: 'Vergleich Nutzerin' },
    });
    const token = (registered.data as { register?: { accessToken: string } } | undefined)?.register?.accessToken;
    if (!token) throw new Error(`register failed: ${JSON.stringify(registered.errors ?? registered)}`);

    // The feed's cursors, then thread ids: the feed's threads and the busiest ones.
    const cursors: (string | null)[] = [null];
    for (let i = 1; i < FEED_PAGES; i++) {
      const page = await post(krisenfest.url, FEED, { after: cursors[i - 1] }, token);
      cursors.push((page.data as { experiences: { pageInfo: { endCursor: string } } }).experiences.pageInfo.endCursor);
    }
    const threadIds: string[] = [];
    let after: string | null = null;
    while (threadIds.length < THREAD_PAGES - 50) {
      const page = await post(krisenfest.url, FEED_THREADS, { after }, token);
      const conn = (page.data as { experiences: { edges: { node: { thread: { id: string } } }[]; pageInfo: { endCursor: string | null } } })
        .experiences;
      threadIds.push(...conn.edges.map((e) => e.node.thread.id));
      after = conn.pageInfo.endCursor;
      if (!after) break;
    }
    const db = new Client({ connectionString: o.databaseUrl });
    await db.connect();
    const busy = await db.query<{ id: string }>(
      `SELECT id FROM thread WHERE published AND visibility = 'PUBLIC' ORDER BY comment_count DESC LIMIT 50`,
    );
    const dataset = await db.query<{ experiences: string; comments: string }>(
      `SELECT (SELECT count(*) FROM experience) AS experiences, (SELECT count(*) FROM comment) AS comments`,
    );
    await db.end();
    busy.rows.forEach((r, i) =>
      threadIds.splice(Math.min(threadIds.length, i * 4), 0, Buffer.from(`Thread:${r.id}`).toString('base64url')),
    );
    threadIds.length = Math.min(threadIds.length, THREAD_PAGES);

    // Equivalence: the documents of the scenarios that run must give the same data on both sides.
    const runs = (...keys: string[]) => keys.some((k) => o.scenarios.includes(k));
    const checks: { what: string; query: string; variables: Record<string, unknown>; token?: string }[] = [
      ...(runs('feed', 'feedAnon')
        ? cursors.map((c, i) => ({ what: `feed page ${i + 1}`, query: FEED, variables: { after: c }, token }))
        : []),
      ...(runs('feedAnon') ? [{ what: 'anonymous feed', query: FEED, variables: { after: null } }] : []),
      ...(runs('thread') ? threadIds.map((id) => ({ what: `thread ${id}`, query: THREAD_PAGE, variables: { id }, token })) : []),
      ...(runs('search', 'searchNaive')
        ? SEARCH_QUERIES.map((q) => ({ what: `search "${q}"`, query: SEARCH, variables: { q }, token }))
        : []),
    ];
    for (const c of checks) {
      const [k, b] = await Promise.all([
        post(krisenfest.url, c.query, c.variables, c.token),
        post(baseline.url, c.query, c.variables, c.token),
      ]);
      if (k.errors) throw new Error(`Krisenfest refused the ${c.what}: ${k.errors[0].message}`);
      const difference = firstDifference(k.data, b.data);
      if (difference) throw new Error(`Krisenfest and the baseline disagree on the ${c.what}: ${difference}`);
    }
    const count = (query: string) => checks.filter((c) => c.query === query).length;
    console.log(
      `equivalent data for ${checks.length} requests (${count(FEED)} feed pages, ${count(THREAD_PAGE)} thread pages, ${count(SEARCH)} searches)`,
    );

    const json = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    const feedBodies = cursors.map((c) => json(FEED, { after: c }));
    const scenarios: Record<string, Scenario> = {
      feed: { name: 'feed, signed in', signedIn: true, body: (n) => feedBodies[n % feedBodies.length] },
      feedAnon: { name: 'feed, anonymous', signedIn: false, body: () => feedBodies[0] },
      thread: {
        name: 'thread page (50 comments × 10 replies)',
        signedIn: true,
        body: (n) => json(THREAD_PAGE, { id: threadIds[n % threadIds.length] }),
      },
      search: {
        name: `search (${SEARCH_QUERIES.length} German queries)`,
        signedIn: true,
        body: (n) => json(SEARCH, { q: SEARCH_QUERIES[n % SEARCH_QUERIES.length] }),
      },
      searchNaive: {
        name: 'search vs. naive ts_rank over all matches (raw)',
        signedIn: true,
        body: (n) => json(SEARCH, { q: SEARCH_QUERIES[n % SEARCH_QUERIES.length] }),
        baselineBody: (n) => json(SEARCH_NAIVE, { q: SEARCH_QUERIES[n % SEARCH_QUERIES.length] }),
      },
      typename: { name: '{ __typename }, signed in', signedIn: true, body: () => json(TYPENAME) },
      typenameAnon: { name: '{ __typename }, anonymous', signedIn: false, body: () => json(TYPENAME) },
    };

    const rows: { scenario: Scenario; k: LoadResult; b: LoadResult; kSql: number | null; bSql: number | null }[] = [];
    for (const key of o.scenarios) {
      const scenario = scenarios[key];
      if (!scenario) throw new Error(`unknown scenario ${key} (known: ${Object.keys(scenarios).join(', ')})`);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        ...(scenario.signedIn ? { authorization: `Bearer ${token}` } : {}),
      };
      const sqlOf = async (server: Server, body: string) => {
        const r = await fetch(server.url, { method: 'POST', headers, body }).then((res) => res.json() as Promise<GqlBody>);
        return typeof r.extensions?.sqlStatements === 'number' ? r.extensions.sqlStatements : null;
      };
      const kSql = await sqlOf(krisenfest, scenario.body(0));
      const bSql = await sqlOf(baseline, (scenario.baselineBody ?? scenario.body)(0));
      const k: LoadResult[] = [];
      const b: LoadResult[] = [];
      for (let round = 0; round < o.rounds; round++) {
        const load = { headers, duration: o.duration, connections: o.connections, warmup: o.warmup };
        k.push(await measureLoad({ ...load, url: krisenfest.url, body: scenario.body, serverPid: krisenfest.pid }));
        b.push(await measureLoad({ ...load, url: baseline.url, body: scenario.baselineBody ?? scenario.body, serverPid: baseline.pid }));
        process.stdout.write(
          `${scenario.name}, round ${round + 1}: Krisenfest ${k.at(-1)!.rps.toFixed(0)} req/s, baseline ${b.at(-1)!.rps.toFixed(0)} req/s\n`,
        );
      }
      rows.push({ scenario, k: medianResult(k), b: medianResult(b), kSql, bSql });
    }

    const f = (n: number | null, d = 0) => (n === null ? 'n/a' : n.toFixed(d));
    const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : (a / b).toFixed(2));
    console.log(
      `\nMachine: ${os.cpus().length} cores; dataset ${dataset.rows[0].experiences} experiences, ${dataset.rows[0].comments} comments.`,
    );
    console.log(
      `${o.duration} s per run after ${o.warmup} s warm-up, ${o.connections} connections, median of ${o.rounds} rounds (Krisenfest and the baseline in turn).\n`,
    );
    console.log(
      '| scenario | Krisenfest req/s | baseline req/s | ratio | p50 ms K / raw | p99 ms K / raw | server CPU ms/request K / raw | DB CPU ms/request K / raw | SQL statements K / raw | peak RSS MB K / raw | errors K / raw |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { scenario, k, b, kSql, bSql } of rows) {
      const errors = (r: LoadResult) => r.non2xx + r.socketErrors + r.gqlErrors;
      console.log(
        `| ${scenario.name} | ${f(k.rps)} | ${f(b.rps)} | ${ratio(k.rps, b.rps)} | ${f(k.p50)} / ${f(b.p50)} | ${f(k.p99)} / ${f(b.p99)} | ` +
          `${f(k.cpuMsPerRequest, 2)} / ${f(b.cpuMsPerRequest, 2)} | ${f(k.dbCpuMsPerRequest, 2)} / ${f(b.dbCpuMsPerRequest, 2)} | ${f(kSql)} / ${f(bSql)} | ` +
          `${f(k.peakRssMb)} / ${f(b.peakRssMb)} | ${errors(k)} / ${errors(b)} |`,
      );
      for (const [side, r] of [
        ['Krisenfest', k],
        ['baseline', b],
      ] as const)
        if (r.firstError) console.log(`  first error (${side}): ${r.firstError}`);
    }
    console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await Promise.all([krisenfest.stop(), baseline.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
