// Decorators record their design types only if reflect-metadata is loaded before any decorated class.
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { migrate, openDatabase } from '@krisenfest/database';
import { ENTITIES } from '@krisenfest/app';
import { quoteIdent, TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV, withAdminClient, withDatabase } from './test-env';

/**
 * The migrated template every test file copies. On a server: the database `krisenfest_test_tpl_<run>`;
 * embedded: a dump of a migrated in-memory PGlite in a temporary file. Its name is published in
 * process.env for the workers.
 */
export async function prepareTemplate(run: string, url: string | undefined): Promise<void> {
  if (url) {
    const template = `krisenfest_test_tpl_${run}`;
    await withAdminClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(template)}`));
    process.env[TEMPLATE_DB_ENV] = template;
    const db = await openDatabase(ENTITIES, { url: withDatabase(url, template), poolSize: 1 });
    try {
      await migrate(db.dataSource);
    } finally {
      // No session may stay connected to a template while it is copied.
      await db.close();
    }
    return;
  }

  const db = await openDatabase(ENTITIES, {});
  try {
    await migrate(db.dataSource);
    const dump = await db.embedded!.db.dumpDataDir('none');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-test-template-'));
    const file = path.join(dir, 'template.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    process.env[TEMPLATE_FILE_ENV] = file;
  } finally {
    await db.close();
  }
}
