import { AsyncLocalStorage } from 'node:async_hooks';

/** What a sign-in records about the device: the User-Agent header and the client address. */
export interface RequestMeta {
  userAgent: string | null;
  ip: string | null;
}

/**
 * Filled by an onRequest hook (IdentityModule) and read where a session is created; like the SQL statement
 * counter, the scope follows the request's async work, so the GraphQL context needs no change.
 */
export const requestMetaScope = new AsyncLocalStorage<RequestMeta>();

const USER_AGENT_MAX = 400;

export function requestMetaOf(headers: Record<string, string | string[] | undefined>, ip: string | undefined): RequestMeta {
  const raw = headers['user-agent'];
  const userAgent = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, USER_AGENT_MAX) || null;
  return { userAgent, ip: ip || null };
}

export function currentRequestMeta(): RequestMeta {
  return requestMetaScope.getStore() ?? { userAgent: null, ip: null };
}
