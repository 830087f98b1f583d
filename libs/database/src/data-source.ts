import { Client, types } from 'pg';
import { DatabaseLimits } from '@krisenfest/core';
import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SqlStatementLogger } from './sql-statement-logger';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { parseTimestamptz } from './timestamptz';
import { startEmbeddedPostgres, EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres';

// A calendar date (PostgreSQL `date`) stays 'YYYY-MM-DD' text: as a JavaScript Date it would become local
// midnight, an instant that is another day in UTC east of Greenwich. (TypeORM reads such text as it is.)
types.setTypeParser(types.builtins.DATE, (value: string) => value);
const generalTimestamptzParser = types.getTypeParser(types.builtins.TIMESTAMPTZ);
types.setTypeParser(types.builtins.TIMESTAMPTZ, (value: string) => parseTimestamptz(value, generalTimestamptzParser));

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DatabaseTarget {
  /** A PostgreSQL server; when absent an embedded PGlite is started. */
  url?: string;
  embedded?: EmbeddedPostgresOptions;
  poolSize?: number;
  /**
   * Bounds on every wait (the API's connections). Without them (CLI, migrations, tests' own connections) a
   * statement may run as long as it needs.
   */
  limits?: DatabaseLimits;
}

/** The embedded database has one connection that every request queues for; its queue may be longer. */
const EMBEDDED_MIN_ACQUIRE_TIMEOUT_MS = 30_000;

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/** Options shared by the API, the CLI and the tests: same entities and migrations on every target. */
export function dataSourceOptions(entities: EntityList, connection: Partial<DataSourceOptions>): DataSourceOptions {
  return {
    type: 'postgres',
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    // gen_random_uuid() is built in since PostgreSQL 13; PGlite has no pgcrypto to install.
    installExtensions: false,
    logger: new SqlStatementLogger(),
    namingStrategy: new SnakeNamingStrategy(),
    maxQueryExecutionTime: 1000,
    ...connection,
  } as DataSourceOptions;
}

/** Opens the database named by `target` (server or embedded); does not migrate. */
export async function openDatabase(entities: EntityList, target: DatabaseTarget): Promise<OpenDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let connection: Partial<DataSourceOptions>;
  const limits = target.limits;
  if (target.url) {
    const extra = {
      max: limits?.poolSize ?? target.poolSize ?? 10,
      ...(limits && {
        connectionTimeoutMillis: limits.acquireTimeoutMs,
        // Sent with each connection's start-up, so they hold for every statement on it.
        statement_timeout: limits.statementTimeoutMs,
        lock_timeout: limits.lockTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      }),
    };
    connection = { url: target.url, extra } as Partial<DataSourceOptions>;
  } else {
    embedded = await startEmbeddedPostgres(target.embedded);
    // One connection: PGlite is a single session (see startEmbeddedPostgres). It runs one statement at a time in
    // this process, so there is nothing for a statement or lock timeout to interrupt.
    const extra = {
      max: 1,
      ...(limits && { connectionTimeoutMillis: Math.max(limits.acquireTimeoutMs, EMBEDDED_MIN_ACQUIRE_TIMEOUT_MS) }),
    };
    connection = { ...embedded.connection, extra } as Partial<DataSourceOptions>;
  }
  const dataSource = new DataSource(dataSourceOptions(entities, connection));
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  if (embedded) {
    // PGlite is one session behind every socket: a new connection must not meet the prepared statements of
    // the one it replaces, which its pg client does not know of.
    const pool = (
      dataSource.driver as unknown as {
        master: { on(event: 'connect', listener: (client: { query(sql: string): Promise<unknown> }) => void): void };
      }
    ).master;
    pool.on('connect', (client) => void client.query('DEALLOCATE ALL').catch(() => undefined));
  }
  return {
    dataSource,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}

/** Applies pending migrations; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** The statements TypeORM would still need to bring the schema in line with the entities (drift). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

/** Start-up gave up waiting for the database; the message is one line for the operator. */
export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnreachableError';
  }
}

/** Where a PostgreSQL URL points, without its password (for log lines). */
export function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'local socket'}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * Waits until the PostgreSQL server at `url` accepts a connection, trying every few seconds until `waitMs` has
 * passed; says each failed attempt in one line. A server that is still starting (e.g. in the same compose file)
 * is then no reason to exit.
 */
export async function waitForServer(url: string, waitMs: number, say: (line: string) => void): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      const reason = (error as { code?: string }).code ?? (error as Error).message;
      const pause = Math.min(1000 * attempt, 5000);
      if (Date.now() + pause > deadline) {
        throw new DatabaseUnreachableError(
          `The database at ${describeServer(url)} did not answer within ${Math.round(waitMs / 1000)} s (${reason}); giving up.`,
        );
      }
      say(`database at ${describeServer(url)} not reachable yet (${reason}), attempt ${attempt}; trying again in ${pause / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, pause));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
