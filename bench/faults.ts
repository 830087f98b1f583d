/**
 * Fault probes against a production-mode Krisenfest, longer than the fault tests in CI:
 *
 *   npm run bench:faults -- --database-url postgres://postgres@127.0.0.1:5432/krisenfest_bench
 *        [--probes lock,search,restart,redis,slowbody,startup,sigterm,soak] [--lock-seconds 20]
 *        [--restart-command "pg_ctlcluster 15 main restart"] [--writers 16] [--write-seconds 30] [--soak-seconds 120]
 *
 * Each probe starts its own API process on the database (rate limits off), does what its name says and prints what
 * clients saw: answers by HTTP status and error code, how long they waited, lost or duplicated writes, RSS. The
 * `restart` probe restarts PostgreSQL with --restart-command (it needs a server you may restart); `redis` starts a
 * redis-server of its own. It writes comments to the database: use a bench or throw-away database.
 */
import { ChildProcess, exec, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
import { FEED, FEED_THREADS, REGISTER, SEARCH, SEARCH_QUERIES, THREAD_PAGE, TYPENAME } from './documents';
import { measureLoad, postGraphQL, RssSampler } from './measure';
import { Server } from './server-process';

const JWT_SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuv';
const PORT = 4150;
const MUNICIPALITIES = '{ municipalities(first: 5) { nodes { name } } }';
const VIEWER = '{ viewer { id } }';
/** Nest's coloured log prefixes. */
const ANSI_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const ADD_COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }';

interface Options {
  databaseUrl: string;
  probes: string[];
  lockSeconds: number;
  restartCommand?: string;
  writers: number;
  writeSeconds: number;
  soakSeconds: number;
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: npm run bench:faults -- --database-url URL [--probes a,b] [--lock-seconds 20] [--restart-command CMD]');
      console.log('  [--writers 16] [--write-seconds 30] [--soak-seconds 120]   (see bench/README.md)');
      process.exit(0);
    }
    if (!argv[i].startsWith('--')) throw new Error(`unexpected argument ${argv[i]}`);
    flags.set(argv[i].slice(2), argv[++i] ?? '');
  }
  const databaseUrl = flags.get('database-url') ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('--database-url is required');
  const num = (k: string, d: number) => (flags.has(k) ? Number(flags.get(k)) : d);
  return {
    databaseUrl,
    probes: (flags.get('probes') ?? 'lock,search,redis,slowbody,startup,sigterm,soak').split(',').filter(Boolean),
    lockSeconds: num('lock-seconds', 20),
    restartCommand: flags.get('restart-command'),
    writers: num('writers', 16),
    writeSeconds: num('write-seconds', 30),
    soakSeconds: num('soak-seconds', 120),
  };
}

function startApi(o: Options, env: Record<string, string> = {}): Server {
  return new Server(
    'Krisenfest',
    path.resolve(__dirname, '../apps/api/src/main.js'),
    {
      DATABASE_URL: o.databaseUrl,
      NODE_ENV: 'production',
      JWT_SECRET,
      SEED: '0',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      NEW_ACCOUNT_HOURS: '0',
      ...env,
    },
    `http://127.0.0.1:${PORT}/graphql`,
    ['--max-old-space-size=192'],
  );
}

/** One request as a client sees it: HTTP status (0: no answer), error codes, Retry-After, time. */
interface Seen {
  status: number;
  codes: string[];
  retryAfter: number | null;
  ms: number;
  body: unknown;
}

async function ask(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Seen> {
  const started = Date.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(120_000),
    });
    const text = await res.text();
    let body: { errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: counted by its status
    }
    const retryAfter = res.headers.get('retry-after');
    return {
      status: res.status,
      codes: (body.errors ?? []).map((e) => String(e.extensions?.code)),
      retryAfter: retryAfter === null ? null : Number(retryAfter),
      ms: Date.now() - started,
      body,
    };
  } catch (error) {
    return { status: 0, codes: [(error as Error).name], retryAfter: null, ms: Date.now() - started, body: null };
  }
}

/** Answers by status and code, with the slowest and the median wait. */
function summary(seen: Seen[]): string {
  const by = new Map<string, number>();
  for (const s of seen) {
    const key = `${s.status}${s.codes.length ? ` ${[...new Set(s.codes)].join('+')}` : ''}`;
    by.set(key, (by.get(key) ?? 0) + 1);
  }
  const ms = seen.map((s) => s.ms).sort((a, b) => a - b);
  const p50 = ms[Math.floor(ms.length / 2)] ?? 0;
  const withRetry = seen.filter((s) => s.status === 503 && s.retryAfter).length;
  const of503 = seen.filter((s) => s.status === 503).length;
  return (
    `${seen.length} answers: ${[...by].map(([k, n]) => `${n} × ${k}`).join(', ')}; p50 ${p50} ms, max ${ms.at(-1) ?? 0} ms` +
    (of503 ? `; Retry-After on ${withRetry} of ${of503} 503s` : '')
  );
}

/** Sends `query` in a loop until `until`, `parallel` at a time. */
async function loop(until: number, parallel: number, send: () => Promise<Seen>): Promise<Seen[]> {
  const seen: Seen[] = [];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (Date.now() < until) seen.push(await send());
    }),
  );
  return seen;
}

async function signUp(url: string): Promise<string> {
  const r = await postGraphQL(url, REGISTER, {
    input: {
      email: `faults-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.org`,
      password: 'bench-password-123',
      displayName: 'Fehler Probe',
    },
  });
  const token = (r.data as { register?: { accessToken: string } } | undefined)?.register?.accessToken;
  if (!token) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
  return token;
}

async function someThreadIds(url: string, token: string): Promise<string[]> {
  const page = await postGraphQL(url, FEED_THREADS, { after: null }, token);
  return (page.data as { experiences: { edges: { node: { thread: { id: string } } }[] } }).experiences.edges.map((e) => e.node.thread.id);
}

async function withApi<T>(o: Options, env: Record<string, string>, work: (api: Server, token: string) => Promise<T>): Promise<T> {
  const api = startApi(o, env);
  try {
    await api.ready();
    return await work(api, await signUp(api.url));
  } finally {
    await api.stop();
  }
}

const probes: Record<string, (o: Options) => Promise<void>> = {
  /** LOCK TABLE comment held for --lock-seconds while thread pages, a public list and `viewer` are asked for. */
  async lock(o) {
    await withApi(o, {}, async (api, token) => {
      const threads = await someThreadIds(api.url, token);
      const operator = new Client({ connectionString: o.databaseUrl });
      await operator.connect();
      await operator.query('BEGIN');
      await operator.query('LOCK TABLE comment IN ACCESS EXCLUSIVE MODE');
      const until = Date.now() + o.lockSeconds * 1000;
      let n = 0;
      const [pages, lists, viewers] = await Promise.all([
        loop(until, 16, () => ask(api.url, THREAD_PAGE, { id: threads[n++ % threads.length] }, token)),
        loop(until, 2, () => ask(api.url, MUNICIPALITIES)),
        loop(until, 2, () => ask(api.url, VIEWER, {}, token)),
      ]);
      await operator.query('ROLLBACK');
      await operator.end();
      console.log(`lock (LOCK TABLE comment held ${o.lockSeconds} s):`);
      console.log(`  thread pages:    ${summary(pages)}`);
      console.log(`  municipalities:  ${summary(lists)}`);
      console.log(`  viewer (signed in): ${summary(viewers)}`);
    });
  },

  /** 300 concurrent anonymous searches, with `{ __typename }` and `viewer` asked meanwhile. */
  async search(o) {
    await withApi(o, {}, async (api, token) => {
      const searches = Array.from({ length: 300 }, (_, i) => ask(api.url, SEARCH, { q: SEARCH_QUERIES[i % SEARCH_QUERIES.length] }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const cheap = Promise.all(Array.from({ length: 20 }, () => ask(api.url, TYPENAME)));
      const viewers = Promise.all(Array.from({ length: 20 }, () => ask(api.url, VIEWER, {}, token)));
      console.log('search burst (300 concurrent anonymous searches):');
      console.log(`  searches:        ${summary(await Promise.all(searches))}`);
      console.log(`  { __typename }:  ${summary(await cheap)}`);
      console.log(`  viewer:          ${summary(await viewers)}`);
    });
  },

  /** --writers clients add comments with idempotency keys, retrying refusals, while PostgreSQL restarts. */
  async restart(o) {
    if (!o.restartCommand) throw new Error('the restart probe needs --restart-command (e.g. "pg_ctlcluster 15 main restart")');
    await withApi(o, {}, async (api, token) => {
      const [threadId] = await someThreadIds(api.url, token);
      const run = Date.now().toString(36);
      const until = Date.now() + o.writeSeconds * 1000;
      const acknowledged = new Set<string>();
      const seen: Seen[] = [];
      let restartedAt = 0;
      let firstErrorAt = 0;
      let recoveredAt = 0;
      // Not execSync: the writers must go on while the command runs.
      const restart = new Promise<void>((resolve, reject) =>
        setTimeout(
          () => {
            restartedAt = Date.now();
            exec(o.restartCommand!, (error) => (error ? reject(error) : resolve()));
          },
          (o.writeSeconds * 1000) / 3,
        ),
      );
      await Promise.all(
        Array.from({ length: o.writers }, async (_, w) => {
          for (let i = 0; Date.now() < until; i++) {
            const input = { threadId, body: `fault-${run}-${w}-${i}`, idempotencyKey: `fault-${run}-${w}-${i}` };
            for (let attempt = 0; attempt < 60; attempt++) {
              const s = await ask(api.url, ADD_COMMENT, { input }, token);
              seen.push(s);
              const id = (s.body as { data?: { addComment?: { comment: { id: string } } } } | null)?.data?.addComment?.comment.id;
              if (s.status === 200 && id) {
                acknowledged.add(id);
                if (firstErrorAt && !recoveredAt) recoveredAt = Date.now();
                break;
              }
              firstErrorAt ||= Date.now();
              // A fifth of Retry-After: the probe retries sooner than a polite client, to find the end of the outage.
              await new Promise((resolve) => setTimeout(resolve, Math.min(5, s.retryAfter ?? 1) * 200));
            }
          }
        }),
      );
      await restart;
      const db = new Client({ connectionString: o.databaseUrl });
      await db.connect();
      const [row] = (
        await db.query<{ n: number; distinct_bodies: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT body)::int AS distinct_bodies FROM comment WHERE body LIKE $1`,
          [`fault-${run}-%`],
        )
      ).rows;
      await db.end();
      console.log(`restart (${o.writers} writers for ${o.writeSeconds} s, PostgreSQL restarted after ${o.writeSeconds / 3} s):`);
      console.log(`  requests: ${summary(seen)}`);
      console.log(
        `  acknowledged ${acknowledged.size}, stored ${row.n} (${row.distinct_bodies} distinct): lost ${acknowledged.size - row.distinct_bodies}, duplicated ${row.n - row.distinct_bodies}`,
      );
      if (restartedAt && recoveredAt)
        console.log(`  writes succeeded again ${((recoveredAt - restartedAt) / 1000).toFixed(1)} s after the restart began`);
      const logged = api.output.split('\n').filter((l) => /"level":(40|50|60)/.test(l));
      console.log(`  the API logged ${logged.length} warning/error lines:`);
      for (const l of logged.slice(0, 5)) console.log(`    ${l.slice(0, 240)}`);
    });
  },

  /** A redis-server of the probe's own, frozen (SIGSTOP) and then stopped, while a client asks in a loop. */
  async redis(o) {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const redis: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      await withApi(
        o,
        { REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_IP_PER_MINUTE: '1000000', RATE_LIMIT_USER_PER_MINUTE: '1000000' },
        async (api) => {
          const phase = async (name: string) => {
            const seen = await loop(Date.now() + 5000, 1, () => ask(api.url, MUNICIPALITIES));
            console.log(`  ${name.padEnd(16)} ${(seen.length / 5).toFixed(0)} req/s; ${summary(seen)}`);
          };
          console.log('redis (one client in a loop, 5 s each):');
          await phase('Redis up');
          redis.kill('SIGSTOP');
          await phase('Redis frozen');
          redis.kill('SIGCONT');
          redis.kill('SIGKILL');
          await phase('Redis stopped');
        },
      );
    } finally {
      redis.kill('SIGKILL');
    }
  },

  /** 20 sockets send headers and part of a body, then nothing; how long until the server closes them. */
  async slowbody(o) {
    await withApi(o, { HTTP_REQUEST_TIMEOUT_MS: '10000' }, async () => {
      const started = Date.now();
      const closed = await Promise.all(
        Array.from(
          { length: 20 },
          () =>
            new Promise<{ ms: number; status: string }>((resolve) => {
              const socket = net.connect(PORT, '127.0.0.1', () =>
                socket.write(
                  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":',
                ),
              );
              let answer = '';
              socket.on('data', (d) => (answer += d.toString()));
              socket.on('error', () => undefined);
              socket.on('close', () => resolve({ ms: Date.now() - started, status: answer.split('\r\n')[0] || '(nothing)' }));
            }),
        ),
      );
      const ms = closed.map((c) => c.ms).sort((a, b) => a - b);
      console.log(
        `slow body (HTTP_REQUEST_TIMEOUT_MS=10000): 20 sockets closed after ${ms[0]}–${ms.at(-1)} ms; answers: ${[...new Set(closed.map((c) => c.status))].join(', ')}`,
      );
    });
  },

  /** The API started against a database that does not answer. */
  async startup(o) {
    const url = new URL(o.databaseUrl);
    url.port = '1';
    const api = startApi({ ...o, databaseUrl: url.toString() }, { STARTUP_DATABASE_WAIT_MS: '5000', LOG_LEVEL: 'info' });
    const code = await new Promise<number | null>((resolve) => api.process.once('exit', resolve));
    const lines = api.output.split('\n').filter((l) => /database|Database/.test(l));
    console.log(`startup (database down, STARTUP_DATABASE_WAIT_MS=5000): exit ${code}; ${lines.length} lines:`);
    for (const l of lines) console.log(`  ${l.replace(ANSI_COLOURS, '').slice(0, 200)}`);
  },

  /** SIGTERM while 32 clients load the feed. */
  async sigterm(o) {
    const api = startApi(o, { LOG_LEVEL: 'info' });
    await api.ready();
    const token = await signUp(api.url);
    const until = Date.now() + 60_000;
    const load = loop(until, 32, () => ask(api.url, FEED, { after: null }, token));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const stoppedAt = Date.now();
    api.process.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => api.process.once('exit', resolve));
    const exitedAfter = Date.now() - stoppedAt;
    const seen = await load;
    const answeredAfter = seen.filter((s) => s.status === 200).length;
    console.log(
      `sigterm (under 32 clients loading the feed): exit ${code} after ${exitedAfter} ms; ${summary(seen)} (200s: ${answeredAfter})`,
    );
    for (const l of api.output.split('\n').filter((l) => /Shutdown/.test(l))) console.log(`  ${l.replace(ANSI_COLOURS, '').slice(0, 240)}`);
  },

  /** --soak-seconds of mixed load (feed, thread pages, search, comments); RSS every second. */
  async soak(o) {
    await withApi(o, {}, async (api, token) => {
      const threads = await someThreadIds(api.url, token);
      const rss: number[] = [];
      const sampler = new RssSampler(api.pid);
      const timer = setInterval(() => {
        sampler.start();
        rss.push(sampler.peakRssKb / 1024);
        sampler.stop();
      }, 1000);
      let n = 0;
      const body = () => {
        const i = n++;
        switch (i % 10) {
          case 0:
            return JSON.stringify({ query: SEARCH, variables: { q: SEARCH_QUERIES[i % SEARCH_QUERIES.length] } });
          case 1:
            return JSON.stringify({
              query: ADD_COMMENT,
              variables: { input: { threadId: threads[i % threads.length], body: `Soak ${i}` } },
            });
          case 2:
          case 3:
          case 4:
            return JSON.stringify({ query: FEED, variables: { after: null } });
          default:
            return JSON.stringify({ query: THREAD_PAGE, variables: { id: threads[i % threads.length] } });
        }
      };
      const result = await measureLoad({
        url: api.url,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        duration: o.soakSeconds,
        connections: 16,
        warmup: 0,
        serverPid: api.pid,
      });
      clearInterval(timer);
      const minute = (m: number) => rss.slice(m * 60, (m + 1) * 60);
      const minutes = Array.from({ length: Math.ceil(rss.length / 60) }, (_, m) => Math.max(...minute(m)).toFixed(0));
      console.log(
        `soak (${o.soakSeconds} s, 16 connections, mixed): ${result.requests} requests (${result.rps.toFixed(0)}/s), non-2xx ${result.non2xx}, socket errors ${result.socketErrors}, GraphQL errors ${result.gqlErrors}/${result.sampled} sampled`,
      );
      console.log(
        `  RSS MB: min ${Math.min(...rss).toFixed(0)}, max ${Math.max(...rss).toFixed(0)}, last ${rss.at(-1)?.toFixed(0)}; peak per minute ${minutes.join(', ')}`,
      );
    });
  },
};

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  for (const name of o.probes) {
    const probe = probes[name];
    if (!probe) throw new Error(`unknown probe ${name} (known: ${Object.keys(probes).join(', ')})`);
    await probe(o);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
