import * as path from 'node:path';
import { ConfigError, loadConfig } from './config';

const SECRET = 's'.repeat(32);

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('starts a developer machine with no environment at all', () => {
    // toMatchObject: several features add settings; each pins its own defaults here or in a test of its own.
    expect(loadConfig({})).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
      redisUrl: undefined,
      jwtSecret: undefined,
      accessTokenTtlSeconds: 3600,
      queryStats: false,
      seedOnStart: true,
      logLevel: 'info',
      trustProxyHops: 0,
      newAccountHours: 24,
      newAccountMaxThreads: 3,
      newAccountMaxComments: 10,
      newAccountMaxLinks: 2,
      mailFrom: 'Krisenfest <no-reply@krisenfest.local>',
      publicAppUrl: 'http://localhost:3000',
    });
  });

  it('points the links in the mails to the port the server listens on unless PUBLIC_APP_URL says otherwise', () => {
    expect(loadConfig({ PORT: '4100' }).publicAppUrl).toBe('http://localhost:4100');
    expect(loadConfig({ PORT: '4100', PUBLIC_APP_URL: 'https://krisenfest.example.org' }).publicAppUrl).toBe(
      'https://krisenfest.example.org',
    );
  });

  it('is quiet and seeds by default under test, and never seeds production by default', () => {
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ nodeEnv: 'test', logLevel: 'silent', seedOnStart: true });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toMatchObject({
      nodeEnv: 'production',
      seedOnStart: false,
      jwtSecret: SECRET,
    });
  });

  it('reads valid values', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/tmp/krisenfest-data',
        DATABASE_URL: 'postgresql://kf:pw@db:5432/krisenfest',
        REDIS_URL: 'redis://cache:6379',
        ACCESS_TOKEN_TTL_SECONDS: '600',
        QUERY_STATS: 'true',
        SEED: '0',
        LOG_LEVEL: 'debug',
        TRUST_PROXY_HOPS: '2',
      }),
    ).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/tmp/krisenfest-data',
      databaseUrl: 'postgresql://kf:pw@db:5432/krisenfest',
      redisUrl: 'redis://cache:6379',
      accessTokenTtlSeconds: 600,
      queryStats: true,
      seedOnStart: false,
      logLevel: 'debug',
      trustProxyHops: 2,
    });
  });

  it('treats empty values like unset ones', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', QUERY_STATS: '', JWT_SECRET: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      queryStats: false,
      jwtSecret: undefined,
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['TRUST_PROXY_HOPS', { TRUST_PROXY_HOPS: '11' }],
    ['TRUST_PROXY_HOPS', { TRUST_PROXY_HOPS: 'yes' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '-1' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['QUERY_STATS', { QUERY_STATS: 'maybe' }],
    ['SEED', { SEED: 'sometimes' }],
    ['JWT_SECRET', { JWT_SECRET: 'too-short' }],
    ['JWT_SECRET', { NODE_ENV: 'production' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['REDIS_URL', { REDIS_URL: 'http://cache' }],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '5' }],
    ['NEW_ACCOUNT_HOURS', { NEW_ACCOUNT_HOURS: '-1' }],
    ['NEW_ACCOUNT_HOURS', { NEW_ACCOUNT_HOURS: '1.5' }],
    ['NEW_ACCOUNT_HOURS', { NEW_ACCOUNT_HOURS: '9000' }],
    ['NEW_ACCOUNT_MAX_THREADS', { NEW_ACCOUNT_MAX_THREADS: 'drei' }],
    ['NEW_ACCOUNT_MAX_COMMENTS', { NEW_ACCOUNT_MAX_COMMENTS: '10001' }],
    ['NEW_ACCOUNT_MAX_LINKS', { NEW_ACCOUNT_MAX_LINKS: ' 2' }],
    ['SMTP_URL', { SMTP_URL: 'http://mail.example.org' }],
    ['SMTP_URL', { SMTP_URL: 'mail.example.org:587' }],
    ['SMTP_URL', { SMTP_URL: 'smtp://' }],
    ['MAIL_FROM', { MAIL_FROM: 'Krisenfest' }],
    ['MAIL_FROM', { MAIL_FROM: 'a@b.de\r\nBcc: everyone@example.org' }],
    ['PUBLIC_APP_URL', { PUBLIC_APP_URL: 'krisenfest.example.org' }],
    ['PUBLIC_APP_URL', { PUBLIC_APP_URL: 'ftp://krisenfest.example.org' }],
    ['PUBLIC_APP_URL', { PUBLIC_APP_URL: 'https://krisenfest.example.org/?x=1' }],
    ['PUBLIC_APP_URL', { PUBLIC_APP_URL: 'not a url\nsecond line' }],
    ['MODERATION_AUTO_HIDE_FLAGS', { MODERATION_AUTO_HIDE_FLAGS: 'drei' }],
    ['MODERATION_AUTO_HIDE_FLAGS', { MODERATION_AUTO_HIDE_FLAGS: '1001' }],
  ])('refuses a bad %s (%j) with a ConfigError that names it', (variable, env) => {
    const error = configError(env);
    expect(error.message).toContain(variable);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('reads the mail settings', () => {
    expect(
      loadConfig({
        SMTP_URL: 'smtps://krisenfest:pw@mail.example.org:465',
        MAIL_FROM: 'Krisenfest Ahrtal <hallo@krisenfest.example.org>',
        PUBLIC_APP_URL: 'https://krisenfest.example.org/app/',
      }),
    ).toMatchObject({
      smtpUrl: 'smtps://krisenfest:pw@mail.example.org:465',
      mailFrom: 'Krisenfest Ahrtal <hallo@krisenfest.example.org>',
      // Without the trailing slash, so links read ${publicAppUrl}/konto/...
      publicAppUrl: 'https://krisenfest.example.org/app',
    });
    expect(loadConfig({ SMTP_URL: 'smtp://localhost:2525', MAIL_FROM: 'no-reply@example.org' })).toMatchObject({
      smtpUrl: 'smtp://localhost:2525',
      mailFrom: 'no-reply@example.org',
    });
    expect(loadConfig({ SMTP_URL: '' }).smtpUrl).toBeUndefined();
  });

  it('limits new accounts the same under test and in production unless told otherwise', () => {
    const defaults = { newAccountHours: 24, newAccountMaxThreads: 3, newAccountMaxComments: 10, newAccountMaxLinks: 2 };
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject(defaults);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toMatchObject(defaults);
    expect(
      loadConfig({ NEW_ACCOUNT_HOURS: '72', NEW_ACCOUNT_MAX_THREADS: '1', NEW_ACCOUNT_MAX_COMMENTS: '0', NEW_ACCOUNT_MAX_LINKS: '5' }),
    ).toMatchObject({ newAccountHours: 72, newAccountMaxThreads: 1, newAccountMaxComments: 0, newAccountMaxLinks: 5 });
    // 0 hours turns the limits off; an empty value is the default.
    expect(loadConfig({ NEW_ACCOUNT_HOURS: '0', NEW_ACCOUNT_MAX_LINKS: '' })).toMatchObject({ newAccountHours: 0, newAccountMaxLinks: 2 });
  });

  it('hides a post after flags from 3 users unless told otherwise; 0 never hides automatically', () => {
    expect(loadConfig({}).moderationAutoHideFlags).toBe(3);
    expect(loadConfig({ MODERATION_AUTO_HIDE_FLAGS: '5' }).moderationAutoHideFlags).toBe(5);
    expect(loadConfig({ MODERATION_AUTO_HIDE_FLAGS: '0' }).moderationAutoHideFlags).toBe(0);
  });

  it('reminds 24 hours before a session and looks at the mail outbox every 5 s unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ seminarReminderHours: 24, seminarReminderPollMs: 60_000, mailOutboxPollMs: 5000 });
    expect(loadConfig({ SEMINAR_REMINDER_HOURS: '0', MAIL_OUTBOX_POLL_MS: '250' })).toMatchObject({
      seminarReminderHours: 0,
      mailOutboxPollMs: 250,
    });
    expect(configError({ SEMINAR_REMINDER_HOURS: '-1' }).message).toContain('SEMINAR_REMINDER_HOURS');
  });

  it('bounds every wait by default, and takes other bounds', () => {
    expect(loadConfig({})).toMatchObject({
      database: { poolSize: 10, acquireTimeoutMs: 3000, statementTimeoutMs: 5000, lockTimeoutMs: 2000, idleInTransactionTimeoutMs: 10_000 },
      searchConcurrency: 5,
      searchQueueMs: 2000,
      httpRequestTimeoutMs: 30_000,
      shutdownDrainMs: 10_000,
      startupDatabaseWaitMs: 60_000,
      redisCommandTimeoutMs: 250,
      redisBackoffMs: 5000,
      refreshGraceSeconds: 30,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      metricsToken: undefined,
    });
    expect(loadConfig({ DB_POOL_SIZE: '20', DB_LOCK_TIMEOUT_MS: '500', SEARCH_QUEUE_MS: '0', METRICS_PORT: '9464' })).toMatchObject({
      database: { poolSize: 20, lockTimeoutMs: 500 },
      // Half the pool unless SEARCH_CONCURRENCY says otherwise.
      searchConcurrency: 10,
      searchQueueMs: 0,
      metricsPort: 9464,
    });
  });

  it.each([
    ['DB_POOL_SIZE', { DB_POOL_SIZE: '0' }],
    ['DB_STATEMENT_TIMEOUT_MS', { DB_STATEMENT_TIMEOUT_MS: '0' }],
    ['DB_LOCK_TIMEOUT_MS', { DB_LOCK_TIMEOUT_MS: 'zwei Sekunden' }],
    ['DB_ACQUIRE_TIMEOUT_MS', { DB_ACQUIRE_TIMEOUT_MS: '-1' }],
    ['SEARCH_CONCURRENCY', { SEARCH_CONCURRENCY: '0' }],
    ['HTTP_REQUEST_TIMEOUT_MS', { HTTP_REQUEST_TIMEOUT_MS: '10' }],
    ['REDIS_COMMAND_TIMEOUT_MS', { REDIS_COMMAND_TIMEOUT_MS: '0' }],
    ['REFRESH_GRACE_SECONDS', { REFRESH_GRACE_SECONDS: '3600' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
  ])('refuses an unbounded or bad %s (%j)', (variable, env) => {
    expect(configError(env).message).toContain(variable);
  });

  it('says what is wrong with the value', () => {
    expect(configError({ PORT: 'abc' }).message).toBe('Invalid configuration: PORT must be a whole number, got "abc"');
    expect(configError({ PORT: '70000' }).message).toMatch(/PORT must be between 0 and 65535/);
    expect(configError({ NODE_ENV: 'production' }).message).toMatch(/JWT_SECRET is required when NODE_ENV=production/);
  });

  it('does not repeat a secret it refuses', () => {
    expect(configError({ JWT_SECRET: 'hunter2-secret' }).message).not.toContain('hunter2-secret');
    expect(configError({ DATABASE_URL: 'mysql://admin:topsecret@db/x' }).message).not.toContain('topsecret');
    expect(configError({ SMTP_URL: 'http://mailer:topsecret@mail.example.org' }).message).not.toContain('topsecret');
    expect(configError({ SMTP_URL: 'mailer:topsecret@mail example' }).message).not.toContain('topsecret');
  });
});
