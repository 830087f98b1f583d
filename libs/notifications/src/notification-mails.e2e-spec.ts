import { MailOutbox } from '@krisenfest/mail';
import {
  createTestApp,
  errorFields,
  graphql,
  Mailbox,
  ReceivedMail,
  SignedUpUser,
  startMailbox,
  TestApp,
  uuidOf,
} from '@krisenfest/testing';
import { NotificationMails } from './notification-mails';

const SETTINGS = graphql(`
  query MailSettings {
    viewer {
      notificationMailSettings {
        kind
        delivery
      }
    }
  }
`);

const SET_DELIVERY = graphql(`
  mutation MailSetDelivery($input: SetNotificationMailDeliveryInput!) {
    setNotificationMailDelivery(input: $input) {
      kind
      delivery
    }
  }
`);

const UNSUBSCRIBE = graphql(`
  mutation MailUnsubscribe($input: UnsubscribeNotificationMailsInput!) {
    unsubscribeNotificationMails(input: $input) {
      kind
    }
  }
`);

const MARK_ALL_READ = graphql(`
  mutation MailMarkAllRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);

describe('notification mails', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let mails: NotificationMails;
  let anna: SignedUpUser;
  let bernd: SignedUpUser;

  /** One round of notification mails, and the outbox sent what it queued. */
  const round = async () => {
    const queued = await mails.sendDue();
    await t.app.get(MailOutbox).wake();
    return queued;
  };
  /** The notification mails `user` received (not the address confirmation every new account gets). */
  const mailsTo = (user: SignedUpUser) => mailbox.to(user.email).filter((m) => !m.subject.startsWith('Bitte bestätigen'));
  const unsubscribeToken = (mail: ReceivedMail, kindName: string) => {
    const line = mail.text.split('\n').find((l) => l.startsWith(`– ${kindName}:`));
    return new URL(line!.slice(line!.indexOf('http'))).searchParams.get('token')!;
  };

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp({
      env: {
        SMTP_URL: mailbox.url,
        MAIL_OUTBOX_POLL_MS: '100',
        // Rounds run when the test says so; an immediate mail is due at once.
        NOTIFICATION_MAIL_POLL_MS: '3600000',
        NOTIFICATION_MAIL_DELAY_SECONDS: '0',
        PUBLIC_APP_URL: 'https://krisenfest.example.org',
      },
    });
    mails = t.app.get(NotificationMails);
    [anna, bernd] = await Promise.all([t.signUp('Anna Roth'), t.signUp('Bernd Klee')]);
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('mails a reply at once, with the thread, the words and a link; once, however many rounds run', async () => {
    const thread = await t.make.thread(bernd, { title: 'Sandsäcke: wer lagert sie?', body: 'Bei uns der Bauhof.' });
    const asked = await t.make.comment(anna, thread.id, { body: 'Und wer **holt** sie ab?' });
    await t.make.comment(bernd, thread.id, { body: 'Die Feuerwehr, mit dem Unimog.', parentId: asked.id });
    const [a, b] = await Promise.all([round(), round()]);
    expect(a + b).toBeGreaterThanOrEqual(1);
    await round();
    const [mail, ...more] = mailsTo(anna);
    expect(more).toEqual([]);
    expect(mail.subject).toBe('Bernd Klee hat auf Ihren Kommentar geantwortet: „Sandsäcke: wer lagert sie?“');
    expect(mail.text).toContain('– Bernd Klee hat auf Ihren Kommentar geantwortet: „Die Feuerwehr, mit dem Unimog.“');
    expect(mail.text).toContain(`Öffnen: https://krisenfest.example.org/diskussionen/${thread.id}`);
    expect(mail.text).toContain('– Antworten auf Ihre Kommentare: https://krisenfest.example.org/benachrichtigungen/abbestellen?token=');
  });

  it('does not mail what was read in the app first, nor a kind switched off', async () => {
    const thread = await t.make.thread(bernd, { title: 'Notstrom im Rathaus', body: 'Wie lange?' });
    const asked = await t.make.comment(anna, thread.id, { body: 'Wie groß ist der Tank?' });
    const before = mailsTo(anna).length;
    await t.make.comment(bernd, thread.id, { body: '500 Liter.', parentId: asked.id });
    await t.as(anna).data(MARK_ALL_READ);
    await round();
    expect(mailsTo(anna)).toHaveLength(before);

    const settings = await t.as(anna).data(SET_DELIVERY, { input: { kind: 'REPLY', delivery: 'NEVER' } });
    expect(settings.setNotificationMailDelivery).toContainEqual({ kind: 'REPLY', delivery: 'NEVER' });
    await t.make.comment(bernd, thread.id, { body: 'Drei Tage.', parentId: asked.id });
    await round();
    expect(mailsTo(anna)).toHaveLength(before);
    await t.as(anna).data(SET_DELIVERY, { input: { kind: 'REPLY', delivery: 'IMMEDIATE' } });
    const notMailed = await t.as(anna).error(SET_DELIVERY, 'BAD_USER_INPUT', { input: { kind: 'SESSION_CANCELLED', delivery: 'DAILY' } });
    expect(errorFields(notMailed)).toEqual(['kind']);
  });

  it('gathers comments in watched threads into one daily digest, grouped by thread, leaving out what was hidden', async () => {
    const clara = await t.signUp('Clara Nowak');
    expect((await t.as(clara).data(SETTINGS)).viewer!.notificationMailSettings).toEqual([
      { kind: 'REPLY', delivery: 'IMMEDIATE' },
      { kind: 'QUESTION_TO_YOU', delivery: 'IMMEDIATE' },
      { kind: 'ANSWER_ACCEPTED', delivery: 'DAILY' },
      { kind: 'THREAD_COMMENT', delivery: 'DAILY' },
      { kind: 'SESSION_ANNOUNCED', delivery: 'DAILY' },
      { kind: 'MENTION', delivery: 'IMMEDIATE' },
      { kind: 'NEW_LESSON', delivery: 'DAILY' },
    ]);
    const heat = await t.make.thread(clara, { title: 'Hitzeschutz in Kitas', body: 'Was hilft?' });
    const power = await t.make.thread(clara, { title: 'Stromausfall', body: 'Wer hat Aggregate?' });
    await t.make.comment(anna, heat.id, { body: 'Sonnensegel.' });
    const rude = await t.make.comment(bernd, heat.id, { body: 'Beleidigung' });
    await t.make.comment(bernd, power.id, { body: 'Das THW.' });
    await t.dataSource.query(`UPDATE comment SET hidden_at = now(), hidden_reason = 'Beleidigend' WHERE id = $1`, [uuidOf(rude.id)]);
    await round();
    const [digest, ...more] = mailsTo(clara);
    expect(more).toEqual([]);
    expect(digest.subject).toBe('Ihre Neuigkeiten auf Krisenfest: 2 Beiträge');
    expect(digest.text).toContain('„Hitzeschutz in Kitas“\n– Anna Roth hat einen Kommentar geschrieben: „Sonnensegel.“');
    expect(digest.text).toContain('„Stromausfall“\n– Bernd Klee hat einen Kommentar geschrieben: „Das THW.“');
    expect(digest.text).not.toContain('Beleidigung');

    // The next comment waits for tomorrow's digest.
    await t.make.comment(anna, power.id, { body: 'Und die Feuerwehr.' });
    await round();
    expect(mailsTo(clara)).toHaveLength(1);
    await t.dataSource.query(`UPDATE notification_digest_state SET last_digest_at = now() - interval '25 hours' WHERE user_id = $1`, [
      uuidOf(clara.userId),
    ]);
    await round();
    expect(mailsTo(clara)).toHaveLength(2);
    expect(mailsTo(clara)[1].subject).toBe('Anna Roth hat einen Kommentar geschrieben: „Stromausfall“');
  });

  it('unsubscribes with one click on the link of a mail, and only with a link of ours', async () => {
    const [mail] = mailsTo(anna);
    const token = unsubscribeToken(mail, 'Antworten auf Ihre Kommentare');
    expect((await t.as(null).data(UNSUBSCRIBE, { input: { token } })).unsubscribeNotificationMails.kind).toBe('REPLY');
    expect((await t.as(anna).data(SETTINGS)).viewer!.notificationMailSettings).toContainEqual({ kind: 'REPLY', delivery: 'NEVER' });
    const forged = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(errorFields(await t.as(null).error(UNSUBSCRIBE, 'BAD_USER_INPUT', { input: { token: forged } }))).toEqual(['token']);
    expect(errorFields(await t.as(null).error(UNSUBSCRIBE, 'BAD_USER_INPUT', { input: { token: 'kein-token' } }))).toEqual(['token']);
  });

  it('offers mail programs a one-click unsubscribe (List-Unsubscribe) from what the mail told of', async () => {
    const clara = await t.signUp('Clara Weber');
    const thread = await t.make.thread(clara, { title: 'Warnung der Bevölkerung', body: 'Sirenen oder App?' });
    const asked = await t.make.comment(clara, thread.id, { body: 'Was nutzt ihr?' });
    await t.make.comment(bernd, thread.id, { body: 'Beides.', parentId: asked.id });
    await round();
    const [mail] = mailsTo(clara);
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const header = mail.header('List-Unsubscribe')!;
    expect(header).toMatch(/^<https:\/\/krisenfest\.example\.org\/notification-mails\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    const url = new URL(header.slice(1, -1));
    const fastify = t.app.getHttpAdapter().getInstance();

    // Opened in a browser, it leads to the app's page, which asks first.
    const opened = await fastify.inject({ method: 'GET', url: url.pathname + url.search });
    expect(opened.statusCode).toBe(303);
    expect(opened.headers.location).toBe(`https://krisenfest.example.org/benachrichtigungen/abbestellen${url.search}`);
    expect((await t.as(clara).data(SETTINGS)).viewer!.notificationMailSettings).toContainEqual({ kind: 'REPLY', delivery: 'IMMEDIATE' });

    // The mail program's one click, as RFC 8058 describes it.
    const oneClick = (search: string) =>
      fastify.inject({
        method: 'POST',
        url: url.pathname + search,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'List-Unsubscribe=One-Click',
      });
    const clicked = await oneClick(url.search);
    expect(clicked.statusCode).toBe(200);
    expect(clicked.json()).toEqual({ unsubscribed: ['REPLY'] });
    expect((await t.as(clara).data(SETTINGS)).viewer!.notificationMailSettings).toContainEqual({ kind: 'REPLY', delivery: 'NEVER' });
    expect((await oneClick(url.search.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))).statusCode).toBe(400);
  });
});
