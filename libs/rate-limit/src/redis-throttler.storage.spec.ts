import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisThrottlerStorage, secondsLeft, toStorageRecord } from './redis-throttler.storage';
import { redisAnswersPing, REDIS_SKIP_NOTE, TEST_REDIS_URL } from '@krisenfest/testing';

describe('RedisThrottlerStorage arithmetic', () => {
  it('turns PTTL milliseconds into whole seconds, rounding up; no key or no expiry is 0', () => {
    expect(secondsLeft(60_000)).toBe(60);
    expect(secondsLeft(59_001)).toBe(60);
    expect(secondsLeft(59_000)).toBe(59);
    expect(secondsLeft(1)).toBe(1);
    expect(secondsLeft(0)).toBe(0);
    expect(secondsLeft(-1)).toBe(0); // PTTL: key without expiry
    expect(secondsLeft(-2)).toBe(0); // PTTL: no such key
  });

  it('maps the script result onto the ThrottlerStorage record', () => {
    expect(toStorageRecord([1, 60_000, 0, 0])).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    expect(toStorageRecord([6, 12_345, 1, 59_999])).toEqual({ totalHits: 6, timeToExpire: 13, isBlocked: true, timeToBlockExpire: 60 });
    // A block that ends within the millisecond still tells the client to wait a second, never 0.
    expect(toStorageRecord([6, -2, 1, 0])).toEqual({ totalHits: 6, timeToExpire: 0, isBlocked: true, timeToBlockExpire: 1 });
  });
});

const redisUp = redisAnswersPing();
const withRedis = redisUp ? describe : describe.skip;

withRedis(`RedisThrottlerStorage on Redis${redisUp ? '' : ` (${REDIS_SKIP_NOTE})`}`, () => {
  const prefix = `krisenfest:rl:test:${randomBytes(6).toString('hex')}:`;
  let redis: Redis;
  let storage: RedisThrottlerStorage;

  beforeAll(() => {
    redis = new Redis(TEST_REDIS_URL);
    storage = new RedisThrottlerStorage(redis.duplicate(), prefix);
  });

  afterAll(async () => {
    await storage.onApplicationShutdown();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('counts hits in a window of the given length and blocks the hit over the limit for the block duration', async () => {
    const first = await storage.increment('ip:198.51.100.1', 60_000, 2, 30_000, 'ip');
    expect(first).toMatchObject({ totalHits: 1, isBlocked: false, timeToBlockExpire: 0 });
    expect(first.timeToExpire).toBeGreaterThanOrEqual(59);
    expect(first.timeToExpire).toBeLessThanOrEqual(60);
    const pttl = await redis.pttl(`${prefix}{ip:198.51.100.1}`);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(60_000);

    expect(await storage.increment('ip:198.51.100.1', 60_000, 2, 30_000, 'ip')).toMatchObject({ totalHits: 2, isBlocked: false });
    const over = await storage.increment('ip:198.51.100.1', 60_000, 2, 30_000, 'ip');
    expect(over).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(over.timeToBlockExpire).toBeGreaterThanOrEqual(1);
    expect(over.timeToBlockExpire).toBeLessThanOrEqual(30);
    // While blocked, hits are refused without being counted; the window ends with the block.
    const again = await storage.increment('ip:198.51.100.1', 60_000, 2, 30_000, 'ip');
    expect(again).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(again.timeToBlockExpire).toBeLessThanOrEqual(over.timeToBlockExpire);
    expect(await redis.pttl(`${prefix}{ip:198.51.100.1}`)).toBeLessThanOrEqual(30_000);
  });

  it('without a block duration refuses until the window ends', async () => {
    expect(await storage.increment('ip:198.51.100.2', 60_000, 1, 0, 'ip')).toMatchObject({ totalHits: 1, isBlocked: false });
    const over = await storage.increment('ip:198.51.100.2', 60_000, 1, 0, 'ip');
    expect(over).toMatchObject({ totalHits: 2, isBlocked: true });
    expect(over.timeToBlockExpire).toBe(over.timeToExpire);
    expect(over.timeToExpire).toBeGreaterThanOrEqual(1);
    expect(over.timeToExpire).toBeLessThanOrEqual(60);
    expect(await redis.exists(`${prefix}{ip:198.51.100.2}:blocked`)).toBe(0);
  });

  it('keeps trackers apart', async () => {
    expect(await storage.increment('user:a', 60_000, 1, 60_000, 'user')).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await storage.increment('user:a', 60_000, 1, 60_000, 'user')).toMatchObject({ isBlocked: true });
    expect(await storage.increment('user:b', 60_000, 1, 60_000, 'user')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('is atomic: concurrent hits get distinct counts and exactly the limit passes', async () => {
    const other = new RedisThrottlerStorage(redis.duplicate(), prefix); // a second API process
    try {
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => (i % 2 ? storage : other).increment('ip:198.51.100.3', 60_000, 20, 60_000, 'ip')),
      );
      expect(results.filter((r) => !r.isBlocked)).toHaveLength(20);
      expect(
        results
          .filter((r) => !r.isBlocked)
          .map((r) => r.totalHits)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    } finally {
      await other.onApplicationShutdown();
    }
  });
});

describe('RedisThrottlerStorage when Redis is unreachable', () => {
  it('lets requests through instead of failing them', async () => {
    // A client that is not connected and does not queue: every command fails at once.
    const down = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null });
    const storage = new RedisThrottlerStorage(down, 'krisenfest:rl:unreachable:');
    (storage as any).logger = { error: () => undefined };
    try {
      await expect(storage.increment('ip:198.51.100.4', 60_000, 1, 60_000, 'ip')).resolves.toMatchObject({ isBlocked: false });
    } finally {
      await storage.onApplicationShutdown();
    }
  });
});
