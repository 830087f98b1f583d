import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { currentSession, expiresSoon, storeSession } from './session';

const REFRESH = `mutation Refresh($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;

let refreshing: Promise<string | null> | null = null;

/** A valid access token for the request, renewed first when it is about to expire; null when signed out. */
async function accessToken(): Promise<string | null> {
  const session = currentSession();
  if (!session) return null;
  if (!expiresSoon(session.accessToken)) return session.accessToken;
  refreshing ??= (async () => {
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { input: { refreshToken: session.refreshToken } } }),
      });
      const body = (await response.json()) as {
        data?: { refreshSession?: { accessToken: string; refreshToken: string } };
        errors?: { extensions?: { code?: string } }[];
      };
      const renewed = body.data?.refreshSession;
      if (renewed) {
        storeSession({ ...session, ...renewed });
        return renewed.accessToken;
      }
      // A refused refresh token ends the sign-in; an outage keeps it for the next try.
      if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) storeSession(null);
      return null;
    } catch {
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** The GraphQL client: a query cache, the token on every request, subscriptions over graphql-ws on the same path. */
export function createApiClient(): Client {
  const ws = createWsClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'apollo-require-preflight': 'true' } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && currentSession()) {
            // The session ended elsewhere (signed out, password changed): sign out here too.
            storeSession(null);
          }
        },
      }),
      cacheExchange,
      authExchange(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const dispose = ws.subscribe(input, sink);
              return { unsubscribe: dispose };
            },
          };
        },
      }),
    ],
  });
}

/** Adds `Authorization: Bearer …` to each HTTP request (after renewing the token if needed). */
function authExchange() {
  return mapExchange({
    async onOperation(operation) {
      const token = await accessToken();
      if (!token) return operation;
      const fetchOptions =
        typeof operation.context.fetchOptions === 'function' ? operation.context.fetchOptions() : operation.context.fetchOptions;
      return {
        ...operation,
        context: {
          ...operation.context,
          fetchOptions: {
            ...fetchOptions,
            headers: { ...(fetchOptions?.headers as Record<string, string>), authorization: `Bearer ${token}` },
          },
        },
      };
    },
  });
}
