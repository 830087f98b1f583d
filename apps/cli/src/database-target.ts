import { loadConfig } from '@krisenfest/core';
import { openDatabase, OpenDatabase } from '@krisenfest/database';
import { ENTITIES } from '@krisenfest/app';

/** The database the operator commands work on: DATABASE_URL, else the embedded one in DATA_DIR. */
export function openConfiguredDatabase(): Promise<OpenDatabase> {
  const config = loadConfig();
  return openDatabase(ENTITIES, { url: config.databaseUrl, embedded: { dataDir: config.dataDir } });
}

/** A throw-away database: a fresh in-memory PGlite, or DATABASE_URL when it is set (CI uses a scratch one). */
export function openScratchDatabase(): Promise<OpenDatabase> {
  const config = loadConfig();
  return openDatabase(ENTITIES, { url: config.databaseUrl });
}
