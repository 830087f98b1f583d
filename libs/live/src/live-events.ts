/** One event on a channel: its id (increasing on the channel, opaque to clients) and what it carries. */
export interface LiveEvent<T = unknown> {
  id: string;
  data: T;
}

/** What a subscriber receives: events in order, or the signal that the backlog no longer reaches back to `after`. */
export type LiveDelivery<T = unknown> = ({ resync: false } & LiveEvent<T>) | { resync: true; id: null; data: null };

export const RESYNC: LiveDelivery<never> = Object.freeze({ resync: true, id: null, data: null });

/** Events kept per channel for clients that reconnect. */
export const BACKLOG_PER_CHANNEL = 500;

/** Deliveries a slow subscriber may fall behind before it gets `resync` instead. */
const MAX_BUFFERED = 1000;

/**
 * Live events between API processes: a feature publishes after its write has committed; subscribers get each event
 * once, in order, and a client that reconnects with the id of the last event it saw gets what it missed from a
 * bounded backlog, or `resync` when that backlog no longer reaches back (then it refetches). The model is Discourse's
 * MessageBus. Delivery is best effort on top of the database: a failed publish is logged, never the write's error.
 */
export abstract class LiveEvents {
  abstract publish(channel: string, data: unknown): Promise<void>;

  /** The events of `channel` from now on, preceded by those after `after` (an id this channel handed out). */
  abstract subscribe<T>(channel: string, after?: string): LiveStream<LiveDelivery<T>>;

  /** Subscribers of `channel` in this process (for metrics, and for tests to know a subscription is in place). */
  abstract subscribers(channel: string): number;

  /** Whether `id` has the form of this implementation's ids (checked before anything is read, for a clear error). */
  abstract isEventId(id: string): boolean;

  abstract close(): Promise<void>;
}

/**
 * An async iterator fed by callbacks. Unlike an async generator it can be ended while a consumer waits for the next
 * value (a client unsubscribing from a quiet channel), so its listeners never outlive the subscription.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private buffer: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private finished = false;
  /** Set once the buffer overflowed: the stream ends after the consumer has read `overflowValue`. */
  private closing = false;

  constructor(
    private readonly onClose: () => void,
    private readonly overflowValue?: T,
  ) {}

  push(value: T): void {
    if (this.finished || this.closing) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter({ value, done: false });
    if (this.buffer.length >= MAX_BUFFERED && this.overflowValue !== undefined) {
      this.buffer = [this.overflowValue];
      this.closing = true;
      return;
    }
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.finished || this.closing) {
      this.end();
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.end();
    return Promise.reject(error);
  }

  /** Ends the stream: listeners go, a waiting consumer is told it is done. */
  end(): void {
    if (this.finished) return;
    this.finished = true;
    this.buffer = [];
    this.onClose();
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Each value of `source` through `map`, leaving out those it maps to undefined (e.g. an event the subscriber may not
 * read); ending the result ends the source.
 */
export function mapStream<S, T>(source: AsyncIterator<S>, map: (value: S) => Promise<T | undefined>): AsyncIterableIterator<T> {
  const mapped: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const value = await map(result.value);
        if (value !== undefined) return { value, done: false };
      }
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  };
  return mapped;
}

/**
 * The subscription of one channel: live events are held until the backlog after `after` has been read, then both go
 * out in order without duplicates (compared with `isAfter`).
 */
export function resumingStream<T>(options: {
  /** The id of the last event the client saw; live events up to it are not sent again. */
  after?: string;
  listen: (onEvent: (event: LiveEvent<T>) => void) => () => void;
  /** The events after `after`, or 'resync' when the backlog does not reach back to it. */
  backlog: (() => Promise<LiveEvent<T>[] | 'resync'>) | null;
  isAfter: (id: string, than: string) => boolean;
  onError: (error: Error) => void;
}): LiveStream<LiveDelivery<T>> {
  let last: string | null = options.after ?? null;
  let held: LiveEvent<T>[] | null = options.backlog ? [] : null;
  const deliver = (event: LiveEvent<T>) => {
    if (last !== null && !options.isAfter(event.id, last)) return;
    last = event.id;
    stream.push({ resync: false, ...event });
  };
  const stop = options.listen((event) => (held ? held.push(event) : deliver(event)));
  const stream = new LiveStream<LiveDelivery<T>>(stop, RESYNC as LiveDelivery<T>);
  if (options.backlog) {
    options
      .backlog()
      .then((missed) => {
        if (missed === 'resync') stream.push(RESYNC as LiveDelivery<T>);
        else for (const event of missed) deliver(event);
      })
      .catch((error: Error) => {
        options.onError(error);
        stream.push(RESYNC as LiveDelivery<T>);
      })
      .finally(() => {
        const waiting = held ?? [];
        held = null;
        for (const event of waiting) deliver(event);
      });
  }
  return stream;
}
