import { BACKLOG_PER_CHANNEL, LiveDelivery } from './live-events';
import { MemoryLiveEvents } from './memory-live-events';

async function take<T>(stream: AsyncIterator<LiveDelivery<T>>, count: number): Promise<LiveDelivery<T>[]> {
  const out: LiveDelivery<T>[] = [];
  while (out.length < count) {
    const next = await stream.next();
    if (next.done) break;
    out.push(next.value);
  }
  return out;
}

describe('MemoryLiveEvents', () => {
  it('delivers in order from now on, and resumes after an id with what was missed, once each', async () => {
    const live = new MemoryLiveEvents();
    const first = live.subscribe<number>('thread:1');
    await live.publish('thread:1', 1);
    const [one] = await take(first, 1);
    expect(one).toMatchObject({ resync: false, data: 1 });
    await first.return!();
    await live.publish('thread:1', 2);
    await live.publish('thread:1', 3);
    const resumed = live.subscribe<number>('thread:1', one.id!);
    await live.publish('thread:1', 4);
    expect((await take(resumed, 3)).map((d) => d.data)).toEqual([2, 3, 4]);
    await resumed.return!();
  });

  it('says resync when the backlog no longer reaches back, or the id is from another run', async () => {
    const live = new MemoryLiveEvents();
    const watcher = live.subscribe<number>('thread:2');
    await live.publish('thread:2', 0);
    const [seen] = await take(watcher, 1);
    await watcher.return!();
    for (let i = 1; i <= BACKLOG_PER_CHANNEL + 1; i++) await live.publish('thread:2', i);
    expect((await take(live.subscribe('thread:2', seen.id!), 1))[0]).toEqual({ resync: true, id: null, data: null });
    expect((await take(live.subscribe('thread:2', 'zz-5'), 1))[0].resync).toBe(true);
    expect(live.isEventId('zz-5')).toBe(true);
    expect(live.isEventId('1; DROP TABLE')).toBe(false);
  });

  it('lets go of its listener when the subscriber ends while waiting, and keeps channels apart', async () => {
    const live = new MemoryLiveEvents();
    const quiet = live.subscribe('thread:3');
    const waiting = quiet.next();
    expect(live.subscribers('thread:3')).toBe(1);
    await quiet.return!();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    expect(live.subscribers('thread:3')).toBe(0);
    const other = live.subscribe<string>('thread:4');
    await live.publish('thread:3', 'nicht für dich');
    await live.publish('thread:4', 'für dich');
    expect((await take(other, 1))[0].data).toBe('für dich');
  });

  it('gives a subscriber that falls 1000 events behind a resync instead of an endless buffer', async () => {
    const live = new MemoryLiveEvents();
    const slow = live.subscribe<number>('thread:5');
    for (let i = 0; i < 1001; i++) await live.publish('thread:5', i);
    const [only, after] = await take(slow, 2);
    expect(only).toEqual({ resync: true, id: null, data: null });
    expect(after).toBeUndefined();
  });
});
