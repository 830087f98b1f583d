import { migrate } from '@krisenfest/database';
import { openConfiguredDatabase } from './database-target';
import { seedSampleContent } from '@krisenfest/seed';

/** `npm run seed`: migrates the configured database, then adds whatever of the sample content is missing. */
export async function runSeed(): Promise<void> {
  const db = await openConfiguredDatabase();
  try {
    await migrate(db.dataSource);
    const added = await seedSampleContent(db.dataSource);
    console.log(added ? 'added the sample content' : 'sample content is already there');
  } finally {
    await db.close();
  }
}
