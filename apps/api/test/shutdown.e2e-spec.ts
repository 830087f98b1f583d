import { Client } from 'pg';
import { ApiProcess, buildIfNeeded, createTestDatabase, Fixtures, serverUrl, startApiProcess, TestDatabase } from '@krisenfest/testing';

/**
 * SIGTERM as an orchestrator sends it, to the real server process (`dist/apps/api/src/main.js`, built if needed):
 * requests in flight are answered, new connections are refused, and the process exits 0. The requests are held in
 * flight by a table lock, so this needs a PostgreSQL server (TEST_DATABASE_URL).
 */
const onServer = serverUrl() ? describe : describe.skip;
const MUNICIPALITIES = JSON.stringify({ query: '{ municipalities(first: 5) { nodes { name } } }' });

/** Asks `server` for the municipalities (which wait while the table is locked). */
function askForMunicipalities(server: ApiProcess): Promise<Response> {
  return fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: MUNICIPALITIES,
  });
}

/** Holds an exclusive lock on `table` (every request reading it waits) until the returned function is called. */
async function lock(db: TestDatabase, table: string): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: (db.dataSource.options as { url: string }).url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}

/** Resolves once the server counts a request as waiting for a lock (so SIGTERM surely finds it in flight). */
async function waitForLockWaiter(db: TestDatabase): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND locktype = 'relation'`);
    if (n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no request is waiting for the lock');
}

onServer('graceful shutdown', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    buildIfNeeded();
    db = await createTestDatabase();
    await new Fixtures(db.dataSource).municipality('Plochingen', { kind: 'STADT', state: 'BW' });
  });
  afterAll(() => db.close());

  it('on SIGTERM answers the requests in flight, accepts no new connections, and exits 0', async () => {
    const server = await startApiProcess(db, { DB_LOCK_TIMEOUT_MS: '20000', DB_STATEMENT_TIMEOUT_MS: '30000', SHUTDOWN_DRAIN_MS: '20000' });
    const release = await lock(db, 'municipality');
    const inFlight = askForMunicipalities(server);
    await waitForLockWaiter(db);
    server.process.kill('SIGTERM');
    // Stopping has begun (the listener is closed) while the request still waits for the lock.
    for (let i = 0; i < 100 && !server.output().includes('SIGTERM: not accepting new connections'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.output()).toContain('1 request(s) in flight');
    await expect(fetch(`http://127.0.0.1:${server.port}/health`)).rejects.toThrow();
    await release();

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await response.json()).toEqual({ data: { municipalities: { nodes: [{ name: 'Plochingen' }] } } });
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('all requests answered');
  });

  it('cuts what still runs when the drain time is over, says so, and still exits 0', async () => {
    const server = await startApiProcess(db, { DB_LOCK_TIMEOUT_MS: '20000', DB_STATEMENT_TIMEOUT_MS: '30000', SHUTDOWN_DRAIN_MS: '500' });
    const release = await lock(db, 'municipality');
    try {
      const inFlight = askForMunicipalities(server);
      await waitForLockWaiter(db);
      server.process.kill('SIGTERM');
      await expect(inFlight).rejects.toThrow();
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/drain time of 0\.5 s is over; cutting 1 request\(s\) still running: POST \/graphql/);
    } finally {
      await release();
    }
  });
});
