import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context';

export type DomainEventHandler<E> = (tx: RequestContext, event: E) => Promise<void>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are keyed by their class, whatever its constructor takes
type EventClass<E> = new (...args: any[]) => E;

/**
 * Things that happened in one feature that another one acts on, in the same transaction: e.g. discussions open
 * the follow-up thread of a seminar session that was just announced. The feature that owns the event publishes it
 * (and so needs to know nothing of who listens); a listener writes only its own tables. A listener that throws rolls
 * the whole write back.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<EventClass<object>, DomainEventHandler<object>[]>();

  on<E extends object>(type: EventClass<E>, handler: DomainEventHandler<E>): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler as DomainEventHandler<object>]);
  }

  async publish(tx: RequestContext, event: object): Promise<void> {
    if (!tx.transaction) throw new Error(`${event.constructor.name} must be published inside the transaction that caused it`);
    for (const handler of this.handlers.get(event.constructor as EventClass<object>) ?? []) await handler(tx, event);
  }
}
