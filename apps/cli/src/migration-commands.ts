import * as fs from 'node:fs';
import * as path from 'node:path';
import { migrate, pendingSchemaChanges } from '@krisenfest/database';
import { openConfiguredDatabase, openScratchDatabase } from './database-target';

// Run from the repository root (npm run …), where the migration sources live.
const MIGRATIONS_DIR = path.resolve('libs/database/src/migrations');

export async function runMigrations(): Promise<void> {
  const db = await openConfiguredDatabase();
  try {
    const applied = await migrate(db.dataSource);
    console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
  } finally {
    await db.close();
  }
}

/** Fails when the entities and the migrations disagree: a fresh database, all migrations, then a diff. */
export async function checkMigrationDrift(): Promise<void> {
  const db = await openScratchDatabase();
  try {
    await migrate(db.dataSource);
    const pending = await pendingSchemaChanges(db.dataSource);
    if (pending.length) {
      console.error(`migration drift: the entities need ${pending.length} statement(s) no migration has:`);
      for (const sql of pending) console.error(`  ${sql}`);
      process.exitCode = 1;
    } else {
      console.log('migrations match the entities');
    }
  } finally {
    await db.close();
  }
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** Writes a migration with the statements the entities still need (TypeORM's diff), for review. */
export async function generateMigration(name: string): Promise<void> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('migration name must be PascalCase, e.g. AddReactions');
  const db = await openScratchDatabase();
  try {
    await migrate(db.dataSource);
    // Its own runner, released again: the embedded database has a single connection.
    const runner = db.dataSource.createQueryRunner();
    const database = await runner.getCurrentDatabase().finally(() => runner.release());
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log('no changes: nothing to generate');
      return;
    }
    // Generated columns are recorded with the database's name; use the one migrated, not this one.
    const render = (q: { query: string; parameters?: unknown[] }) => {
      const params = q.parameters?.length ? `, [${q.parameters.map((p) => (p === database ? 'database' : literal(p))).join(', ')}]` : '';
      return `    await queryRunner.query(${literal(q.query)}${params});`;
    };
    const usesDb = (qs: { parameters?: unknown[] }[]) => qs.some((q) => q.parameters?.includes(database));
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const down = [...sql.downQueries].reverse();
    const file = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${usesDb(sql.upQueries) ? '    const database = await queryRunner.getCurrentDatabase();\n' : ''}${sql.upQueries.map(render).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${usesDb(down) ? '    const database = await queryRunner.getCurrentDatabase();\n' : ''}${down.map(render).join('\n')}
  }
}
`;
    const target = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    fs.writeFileSync(target, file);
    console.log(`wrote ${path.relative(process.cwd(), target)}; add it to migrations/index.ts`);
  } finally {
    await db.close();
  }
}
