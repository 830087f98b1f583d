import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig, RateLimitedError, rateLimitRefusals } from '@krisenfest/core';
import { IP_THROTTLER, rateLimitsOf, USER_THROTTLER, WINDOW_MS } from './rate-limit.options';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * The per-IP and per-user limits on /graphql, counted once per HTTP request: the IP when the request arrives
 * (so also requests that never reach a resolver: invalid, over-cost, `{ __typename }`), the user once the session
 * is known. Counters live in Redis with REDIS_URL (shared by all API processes), else in this process's memory;
 * a Redis that fails lets requests through (see RedisThrottlerStorage).
 */
export class RateLimits implements OnApplicationShutdown {
  private readonly storage: (ThrottlerStorage & Partial<OnApplicationShutdown>) | null;

  constructor(
    readonly ipPerMinute: number,
    readonly userPerMinute: number,
    storage: (ThrottlerStorage & Partial<OnApplicationShutdown>) | null,
  ) {
    this.storage = ipPerMinute > 0 || userPerMinute > 0 ? storage : null;
  }

  static forConfig(config: AppConfig): RateLimits {
    const limits = rateLimitsOf(config);
    const on = limits.ipPerMinute > 0 || limits.userPerMinute > 0;
    if (!on) new Logger('RateLimit').log('rate limits are off');
    const storage = !on
      ? null
      : config.redisUrl
        ? RedisThrottlerStorage.connect(config.redisUrl, limits.keyPrefix, {
            commandTimeoutMs: config.redisCommandTimeoutMs,
            backoffMs: config.redisBackoffMs,
          })
        : new ThrottlerStorageService();
    return new RateLimits(limits.ipPerMinute, limits.userPerMinute, storage);
  }

  /** Counts one request from `ip`; the refusal if the address is over its limit. */
  refusalForIp(ip: string): Promise<RateLimitedError | null> {
    return this.hit(IP_THROTTLER, ip, this.ipPerMinute);
  }

  /** Counts one request of a signed-in user, whatever their address; the refusal if they are over their limit. */
  refusalForUser(userId: string): Promise<RateLimitedError | null> {
    return this.hit(USER_THROTTLER, userId, this.userPerMinute);
  }

  private async hit(throttler: string, tracker: string, limit: number): Promise<RateLimitedError | null> {
    if (!this.storage || limit <= 0) return null;
    // The block lasts the rest of the window: a client over its limit waits for the next minute.
    const record = await this.storage.increment(`${throttler}:${tracker}`, WINDOW_MS, limit, WINDOW_MS, throttler);
    if (!record.isBlocked) return null;
    rateLimitRefusals.inc({ limit: throttler });
    const seconds = Math.max(1, Math.ceil(record.timeToBlockExpire));
    return new RateLimitedError(`Too many requests; try again in ${seconds} seconds.`, seconds * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.storage?.onApplicationShutdown?.();
  }
}
