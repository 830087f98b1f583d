import { ChildProcess, spawn } from 'node:child_process';
import { TYPENAME } from './documents';
import { postGraphQL as post } from './measure';

/** A server the bench starts as a child process (Krisenfest or the baseline), with the tail of its output. */
export class Server {
  readonly process: ChildProcess;
  private tail = '';

  constructor(
    readonly name: string,
    script: string,
    env: Record<string, string>,
    readonly url: string,
    nodeOptions: string[] = [],
  ) {
    this.process = spawn(process.execPath, [...nodeOptions, script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.tail = (this.tail + chunk.toString()).slice(-20_000);
    };
    this.process.stdout!.on('data', keep);
    this.process.stderr!.on('data', keep);
  }

  /** The last 20 000 characters the process wrote. */
  get output(): string {
    return this.tail;
  }

  get pid(): number {
    return this.process.pid!;
  }

  async ready(timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.process.exitCode !== null) throw new Error(`${this.name} exited (${this.process.exitCode}):\n${this.tail}`);
      try {
        const body = await post(this.url, TYPENAME, {});
        if ((body.data as { __typename?: string } | undefined)?.__typename === 'Query') return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.name} did not answer within ${timeoutMs / 1000} s:\n${this.tail}`);
  }

  stop(): Promise<void> {
    if (this.process.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.process.once('exit', () => resolve());
      this.process.kill('SIGTERM');
    });
  }
}
