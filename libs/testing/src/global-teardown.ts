import * as fs from 'node:fs';
import * as path from 'node:path';
import { dropDatabase, RUN_ID_ENV, serverUrl, TEMPLATE_DB_ENV, TEMPLATE_FILE_ENV, withAdminClient } from './test-env';

/** jest globalTeardown: removes the template and whatever of this run a crashed test file left behind. */
export default async function globalTeardown(): Promise<void> {
  const file = process.env[TEMPLATE_FILE_ENV];
  if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });

  const url = serverUrl();
  const run = process.env[RUN_ID_ENV];
  if (!url || !run) return;
  await withAdminClient(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
      `krisenfest\\_test\\_${run}\\_%`,
      process.env[TEMPLATE_DB_ENV] ?? '',
    ]);
    for (const { datname } of rows) await dropDatabase(client, datname);
  });
}
