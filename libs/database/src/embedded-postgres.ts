import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export interface EmbeddedPostgres {
  /** pg connection options for TypeORM's ordinary `pg` driver. */
  connection: { host: string; port: number; username: string; database: string };
  db: PGlite;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Persist to this folder; without it the database lives in memory. */
  dataDir?: string;
  /** Start from a dump made by PGlite's dumpDataDir() (the migrated test template). */
  loadDataDir?: Blob | File;
}

/**
 * PGlite (a real PostgreSQL compiled to WebAssembly) behind an in-process wire-protocol server on a Unix
 * socket. TypeORM then uses its normal `pg` driver, so SQL, errors and transactions behave as on a
 * PostgreSQL server. PGlite is a single session, so the pool holds one connection: a transaction owns the
 * database until it ends, which keeps isolation. The server admits a few sockets only so that a pool
 * replacing a broken connection is not refused while the old socket is still closing.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  // Loaded here, not at the top: a server on DATABASE_URL never needs PGlite's WebAssembly in memory.
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([import('@electric-sql/pglite'), import('@electric-sql/pglite-socket')]);
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
  });
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-pg-'));
  const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: 4 });
  await server.start();
  return {
    connection: { host: socketDir, port: 5432, username: 'postgres', database: 'postgres' },
    db,
    async close() {
      await server.stop();
      await db.close();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
