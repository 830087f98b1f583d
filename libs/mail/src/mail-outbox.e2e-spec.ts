import { Logger } from '@nestjs/common';
import { loadConfig, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { createTestDatabase, Mailbox, startMailbox, TestDatabase } from '@krisenfest/testing';
import { MailOutbox, QueuedMail } from './mail-outbox';
import { Mailer } from './mailer';

describe('the mail outbox', () => {
  let db: TestDatabase;
  let mailbox: Mailbox;
  let connection: TransactionalConnection;
  const started: MailOutbox[] = [];

  /** One dispatcher, as one API process runs it (its timer is off: the test wakes it). */
  function dispatcher(smtpUrl = mailbox.url): MailOutbox {
    const config = loadConfig({ JWT_SECRET: 'x'.repeat(40), SMTP_URL: smtpUrl, MAIL_OUTBOX_POLL_MS: '3600000' });
    const outbox = new MailOutbox(connection, new Mailer(config), config);
    outbox.onApplicationBootstrap();
    started.push(outbox);
    return outbox;
  }

  const mail = (n: number, prefix = 'm'): QueuedMail => ({
    key: `${prefix}-${n}`,
    to: `person-${n}@example.org`,
    subject: `Nachricht ${prefix}-${n}`,
    text: `Grüße aus Plochingen (${n})`,
  });
  const queue = (mails: QueuedMail[]) => connection.transaction(RequestContext.anonymous(), (tx) => started[0].enqueue(tx, mails));
  /** Every dispatcher has finished what it was doing (a running round is waited for, an idle one runs once). */
  const settled = () => Promise.all(started.map((outbox) => outbox.wake()));
  const received = (prefix: string) => mailbox.messages.filter((m) => m.subject.startsWith(`Nachricht ${prefix}-`)).map((m) => m.subject);

  beforeAll(async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    db = await createTestDatabase();
    connection = new TransactionalConnection(db.dataSource);
    mailbox = await startMailbox();
    dispatcher();
  });
  afterAll(async () => {
    for (const outbox of started) await outbox.onApplicationShutdown();
    connection.onApplicationShutdown();
    await mailbox.close();
    await db.close();
    jest.restoreAllMocks();
  });

  it('sends a mail only once its transaction has committed, and never one whose transaction rolled back', async () => {
    await expect(
      connection.transaction(RequestContext.anonymous(), async (tx) => {
        await started[0].enqueue(tx, [mail(1, 'rollback')]);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await queue([
      mail(1, 'commit'),
      { ...mail(2, 'commit'), attachments: [{ filename: 'termin.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }] },
    ]);
    await mailbox.waitFor((m) => m.subject === 'Nachricht commit-2');
    await started[0].wake();
    expect(received('rollback')).toEqual([]);
    expect(received('commit').sort()).toEqual(['Nachricht commit-1', 'Nachricht commit-2']);
    const withEntry = mailbox.messages.find((m) => m.subject === 'Nachricht commit-2')!;
    expect(withEntry.attachments).toEqual([{ filename: 'termin.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }]);
    expect(String(withEntry.headers.get('message-id'))).toMatch(/^<outbox-\d+@localhost>$/);
  });

  it('queues a key once, however often it is queued', async () => {
    await queue([mail(1, 'once')]);
    await queue([mail(1, 'once'), mail(1, 'once')]);
    await started[0].wake();
    expect(received('once')).toEqual(['Nachricht once-1']);
  });

  it('sends each mail once when two processes dispatch at the same time, and when one stops half-way', async () => {
    const second = dispatcher();
    await queue(Array.from({ length: 60 }, (_, i) => mail(i, 'pair')));
    await Promise.all([started[0].wake(), second.wake()]);
    await settled();
    expect(received('pair')).toHaveLength(60);
    expect(new Set(received('pair')).size).toBe(60);

    // A third process stops (SIGTERM) while mails are due; what it did not send, another one does, once.
    const stopping = dispatcher();
    await queue(Array.from({ length: 30 }, (_, i) => mail(i, 'restart')));
    const round = stopping.wake();
    await stopping.onApplicationShutdown();
    await round;
    await second.wake();
    await settled();
    expect(received('restart')).toHaveLength(30);
    expect(new Set(received('restart')).size).toBe(30);
  });

  it('leaves a claimed mail to its dispatcher, and sends it once that claim has run out (the dispatcher died)', async () => {
    const inAnHour = new Date(Date.now() + 3600_000);
    await queue([
      { ...mail(1, 'claimed'), sendAfter: inAnHour },
      { ...mail(2, 'claimed'), sendAfter: inAnHour },
    ]);
    // As if a process had claimed both and died: one claim still runs, the other has run out.
    await db.dataSource.query(
      `UPDATE mail_outbox SET send_after = now(), attempts = 1, claimed_until = CASE key WHEN 'claimed-1' THEN now() + interval '5 minutes' ELSE now() - interval '1 second' END
       WHERE key LIKE 'claimed-%'`,
    );
    await started[0].wake();
    expect(received('claimed')).toEqual(['Nachricht claimed-2']);
  });

  it('keeps a mail the SMTP server did not take, and retries it later with the error noted', async () => {
    const down = await startMailbox();
    await down.close();
    const broken = dispatcher(down.url);
    await connection.transaction(RequestContext.anonymous(), (tx) => broken.enqueue(tx, [mail(1, 'retry')]));
    await broken.wake();
    const [row] = await db.dataSource.query(
      `SELECT attempts, sent_at, last_error, send_after > now() AS later FROM mail_outbox WHERE key = 'retry-1'`,
    );
    expect(row).toMatchObject({ attempts: 1, sent_at: null, later: true });
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
    // The server is back and the retry is due.
    await db.dataSource.query(`UPDATE mail_outbox SET send_after = now() WHERE key = 'retry-1'`);
    await started[0].wake();
    expect(received('retry')).toEqual(['Nachricht retry-1']);
  });
});
