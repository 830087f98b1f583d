/**
 * What the subscribers of one event share: when an event reaches many subscribers, each must read it with its own
 * rights, but those with the same rights (all anonymous subscribers, or several connections of one person) can share
 * one request context for it, so its loaders read each row once for all of them. Kept for the latest `events`
 * events; a new event always gets new contexts, so nothing read for an earlier event is served stale.
 */
export class PerEventShared<T> {
  private readonly entries = new Map<string, Map<string, T>>();

  constructor(private readonly events = 256) {}

  get(eventId: string, rightsKey: string, create: () => T): T {
    let byRights = this.entries.get(eventId);
    if (!byRights) {
      byRights = new Map();
      this.entries.set(eventId, byRights);
      if (this.entries.size > this.events) this.entries.delete(this.entries.keys().next().value!);
    }
    let shared = byRights.get(rightsKey);
    if (shared === undefined) {
      shared = create();
      byRights.set(rightsKey, shared);
    }
    return shared;
  }
}
