import { EventEmitter } from 'node:events';
import { BACKLOG_PER_CHANNEL, LiveDelivery, LiveEvent, LiveEvents, LiveStream, resumingStream } from './live-events';

/** Channels whose backlog one process keeps; the least recently published are dropped first. */
const MAX_CHANNELS = 10_000;

interface Backlog {
  events: LiveEvent[];
  /** The highest sequence number dropped from this channel's backlog (0: none). */
  droppedUpTo: number;
}

/**
 * Live events within one process (without REDIS_URL): ids are `<run>-<n>`, n counting up for the process's lifetime;
 * an id of another run (before a restart) gets `resync`.
 */
export class MemoryLiveEvents extends LiveEvents {
  private readonly emitter = new EventEmitter();
  private readonly backlogs = new Map<string, Backlog>();
  private readonly run = Date.now().toString(36);
  private seq = 0;

  constructor() {
    super();
    this.emitter.setMaxListeners(0);
  }

  async publish(channel: string, data: unknown): Promise<void> {
    const event: LiveEvent = { id: `${this.run}-${++this.seq}`, data };
    let backlog = this.backlogs.get(channel);
    if (backlog) this.backlogs.delete(channel);
    else backlog = { events: [], droppedUpTo: 0 };
    this.backlogs.set(channel, backlog);
    backlog.events.push(event);
    if (backlog.events.length > BACKLOG_PER_CHANNEL) backlog.droppedUpTo = this.seqOf(backlog.events.shift()!.id)!;
    if (this.backlogs.size > MAX_CHANNELS) this.backlogs.delete(this.backlogs.keys().next().value!);
    this.emitter.emit(channel, event);
  }

  subscribe<T>(channel: string, after?: string): LiveStream<LiveDelivery<T>> {
    return resumingStream<T>({
      after,
      listen: (onEvent) => {
        this.emitter.on(channel, onEvent);
        return () => this.emitter.off(channel, onEvent);
      },
      backlog:
        after === undefined
          ? null
          : async () => {
              const since = this.seqOf(after);
              const backlog = this.backlogs.get(channel);
              if (since === null || since > this.seq || (backlog && since < backlog.droppedUpTo)) return 'resync';
              return (backlog?.events ?? []).filter((e) => this.seqOf(e.id)! > since) as LiveEvent<T>[];
            },
      isAfter: (id, than) => (this.seqOf(id) ?? 0) > (this.seqOf(than) ?? 0),
      onError: () => undefined,
    });
  }

  subscribers(channel: string): number {
    return this.emitter.listenerCount(channel);
  }

  isEventId(id: string): boolean {
    return /^[0-9a-z]{1,12}-\d{1,15}$/.test(id);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  /** The sequence number of an id of this run, or null for another run's. */
  private seqOf(id: string): number | null {
    const [run, seq] = id.split('-');
    return run === this.run ? Number(seq) : null;
  }
}
