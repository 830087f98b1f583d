#!/usr/bin/env node
/**
 * A larger hostile-input run against a running server (the CI part is apps/api/test/hostile-input.e2e-spec.ts).
 *
 *   node scripts/hostile-input.js --url http://127.0.0.1:4000/graphql [--seed 20261124] [--count 100000]
 *                                 [--concurrency 4] [--jwt-secret SECRET] [--show 20]
 *
 * Signs up two users, creates a thread, a comment and (if the server has a municipality) an experience,
 * then sends `count` generated requests and prints totals by HTTP status and error code, and every
 * distinct problem (a 5xx, or an error code outside the closed list / INTERNAL_SERVER_ERROR).
 * Exits 0 on a clean run, 1 when there was a problem or the server stopped answering, 2 on bad usage (--help).
 * It writes to the server's database: point it at a throw-away one.
 */
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { randomBytes } = require('node:crypto');
const swc = require('@swc/core');
const { swcOptions } = require('./swc-options');

// Load the TypeScript generators (shared with the jest suite) through swc.
require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformFileSync(filename, { ...swcOptions(), filename, sourceMaps: false });
  module._compile(code, filename);
};
const fc = require('fast-check');
const gen = require(path.join(__dirname, '../apps/api/test/hostile-input/generators.ts'));

const USAGE = `usage: node scripts/hostile-input.js --url http://127.0.0.1:4000/graphql [options]

Sends generated hostile requests to a running Krisenfest server (point it at a throw-away database: it signs up
users and writes a thread, a comment and maybe an experience) and reports every 5xx, every error code outside the
closed list and INTERNAL_SERVER_ERROR. Exits 0 on a clean run, 1 on problems, 2 on bad usage or setup failure.

  --url URL            the server's /graphql (required)
  --count N            requests to send (default 100000)
  --seed N             fast-check seed (default 20261124); the same seed sends the same requests
  --concurrency N      requests in flight at once (default 4)
  --jwt-secret SECRET  the server's JWT_SECRET, for forged tokens that are validly signed but wrong
  --show N             how many distinct problems to print (default 20)
  --help               this text`;

/** A usage mistake: one line and exit 2, no stack trace. */
class UsageError extends Error {}

function parseArgs(argv) {
  const o = { seed: 20261124, count: 100000, concurrency: 4, show: 20 };
  const known = new Set(['url', 'seed', 'count', 'concurrency', 'show', 'jwtSecret']);
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--help' || argv[i] === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const key = argv[i].replace(/^--/, '').replace(/-(\w)/g, (_, c) => c.toUpperCase());
    if (!argv[i].startsWith('--') || !known.has(key)) throw new UsageError(`unknown option ${argv[i]} (see --help)`);
    if (argv[i + 1] === undefined) throw new UsageError(`${argv[i]} needs a value (see --help)`);
    o[key] = argv[i + 1];
  }
  if (!o.url) throw new UsageError('--url http://host:port/graphql is required (see --help)');
  for (const k of ['seed', 'count', 'concurrency', 'show']) {
    o[k] = Number(o[k]);
    if (!Number.isInteger(o[k]) || o[k] < 0) throw new UsageError(`--${k} must be a whole number`);
  }
  return o;
}

function request(base, r, timeoutMs = 30000) {
  const target = new URL(r.url, base);
  const lib = target.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const req = lib.request(
      target,
      { method: r.method, headers: r.headers, agent: lib === http ? agent : undefined, timeout: timeoutMs },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (e) => resolve({ status: 0, body: String(e) }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ status: 0, body: `connection error: ${e.message}` }));
    if (r.payload !== undefined) req.end(r.payload);
    else req.end();
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

async function gql(base, query, variables, token) {
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const { status, body } = await request(base, { method: 'POST', url: base, headers, payload: JSON.stringify({ query, variables }) });
  try {
    return JSON.parse(body);
  } catch {
    throw new Error(`${status}: ${body.slice(0, 300)}`);
  }
}

async function prepare(base, secret) {
  const REGISTER = 'mutation($input: RegisterInput!){ register(input:$input){ accessToken user{ id } } }';
  const users = [];
  for (const name of ['Hostile Anna', 'Hostile Ben']) {
    const email = `hostile-${randomBytes(5).toString('hex')}@example.org`;
    const r = await gql(base, REGISTER, { input: { email, password: 'correct horse battery', displayName: name } });
    if (!r.data) throw new Error(`register failed: ${JSON.stringify(r.errors)}`);
    users.push(r.data.register);
  }
  const [anna, ben] = users;
  const ids = { User: users.map((u) => u.user.id) };
  const thread = await gql(
    base,
    'mutation($i: CreateThreadInput!){ createThread(input:$i){ thread { id } } }',
    { i: { title: 'Sandsäcke', body: 'Wer hat welche?' } },
    anna.accessToken,
  );
  ids.Thread = [thread.data.createThread.thread.id];
  const comment = await gql(
    base,
    'mutation($t: ID!){ addComment(input:{ threadId:$t, body:"Wir." }){ comment { id } } }',
    { t: ids.Thread[0] },
    ben.accessToken,
  );
  ids.Comment = [comment.data.addComment.comment.id];
  const lists = await gql(
    base,
    '{ municipalities(first: 5){ nodes { id } } crises(first: 5){ nodes { id } } volunteerGroups(first: 5){ nodes { id } } seminarSessions(first: 5){ nodes { id series { id } } } experiences(first: 5){ nodes { id thread { id } } } }',
  );
  const d = lists.data ?? {};
  ids.Municipality = (d.municipalities?.nodes ?? []).map((n) => n.id);
  ids.Crisis = (d.crises?.nodes ?? []).map((n) => n.id);
  ids.VolunteerGroup = (d.volunteerGroups?.nodes ?? []).map((n) => n.id);
  ids.SeminarSession = (d.seminarSessions?.nodes ?? []).map((n) => n.id);
  ids.SeminarSeries = (d.seminarSessions?.nodes ?? []).map((n) => n.series.id);
  ids.Experience = (d.experiences?.nodes ?? []).map((n) => n.id);
  ids.Thread.push(...(d.experiences?.nodes ?? []).map((n) => n.thread.id));
  if (ids.Municipality.length) {
    const created = await gql(
      base,
      'mutation($i: CreateExperienceInput!){ createExperience(input:$i){ experience { id } } }',
      {
        i: {
          title: 'Helfer-Shuttle',
          summary: 'Ein Shuttle.',
          hazards: ['FLOOD'],
          phase: 'RESPONSE',
          municipalityId: ids.Municipality[0],
          situation: 'S',
          actions: 'A',
          outcome: 'O',
        },
      },
      anna.accessToken,
    );
    if (created.data) ids.Experience.push(created.data.createExperience.experience.id);
  }
  for (const k of Object.keys(ids)) if (!ids[k].length) delete ids[k];
  return { ids, tokens: [anna.accessToken, ben.accessToken], badTokens: gen.badTokens(secret) };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const base = o.url;
  const ctx = await prepare(base, o.jwtSecret);
  const statuses = new Map();
  const codes = new Map();
  const problems = new Map();
  const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  const started = Date.now();
  let sent = 0;
  let next = 0;
  const CHUNK = 500;

  async function one(r) {
    const { status, body } = await request(base, r);
    sent += 1;
    bump(statuses, status);
    try {
      for (const e of JSON.parse(body).errors ?? []) bump(codes, String(e?.extensions?.code));
    } catch {
      // not JSON
    }
    const found = status === 0 ? [`no answer: ${body}`] : gen.responseProblems(status, body);
    if (found.length) {
      const key = `${r.kind}|${found.join('|').replace(/\d+/g, 'N')}`;
      const seen = problems.get(key);
      if (seen) seen.count += 1;
      else problems.set(key, { count: 1, found, request: gen.describeRequest(r), status, body: body.slice(0, 1000) });
    }
  }

  // Generated in chunks (seed, seed+1, …) so memory stays flat however large the count.
  const arb = gen.hostileRequestArb(ctx);
  for (let chunk = 0; next < o.count; chunk++) {
    const n = Math.min(CHUNK, o.count - next);
    const batch = fc.sample(arb, { seed: o.seed + chunk, numRuns: n });
    next += n;
    let i = 0;
    await Promise.all(
      Array.from({ length: o.concurrency }, async () => {
        while (i < batch.length) await one(batch[i++]);
      }),
    );
    process.stderr.write(`\r${sent}/${o.count} (${(sent / ((Date.now() - started) / 1000)).toFixed(0)}/s)`);
  }
  const alive = await request(base, {
    method: 'POST',
    url: base,
    headers: { 'content-type': 'application/json' },
    payload: '{"query":"{ __typename }"}',
  });
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write('\n');
  console.log(
    `seed ${o.seed}, ${sent} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s), concurrency ${o.concurrency}`,
  );
  console.log('by HTTP status:', Object.fromEntries([...statuses].sort()));
  console.log('by error code: ', Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])));
  console.log(
    `still answering: ${alive.status === 200 && alive.body.includes('"Query"') ? 'yes' : `NO (${alive.status} ${alive.body.slice(0, 200)})`}`,
  );
  console.log(`distinct problems: ${problems.size}`);
  for (const p of [...problems.values()].slice(0, o.show)) {
    console.log(`\n×${p.count} ${p.found.join('; ')}\n  request: ${p.request}\n  response ${p.status}: ${p.body}`);
  }
  agent.destroy();
  process.exitCode = problems.size || alive.status !== 200 ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof UsageError ? e.message : e);
  process.exit(2);
});
