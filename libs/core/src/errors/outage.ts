import { Logger } from '@nestjs/common';

/** A failure of something the API depends on: the request may succeed if the client tries again shortly. */
export interface Outage {
  dependency: 'database';
  /** For the log: what kind of failure. */
  reason: string;
  /** For the client: what happened, in words a person understands. */
  message: string;
  retryAfterSeconds: number;
}

const UNREACHABLE = 'The database cannot be reached right now. Please try again in a few seconds.';
const BUSY = 'Krisenfest is very busy right now. Please try again in a few seconds.';

/** SQLSTATEs that say "not now" rather than "not like this"; by code, then by class (first two characters). */
const BY_SQLSTATE: Record<string, Omit<Outage, 'dependency'>> = {
  '57014': {
    reason: 'statement timeout',
    message: 'The database took too long to answer. Please try again in a moment.',
    retryAfterSeconds: 2,
  },
  '55P03': {
    reason: 'lock timeout',
    message: 'Someone else is changing the same thing right now. Please try again in a moment.',
    retryAfterSeconds: 1,
  },
  '25P03': { reason: 'idle transaction timeout', message: BUSY, retryAfterSeconds: 1 },
  '57P01': { reason: 'server shutting down', message: UNREACHABLE, retryAfterSeconds: 5 },
  '57P02': { reason: 'server crashed', message: UNREACHABLE, retryAfterSeconds: 5 },
  '57P03': { reason: 'server starting', message: UNREACHABLE, retryAfterSeconds: 5 },
};
const BY_SQLSTATE_CLASS: Record<string, Omit<Outage, 'dependency'>> = {
  '08': { reason: 'connection failure', message: UNREACHABLE, retryAfterSeconds: 5 },
  '53': { reason: 'server out of resources', message: BUSY, retryAfterSeconds: 5 },
};

/** Node's socket errors. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** A connection the server ended (restart, failover, pg_terminate_backend). */
export const CONNECTION_LOST: Outage = { dependency: 'database', reason: 'connection lost', message: UNREACHABLE, retryAfterSeconds: 5 };

/** node-postgres and pg-pool say these in words only. */
const BY_MESSAGE: [RegExp, Omit<Outage, 'dependency'>][] = [
  [/timeout exceeded when trying to connect/i, { reason: 'pool exhausted', message: BUSY, retryAfterSeconds: 2 }],
  [/Connection terminated|connection error and is not queryable|Client was closed|Connection ended/i, CONNECTION_LOST],
];

/** The error and what it wraps (GraphQLError.originalError, TypeORM's driverError, Error.cause). */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  let current = error;
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const e = current as Record<string, unknown>;
    yield e;
    current = e.driverError ?? e.originalError ?? e.cause;
  }
}

/** What outage, if any, an error stands for. */
export function outageOf(error: unknown): Outage | null {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (code && /^[0-9A-Z]{5}$/.test(code)) {
      const known = BY_SQLSTATE[code] ?? BY_SQLSTATE_CLASS[code.slice(0, 2)];
      if (known) return { dependency: 'database', ...known };
    }
    if (code && NETWORK_CODES.has(code))
      return { dependency: 'database', reason: `network (${code})`, message: UNREACHABLE, retryAfterSeconds: 5 };
    const message = typeof e.message === 'string' ? e.message : '';
    for (const [pattern, known] of BY_MESSAGE) if (pattern.test(message)) return { dependency: 'database', ...known };
  }
  return null;
}

/** How often a running outage is summed up in the log. */
const SUMMARY_EVERY_MS = 30_000;

/**
 * Says each outage once in the log, with counts, instead of a stack trace per request: a line when it starts, a
 * summary every 30 s while it lasts, and a line when the dependency answers again.
 */
export class OutageLog {
  private readonly log = new Logger('Outage');
  private active: { since: number; reason: string; total: number; sinceSummary: number; summarizedAt: number } | null = null;

  get ongoing(): boolean {
    return this.active !== null;
  }

  report(outage: Outage, error: unknown, now = Date.now()): void {
    if (!this.active) {
      this.active = { since: now, reason: outage.reason, total: 1, sinceSummary: 1, summarizedAt: now };
      const detail = error instanceof Error ? error.message : String(error);
      this.log.error(`${outage.dependency} failing (${outage.reason}): ${detail}; answering SERVICE_UNAVAILABLE until it recovers`);
      return;
    }
    this.active.total += 1;
    this.active.sinceSummary += 1;
    if (now - this.active.summarizedAt >= SUMMARY_EVERY_MS) {
      this.log.error(
        `${outage.dependency} still failing (${outage.reason}): ${this.active.sinceSummary} requests answered SERVICE_UNAVAILABLE in the last ${Math.round((now - this.active.summarizedAt) / 1000)} s`,
      );
      this.active.sinceSummary = 0;
      this.active.summarizedAt = now;
    }
  }

  /** The dependency answered again: ends the outage, if one was running. Cheap enough for every statement. */
  recovered(now = Date.now()): void {
    if (!this.active) return;
    const { since, total } = this.active;
    this.active = null;
    this.log.log(
      `database answering again after ${Math.round((now - since) / 1000)} s; ${total} requests were answered SERVICE_UNAVAILABLE`,
    );
  }
}

/** One per process: the formatter reports to it, the database layer tells it about recovery. */
export const outageLog = new OutageLog();
