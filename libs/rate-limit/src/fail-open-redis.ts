import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * A Redis connection for counters that fail open: when Redis is away, the feature lets requests through
 * and says so in the log at most every 30 s, instead of failing every request.
 */
export class FailOpenRedis {
  private lastFailureLoggedAt = 0;
  private closed = false;

  constructor(
    readonly redis: Redis,
    private readonly logger: Logger,
    /** What stops working meanwhile, e.g. "requests are not limited". */
    private readonly consequence: string,
  ) {
    redis.on('error', (error: Error) => this.reportFailure(error));
  }

  reportFailure(error: unknown): void {
    const now = Date.now();
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
