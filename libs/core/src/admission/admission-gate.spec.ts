import { ErrorCode, ServiceUnavailableError } from '../errors';
import { AdmissionGate } from './admission-gate';

/** Work that runs until released. */
function held(): { promise: Promise<string>; release(value: string): void; started: boolean } {
  let release!: (value: string) => void;
  const work = { promise: new Promise<string>((resolve) => (release = resolve)), release: (v: string) => release(v), started: false };
  return work;
}

describe('AdmissionGate', () => {
  const options = { concurrency: 2, queueMs: 60_000, maxQueue: 1, refusal: 'Search is very busy right now.' };

  it('runs up to `concurrency` at once, lets one wait its turn, and refuses the next at once', async () => {
    const gate = new AdmissionGate(options);
    const works = [held(), held(), held()];
    const runs = works.map((w) =>
      gate.run(() => {
        w.started = true;
        return w.promise;
      }),
    );
    const refused = gate.run(async () => 'never');
    await expect(refused).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(refused).rejects.toMatchObject({ code: ErrorCode.SERVICE_UNAVAILABLE, message: 'Search is very busy right now.' });
    await Promise.resolve();
    expect(works.map((w) => w.started)).toEqual([true, true, false]);
    expect(gate.stats).toEqual({ running: 2, waiting: 1, refused: 1 });

    works[0].release('a');
    await expect(runs[0]).resolves.toBe('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(works[2].started).toBe(true);
    works[1].release('b');
    works[2].release('c');
    await expect(Promise.all(runs)).resolves.toEqual(['a', 'b', 'c']);
    expect(gate.stats).toEqual({ running: 0, waiting: 0, refused: 1 });
  });

  it('refuses a caller that waited its whole queue time, and frees its place when work fails', async () => {
    jest.useFakeTimers();
    try {
      const gate = new AdmissionGate({ ...options, concurrency: 1, queueMs: 2000 });
      const first = held();
      const running = gate.run(() => first.promise);
      const waiting = gate.run(async () => 'late');
      jest.advanceTimersByTime(2000);
      await expect(waiting).rejects.toMatchObject({ extensions: { retryAfterSeconds: 2 } });
      first.release('done');
      await expect(running).resolves.toBe('done');
      await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      await expect(gate.run(async () => 'next')).resolves.toBe('next');
      expect(gate.stats.running).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
