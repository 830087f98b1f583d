import { randomUUID } from 'node:crypto';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, clientErrorStatus } from '@krisenfest/core';
import { migrate, openDatabase, OpenDatabase } from '@krisenfest/database';
import { seedSampleContent } from '@krisenfest/seed';
import { AppModule } from './app.module';
import { ENTITIES } from './entities';

/** Request bodies above this are refused by Fastify before GraphQL sees them. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the Nest application on an open, migrated data source (used by main and the e2e tests). */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  options: { bufferLogs?: boolean } = {},
): Promise<NestFastifyApplication> {
  // Fastify's own pino logs every request as JSON with its id (X-Request-Id if the client sent one);
  // nestjs-pino (useExisting) writes the application's logs through the same logger.
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // Only as many X-Forwarded-For hops as there are proxies: the left-most entry is the client's to write.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxyHops,
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
  });
  adapter.getInstance().addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/graphql')) reply.code(clientErrorStatus(reply.statusCode, payload));
    done(null, payload);
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource), adapter, {
    bufferLogs: options.bufferLogs ?? true,
    logger: config.logLevel === 'silent' ? false : undefined,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}

/** Opens the configured database, applies migrations and, if asked, seeds an empty database. */
export async function prepareDatabase(config: AppConfig): Promise<OpenDatabase> {
  const log = new NestLogger('Database');
  const db = await openDatabase(ENTITIES, { url: config.databaseUrl, embedded: { dataDir: config.dataDir } });
  try {
    log.log(config.databaseUrl ? 'connected to PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL (PGlite) in ${config.dataDir}`);
    const applied = await migrate(db.dataSource);
    if (applied.length) log.log(`applied migrations: ${applied.join(', ')}`);
    if (config.seedOnStart) {
      const seeded = await seedSampleContent(db.dataSource);
      if (seeded) log.log('added the sample content (set SEED=0 to skip)');
    }
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
