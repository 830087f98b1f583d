import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// Names and server administration shared by globalSetup, globalTeardown and createTestDatabase. Kept free
// of the application's modules, so loading it does not load Nest (see global-setup.ts).

export const TEMPLATE_FILE_ENV = 'KRISENFEST_TEST_TEMPLATE';
export const TEMPLATE_DB_ENV = 'KRISENFEST_TEST_TEMPLATE_DB';
/** Databases this run creates start with `krisenfest_test_<run>_`, so globalTeardown can sweep leftovers. */
export const RUN_ID_ENV = 'KRISENFEST_TEST_RUN';

export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export function randomSuffix(): string {
  return randomBytes(6).toString('hex');
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Identifiers we generate ourselves; checked anyway because they end up in DDL. */
export function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`unexpected database name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/** Runs `work` on a short-lived admin connection to the server's maintenance database. */
export async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Terminates what is still connected to `name`, then drops it. */
export async function dropDatabase(client: Client, name: string): Promise<void> {
  await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
  await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
}
