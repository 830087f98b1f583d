import { createHash } from 'node:crypto';
import { Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { DEFAULT_REDIS_TIMING, FailOpenRedis, failFastRedis, RedisTiming } from '@krisenfest/rate-limit';
import { AppConfig, RateLimitedError } from '@krisenfest/core';
import { rateLimitsOf } from '@krisenfest/rate-limit';

/**
 * Failed sign-ins before a lock, and how long counting and the lock last. A lock is hard: while it holds,
 * even the right password is refused, without running argon2.
 */
export const LOGIN_THROTTLE_DEFAULTS = {
  /** Failed logins for one e-mail address (existing or not) within the window that lock it. */
  accountFailures: 5,
  /** Failed logins from one client IP within the window that lock the IP. */
  ipFailures: 20,
  /** The window starts with the first failure (a fixed window, as in the rate-limit storage). */
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;

export type LoginThrottleLimits = { readonly [K in keyof typeof LOGIN_THROTTLE_DEFAULTS]: number };

/**
 * Where failure counters and locks live. @nestjs/throttler's ThrottlerStorage only has `increment`, which
 * counts on every call, so it can neither look at a lock without counting nor reset a counter; hence this
 * small store of its own: in this process's memory, or in the rate limits' Redis (REDIS_URL) so that all
 * API processes share it.
 */
export interface LoginAttemptStore {
  /** Milliseconds each key stays locked, in the given order; 0 = not locked. */
  lockedFor(keys: readonly string[]): Promise<number[]>;
  /** Counts a failure in the key's window; the `limit`-th failure locks the key for `lockMs` and starts a new window. */
  recordFailure(key: string, limit: number, windowMs: number, lockMs: number): Promise<number>;
  /** Forgets the key's failures (not its lock). */
  reset(key: string): Promise<void>;
  close?(): Promise<void>;
}

interface MemoryEntry {
  failures: number;
  windowEndsAt: number;
  lockedUntil: number;
}

/** The store of a single API process (no REDIS_URL). Expired entries are swept as new ones arrive. */
export class MemoryLoginAttemptStore implements LoginAttemptStore {
  /** Visible for tests, which end locks early by moving `lockedUntil` into the past. */
  readonly entries = new Map<string, MemoryEntry>();
  private writes = 0;

  async lockedFor(keys: readonly string[]): Promise<number[]> {
    const now = Date.now();
    return keys.map((key) => Math.max(0, (this.entries.get(key)?.lockedUntil ?? 0) - now));
  }

  async recordFailure(key: string, limit: number, windowMs: number, lockMs: number): Promise<number> {
    const now = Date.now();
    if (++this.writes % 1000 === 0) this.sweep(now);
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { failures: 0, windowEndsAt: 0, lockedUntil: 0 }));
    if (entry.windowEndsAt <= now) Object.assign(entry, { failures: 0, windowEndsAt: now + windowMs });
    const failures = ++entry.failures;
    if (failures >= limit) Object.assign(entry, { failures: 0, windowEndsAt: 0, lockedUntil: now + lockMs });
    return failures;
  }

  async reset(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) Object.assign(entry, { failures: 0, windowEndsAt: 0 });
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) if (entry.windowEndsAt <= now && entry.lockedUntil <= now) this.entries.delete(key);
  }
}

/** KEYS[1] counts failures, KEYS[2] exists while locked. ARGV: window (ms), limit, lock (ms). */
const FAILURE_SCRIPT = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 or redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
if failures >= tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
end
return failures
`;

type RedisWithFailure = Redis & {
  krisenfestLoginFailure(failuresKey: string, lockKey: string, windowMs: number, limit: number, lockMs: number): Promise<number>;
};

/**
 * The store shared by all API processes through the rate limits' Redis (same REDIS_URL and key prefix).
 * Like the rate limits it fails open: if Redis does not answer, sign-ins are not throttled and that is logged.
 */
export class RedisLoginAttemptStore implements LoginAttemptStore {
  private readonly redis: RedisWithFailure;
  private readonly connection: FailOpenRedis;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    backoffMs = 0,
  ) {
    redis.defineCommand('krisenfestLoginFailure', { numberOfKeys: 2, lua: FAILURE_SCRIPT });
    this.connection = new FailOpenRedis(redis, new Logger('LoginThrottle'), 'sign-ins are not throttled', backoffMs);
    this.redis = redis as RedisWithFailure;
  }

  static connect(url: string, keyPrefix: string, timing: RedisTiming = DEFAULT_REDIS_TIMING): RedisLoginAttemptStore {
    return new RedisLoginAttemptStore(failFastRedis(url, 'krisenfest-login-throttle', timing), keyPrefix, timing.backoffMs);
  }

  async lockedFor(keys: readonly string[]): Promise<number[]> {
    if (!this.connection.usable()) return keys.map(() => 0);
    try {
      const pipeline = this.redis.pipeline();
      for (const key of keys) pipeline.pttl(`${this.failuresKey(key)}:locked`);
      const results = (await pipeline.exec()) ?? [];
      this.connection.reportSuccess();
      return keys.map((_key, i) => {
        const [error, ms] = results[i] ?? [null, 0];
        if (error) throw error;
        return Math.max(0, Number(ms));
      });
    } catch (error) {
      this.connection.reportFailure(error);
      return keys.map(() => 0);
    }
  }

  async recordFailure(key: string, limit: number, windowMs: number, lockMs: number): Promise<number> {
    if (!this.connection.usable()) return 0;
    const failuresKey = this.failuresKey(key);
    try {
      return await this.redis.krisenfestLoginFailure(failuresKey, `${failuresKey}:locked`, windowMs, limit, lockMs);
    } catch (error) {
      this.connection.reportFailure(error);
      return 0;
    }
  }

  async reset(key: string): Promise<void> {
    try {
      await this.redis.del(this.failuresKey(key));
    } catch (error) {
      this.connection.reportFailure(error);
    }
  }

  close(): Promise<void> {
    return this.connection.close();
  }

  /** The hash tag keeps the counter and its lock in one slot on Redis Cluster. */
  private failuresKey(key: string): string {
    return `${this.keyPrefix}{login:${key}}`;
  }
}

/** The account's key: a hash of the normalised e-mail, so the store holds no addresses. */
function accountKey(email: string): string {
  return `account:${createHash('sha256').update(email).digest('hex')}`;
}

function ipKey(ip: string): string {
  return `ip:${ip}`;
}

function rateLimited(what: string, ms: number): RateLimitedError {
  const minutes = Math.ceil(Math.max(1, Math.ceil(ms / 1000)) / 60);
  return new RateLimitedError(`Too many failed sign-ins ${what}; try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`, ms);
}

/**
 * Throttles password sign-ins per account (normalised e-mail, whether or not the account exists, so a lock
 * reveals nothing) and per client IP. `email` must already be normalised; a null IP (no HTTP request) is
 * only counted per account.
 */
export class LoginThrottle implements OnApplicationShutdown {
  constructor(
    readonly store: LoginAttemptStore,
    readonly limits: LoginThrottleLimits = LOGIN_THROTTLE_DEFAULTS,
  ) {}

  static forConfig(config: AppConfig): LoginThrottle {
    const store = config.redisUrl
      ? RedisLoginAttemptStore.connect(config.redisUrl, rateLimitsOf(config).keyPrefix, {
          commandTimeoutMs: config.redisCommandTimeoutMs,
          backoffMs: config.redisBackoffMs,
        })
      : new MemoryLoginAttemptStore();
    return new LoginThrottle(store);
  }

  /** Throws RATE_LIMITED while the account or the IP is locked; one store round trip, no hashing of passwords. */
  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [account, address = 0] = await this.store.lockedFor(ip ? [accountKey(email), ipKey(ip)] : [accountKey(email)]);
    if (account > 0) throw rateLimited('for this account', account);
    if (address > 0) throw rateLimited('from your network', address);
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    const { accountFailures, ipFailures, windowMs, lockMs } = this.limits;
    await Promise.all([
      this.store.recordFailure(accountKey(email), accountFailures, windowMs, lockMs),
      ip ? this.store.recordFailure(ipKey(ip), ipFailures, windowMs, lockMs) : undefined,
    ]);
  }

  /** A successful sign-in forgets the account's failures; the IP's stay. */
  async recordSuccess(email: string): Promise<void> {
    await this.store.reset(accountKey(email));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close?.();
  }
}
