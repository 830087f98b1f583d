import { AppConfig } from '@krisenfest/core';

/** Defaults when RATE_LIMIT_* is unset (outside NODE_ENV=test, where both are off unless a test sets them). */
export const RATE_LIMIT_DEFAULTS = { ipPerMinute: 300, userPerMinute: 600, keyPrefix: 'krisenfest:rl:' } as const;

/** The names of the two throttlers; part of every counter's key. */
export const IP_THROTTLER = 'ip';
export const USER_THROTTLER = 'user';

export const WINDOW_MS = 60_000;

export interface RateLimits {
  /** Requests per minute per client IP; 0 = off. */
  ipPerMinute: number;
  /** Requests per minute per signed-in user; 0 = off. */
  userPerMinute: number;
  keyPrefix: string;
}

export function rateLimitsOf(config: AppConfig): RateLimits {
  const off = config.nodeEnv === 'test';
  return {
    ipPerMinute: config.rateLimitIpPerMinute ?? (off ? 0 : RATE_LIMIT_DEFAULTS.ipPerMinute),
    userPerMinute: config.rateLimitUserPerMinute ?? (off ? 0 : RATE_LIMIT_DEFAULTS.userPerMinute),
    keyPrefix: config.rateLimitKeyPrefix ?? RATE_LIMIT_DEFAULTS.keyPrefix,
  };
}
