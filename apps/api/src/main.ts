import 'reflect-metadata';
import { ConfigError, loadConfig } from '@krisenfest/core';
import { DatabaseUnreachableError } from '@krisenfest/database';
import { createApp, prepareDatabase, ShutdownState, stopGracefullyOnSignals } from '@krisenfest/app';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await prepareDatabase(config);
  const app = await createApp(config, db.dataSource);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', async () => db.close());
  stopGracefullyOnSignals(app, app.get(ShutdownState), config.shutdownDrainMs);
  await app.listen(config.port, config.host);
  const url = `http://localhost:${config.port}/graphql`;
  console.log(`Krisenfest API on ${url}${config.nodeEnv === 'production' ? '' : ' (open it in a browser for the Apollo Sandbox)'}`);
}

main().catch((error: unknown) => {
  // A configuration mistake or a database that never answered is one clear line, not a stack trace.
  if (error instanceof ConfigError || error instanceof DatabaseUnreachableError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
