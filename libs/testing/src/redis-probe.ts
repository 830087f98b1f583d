import { execFileSync } from 'node:child_process';

/** The Redis the tests use (CI machines run one without persistence). */
export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers PING, checked synchronously (in a child process) so that a test file can decide
 * between `it` and `it.skip` while jest collects its tests.
 */
export function redisAnswersPing(host = '127.0.0.1', port = 6379): boolean {
  const probe = `const s = require('node:net').connect(${port}, ${JSON.stringify(host)});
    s.setTimeout(1000, () => process.exit(1));
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 1));
    s.on('error', () => process.exit(1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000, env: { PATH: process.env.PATH ?? '' } });
    return true;
  } catch {
    return false;
  }
}

export const REDIS_SKIP_NOTE = `SKIPPED: Redis at ${TEST_REDIS_URL} did not answer PING`;
