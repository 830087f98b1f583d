/**
 * How long the daily notification digests take to build for many people: N people each with new comments in a thread
 * they watch (their digests are due), then rounds of NotificationMails.sendDue() until none is left, timed. Each
 * digest is read with its recipient's rights, rendered in German and queued in the mail outbox (mail delivery itself
 * is off: no SMTP_URL, and the outbox is not drained during the run).
 *
 *   npm run bench:digest -- --database-url postgres://postgres@127.0.0.1:5432/krisenfest_live_bench [--people 10000]
 *
 * It writes users, a thread, comments and notifications: use a bench or throw-away database.
 */
import 'reflect-metadata';
import { loadConfig } from '@krisenfest/core';
import { createApp, prepareDatabase } from '@krisenfest/app';
import { NotificationMails } from '@krisenfest/notifications';
import { Client } from 'pg';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const databaseUrl = flag('database-url') ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('--database-url is required');
  const people = Number(flag('people') ?? 10_000);
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuv',
    SEED: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    MAIL_OUTBOX_POLL_MS: '3600000',
    NOTIFICATION_MAIL_POLL_MS: '3600000',
  });
  const db = await prepareDatabase(config);
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  const run = Date.now().toString(36);
  console.log(`digest: ${people} people, 3 new comments each in a watched thread`);
  // People with confirmed addresses, a public thread, three comments, and a THREAD_COMMENT notification per comment each.
  await pg.query(
    `INSERT INTO user_account (email, display_name, password_hash, email_verified_at)
     SELECT 'digest-' || $1 || '-' || g || '@example.org', 'Leserin ' || g, 'x', now() FROM generate_series(1, $2) g`,
    [run, people],
  );
  const [{ id: authorId }] = (await pg.query(`SELECT id FROM user_account WHERE email = 'digest-' || $1 || '-1@example.org'`, [run])).rows;
  const [{ id: threadId }] = (
    await pg.query(
      `INSERT INTO thread (kind, title, body, body_html, author_id, published) VALUES ('GENERAL', 'Hitzeschutz ' || $1, 'Was hilft?', '<p>Was hilft?</p>', $2, true) RETURNING id`,
      [run, authorId],
    )
  ).rows;
  const comments = (
    await pg.query(
      `INSERT INTO comment (thread_id, author_id, body, body_html) SELECT $1, $2, 'Erfahrung ' || g, '<p>Erfahrung</p>' FROM generate_series(1, 3) g RETURNING id`,
      [threadId, authorId],
    )
  ).rows.map((r: { id: string }) => r.id);
  await pg.query(
    `INSERT INTO notification (user_id, kind, actor_id, thread_id, comment_id)
     SELECT u.id, 'THREAD_COMMENT', $2, $3, c FROM user_account u CROSS JOIN unnest($4::uuid[]) c
     WHERE u.email LIKE 'digest-' || $1 || '-%' AND u.id <> $2`,
    [run, authorId, threadId, comments],
  );

  const app = await createApp(config, db.dataSource, { bufferLogs: false });
  await app.init();
  const mails = app.get(NotificationMails);
  const started = performance.now();
  let queued = 0;
  let rounds = 0;
  for (;;) {
    const n = await mails.sendDue();
    rounds += 1;
    queued += n;
    if (n === 0) break;
  }
  const ms = performance.now() - started;
  const outbox = (
    await pg.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE key LIKE 'notifications:%' AND created_at >= now() - interval '1 hour'`,
    )
  ).rows[0].n as number;
  console.log(
    `queued ${queued} digests in ${rounds} rounds, ${(ms / 1000).toFixed(1)} s: ${((ms / queued) * 1000).toFixed(0)} ms per 1 000 people`,
  );
  console.log(`mail_outbox holds ${outbox} notification mails from the last hour`);
  await app.close();
  await pg.end();
  await db.close();
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
