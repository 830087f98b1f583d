import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import {
  createTestApp,
  Document,
  expectErrorCode,
  graphql,
  GraphQLResponse,
  redisAnswersPing,
  REDIS_SKIP_NOTE,
  SignedUpUser,
  TEST_REDIS_URL,
  TestApp,
} from '@krisenfest/testing';
import { RateLimits } from './rate-limits';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const VIEWER = graphql(`
  query RateLimitViewer {
    viewer {
      id
    }
  }
`);

const VIEWER_TWICE = graphql(`
  query RateLimitViewerTwice {
    a: viewer {
      id
    }
    b: viewer {
      id
    }
  }
`);

/**
 * One request from `ip` (as the proxy in front reports it in X-Forwarded-For), with the token of `user` if
 * given; never a 5xx. t.as() sends no headers of its own, so this goes through t.gql.
 */
async function send<R>(
  t: TestApp,
  ip: string,
  document: Document<R, { [key: string]: never }>,
  user?: SignedUpUser,
): Promise<GraphQLResponse<R>> {
  const response = await t.gql<R>(String(document), {}, { token: user?.token, headers: { 'x-forwarded-for': ip } });
  expect(response.status).toBe(200);
  return response;
}

/** The viewer query from `ip`. */
const from = (t: TestApp, ip: string, user?: SignedUpUser) => send(t, ip, VIEWER, user);

function expectRateLimited(response: GraphQLResponse<unknown>): number {
  const error = expectErrorCode(response.body, 'RATE_LIMITED');
  const seconds = error.extensions?.retryAfterSeconds as number;
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(60);
  expect(error.message).toBe(`Too many requests; try again in ${seconds} seconds.`);
  return seconds;
}

describe('rate limits without a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_IP_PER_MINUTE: '5' } });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For, so a client cannot pick a new address per request', async () => {
    for (let i = 0; i < 5; i++) expect((await from(t, `198.51.100.${i}`)).body.errors).toBeUndefined();
    expectRateLimited(await from(t, '198.51.100.99'));
  });
});

describe('rate limits per IP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_IP_PER_MINUTE: '5', TRUST_PROXY_HOPS: '1' } });
  });
  afterAll(() => t.close());

  it('refuses the 6th request of a minute from one IP with RATE_LIMITED and Retry-After, and serves another IP', async () => {
    for (let i = 0; i < 5; i++) expect((await from(t, '203.0.113.10')).body.errors).toBeUndefined();
    const seconds = expectRateLimited(await from(t, '203.0.113.10'));

    const raw = await t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.10' },
        payload: JSON.stringify({ query: String(VIEWER) }),
      });
    expect(raw.statusCode).toBe(200);
    expect(Number(raw.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(raw.headers['retry-after'])).toBeLessThanOrEqual(seconds);

    const other = await from(t, '203.0.113.11');
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data).toEqual({ viewer: null });
  });

  it('counts a request once, however many top-level fields it has, and refuses it whole', async () => {
    for (let i = 0; i < 5; i++) expect((await send(t, '203.0.113.12', VIEWER_TWICE)).body.errors).toBeUndefined();
    const refused = await send(t, '203.0.113.12', VIEWER_TWICE);
    expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(refused.body.data).toBeUndefined();
  });

  it('counts requests that never reach a resolver: { __typename }, invalid and over-cost documents', async () => {
    const ip = '203.0.113.14';
    const raw = (query: string) =>
      t.gql(query, {}, { headers: { 'x-forwarded-for': ip } }).then((r) => {
        expect(r.status).toBeLessThan(500);
        return r;
      });
    expect((await raw('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    expect((await raw('{ __typename')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await raw('{ noSuchField }')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooCostly =
      '{ experiences(first: 100) { nodes { thread { comments(first: 100) { nodes { replies(first: 100) { nodes { id } } } } } } } }';
    expect((await raw(tooCostly)).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await raw('{ __typename }')).body.errors).toBeUndefined();
    // The sixth request of the minute, whatever it is.
    expectRateLimited(await raw('{ __typename }'));
  });

  it('never limits /health and /ready', async () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    for (let i = 0; i < 5; i++) await from(t, '203.0.113.13');
    // The address is limited now, for GraphQL …
    expectRateLimited(await from(t, '203.0.113.13'));
    // … but not for the probes.
    for (let i = 0; i < 10; i++) {
      for (const url of ['/health', '/ready']) {
        const res = await fastify.inject({ method: 'GET', url, headers: { 'x-forwarded-for': '203.0.113.13' } });
        expect(res.statusCode).toBe(200);
      }
    }
  });
});

describe('rate limits per signed-in user', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_USER_PER_MINUTE: '3', TRUST_PROXY_HOPS: '1' } });
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
  });
  afterAll(() => t.close());

  it('counts a user across IPs and leaves other users and anonymous callers alone', async () => {
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      expect((await from(t, ip, anna)).body.data).toEqual({ viewer: { id: anna.userId } });
    }
    expectRateLimited(await from(t, '198.51.100.4', anna));
    expect((await from(t, '198.51.100.4', ben)).body.data).toEqual({ viewer: { id: ben.userId } });
    // Without a token only the per-IP limit applies, and that one is off here.
    for (let i = 0; i < 5; i++) expect((await from(t, '198.51.100.4')).body.errors).toBeUndefined();
  });
});

const redisUp = redisAnswersPing();
const withRedis = redisUp ? describe : describe.skip;

withRedis(`rate limits shared through Redis${redisUp ? '' : ` (${REDIS_SKIP_NOTE})`}`, () => {
  // A prefix of its own per run, removed afterwards: other runs may use the same Redis.
  const prefix = `krisenfest:rl:test:${randomBytes(6).toString('hex')}:`;
  // A generous command timeout: on a loaded machine the default 250 ms can pass and the limits then (rightly) count
  // in memory only; this test is about sharing, redis-outage.e2e-spec.ts about timeouts.
  const env = {
    REDIS_URL: TEST_REDIS_URL,
    RATE_LIMIT_IP_PER_MINUTE: '5',
    RATE_LIMIT_KEY_PREFIX: prefix,
    TRUST_PROXY_HOPS: '1',
    REDIS_COMMAND_TIMEOUT_MS: '5000',
  };
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

  it('lets two API processes share one counter per IP', async () => {
    const [a, b] = [replicaA!, replicaB!];
    for (const replica of [a, b, a, b, a]) expect((await from(replica, '192.0.2.7')).body.errors).toBeUndefined();
    expectRateLimited(await from(b, '192.0.2.7'));
    expectRateLimited(await from(a, '192.0.2.7'));
    expect((await from(b, '192.0.2.8')).body.errors).toBeUndefined();
    expect(await redis.keys(`${prefix}*`)).toEqual(expect.arrayContaining([`${prefix}{ip:192.0.2.7}`, `${prefix}{ip:192.0.2.7}:blocked`]));
  });

  it('closes its Redis connection when the app shuts down', async () => {
    const app = await createTestApp({ env });
    // The counters' storage is the limits' own (private): the test looks at it from outside.
    const storage: unknown = app.app.get(RateLimits)['storage'];
    expect(storage).toBeInstanceOf(RedisThrottlerStorage);
    const redisStorage = storage as RedisThrottlerStorage;
    // The connection is the storage's own (private): the test looks at it from outside.
    const status = () => redisStorage['redis'].status;
    expect((await from(app, '192.0.2.9')).body.errors).toBeUndefined();
    expect(status()).toBe('ready');
    const shutdown = jest.spyOn(redisStorage, 'onApplicationShutdown');
    await app.close();
    expect(shutdown).toHaveBeenCalled();
    expect(status()).toBe('end');
  });
});
