import * as net from 'node:net';
import { Client } from 'pg';
import { ShutdownState } from '@krisenfest/app';
import { createTestApp, graphql, GraphQLResponse, isOutageAnswer, serverUrl, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

/**
 * Faults and overload: every wait is bounded and every outage is a clear, retryable answer (HTTP 503,
 * SERVICE_UNAVAILABLE, Retry-After), while what does not depend on the fault keeps working. The database faults
 * need a PostgreSQL server (TEST_DATABASE_URL): the embedded PGlite has one connection and nothing to lock against.
 */

const THREAD_PAGE = graphql(`
  query FaultsThreadPage($id: ID!) {
    thread(id: $id) {
      title
      comments(first: 10) {
        nodes {
          id
          body
        }
      }
    }
  }
`);

const MUNICIPALITIES = graphql(`
  query FaultsMunicipalities {
    municipalities(first: 5) {
      nodes {
        name
      }
    }
  }
`);

const VIEWER = graphql(`
  query FaultsViewer {
    viewer {
      id
    }
  }
`);

const SEARCH = graphql(`
  query FaultsSearch($q: String!) {
    search(query: $q, first: 5) {
      nodes {
        rank
      }
    }
  }
`);

const ADD_COMMENT = graphql(`
  mutation FaultsAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

const onServer = serverUrl() ? describe : describe.skip;
const SERVER_NOTE = serverUrl() ? '' : ' (SKIPPED: needs TEST_DATABASE_URL, a PostgreSQL server)';

/** An outage answer: 503, SERVICE_UNAVAILABLE with a person's message, and Retry-After in seconds. */
function expectOutageAnswer(response: GraphQLResponse<unknown>): void {
  expect(isOutageAnswer(response.status, response.body)).toBe(true);
  const [error] = response.body.errors!;
  expect(error.message).toMatch(/try again/i);
  expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(error.extensions?.retryAfterSeconds).toBe(Number(response.headers['retry-after']));
}

/** A second connection to the test app's database, for holding locks and ending backends as an operator would. */
async function operatorOf(t: TestApp): Promise<Client> {
  const client = new Client({ connectionString: (t.dataSource.options as { url: string }).url });
  await client.connect();
  return client;
}

onServer(`database faults${SERVER_NOTE}`, () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let threadId: string;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        DB_POOL_SIZE: '4',
        DB_LOCK_TIMEOUT_MS: '300',
        DB_STATEMENT_TIMEOUT_MS: '3000',
        DB_ACQUIRE_TIMEOUT_MS: '2000',
        SEARCH_CONCURRENCY: '1',
        SEARCH_QUEUE_MS: '0',
      },
    });
    await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    anna = await t.signUp('Anna');
    threadId = (await t.make.thread(anna)).id;
    await t.make.comment(anna, threadId);
  });
  afterAll(() => t.close());

  it('a held table lock gives a bounded SERVICE_UNAVAILABLE, and requests that do not need the table still pass', async () => {
    const operator = await operatorOf(t);
    try {
      await operator.query('BEGIN');
      await operator.query('LOCK TABLE comment IN ACCESS EXCLUSIVE MODE');
      // More requests that wait for the lock than the pool has connections: none may hold a connection for long.
      const blocked = Array.from({ length: 8 }, () => t.as(anna).request(THREAD_PAGE, { id: threadId }));
      const others = [t.as(null).request(MUNICIPALITIES), t.as(anna).request(VIEWER)];
      for (const response of await Promise.all(blocked)) expectOutageAnswer(response);
      const [municipalities, viewer] = await Promise.all(others);
      expect(municipalities.body).toEqual({ data: { municipalities: { nodes: [{ name: 'Plochingen' }] } }, extensions: expect.anything() });
      expect(viewer.body.data).toEqual({ viewer: { id: anna.userId } });
      // Answered while the lock is still held: the waits were bounded by the lock timeout, not by the lock.
      expect(
        (
          await operator.query(
            "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock' AND granted",
          )
        ).rows[0].n,
      ).toBeGreaterThan(0);
    } finally {
      await operator.query('ROLLBACK').catch(() => undefined);
      await operator.end();
    }
    expect((await t.as(anna).data(THREAD_PAGE, { id: threadId })).thread.comments.nodes).toHaveLength(1);
  });

  it('a session check that cannot be done is a 503 too, before anything runs', async () => {
    const operator = await operatorOf(t);
    try {
      await operator.query('BEGIN');
      // Signed-in requests read their session from this table first.
      await operator.query('LOCK TABLE user_session IN ACCESS EXCLUSIVE MODE');
      const response = await t.as(anna).request(VIEWER);
      expectOutageAnswer(response);
      expect(response.body.data).toBeUndefined();
      // Nobody signed in needs the session table.
      expect((await t.as(null).request(MUNICIPALITIES)).body.errors).toBeUndefined();
    } finally {
      await operator.query('ROLLBACK').catch(() => undefined);
      await operator.end();
    }
    expect((await t.as(anna).data(VIEWER)).viewer).toEqual({ id: anna.userId });
  });

  it('a burst of searches beyond SEARCH_CONCURRENCY is refused at once, and other requests still pass', async () => {
    const operator = await operatorOf(t);
    try {
      await operator.query('BEGIN');
      await operator.query('LOCK TABLE experience IN ACCESS EXCLUSIVE MODE');
      // The first search takes the only place and waits for the lock; the rest are refused without waiting.
      const searches = Array.from({ length: 6 }, () => t.as(null).request(SEARCH, { q: 'Hochwasser' }));
      const municipalities = await t.as(null).request(MUNICIPALITIES);
      expect(municipalities.body.errors).toBeUndefined();
      const answers = await Promise.all(searches);
      answers.forEach(expectOutageAnswer);
      expect(answers.filter((a) => /Search is very busy/.test(a.body.errors![0].message))).toHaveLength(5);
    } finally {
      await operator.query('ROLLBACK').catch(() => undefined);
      await operator.end();
    }
    expect((await t.as(null).data(SEARCH, { q: 'Hochwasser' })).search.nodes).toEqual([]);
  });
});

onServer(`terminated connections${SERVER_NOTE}`, () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let threadId: string;

  beforeAll(async () => {
    // Long enough a lock timeout that a write is surely still waiting when its connection is ended.
    t = await createTestApp({ env: { DB_POOL_SIZE: '4', DB_LOCK_TIMEOUT_MS: '20000' } });
    anna = await t.signUp('Anna');
    threadId = (await t.make.thread(anna)).id;
  });
  afterAll(() => t.close());

  it('survives its connections being ended, also mid-write: no 500, and every acknowledged write is stored once', async () => {
    const operator = await operatorOf(t);
    const endConnections = () =>
      operator.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      );
    const acknowledged: string[] = [];
    const outages = new Set<number>();
    const cutMidWrite: number[] = [];
    try {
      for (let i = 0; i < 24; i++) {
        const input = { threadId, body: `Rückmeldung ${i} nach dem Verbindungsabbruch`, idempotencyKey: `fault-test-comment-${i}` };
        const send = () => t.as(anna).request(ADD_COMMENT, { input });
        let first: ReturnType<typeof send> | null = null;
        if (i % 3 === 1) {
          // The write waits for the thread's row (its comment count) while its connection is ended, as in a failover.
          cutMidWrite.push(i);
          await operator.query('BEGIN');
          await operator.query('SELECT 1 FROM thread WHERE id = $1 FOR UPDATE', [uuidOf(threadId)]);
          first = send();
          await waitUntil(
            async () =>
              (await operator.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))
                .rowCount! > 0,
          );
          await endConnections();
          await operator.query('ROLLBACK');
        } else if (i % 3 === 2) {
          // Idle connections ended between requests.
          await endConnections();
        }
        // A client retries what was refused as SERVICE_UNAVAILABLE, with the same idempotency key.
        for (let attempt = 1; ; attempt++) {
          const response = await (first ?? send());
          first = null;
          if (response.status === 503) {
            expectOutageAnswer(response);
            outages.add(i);
            expect(attempt).toBeLessThan(10);
            continue;
          }
          expect(response.body.errors).toBeUndefined();
          acknowledged.push(response.body.data!.addComment.comment.id);
          break;
        }
      }
    } finally {
      await operator.end();
    }
    // Every write whose connection was ended under it was answered as an outage, then went through on a retry.
    expect([...outages]).toEqual(expect.arrayContaining(cutMidWrite));
    expect(new Set(acknowledged).size).toBe(24);
    const stored = await t.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT body)::int AS bodies FROM comment WHERE body LIKE 'Rückmeldung % nach dem Verbindungsabbruch'`,
    );
    expect(stored).toEqual([{ n: 24, bodies: 24 }]);
  });
});

/** Polls `condition` every 20 ms, for at most 10 s. */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the condition did not come true within 10 s');
}

/** Writes raw bytes to the test server and collects what comes back until the server closes the socket. */
function rawExchange(url: string, send: (socket: net.Socket) => void): Promise<{ response: string; closedByServer: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => send(socket));
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve({ response, closedByServer: true }));
  });
}

describe('readiness while shutting down', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers /ready with 503 once the process drains, so a load balancer stops sending', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    expect((await fastify.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    t.app.get(ShutdownState).draining = true;
    const ready = await fastify.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ statusCode: 503, message: 'The process is shutting down.' });
    // Requests still in flight or on open connections are answered, and told to close the connection.
    const answered = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: '{"query":"{ __typename }"}',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.headers.connection).toBe('close');
  });
});

describe('HTTP hygiene', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ listen: true, env: { HTTP_REQUEST_TIMEOUT_MS: '1000' } });
  });
  afterAll(() => t.close());

  it('answers a request whose body never arrives with 408 and Connection: close, and closes the socket', async () => {
    const { response, closedByServer } = await rawExchange(t.url!, (socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    });
    expect(closedByServer).toBe(true);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(response).toMatch(/\r\nConnection: close\r\n/i);
  });

  it('answers headers that are too large with 431 and Connection: close', async () => {
    const { response, closedByServer } = await rawExchange(t.url!, (socket) => {
      socket.write(`GET /health HTTP/1.1\r\nHost: localhost\r\nX-Filler: ${'a'.repeat(20_000)}\r\n\r\n`);
    });
    expect(closedByServer).toBe(true);
    expect(response).toMatch(/^HTTP\/1\.1 431 /);
    expect(response).toMatch(/\r\nConnection: close\r\n/i);
    expect(response).toContain('"code":"BAD_USER_INPUT"');
  });
});
