import * as os from 'node:os';
import * as argon2 from 'argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * Runs at most `limit` tasks at a time; the others wait their turn, first come first served.
 * A task that fails frees its slot like one that succeeds.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a semaphore needs a limit of at least 1, not ${limit}`);
  }

  /** Tasks running right now. */
  get running(): number {
    return this.active;
  }

  /** Tasks waiting for a slot. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    // Hand the slot straight to the longest waiter, so a newcomer cannot overtake the queue.
    if (next) next();
    else this.active -= 1;
  }
}

/** Each hash or verify holds 19 MiB and a thread-pool thread: a burst of logins queues here instead. */
export const MAX_CONCURRENT_HASHES = Math.max(os.availableParallelism(), 2);

const hashing = new Semaphore(MAX_CONCURRENT_HASHES);

export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => argon2.hash(password, OPTIONS));
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await hashing.run(() => argon2.verify(hash, password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so a login cannot tell unknown e-mails from wrong passwords. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('krisenfest-dummy-password');
  await verifyPassword(await dummyHash, password);
  return false;
}
