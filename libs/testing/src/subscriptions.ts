import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { GraphQLBody } from './test-app';

/** What one subscription has received so far, and a way to wait for more. */
export interface Received<T> {
  results: GraphQLBody<T>[];
  /** Resolves once `count` results have arrived (rejects after `timeoutMs`, saying what came). */
  waitFor(count: number, timeoutMs?: number): Promise<GraphQLBody<T>[]>;
  /** Resolves when the server ended the subscription (complete or error). */
  ended: Promise<void>;
  stop(): void;
}

/**
 * A graphql-ws client for tests, as an app would open it: `url` is the API's /graphql (http:// is turned into ws://),
 * `token` goes into connectionParams. `closed` records how the server closed the socket.
 */
export function subscriptionClient(url: string, token?: string): { client: Client; closed: { code: number; reason: string }[] } {
  const closed: { code: number; reason: string }[] = [];
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => closed.push({ code: (event as { code: number }).code, reason: (event as { reason: string }).reason }) },
  });
  return { client, closed };
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Received<T> {
  const results: GraphQLBody<T>[] = [];
  const waiters = new Set<() => void>();
  let end!: () => void;
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        results.push(value as GraphQLBody<T>);
        for (const wake of [...waiters]) wake();
      },
      error: (error) => {
        // Errors before execution (validation, limits) come as a list of GraphQL errors.
        if (Array.isArray(error)) results.push({ errors: error as GraphQLBody<T>['errors'] });
        for (const wake of [...waiters]) wake();
        end();
      },
      complete: () => end(),
    },
  );
  const waitFor = (count: number, timeoutMs = 10_000) =>
    new Promise<GraphQLBody<T>[]>((resolve, reject) => {
      const check = () => {
        if (results.length < count) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(results.slice(0, count));
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`expected ${count} results within ${timeoutMs} ms, got ${JSON.stringify(results)}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return { results, waitFor, ended, stop };
}

/** Waits (polling every 20 ms, at most `timeoutMs`) until `condition` holds, e.g. until a subscription is in place. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
