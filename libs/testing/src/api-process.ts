import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as path from 'node:path';
import { freePort } from './ports';
import { TestDatabase } from './test-database';

const ROOT = path.resolve(__dirname, '../../..');

/** A real API process (`dist/apps/api/src/main.js`) on a test database, as production runs it. */
export interface ApiProcess {
  process: ChildProcess;
  port: number;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/** Builds dist/ if the sources are newer (the e2e tests that start processes call it once). */
export function buildIfNeeded(): void {
  execFileSync(process.execPath, ['scripts/build.js', '--if-needed'], { cwd: ROOT, stdio: 'ignore' });
}

/** Starts the API on `db` (a PostgreSQL server database) and waits until /ready answers 200. */
export async function startApiProcess(db: TestDatabase, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      SEED: '0',
      JWT_SECRET: 'x'.repeat(40),
      DATABASE_URL: (db.dataSource.options as { url: string }).url,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started: ApiProcess = {
    process: child,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not get ready within 60 s:\n${output}`);
}

/** One GraphQL request over HTTP to a running process. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
