import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { BACKLOG_PER_CHANNEL, LiveDelivery, LiveEvent, LiveEvents, LiveStream, resumingStream } from './live-events';

/** A channel's backlog is dropped a day after its last event (threads go quiet). */
const BACKLOG_TTL_SECONDS = 24 * 3600;

const STREAM_ID = /^\d{1,20}-\d{1,20}$/;

/** Redis stream ids compare as (milliseconds, sequence). */
function streamIdAfter(id: string, than: string): boolean {
  const [ms, seq] = id.split('-').map(BigInt);
  const [thanMs, thanSeq] = than.split('-').map(BigInt);
  return ms > thanMs || (ms === thanMs && seq > thanSeq);
}

/**
 * Live events across API processes through Redis (REDIS_URL): each channel is a Redis stream, capped at
 * BACKLOG_PER_CHANNEL entries, whose ids (increasing, assigned by Redis) are the event ids; the event itself goes to
 * every process by pub/sub. One subscriber connection per process listens to the channels its clients follow.
 */
export class RedisLiveEvents extends LiveEvents {
  private readonly logger = new Logger('LiveEvents');
  private readonly listeners = new Map<string, Set<(event: LiveEvent) => void>>();
  private lastFailureLoggedAt = 0;

  constructor(
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly prefix: string,
  ) {
    super();
    this.subscriber.on('message', (key: string, message: string) => {
      const channel = key.slice(this.prefix.length);
      let event: LiveEvent;
      try {
        event = JSON.parse(message) as LiveEvent;
      } catch {
        return;
      }
      for (const listener of this.listeners.get(channel) ?? []) listener(event);
    });
  }

  async publish(channel: string, data: unknown): Promise<void> {
    const key = this.prefix + channel;
    const payload = JSON.stringify(data);
    try {
      const id = await this.redis.xadd(key, 'MAXLEN', '~', String(BACKLOG_PER_CHANNEL), '*', 'd', payload);
      await this.redis.expire(key, BACKLOG_TTL_SECONDS);
      await this.redis.publish(key, JSON.stringify({ id, data }));
    } catch (error) {
      this.failed(`could not publish on ${channel}`, error as Error);
    }
  }

  subscribe<T>(channel: string, after?: string): LiveStream<LiveDelivery<T>> {
    const key = this.prefix + channel;
    return resumingStream<T>({
      after,
      listen: (onEvent) => {
        let set = this.listeners.get(channel);
        if (!set) {
          set = new Set();
          this.listeners.set(channel, set);
          this.subscriber.subscribe(key).catch((error: Error) => this.failed(`could not subscribe to ${channel}`, error));
        }
        set.add(onEvent as (event: LiveEvent) => void);
        return () => {
          set.delete(onEvent as (event: LiveEvent) => void);
          if (!set.size && this.listeners.get(channel) === set) {
            this.listeners.delete(channel);
            this.subscriber.unsubscribe(key).catch(() => undefined);
          }
        };
      },
      backlog: after === undefined ? null : () => this.since<T>(key, after),
      isAfter: streamIdAfter,
      onError: (error) => this.failed(`could not read the backlog of ${channel}`, error),
    });
  }

  subscribers(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  isEventId(id: string): boolean {
    return STREAM_ID.test(id);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber.disconnect();
    this.redis.disconnect();
  }

  /** The events after `after`, or 'resync' when entries after it were trimmed away (or the stream expired). */
  private async since<T>(key: string, after: string): Promise<LiveEvent<T>[] | 'resync'> {
    const [entries, info] = await Promise.all([
      this.redis.xrange(key, `(${after}`, '+', 'COUNT', BACKLOG_PER_CHANNEL),
      this.redis.xinfo('STREAM', key).catch(() => null) as Promise<unknown[] | null>,
    ]);
    // No stream: nothing was published since it expired, or ever; an id from it cannot be followed up exactly.
    if (!info) return 'resync';
    const fields = new Map<string, unknown>();
    for (let i = 0; i + 1 < info.length; i += 2) fields.set(String(info[i]), info[i + 1]);
    const maxDeleted = String(fields.get('max-deleted-entry-id') ?? '0-0');
    if (streamIdAfter(maxDeleted, after)) return 'resync';
    return entries.map(([id, values]) => ({ id, data: JSON.parse(values[1]) as T }));
  }

  private failed(what: string, error: Error): void {
    const now = Date.now();
    if (now - this.lastFailureLoggedAt < 30_000) return;
    this.lastFailureLoggedAt = now;
    this.logger.error(`${what}: ${error.message} (live updates may be missed; clients refetch on resync)`);
  }
}
