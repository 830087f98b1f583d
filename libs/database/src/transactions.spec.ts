import { DataSource, QueryFailedError } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@krisenfest/testing';

// Runs on whatever createTestDatabase() gives: embedded PGlite by default, the PostgreSQL server when
// TEST_DATABASE_URL is set. Both must keep transactions isolated and report SQL errors the same way.

const INSERT = `INSERT INTO municipality (name, kind, state) VALUES ($1, 'GEMEINDE', 'RP') RETURNING id`;

async function namesLike(ds: DataSource, prefix: string): Promise<string[]> {
  const rows: { name: string }[] = await ds.query('SELECT name FROM municipality WHERE name LIKE $1 ORDER BY name', [`${prefix}%`]);
  return rows.map((r) => r.name);
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe(`transactions on ${process.env.TEST_DATABASE_URL ? 'the PostgreSQL server' : 'embedded PGlite'}`, () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.dataSource;
  });

  afterAll(async () => {
    await db?.close();
  });

  it('starts from a fresh, migrated database', async () => {
    const migrations: { name: string }[] = await ds.query('SELECT name FROM schema_migrations');
    expect(migrations.length).toBeGreaterThan(0);
    expect(await ds.query('SELECT count(*)::int AS n FROM municipality')).toEqual([{ n: 0 }]);
  });

  it('a failed transaction leaves nothing behind while a concurrent one commits its own row', async () => {
    const failingInserted = deferred();
    const committed = deferred();
    let seenInsideFailing: string[] = [];
    let seenInsideCommitting: string[] = [];

    const failing = ds.transaction(async (manager) => {
      await manager.query(INSERT, ['tx-rolled-back Altenahr']);
      seenInsideFailing = ((await manager.query(`SELECT name FROM municipality WHERE name LIKE 'tx-%'`)) as { name: string }[]).map(
        (r) => r.name,
      );
      failingInserted.resolve();
      // On a server the other transaction commits meanwhile; embedded PGlite (one session) runs it after
      // this one, so do not wait for it forever.
      await Promise.race([committed.promise, new Promise((r) => setTimeout(r, 300))]);
      throw new Error('boom after the insert');
    });

    const committing = (async () => {
      await failingInserted.promise;
      await ds.transaction(async (manager) => {
        await manager.query(INSERT, ['tx-committed Bad Neuenahr']);
        // The other transaction's row is uncommitted (server) or already rolled back (PGlite): never visible.
        seenInsideCommitting = ((await manager.query(`SELECT name FROM municipality WHERE name LIKE 'tx-%'`)) as { name: string }[]).map(
          (r) => r.name,
        );
      });
      committed.resolve();
    })();

    const [failed, succeeded] = await Promise.allSettled([failing, committing]);

    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toEqual(new Error('boom after the insert'));
    expect(succeeded.status).toBe('fulfilled');
    expect(seenInsideFailing).toEqual(['tx-rolled-back Altenahr']);
    expect(seenInsideCommitting).toEqual(['tx-committed Bad Neuenahr']);
    expect(await namesLike(ds, 'tx-')).toEqual(['tx-committed Bad Neuenahr']);
  });

  it('a transaction rolled back by an SQL error leaves nothing behind and the database keeps working', async () => {
    await expect(
      ds.transaction(async (manager) => {
        await manager.query(INSERT, ['sqlerr-rolled-back Schuld']);
        await manager.query('SELECT * FROM table_that_does_not_exist');
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);

    expect(await namesLike(ds, 'sqlerr-')).toEqual([]);
    await ds.transaction(async (manager) => {
      await manager.query(INSERT, ['sqlerr-after Insul']);
    });
    expect(await namesLike(ds, 'sqlerr-')).toEqual(['sqlerr-after Insul']);
  });

  it('an SQL error surfaces as QueryFailedError with the PostgreSQL code and the connection keeps working', async () => {
    const error = await ds.query('SELECT * FROM table_that_does_not_exist').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('42P01');
    expect((error as { code?: string }).code).toBe('42P01');

    expect(await ds.query('SELECT 1 + 1 AS two')).toEqual([{ two: 2 }]);
  });

  it('a unique violation surfaces as QueryFailedError 23505 (mapped to CONFLICT at the API edge)', async () => {
    await ds.query(`INSERT INTO municipality (name, kind, state, official_key) VALUES ('Ahrweiler', 'LANDKREIS', 'RP', '07131')`);
    const error = await ds
      .query(`INSERT INTO municipality (name, kind, state, official_key) VALUES ('Ahrweiler again', 'LANDKREIS', 'RP', '07131')`)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as { driverError: { code: string } }).driverError.code).toBe('23505');
    expect(await ds.query(`SELECT name FROM municipality WHERE official_key = '07131'`)).toEqual([{ name: 'Ahrweiler' }]);
  });

  it('many failing statements in a row do not exhaust or break the pool', async () => {
    for (let i = 0; i < 20; i++) {
      await expect(ds.query('SELECT 1/0')).rejects.toMatchObject({ driverError: { code: '22012' } });
    }
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => ds.query('SELECT $1::int AS i', [i])));
    expect(results).toEqual(Array.from({ length: 10 }, (_, i) => [{ i }]));
  });
});
