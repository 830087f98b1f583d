import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { Socket } from 'node:net';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, clientErrorStatus, ErrorCode } from '@krisenfest/core';
import { describeServer, migrate, openDatabase, OpenDatabase, waitForServer } from '@krisenfest/database';
import { seedSampleContent } from '@krisenfest/seed';
import { AppModule } from './app.module';
import { ENTITIES } from './entities';
import { serveWebClient } from './web-client';
import { ShutdownState } from './shutdown';

/** Request bodies above this are refused by Fastify before GraphQL sees them. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the Nest application on an open, migrated data source (used by main and the e2e tests). */
export async function createApp(
  config: AppConfig,
  dataSource: DataSource,
  options: { bufferLogs?: boolean; webClient?: boolean } = {},
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
    // A request (headers and body) must arrive within this time; a slow or stalled sender is answered 408 and closed.
    requestTimeout: config.httpRequestTimeoutMs,
    http: { connectionsCheckingInterval: Math.min(5000, Math.ceil(config.httpRequestTimeoutMs / 4)) },
    clientErrorHandler: answerClientErrorAndClose,
  });
  adapter.getInstance().addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/graphql')) reply.code(clientErrorStatus(reply.statusCode, payload));
    done(null, payload);
  });
  const server = adapter.getInstance().server;
  // Never wait without bound for a client: node checks these every connectionsCheckingInterval.
  server.headersTimeout = Math.min(server.headersTimeout, config.httpRequestTimeoutMs);
  const shutdown = new ShutdownState();
  shutdown.track(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, dataSource, shutdown), adapter, {
    bufferLogs: options.bufferLogs ?? true,
    logger: config.logLevel === 'silent' ? false : undefined,
  });
  app.useLogger(app.get(Logger));
  if (options.webClient ?? true) await serveWebClient(app);
  return app;
}

/**
 * Answers a request that node's HTTP parser refused (headers too large, malformed, too slow) and closes the socket,
 * saying so with `Connection: close`, so a client does not send its next request on a socket that is going away.
 */
function answerClientErrorAndClose(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const message =
    status === 408
      ? 'The request did not arrive in time.'
      : status === 431
        ? 'The request headers are too large.'
        : 'The request is not valid HTTP.';
  const body = JSON.stringify({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT } }] });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    // end() lets the answer go out first; a client that does not read it must not hold the socket.
    setTimeout(() => socket.destroy(), 1000).unref();
  } else {
    socket.destroy();
  }
}

/**
 * Opens the configured database, applies migrations and, if asked, seeds an empty database. A server is waited
 * for (STARTUP_DATABASE_WAIT_MS); migrations and the seed run on a connection of their own without the API's
 * statement timeouts, the API's pool then bounds every wait (DB_* settings).
 */
export async function prepareDatabase(config: AppConfig): Promise<OpenDatabase> {
  const log = new NestLogger('Database');
  const setUp = async (db: OpenDatabase) => {
    const applied = await migrate(db.dataSource);
    if (applied.length) log.log(`applied migrations: ${applied.join(', ')}`);
    if (config.seedOnStart && (await seedSampleContent(db.dataSource))) log.log('added the sample content (set SEED=0 to skip)');
  };
  if (config.databaseUrl) {
    await waitForServer(config.databaseUrl, config.startupDatabaseWaitMs, (line) => log.warn(line));
    const setup = await openDatabase(ENTITIES, { url: config.databaseUrl, poolSize: 1 });
    try {
      await setUp(setup);
    } finally {
      await setup.close();
    }
    const db = await openDatabase(ENTITIES, { url: config.databaseUrl, limits: config.database });
    log.log(`connected to PostgreSQL at ${describeServer(config.databaseUrl)}`);
    return db;
  }
  const db = await openDatabase(ENTITIES, { embedded: { dataDir: config.dataDir }, limits: config.database });
  try {
    log.log(`embedded PostgreSQL (PGlite) in ${config.dataDir}`);
    await setUp(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
