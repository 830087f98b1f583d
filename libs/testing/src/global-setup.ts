// Decorators record their design types only if reflect-metadata is loaded before any decorated class.
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { migrate, openDatabase } from '@krisenfest/database';
import { ENTITIES } from '../../../apps/api/src/entities';
import {
  quoteIdent, randomSuffix, RUN_ID_ENV, serverUrl, TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV, withAdminClient, withDatabase,
} from './test-database';

/**
 * Migrates one template database for the whole run; every test file then gets a copy of it
 * (createTestDatabase). Values set on process.env here reach the jest workers.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV ??= 'test';
  const run = randomSuffix();
  process.env[RUN_ID_ENV] = run;
  const url = serverUrl();

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
