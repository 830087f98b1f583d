import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';
import { DEFAULT_REDIS_TIMING, FailOpenRedis, failFastRedis, RedisTiming } from './fail-open-redis';

/** What ThrottlerStorage.increment answers (the package does not export the type from its index). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One hit, atomically. KEYS[1] counts the hits of the current window, KEYS[2] exists while the tracker is
 * blocked. ARGV: window (ms), limit, block duration (ms). Returns { hits, ms until the window ends,
 * blocked 0/1, ms until the block ends }. Blocked requests are not counted (as in the in-memory storage).
 */
const HIT_SCRIPT = `
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return { hits, redis.call('PTTL', KEYS[1]), 1, blockedFor }
end
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local block = tonumber(ARGV[3])
local hits = redis.call('INCR', KEYS[1])
local expiresIn = redis.call('PTTL', KEYS[1])
if hits == 1 or expiresIn < 0 then
  redis.call('PEXPIRE', KEYS[1], window)
  expiresIn = window
end
if hits <= limit then
  return { hits, expiresIn, 0, 0 }
end
if block > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', block)
  -- a new window starts when the block ends
  redis.call('PEXPIRE', KEYS[1], block)
  return { hits, block, 1, block }
end
return { hits, expiresIn, 1, expiresIn }
`;

export type HitScriptResult = [hits: number, windowMs: number, blocked: number, blockMs: number];

type RedisWithHit = Redis & {
  krisenfestRateLimitHit(hitsKey: string, blockKey: string, windowMs: number, limit: number, blockMs: number): Promise<HitScriptResult>;
};

/** Milliseconds left (PTTL, which is -1/-2 for no expiry/no key) as whole seconds, rounded up. */
export function secondsLeft(ms: number): number {
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}

/** The script's answer as the throttler expects it: times in seconds, a blocked record never says 0. */
export function toStorageRecord([hits, windowMs, blocked, blockMs]: HitScriptResult): ThrottlerStorageRecord {
  const isBlocked = blocked === 1;
  return {
    totalHits: hits,
    timeToExpire: secondsLeft(windowMs),
    isBlocked,
    timeToBlockExpire: isBlocked ? Math.max(1, secondsLeft(blockMs)) : 0,
  };
}

/** A record that lets the request through: used when Redis fails (rate limiting fails open). */
const ALLOWED: ThrottlerStorageRecord = { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };

/**
 * Throttler counters in Redis, so that every API process counts against the same limits. Fixed windows:
 * the first hit starts the window; the hit over the limit blocks for the block duration (the window by
 * default). If Redis does not answer, requests are let through and the failure is logged (at most every 30 s).
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly redis: RedisWithHit;
  private readonly connection: FailOpenRedis;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    backoffMs = 0,
  ) {
    redis.defineCommand('krisenfestRateLimitHit', { numberOfKeys: 2, lua: HIT_SCRIPT });
    this.connection = new FailOpenRedis(redis, new Logger('RateLimit'), 'requests are not limited', backoffMs);
    this.redis = redis as RedisWithHit;
  }

  /** A client that never holds a request (see failFastRedis); after a failure Redis is left alone for a while. */
  static connect(url: string, keyPrefix: string, timing: RedisTiming = DEFAULT_REDIS_TIMING): RedisThrottlerStorage {
    return new RedisThrottlerStorage(failFastRedis(url, 'krisenfest-rate-limit', timing), keyPrefix, timing.backoffMs);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, _throttlerName: string): Promise<ThrottlerStorageRecord> {
    if (!this.connection.usable()) return ALLOWED;
    // The hash tag keeps both keys in one slot on Redis Cluster.
    const hitsKey = `${this.keyPrefix}{${key}}`;
    try {
      const record = toStorageRecord(await this.redis.krisenfestRateLimitHit(hitsKey, `${hitsKey}:blocked`, ttl, limit, blockDuration));
      this.connection.reportSuccess();
      return record;
    } catch (error) {
      this.connection.reportFailure(error);
      return ALLOWED;
    }
  }

  onApplicationShutdown(): Promise<void> {
    return this.connection.close();
  }
}
