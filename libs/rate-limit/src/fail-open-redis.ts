import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** How long a Redis command may take, and how long Redis is left alone after a failure. */
export interface RedisTiming {
  commandTimeoutMs: number;
  backoffMs: number;
}

export const DEFAULT_REDIS_TIMING: RedisTiming = { commandTimeoutMs: 250, backoffMs: 5000 };

/**
 * A client that never holds a request for long: each command fails after `commandTimeoutMs`, and once it has been
 * connected, a command while Redis is away fails at once (no offline queue) while it reconnects in the background.
 * Only commands sent before the very first connection wait for it (bounded by the same timeout).
 */
export function failFastRedis(url: string, connectionName: string, timing: RedisTiming): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 0,
    commandTimeout: timing.commandTimeoutMs,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(200 * attempt, 5000),
    connectionName,
  });
  // ioredis reads this option at every command.
  redis.once('ready', () => {
    redis.options.enableOfflineQueue = false;
  });
  return redis;
}

/**
 * A Redis connection for counters that fail open: when Redis is away, the feature lets requests through
 * and says so in the log at most every 30 s, instead of failing every request. After a failure it is not asked
 * again for `backoffMs` (or before it has reconnected), so no request pays for a Redis that is down or frozen.
 */
export class FailOpenRedis {
  private lastFailureLoggedAt = 0;
  private failedAt = 0;
  private failing = false;
  private closed = false;

  constructor(
    readonly redis: Redis,
    private readonly logger: Logger,
    /** What stops working meanwhile, e.g. "requests are not limited". */
    private readonly consequence: string,
    private readonly backoffMs = 0,
  ) {
    redis.on('error', (error: Error) => this.reportFailure(error));
  }

  /** Whether a command may be sent now: connected, and not within the back-off after a failure. */
  usable(now = Date.now()): boolean {
    return now - this.failedAt >= this.backoffMs;
  }

  reportSuccess(): void {
    if (!this.failing) return;
    this.failing = false;
    this.logger.log(`Redis answers again; ${this.consequence.replace(/ not /, ' ')} again`);
  }

  reportFailure(error: unknown): void {
    const now = Date.now();
    this.failedAt = now;
    this.failing = true;
    if (this.closed || now - this.lastFailureLoggedAt < 30_000) return;
    this.lastFailureLoggedAt = now;
    this.logger.error(`Redis failed, ${this.consequence} meanwhile: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** QUIT lets pending commands finish and waits for the socket to close; a client never connected is dropped. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.redis.status !== 'ready') {
      this.redis.disconnect();
      return;
    }
    await new Promise<void>((resolve) => {
      this.redis.once('end', () => resolve());
      this.redis.quit().catch(() => this.redis.disconnect());
    });
  }
}
