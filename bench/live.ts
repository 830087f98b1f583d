/**
 * Live updates side by side: N subscribers on one thread and a writer posting comments, on Krisenfest
 * (graphql-ws, one API process, production mode) and on a raw node:http + ws + pg server doing the same work
 * (bench/baseline/live-server.ts). Prints delivery latency (from posting to each subscriber's receipt) p50/p99 and
 * the server's RSS per 1 000 idle subscriptions.
 *
 *   npm run bench:live -- --database-url postgres://postgres@127.0.0.1:5432/krisenfest_bench
 *        [--subscribers 1000] [--comments 100] [--interval-ms 100] [--redis-url redis://127.0.0.1:6379]
 *
 * It writes comments (and a user and a thread) into the database: use the bench database or a throw-away one.
 */
import * as path from 'node:path';
import { Client as PgClient } from 'pg';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { postGraphQL, RssSampler } from './measure';
import { Server } from './server-process';

const JWT_SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuv';
const KRISENFEST_PORT = 4160;
const BASELINE_PORT = 4201;
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }';
const CREATE_THREAD = 'mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }';
const ADD_COMMENT = 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }';
const COMMENT_ADDED =
  'subscription($threadId: ID!) { commentAdded(threadId: $threadId) { eventId comment { body author { displayName } } } }';

interface Options {
  databaseUrl: string;
  redisUrl?: string;
  subscribers: number;
  comments: number;
  intervalMs: number;
}

interface Result {
  name: string;
  p50: number;
  p99: number;
  delivered: number;
  expected: number;
  rssPer1000Kb: number;
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(
        'usage: npm run bench:live -- --database-url URL [--subscribers 1000] [--comments 100] [--interval-ms 100] [--redis-url URL]',
      );
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
    redisUrl: flags.get('redis-url'),
    subscribers: num('subscribers', 1000),
    comments: num('comments', 100),
    intervalMs: num('interval-ms', 100),
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts `comments` comments at `intervalMs`; each carries its send time, each receipt records its latency. */
async function drive(o: Options, post: (body: string) => Promise<void>, latencies: number[]): Promise<void> {
  for (let i = 0; i < o.comments; i++) {
    await post(`bench ${i} sent ${performance.now().toFixed(3)}`);
    await sleep(o.intervalMs);
  }
  // Late deliveries.
  const expected = o.comments * o.subscribers;
  for (let i = 0; i < 100 && latencies.length < expected; i++) await sleep(100);
}

function summary(name: string, o: Options, latencies: number[], rssGrowthKb: number): Result {
  latencies.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    delivered: latencies.length,
    expected: o.comments * o.subscribers,
    rssPer1000Kb: (rssGrowthKb / o.subscribers) * 1000,
  };
}

const latencyOf = (body: string) => performance.now() - Number(/sent ([\d.]+)/.exec(body)?.[1]);

async function krisenfest(o: Options): Promise<Result> {
  const url = `http://127.0.0.1:${KRISENFEST_PORT}/graphql`;
  const server = new Server(
    'Krisenfest',
    path.resolve(__dirname, '../apps/api/src/main.js'),
    {
      DATABASE_URL: o.databaseUrl,
      NODE_ENV: 'production',
      JWT_SECRET,
      SEED: '0',
      PORT: String(KRISENFEST_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_IP_PER_MINUTE: '0',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      NEW_ACCOUNT_HOURS: '0',
      ...(o.redisUrl ? { REDIS_URL: o.redisUrl } : {}),
    },
    url,
  );
  await server.ready();
  const clients: Client[] = [];
  try {
    const email = `live-bench-${Date.now()}@example.org`;
    const registered = await postGraphQL(url, REGISTER, { input: { email, password: 'correct horse battery', displayName: 'Live Bench' } });
    const token = (registered.data as { register: { accessToken: string } }).register.accessToken;
    const thread = await postGraphQL(url, CREATE_THREAD, { input: { title: 'Live-Bench', body: 'Kommentare für die Messung.' } }, token);
    const threadId = (thread.data as { createThread: { thread: { id: string } } }).createThread.thread.id;

    const rss = new RssSampler(server.pid);
    await sleep(1000);
    const before = rss.hwmKb() ?? 0;
    const latencies: number[] = [];
    let subscribed = 0;
    for (let i = 0; i < o.subscribers; i++) {
      const client = createClient({ url: url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<{ commentAdded: { comment: { body: string } } }>(
        { query: COMMENT_ADDED, variables: { threadId } },
        { next: (r) => latencies.push(latencyOf(r.data!.commentAdded.comment.body)), error: () => undefined, complete: () => undefined },
      );
      client.on('connected', () => (subscribed += 1));
    }
    while (subscribed < o.subscribers) await sleep(100);
    await sleep(3000);
    const after = rss.hwmKb() ?? 0;
    await drive(
      o,
      async (body) => {
        const r = await postGraphQL(url, ADD_COMMENT, { input: { threadId, body } }, token);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      },
      latencies,
    );
    return summary('Krisenfest', o, latencies, after - before);
  } finally {
    for (const client of clients) await client.dispose();
    await server.stop();
  }
}

async function baseline(o: Options): Promise<Result> {
  const server = new Server(
    'baseline',
    path.resolve(__dirname, 'baseline/live-server.js'),
    {
      DATABASE_URL: o.databaseUrl,
      PORT: String(BASELINE_PORT),
    },
    `http://127.0.0.1:${BASELINE_PORT}`,
  );
  const db = new PgClient({ connectionString: o.databaseUrl });
  await db.connect();
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < 100; i++) {
      const up = await fetch(`http://127.0.0.1:${BASELINE_PORT}/`).then(
        () => true,
        () => false,
      );
      if (up) break;
      await sleep(100);
    }
    // The thread and author the Krisenfest run created.
    const [{ thread_id: threadId, author_id: authorId }] = (
      await db.query(`SELECT t.id AS thread_id, t.author_id FROM thread t WHERE t.title = 'Live-Bench' ORDER BY t.created_at DESC LIMIT 1`)
    ).rows as { thread_id: string; author_id: string }[];
    const rss = new RssSampler(server.pid);
    await sleep(1000);
    const before = rss.hwmKb() ?? 0;
    const latencies: number[] = [];
    let ready = 0;
    for (let i = 0; i < o.subscribers; i++) {
      const socket = new WebSocket(`ws://127.0.0.1:${BASELINE_PORT}/live?thread=${threadId}`);
      sockets.push(socket);
      socket.on('message', (message: Buffer) => {
        const parsed = JSON.parse(message.toString()) as { ready?: boolean; commentAdded?: { comment: { body: string } } };
        if (parsed.ready) ready += 1;
        else latencies.push(latencyOf(parsed.commentAdded!.comment.body));
      });
    }
    while (ready < o.subscribers) await sleep(100);
    await sleep(3000);
    const after = rss.hwmKb() ?? 0;
    await drive(
      o,
      async (body) => {
        const r = await fetch(`http://127.0.0.1:${BASELINE_PORT}/comment`, {
          method: 'POST',
          body: JSON.stringify({ threadId, authorId, body }),
        });
        if (!r.ok) throw new Error(await r.text());
      },
      latencies,
    );
    return summary('raw baseline', o, latencies, after - before);
  } finally {
    for (const socket of sockets) socket.close();
    await db.end();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  console.log(
    `live: ${o.subscribers} subscribers on one thread, ${o.comments} comments every ${o.intervalMs} ms${o.redisUrl ? ', through Redis' : ''}`,
  );
  const k = await krisenfest(o);
  const b = await baseline(o);
  const row = (r: Result) =>
    `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.delivered}/${r.expected} | ${(r.rssPer1000Kb / 1024).toFixed(1)} MB |`;
  console.log('\n| server | latency p50 (ms) | p99 (ms) | delivered | RSS per 1 000 idle subscriptions |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(row(k));
  console.log(row(b));
  console.log(
    `\nKrisenfest / baseline: p50 ${(k.p50 / b.p50).toFixed(2)} ×, p99 ${(k.p99 / b.p99).toFixed(2)} ×, RSS per subscription ${(k.rssPer1000Kb / b.rssPer1000Kb).toFixed(2)} ×`,
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
