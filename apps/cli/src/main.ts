import 'reflect-metadata';
import { ConfigError } from '@krisenfest/core';
import { checkMigrationDrift, generateMigration, runMigrations } from './migration-commands';
import { importMunicipalities } from './import-municipalities-command';
import { runSeed } from './seed-command';
import { printSchema } from './schema-command';

const COMMANDS: Record<string, { help: string; run: (args: string[]) => Promise<void> }> = {
  migrate: { help: 'apply pending migrations', run: () => runMigrations() },
  seed: { help: 'migrate, then add the sample content if it is missing', run: () => runSeed() },
  'migration:check': { help: 'fail when the entities need a migration that does not exist', run: () => checkMigrationDrift() },
  'migration:generate': { help: 'NAME: write a migration for what the entities still need', run: (a) => generateMigration(a[0] ?? '') },
  'import-municipalities': {
    help: 'FILE: the official municipalities from a Destatis GV100AD text file (see the README)',
    run: (a) => importMunicipalities(a[0]),
  },
  'schema:print': { help: '[FILE]: write the GraphQL schema (default schema.graphql)', run: (a) => printSchema(a[0]) },
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(
      `usage: krisenfest <command>\n${Object.entries(COMMANDS)
        .map(([n, c]) => `  ${n.padEnd(20)} ${c.help}`)
        .join('\n')}`,
    );
    process.exit(2);
  }
  await command.run(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
