import { types } from 'pg';
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
}

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
  if (target.url) {
    connection = { url: target.url, extra: { max: target.poolSize ?? 10 } } as Partial<DataSourceOptions>;
  } else {
    embedded = await startEmbeddedPostgres(target.embedded);
    // One connection: PGlite is a single session (see startEmbeddedPostgres).
    connection = { ...embedded.connection, extra: { max: 1 } } as Partial<DataSourceOptions>;
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
