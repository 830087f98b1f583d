import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as net from 'node:net';
import { createTestApp, freePort, graphql, TestApp } from '@krisenfest/testing';

/**
 * Redis frozen or stopped must not slow requests down: the rate limits fail open at once (no offline queue, a
 * short command timeout, a back-off before Redis is asked again). The Redis here is the test's own
 * `redis-server` on a free port, so stopping it touches nothing else.
 */
const MUNICIPALITIES = graphql(`
  query RedisOutageMunicipalities {
    municipalities(first: 1) {
      nodes {
        name
      }
    }
  }
`);

function redisServerPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const binary = redisServerPath();
const withRedisServer = binary ? describe : describe.skip;

async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn(binary!, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return redis;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  redis.kill('SIGKILL');
  throw new Error('the test redis-server did not start');
}

withRedisServer(`Redis outages${binary ? '' : ' (SKIPPED: no redis-server on PATH)'}`, () => {
  const COMMAND_TIMEOUT_MS = 200;
  let redis: ChildProcess;
  let t: TestApp;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    t = await createTestApp({
      env: {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        RATE_LIMIT_IP_PER_MINUTE: '100000',
        RATE_LIMIT_KEY_PREFIX: 'krisenfest:rl:outage-test:',
        REDIS_COMMAND_TIMEOUT_MS: String(COMMAND_TIMEOUT_MS),
        REDIS_BACKOFF_MS: '1000',
      },
    });
    await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    await t.as(null).data(MUNICIPALITIES);
  });
  afterAll(async () => {
    redis.kill('SIGCONT');
    redis.kill('SIGKILL');
    await t.close();
  });

  /** 20 requests one after the other; how long the slowest and all of them took. */
  async function twentyRequests(): Promise<{ slowest: number; total: number }> {
    let slowest = 0;
    const started = Date.now();
    for (let i = 0; i < 20; i++) {
      const before = Date.now();
      expect((await t.as(null).data(MUNICIPALITIES)).municipalities.nodes).toEqual([{ name: 'Plochingen' }]);
      slowest = Math.max(slowest, Date.now() - before);
    }
    return { slowest, total: Date.now() - started };
  }

  it('a frozen Redis costs one request the command timeout at most, and the others nothing', async () => {
    redis.kill('SIGSTOP');
    const { slowest, total } = await twentyRequests();
    // Without the timeout a request would wait for Redis for ever; without the back-off each would wait 200 ms.
    expect(slowest).toBeLessThan(COMMAND_TIMEOUT_MS + 1500);
    expect(total).toBeLessThan(20 * COMMAND_TIMEOUT_MS);
  });

  it('a stopped Redis is not waited for', async () => {
    // Past the back-off, so the requests try Redis again.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    redis.kill('SIGCONT');
    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));
    const { slowest, total } = await twentyRequests();
    expect(slowest).toBeLessThan(COMMAND_TIMEOUT_MS + 1500);
    expect(total).toBeLessThan(20 * COMMAND_TIMEOUT_MS);
  });
});
