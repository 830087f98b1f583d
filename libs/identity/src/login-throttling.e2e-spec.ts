import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import {
  createTestApp,
  Document,
  expectErrorCode,
  graphql,
  redisAnswersPing,
  REDIS_SKIP_NOTE,
  SignedUpUser,
  sqlStatements,
  TEST_REDIS_URL,
  TestApp,
} from '@krisenfest/testing';
import { LOGIN_THROTTLE_DEFAULTS, LoginThrottle, MemoryLoginAttemptStore, RedisLoginAttemptStore } from './login-throttle';

const LOGIN = graphql(`
  mutation LoginThrottlingLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
      }
    }
  }
`);
const { accountFailures, ipFailures, lockMs } = LOGIN_THROTTLE_DEFAULTS;

/** As t.as(null).request(), with headers of our own: t.as() sends none. */
const withHeaders = <R, V>(t: TestApp, document: Document<R, V>, variables: NoInfer<V>, headers: Record<string, string>) =>
  t.gql<R>(String(document), variables as Record<string, unknown>, { headers });

/** One login as a client at `ip` (X-Forwarded-For, trusted with TRUST_PROXY_HOPS=1). */
const loginFrom = (t: TestApp, ip: string, input: { email: string; password: string }) =>
  withHeaders(t, LOGIN, { input }, { 'x-forwarded-for': ip });
type LoginResponse = Awaited<ReturnType<typeof loginFrom>>;

describe('login throttling', () => {
  let t: TestApp;
  let nextIp = 0;
  /** A client address of its own per test, so that the tests do not share the per-IP counter. */
  const freshIp = () => `203.0.113.${++nextIp}`;

  /** One login from `ip`; never a 5xx, and not refused at the HTTP level either. */
  const login = async (email: string, password: string, ip: string): Promise<LoginResponse> => {
    const response = await loginFrom(t, ip, { email, password });
    expect(response.status).toBe(200);
    return response;
  };
  const expectSignedIn = (response: LoginResponse, user: SignedUpUser) => {
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.login.user.id).toBe(user.userId);
  };
  const expectWrongPassword = (response: LoginResponse) => {
    expect(expectErrorCode(response.body, 'UNAUTHENTICATED').message).toBe('E-mail address or password is wrong.');
  };
  const expectLocked = (response: LoginResponse, what: 'for this account' | 'from your network') => {
    const error = expectErrorCode(response.body, 'RATE_LIMITED');
    const seconds = error.extensions?.retryAfterSeconds as number;
    expect(Number.isInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(lockMs / 1000);
    const minutes = Math.ceil(seconds / 60);
    expect(error.message).toBe(`Too many failed sign-ins ${what}; try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`);
    expect(response.body.data).toBeNull();
  };
  const fail = async (email: string, ip: string, times: number) => {
    for (let i = 0; i < times; i++) expectWrongPassword(await login(email, 'not the password', ip));
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY_HOPS: '1' } });
  });
  afterAll(() => t.close());

  it('uses the documented defaults', () => {
    expect(LOGIN_THROTTLE_DEFAULTS).toEqual({ accountFailures: 5, ipFailures: 20, windowMs: 900_000, lockMs: 900_000 });
    expect(t.app.get(LoginThrottle).store).toBeInstanceOf(MemoryLoginAttemptStore);
  });

  it(`locks an account after ${accountFailures} failures, even for the right password, without running argon2`, async () => {
    const anna = await t.signUp('Anna');
    const ip = freshIp();
    await fail(anna.email, ip, accountFailures);
    const refused = await login(anna.email, anna.password, ip);
    expectLocked(refused, 'for this account');
    // Refused before the user is looked up, so before argon2 could run.
    expect(sqlStatements(refused.body)).toBe(0);
    // from another address, and with the e-mail in other letter case, too
    expectLocked(await login(anna.email.toUpperCase(), anna.password, freshIp()), 'for this account');
  });

  it('leaves other accounts from the same IP alone until the IP threshold', async () => {
    const ben = await t.signUp('Ben');
    const carla = await t.signUp('Carla');
    const ip = freshIp();
    await fail(ben.email, ip, accountFailures);
    expectLocked(await login(ben.email, ben.password, ip), 'for this account');
    expectSignedIn(await login(carla.email, carla.password, ip), carla);
  });

  it('locks an unknown e-mail address exactly like a known one', async () => {
    const dora = await t.signUp('Dora');
    const unknown = `nobody-${Date.now()}@example.org`;
    const ip = freshIp();
    const known: LoginResponse[] = [];
    const missing: LoginResponse[] = [];
    for (let i = 0; i < accountFailures; i++) {
      known.push(await login(dora.email, 'not the password', ip));
      missing.push(await login(unknown, 'not the password', ip));
    }
    known.forEach(expectWrongPassword);
    missing.forEach(expectWrongPassword);
    const lockedKnown = await login(dora.email, dora.password, ip);
    const lockedMissing = await login(unknown, dora.password, ip);
    expectLocked(lockedKnown, 'for this account');
    expectLocked(lockedMissing, 'for this account');
    expect(lockedMissing.body.errors![0].message).toBe(lockedKnown.body.errors![0].message);
  });

  it(`locks an IP after ${ipFailures} failures across accounts, and serves another IP`, async () => {
    const ip = freshIp();
    const users = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => t.signUp(`Ede ${i}`)));
    // 4 failures on each of 5 accounts: no account reaches its own threshold.
    for (let i = 0; i < ipFailures; i++) expectWrongPassword(await login(users[i % 5].email, 'not the password', ip));
    const fritz = users[5];
    expectLocked(await login(fritz.email, fritz.password, ip), 'from your network');
    expectSignedIn(await login(fritz.email, fritz.password, freshIp()), fritz);
    // the accounts themselves are not locked
    expectSignedIn(await login(users[0].email, users[0].password, freshIp()), users[0]);
  });

  it('a successful login resets the account counter, not the IP counter', async () => {
    const gerd = await t.signUp('Gerd');
    const ip = freshIp();
    await fail(gerd.email, ip, accountFailures - 1);
    expectSignedIn(await login(gerd.email, gerd.password, ip), gerd);
    await fail(gerd.email, ip, accountFailures - 1);
    expectSignedIn(await login(gerd.email, gerd.password, ip), gerd);
    // 8 failures from this IP so far; 12 more (on other addresses) lock it despite the successes.
    for (let i = 0; i < ipFailures - 2 * (accountFailures - 1); i++)
      expectWrongPassword(await login(`filler-${i}-${ip}@example.org`, 'nope', ip));
    expectLocked(await login(gerd.email, gerd.password, ip), 'from your network');
  });

  it('lets the account in again once the lock has ended', async () => {
    const ines = await t.signUp('Ines');
    const ip = freshIp();
    await fail(ines.email, ip, accountFailures);
    expectLocked(await login(ines.email, ines.password, ip), 'for this account');
    // Move time: end every lock in the in-memory store.
    const store = t.app.get(LoginThrottle).store as MemoryLoginAttemptStore;
    const locked = [...store.entries.values()].filter((entry) => entry.lockedUntil > 0);
    expect(locked.length).toBeGreaterThan(0);
    for (const entry of locked) entry.lockedUntil = Date.now() - 1;
    expectSignedIn(await login(ines.email, ines.password, ip), ines);
    // a fresh window: the next failures count from zero
    await fail(ines.email, ip, accountFailures - 1);
    expectSignedIn(await login(ines.email, ines.password, ip), ines);
  });
});

describe('login throttling without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For, so an attacker cannot escape the IP lock by naming new addresses', async () => {
    const jan = await t.signUp('Jan');
    for (let i = 0; i < ipFailures; i++) {
      const { body } = await loginFrom(t, `198.51.100.${i}`, { email: `nobody-${i}@example.org`, password: 'nope' });
      expectErrorCode(body, 'UNAUTHENTICATED');
    }
    const refused = await loginFrom(t, '198.51.100.200', { email: jan.email, password: jan.password });
    expect(refused.status).toBe(200);
    expectErrorCode(refused.body, 'RATE_LIMITED');
  });
});

const redisUp = redisAnswersPing();
const withRedis = redisUp ? describe : describe.skip;

withRedis(`login throttling shared through Redis${redisUp ? '' : ` (${REDIS_SKIP_NOTE})`}`, () => {
  // A prefix of its own per run, removed afterwards: other runs may use the same Redis.
  const prefix = `krisenfest:rl:test:${randomBytes(6).toString('hex')}:`;
  // A generous command timeout: on a loaded machine the default 250 ms can pass, and the throttle then (rightly)
  // counts in memory only; this test is about sharing, redis-outage.e2e-spec.ts about timeouts.
  const env = { REDIS_URL: TEST_REDIS_URL, RATE_LIMIT_KEY_PREFIX: prefix, TRUST_PROXY_HOPS: '1', REDIS_COMMAND_TIMEOUT_MS: '5000' };
  let replicaA: TestApp | undefined;
  let replicaB: TestApp | undefined;
  let redis: Redis;

  beforeAll(async () => {
    redis = new Redis(TEST_REDIS_URL);
    replicaA = await createTestApp({ env });
    replicaB = await createTestApp({ env });
  });
  afterAll(async () => {
    await replicaA?.close();
    await replicaB?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('lets two API processes share the failures and the lock of an account', async () => {
    const [a, b] = [replicaA!, replicaB!];
    expect(a.app.get(LoginThrottle).store).toBeInstanceOf(RedisLoginAttemptStore);
    const email = `shared-${randomBytes(4).toString('hex')}@example.org`;
    const attempt = (replica: TestApp, ip: string) => loginFrom(replica, ip, { email, password: 'not the password' });
    for (let i = 0; i < accountFailures; i++) expectErrorCode((await attempt(i % 2 ? b : a, `192.0.2.${i + 1}`)).body, 'UNAUTHENTICATED');
    for (const replica of [a, b]) {
      const response = await attempt(replica, '192.0.2.50');
      expect(response.status).toBe(200);
      const error = expectErrorCode(response.body, 'RATE_LIMITED');
      expect(error.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      expect(error.extensions?.retryAfterSeconds).toBeLessThanOrEqual(lockMs / 1000);
    }
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.some((key) => key.endsWith(':locked'))).toBe(true);
    expect(keys.join(' ')).not.toContain('shared-');
  });
});
