import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The compiled server, as an operator starts it: a bad setting must stop it with one clear line.
const root = path.resolve(__dirname, '../../..');
const main = path.join(root, 'dist/apps/api/src/main.js');

function start(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-config-e2e-'));
  try {
    // Only what an operator's shell would have; none of the test runner's settings leak in.
    return spawnSync(process.execPath, [main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NODE_ENV: 'development', DATA_DIR: dataDir, SEED: '0', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function outputLines(result: { stdout: string; stderr: string }): string[] {
  return `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
}

describe('starting the API with a bad configuration', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.js', '--if-needed'], { cwd: root, stdio: 'pipe' });
  }, 120_000);

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['JWT_SECRET', { NODE_ENV: 'production' }],
  ])('exits non-zero with exactly one line naming %s', (variable, env) => {
    const result = start(env);
    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    expect(result.status).not.toBeNull();
    const lines = outputLines(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(variable);
    expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });
});
