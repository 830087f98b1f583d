import * as path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** Where the embedded PGlite database lives when DATABASE_URL is not set. */
  dataDir: string;
  /** A PostgreSQL server; without it Krisenfest runs on embedded PGlite. */
  databaseUrl?: string;
  redisUrl?: string;
  jwtSecret?: string;
  accessTokenTtlSeconds: number;
  /** Adds the number of SQL statements of each operation to the response `extensions`. */
  queryStats: boolean;
  /** Seeds sample content into an empty database at start. */
  seedOnStart: boolean;
  logLevel: string;
  /** How many reverse proxies in front of the API append to X-Forwarded-For (0: use the peer address). */
  trustProxyHops: number;
  // Rate limits on /graphql (libs/rate-limit). Unset = that library's defaults: 300 per IP and 600 per
  // signed-in user per minute, both off under NODE_ENV=test; 0 turns a limit off.
  rateLimitIpPerMinute?: number;
  rateLimitUserPerMinute?: number;
  /** Prefix of the rate-limit counters in Redis (default krisenfest:rl:). */
  rateLimitKeyPrefix?: string;
  // New-account limits (libs/discussions, Discourse's trust level 0): for the first newAccountHours after sign-up,
  // users without a verified membership or platform role may open so many threads, write so many comments and
  // put so many links into one post. newAccountHours 0 turns them off.
  newAccountHours: number;
  newAccountMaxThreads: number;
  newAccountMaxComments: number;
  newAccountMaxLinks: number;
  /** SMTP server for outgoing mail (smtp:// or smtps://); without it mails are written to the log. */
  smtpUrl?: string;
  /** Sender of outgoing mail. */
  mailFrom: string;
  /** Where people open the app; links in mails start with it (no trailing slash). */
  publicAppUrl: string;
  /** Flags from this many distinct users hide a post until a moderator decides (0: never automatically). */
  moderationAutoHideFlags: number;
  /** How long the API may wait, and for what: see DatabaseLimits and the README's "Limits under load". */
  database: DatabaseLimits;
  /** At most this many searches run at once; more wait up to searchQueueMs, then get SERVICE_UNAVAILABLE. */
  searchConcurrency: number;
  searchQueueMs: number;
  /** A request must have arrived whole (headers and body) within this time, or its socket is closed. */
  httpRequestTimeoutMs: number;
  /** On SIGTERM, requests in flight get this long to finish before the process exits. */
  shutdownDrainMs: number;
  /** How long start-up waits for the database to answer before it gives up. */
  startupDatabaseWaitMs: number;
  /** Redis commands (rate-limit counters) fail after this; then Redis is left alone for redisBackoffMs. */
  redisCommandTimeoutMs: number;
  redisBackoffMs: number;
  /** A client may present the refresh token it just exchanged again within this window and get the same pair. */
  refreshGraceSeconds: number;
  /** The mail outbox is looked at this often (and right after a request queued a mail). */
  mailOutboxPollMs: number;
  /** Registrants of a session get a reminder this many hours before it starts (0: no reminders). */
  seminarReminderHours: number;
  /** How often due reminders are looked for. */
  seminarReminderPollMs: number;
  /** Notification mails: how often they are looked for, how long an IMMEDIATE one waits (read in the app by then: no mail). */
  notificationMailPollMs: number;
  notificationMailDelaySeconds: number;
  /** Prometheus metrics: their own port (0 = off), and a bearer token they require when set. */
  metricsPort: number;
  metricsHost: string;
  metricsToken?: string;
}

/**
 * Bounds on every wait for the database, applied to each connection of the API's pool. Migrations and the
 * CLI run without the statement and lock timeouts (a migration may rewrite a large table).
 */
export interface DatabaseLimits {
  poolSize: number;
  /** Waiting for a free connection of the pool (or for a new one to connect). */
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

/** Raised for a bad environment value; main prints its one-line message and exits. */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** Like integer(), but unset stays undefined (the consumer applies its default). */
function optionalInteger(env: Env, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  return raw === undefined || raw === '' ? undefined : integer(env, name, 0, min, max);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1/true or 0/false, got "${raw}"`);
}

/**
 * A URL variable with one of `protocols`, or undefined when unset. Messages never repeat the value (server
 * URLs may carry passwords); `expected` shows the form.
 */
function url(env: Env, name: string, protocols: string[], expected: string, needsHost = true): URL | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (expected ${expected})`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got ${parsed.protocol}//)`);
  }
  if (needsHost && !parsed.hostname) throw new ConfigError(name, `must name a host (expected ${expected})`);
  return parsed;
}

function postgresUrl(env: Env, name: string): string | undefined {
  // No host is allowed: libpq then connects through the local socket.
  return url(env, name, ['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/database', false) && env[name];
}

function smtpUrl(env: Env, name: string): string | undefined {
  return url(env, name, ['smtp:', 'smtps:'], 'smtp://user:password@host:587 or smtps://user:password@host:465') && env[name];
}

/** A public http(s) address without query or fragment, returned without a trailing slash. */
function httpUrl(env: Env, name: string, fallback: string): string {
  const parsed = url(env, name, ['http:', 'https:'], 'https://krisenfest.example.org');
  if (!parsed) return fallback;
  if (parsed.search || parsed.hash) throw new ConfigError(name, 'must not have a query or fragment');
  return env[name]!.replace(/\/+$/, '');
}

/** "name@host" or "Name <name@host>"; one line, so it cannot add mail headers. */
const MAIL_FROM = /^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates the configuration once at start; a bad value stops the process with a clear line. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV || 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, production or test, got "${nodeEnv}"`);
  }
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  if (nodeEnv === 'production' && !jwtSecret) {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production (at least 32 characters)');
  }
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL', 'must start with redis:// or rediss://');
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  const rateLimitKeyPrefix = env.RATE_LIMIT_KEY_PREFIX || undefined;
  if (rateLimitKeyPrefix !== undefined && !/^[A-Za-z0-9:_.-]{1,64}$/.test(rateLimitKeyPrefix)) {
    throw new ConfigError('RATE_LIMIT_KEY_PREFIX', 'must be 1 to 64 letters, digits or : _ . -');
  }
  const mailFrom = env.MAIL_FROM?.trim() || 'Krisenfest <no-reply@krisenfest.local>';
  if (!MAIL_FROM.test(mailFrom))
    throw new ConfigError('MAIL_FROM', 'must be an e-mail address, optionally with a name: Krisenfest <no-reply@example.org>');

  const port = integer(env, 'PORT', 3000, 0, 65535);
  const poolSize = integer(env, 'DB_POOL_SIZE', 10, 1, 1000);
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long');
  return {
    nodeEnv,
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    redisUrl,
    jwtSecret,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 3600, 60, 30 * 24 * 3600),
    queryStats: flag(env, 'QUERY_STATS', false),
    seedOnStart: flag(env, 'SEED', nodeEnv !== 'production'),
    logLevel,
    rateLimitIpPerMinute: optionalInteger(env, 'RATE_LIMIT_IP_PER_MINUTE', 0, 1_000_000),
    rateLimitUserPerMinute: optionalInteger(env, 'RATE_LIMIT_USER_PER_MINUTE', 0, 1_000_000),
    rateLimitKeyPrefix,
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    newAccountHours: integer(env, 'NEW_ACCOUNT_HOURS', 24, 0, 24 * 365),
    newAccountMaxThreads: integer(env, 'NEW_ACCOUNT_MAX_THREADS', 3, 0, 10_000),
    newAccountMaxComments: integer(env, 'NEW_ACCOUNT_MAX_COMMENTS', 10, 0, 10_000),
    newAccountMaxLinks: integer(env, 'NEW_ACCOUNT_MAX_LINKS', 2, 0, 10_000),
    smtpUrl: smtpUrl(env, 'SMTP_URL'),
    mailFrom,
    // By default the app is where this server listens, so the links in the mails of a local start work.
    publicAppUrl: httpUrl(env, 'PUBLIC_APP_URL', `http://localhost:${port}`),
    moderationAutoHideFlags: integer(env, 'MODERATION_AUTO_HIDE_FLAGS', 3, 0, 1000),
    database: {
      poolSize,
      acquireTimeoutMs: integer(env, 'DB_ACQUIRE_TIMEOUT_MS', 3000, 100, 600_000),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 5000, 100, 3_600_000),
      lockTimeoutMs: integer(env, 'DB_LOCK_TIMEOUT_MS', 2000, 100, 3_600_000),
      idleInTransactionTimeoutMs: integer(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 10_000, 1000, 3_600_000),
    },
    // Half the pool: a burst of searches leaves the other half to everything else.
    searchConcurrency: integer(env, 'SEARCH_CONCURRENCY', Math.max(1, Math.floor(poolSize / 2)), 1, 1000),
    searchQueueMs: integer(env, 'SEARCH_QUEUE_MS', 2000, 0, 60_000),
    httpRequestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000),
    shutdownDrainMs: integer(env, 'SHUTDOWN_DRAIN_MS', 10_000, 0, 600_000),
    startupDatabaseWaitMs: integer(env, 'STARTUP_DATABASE_WAIT_MS', 60_000, 0, 3_600_000),
    redisCommandTimeoutMs: integer(env, 'REDIS_COMMAND_TIMEOUT_MS', 250, 10, 60_000),
    redisBackoffMs: integer(env, 'REDIS_BACKOFF_MS', 5000, 0, 600_000),
    refreshGraceSeconds: integer(env, 'REFRESH_GRACE_SECONDS', 30, 0, 600),
    mailOutboxPollMs: integer(env, 'MAIL_OUTBOX_POLL_MS', 5000, 50, 3_600_000),
    seminarReminderHours: integer(env, 'SEMINAR_REMINDER_HOURS', 24, 0, 24 * 14),
    seminarReminderPollMs: integer(env, 'SEMINAR_REMINDER_POLL_MS', 60_000, 50, 3_600_000),
    notificationMailPollMs: integer(env, 'NOTIFICATION_MAIL_POLL_MS', 60_000, 50, 3_600_000),
    notificationMailDelaySeconds: integer(env, 'NOTIFICATION_MAIL_DELAY_SECONDS', 120, 0, 86_400),
    metricsPort: integer(env, 'METRICS_PORT', 0, 0, 65535),
    metricsHost: env.METRICS_HOST || '127.0.0.1',
    metricsToken,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
