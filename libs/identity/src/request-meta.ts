import { RequestMeta } from '@krisenfest/core';

const USER_AGENT_MAX = 400;

/** What a sign-in records about the device, from a request's headers and client address (Fastify's request.ip). */
export function requestMetaOf(headers: Record<string, string | string[] | undefined>, ip: string | undefined): RequestMeta {
  const raw = headers['user-agent'];
  const userAgent = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, USER_AGENT_MAX) || null;
  return { userAgent, ip: ip || null };
}
