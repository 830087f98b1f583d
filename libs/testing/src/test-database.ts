// Decorators record their design types only if reflect-metadata is loaded before any decorated class.
import 'reflect-metadata';
import * as fs from 'node:fs';
import { DataSource } from 'typeorm';
import { DatabaseLimits } from '@krisenfest/core';
import { EntityList, migrate, openDatabase } from '@krisenfest/database';
import { ENTITIES } from '@krisenfest/app';
import {
  dropDatabase,
  quoteIdent,
  randomSuffix,
  RUN_ID_ENV,
  serverUrl,
  TEMPLATE_DB_ENV,
  TEMPLATE_FILE_ENV,
  withAdminClient,
  withDatabase,
} from './test-env';

/**
 * One fresh, migrated database per test file, cloned from a template that globalSetup migrated once:
 * - default: an in-memory PGlite loaded from a dump of the migrated template (KRISENFEST_TEST_TEMPLATE
 *   names the dump file);
 * - with TEST_DATABASE_URL (a PostgreSQL server): `CREATE DATABASE … TEMPLATE` from the template database
 *   that KRISENFEST_TEST_TEMPLATE_DB names; the copy is dropped again by close().
 */
export interface TestDatabase {
  dataSource: DataSource;
  /** The server database's name; null on PGlite. */
  databaseName: string | null;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  entities?: EntityList;
  /** The API's bounds on waits (pool size, timeouts), as the application opens its database with them. */
  limits?: DatabaseLimits;
}

async function createServerDatabase(url: string, entities: EntityList, limits?: DatabaseLimits): Promise<TestDatabase> {
  const run = process.env[RUN_ID_ENV] ?? 'adhoc';
  const name = `krisenfest_test_${run}_${randomSuffix()}`;
  const template = process.env[TEMPLATE_DB_ENV];
  await withAdminClient(url, async (client) => {
    if (!template) {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return;
    }
    // Two files may copy the template at the same moment; PostgreSQL refuses a copy while another
    // session is connected to the template (55006), which only the brief CREATE itself can cause.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  let db;
  try {
    db = await openDatabase(entities, { url: withDatabase(url, name), poolSize: 5, limits });
    if (!template) await migrate(db.dataSource);
  } catch (error) {
    await db?.close();
    await withAdminClient(url, (client) => dropDatabase(client, name));
    throw error;
  }
  const opened = db;
  let closed = false;
  return {
    dataSource: opened.dataSource,
    databaseName: name,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await opened.close();
      } finally {
        await withAdminClient(url, (client) => dropDatabase(client, name));
      }
    },
  };
}

async function createEmbeddedDatabase(entities: EntityList, limits?: DatabaseLimits): Promise<TestDatabase> {
  const templateFile = process.env[TEMPLATE_FILE_ENV];
  const db = templateFile
    ? await openDatabase(entities, { embedded: { loadDataDir: new Blob([fs.readFileSync(templateFile)]) }, limits })
    : await openDatabase(entities, { limits });
  try {
    // Without globalSetup (e.g. a file run on its own by another runner) migrate this copy directly.
    if (!templateFile) await migrate(db.dataSource);
  } catch (error) {
    await db.close();
    throw error;
  }
  let closed = false;
  return {
    dataSource: db.dataSource,
    databaseName: null,
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
    },
  };
}

/** A fresh, migrated database of its own for one test file; call close() in afterAll. */
export function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const entities = options.entities ?? ENTITIES;
  const url = serverUrl();
  return url ? createServerDatabase(url, entities, options.limits) : createEmbeddedDatabase(entities, options.limits);
}
