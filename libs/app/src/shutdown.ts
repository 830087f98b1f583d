import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The requests in flight and whether the process is draining. Readiness answers 503 while draining, so a load
 * balancer stops sending; responses then say `Connection: close`, so clients open their next connection elsewhere.
 */
export class ShutdownState {
  draining = false;
  /** Each request in flight, with when it arrived. */
  readonly inFlight = new Map<FastifyRequest, number>();

  /** Counts every request from its arrival until its response is sent or the client gives up. */
  track(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, _reply, done) => {
      this.inFlight.set(request, Date.now());
      done();
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.draining) reply.header('connection', 'close');
      done(null, payload);
    });
    const forget = (request: FastifyRequest, _reply: unknown, done: () => void) => {
      this.inFlight.delete(request);
      done();
    };
    fastify.addHook('onResponse', forget);
    fastify.addHook('onRequestAbort', (request, done) => forget(request, undefined, done));
  }
}

/**
 * Stops the process on SIGTERM or SIGINT without cutting anyone off who can still be answered: readiness turns 503
 * at once, the listener stops accepting and idle connections close, requests in flight get `drainMs` to finish;
 * whatever is still running then is logged and cut. Then the application closes (database, Redis) and the process
 * exits 0, as an orchestrator expects from a clean stop.
 */
export function stopGracefullyOnSignals(app: NestFastifyApplication, state: ShutdownState, drainMs: number): void {
  const log = new Logger('Shutdown');
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    state.draining = true;
    const server = app.getHttpAdapter().getInstance().server;
    log.log(`${signal}: not accepting new connections; ${state.inFlight.size} request(s) in flight, up to ${drainMs / 1000} s to finish`);
    server.close();
    server.closeIdleConnections();
    const deadline = Date.now() + drainMs;
    while (state.inFlight.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      server.closeIdleConnections();
    }
    if (state.inFlight.size > 0) {
      const now = Date.now();
      const cut = [...state.inFlight].map(
        ([r, since]) => `${r.method} ${r.url} (id ${String(r.id)}, ${((now - since) / 1000).toFixed(1)} s)`,
      );
      log.warn(`drain time of ${drainMs / 1000} s is over; cutting ${cut.length} request(s) still running: ${cut.join('; ')}`);
      server.closeAllConnections();
    } else {
      log.log('all requests answered');
    }
    // Closing must not hang the stop either (a stuck Redis QUIT, say).
    const closed = await Promise.race([
      app.close().then(
        () => true,
        (error: unknown) => {
          log.error(`closing failed: ${error instanceof Error ? error.message : String(error)}`);
          return true;
        },
      ),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
    ]);
    if (!closed) log.warn('closing the database and Redis connections took over 5 s; exiting anyway');
    log.log('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, (s: NodeJS.Signals) => void stop(s));
}
