import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { DomainError } from '@krisenfest/core';
import { redisAnswersPing, REDIS_SKIP_NOTE, TEST_REDIS_URL } from '@krisenfest/testing';
import { LoginAttemptStore, LoginThrottle, MemoryLoginAttemptStore, RedisLoginAttemptStore } from './login-throttle';

const LIMITS = { accountFailures: 3, ipFailures: 5, windowMs: 60_000, lockMs: 120_000 };

/** The same behaviour, whichever store holds the counters. */
function behavesAsLoginAttemptStore(makeStore: () => LoginAttemptStore) {
  let store: LoginAttemptStore;
  let throttle: LoginThrottle;
  beforeEach(() => {
    store = makeStore();
    throttle = new LoginThrottle(store, LIMITS);
  });
  afterEach(() => throttle.onApplicationShutdown());

  const refusal = async (email: string, ip: string | null): Promise<DomainError | undefined> => {
    try {
      await throttle.assertAllowed(email, ip);
      return undefined;
    } catch (error) {
      return error as DomainError;
    }
  };

  it('locks the account with the limit-th failure, for the lock duration', async () => {
    for (let i = 0; i < LIMITS.accountFailures; i++) {
      expect(await refusal('a@example.org', '192.0.2.1')).toBeUndefined();
      await throttle.recordFailure('a@example.org', '192.0.2.1');
    }
    const error = await refusal('a@example.org', '192.0.2.2');
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.code).toBe('RATE_LIMITED');
    expect(error!.extensions.retryAfterSeconds).toBeGreaterThan(LIMITS.windowMs / 1000);
    expect(error!.extensions.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.lockMs / 1000);
    expect(error!.message).toBe('Too many failed sign-ins for this account; try again in 2 minutes.');
    expect(await refusal('b@example.org', '192.0.2.2')).toBeUndefined();
  });

  it('forgets the account failures on success, but not the IP failures', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < LIMITS.accountFailures - 1; i++) await throttle.recordFailure('c@example.org', '192.0.2.3');
      await throttle.recordSuccess('c@example.org');
    }
    expect(await refusal('c@example.org', null)).toBeUndefined();
    await throttle.recordFailure('d@example.org', '192.0.2.3');
    expect((await refusal('c@example.org', '192.0.2.3'))?.message).toBe(
      'Too many failed sign-ins from your network; try again in 2 minutes.',
    );
    expect(await refusal('c@example.org', '192.0.2.4')).toBeUndefined();
  });
}

describe('LoginThrottle with the in-memory store', () => {
  behavesAsLoginAttemptStore(() => new MemoryLoginAttemptStore());

  it('starts a new window when the old one has ended', async () => {
    const store = new MemoryLoginAttemptStore();
    expect(await store.recordFailure('k', 3, 60_000, 60_000)).toBe(1);
    expect(await store.recordFailure('k', 3, 60_000, 60_000)).toBe(2);
    store.entries.get('k')!.windowEndsAt = Date.now() - 1;
    expect(await store.recordFailure('k', 3, 60_000, 60_000)).toBe(1);
    expect(await store.lockedFor(['k', 'unknown'])).toEqual([0, 0]);
  });
});

const redisUp = redisAnswersPing();
const withRedis = redisUp ? describe : describe.skip;

withRedis(`LoginThrottle with the Redis store${redisUp ? '' : ` (${REDIS_SKIP_NOTE})`}`, () => {
  // A prefix of its own per run, removed afterwards: other runs may use the same Redis.
  const prefix = `krisenfest:rl:test:${randomBytes(6).toString('hex')}:`;
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
  });
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  // Each test gets keys of its own through a fresh prefix.
  behavesAsLoginAttemptStore(() => RedisLoginAttemptStore.connect(TEST_REDIS_URL, `${prefix}${randomBytes(4).toString('hex')}:`));

  it('keeps no e-mail address in Redis and expires every key', async () => {
    const throttle = new LoginThrottle(RedisLoginAttemptStore.connect(TEST_REDIS_URL, `${prefix}pii:`), LIMITS);
    await throttle.recordFailure('secret.person@example.org', '192.0.2.9');
    for (let i = 0; i < LIMITS.accountFailures; i++) await throttle.recordFailure('secret.person@example.org', null);
    await throttle.onApplicationShutdown();
    const keys = await redis.keys(`${prefix}pii:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('secret');
    for (const key of keys) expect(await redis.pttl(key)).toBeGreaterThan(0);
  });

  it('fails open when Redis does not answer', async () => {
    // A client that never connects (no offline queue): every command fails at once, and no timers stay behind.
    const store = new RedisLoginAttemptStore(
      new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false }),
      `${prefix}down:`,
    );
    const throttle = new LoginThrottle(store, LIMITS);
    for (let i = 0; i < LIMITS.accountFailures; i++) await throttle.recordFailure('e@example.org', '192.0.2.10');
    await expect(throttle.assertAllowed('e@example.org', '192.0.2.10')).resolves.toBeUndefined();
    await throttle.onApplicationShutdown();
  });
});
