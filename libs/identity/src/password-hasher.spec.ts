import * as os from 'node:os';
import { hashPassword, MAX_CONCURRENT_HASHES, Semaphore, verifyPassword } from './password-hasher';

/**
 * The algorithm, version and parameters of a PHC-format hash. The argon2 package writes the parameters as
 * `m=…,p=…,t=…` (it sorts them), so they are compared as a set.
 */
function argon2Parameters(hash: string): { algorithm: string; version: string; params: string[] } {
  const [, algorithm, version, params] = hash.split('$');
  return { algorithm, version, params: params.split(',').sort() };
}

/** Lets every promise callback that is ready run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/**
 * `count` fake tasks on the semaphore, each of which runs until the test finishes it by hand; counts how
 * many run at once.
 */
function fakeTasks(semaphore: Semaphore, count: number) {
  const state = { running: 0, maxRunning: 0, started: [] as number[], unfinished: new Map<number, () => void>() };
  const results = Array.from({ length: count }, (_, i) =>
    semaphore.run(async () => {
      state.running += 1;
      state.maxRunning = Math.max(state.maxRunning, state.running);
      state.started.push(i);
      await new Promise<void>((resolve) => state.unfinished.set(i, resolve));
      state.unfinished.delete(i);
      state.running -= 1;
      return i;
    }),
  );
  return { state, results };
}

describe('Semaphore', () => {
  it('never runs more tasks than its limit, starts waiters in arrival order, and finishes them all', async () => {
    const limit = 3;
    const semaphore = new Semaphore(limit);
    const { state, results } = fakeTasks(semaphore, 12);
    await settle();
    expect(state.started).toEqual([0, 1, 2]);
    expect(semaphore.queued).toBe(9);

    // Finish running tasks one by one, alternately the newest and the oldest.
    for (let step = 0; state.unfinished.size > 0; step++) {
      const running = [...state.unfinished.keys()];
      state.unfinished.get(step % 2 ? running[0] : running[running.length - 1])!();
      await settle();
      expect(state.running).toBeLessThanOrEqual(limit);
      expect(semaphore.running).toBeLessThanOrEqual(limit);
    }

    expect(await Promise.all(results)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(state.started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(state.maxRunning).toBe(limit);
    expect(semaphore.running).toBe(0);
    expect(semaphore.queued).toBe(0);
  });

  it('frees the slot of a task that fails, and passes the failure on', async () => {
    const semaphore = new Semaphore(1);
    const failing = semaphore.run(() => Promise.reject(new Error('kaputt')));
    const next = semaphore.run(async () => 'danach');
    await expect(failing).rejects.toThrow('kaputt');
    await expect(next).resolves.toBe('danach');
    expect(semaphore.running).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
    expect(() => new Semaphore(1.5)).toThrow(RangeError);
  });
});

describe('password hasher', () => {
  it('allows as many hashes at once as there are cores, but at least 2', () => {
    expect(MAX_CONCURRENT_HASHES).toBe(Math.max(os.availableParallelism(), 2));
  });

  it('hashes with argon2id (19 MiB, t=2, p=1) and verifies only the right password', async () => {
    // More hashes than the limit at once: the queue must let every one of them finish.
    const passwords = Array.from({ length: MAX_CONCURRENT_HASHES + 2 }, (_, i) => `Deichschutz-${i}-Ahr`);
    const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
    for (const hash of hashes)
      expect(argon2Parameters(hash)).toEqual({ algorithm: 'argon2id', version: 'v=19', params: ['m=19456', 'p=1', 't=2'] });
    expect(await verifyPassword(hashes[0], passwords[0])).toBe(true);
    expect(await verifyPassword(hashes[0], passwords[1])).toBe(false);
    expect(await verifyPassword('not a hash', passwords[0])).toBe(false);
  });
});
