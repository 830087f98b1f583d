import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { SignedUpUser, TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, describeInBrowser, eventually } from './browser';

const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const MODERATOR = { email: 'moderation@beispiel.krisenfest.de', password: SAMPLE_PASSWORD };

/**
 * A fresh browser for each person or device, German, in another time zone than Berlin's; checkPage also checks that
 * nothing sticks out sideways on a 390 px phone.
 */
const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'America/New_York' }, phoneWidth: true };

describeInBrowser('reporting posts, the moderation and the account page in a browser', SUITE, (web) => {
  let t: TestApp;
  let base: string;
  const { person, signIn, checkPage } = web;

  beforeAll(() => ({ t, base } = web));

  /** The data of a request that must succeed, sent as `user` (a token) or nobody. */
  async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const { body } = await t.gql<T>(query, variables, token ? { token } : {});
    if (body.errors?.length || !body.data) throw new Error(`expected data, got ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  async function tokenOf(email: string, password: string): Promise<string> {
    const data = await api<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { email, password },
    });
    return data.login.accessToken;
  }

  it('journey 5: people report a comment, a moderator hides it with a reason, others see the notice, the author their text', async () => {
    const writer = await t.signUp('Lotte Lehrreich');
    const lesson = await t.make.experience(writer, { title: 'Sandsackausgabe am Bauhof' });
    const spammer = await t.signUp('Konrad Kaufmann');
    const spam = 'Sandsäcke gibt es nur heute bei Kaufmann-Baustoffe 50 % billiger, jetzt zuschlagen!';
    const spamComment = await t.make.comment(spammer, lesson.threadId, { body: spam });
    const reporter = await t.signUp('Rita Meldung');
    const second = await t.signUp('Sven Zweit');

    // A reader reports the comment through the dialog.
    const reader = await person();
    await signIn(reader, reporter, `/erfahrungen/${lesson.id}`);
    await reader.getByRole('heading', { level: 1, name: 'Sandsackausgabe am Bauhof' }).waitFor();
    const comment = reader.getByRole('article', { name: 'Kommentar von Konrad Kaufmann' });
    await comment.getByText(spam).waitFor();
    // Nobody reports their own post: the lesson's author is someone else, so the lesson offers it too.
    await reader.getByRole('button', { name: 'Melden (diese Erfahrung)' }).waitFor();
    const flag = comment.getByRole('button', { name: 'Melden (Kommentar von Konrad Kaufmann)' });
    await flag.click();
    const dialog = reader.getByRole('dialog', { name: 'Beitrag melden' });
    await dialog.waitFor();
    await checkPage(reader, 'flag-dialog');
    // Without a reason, and with "Etwas anderes" without a note: said in place.
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await dialog.getByText('Bitte wählen Sie einen Grund.').waitFor();
    await dialog.getByRole('radio', { name: 'Etwas anderes (bitte beschreiben)' }).check();
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    const note = dialog.getByRole('textbox', { name: 'Was stimmt nicht? (Pflichtfeld)' });
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Bitte beschreiben Sie kurz, was nicht stimmt', { exact: false }).waitFor();
    await note.fill('Werbung für ein Geschäft, keine Erfahrung.');
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await reader.getByRole('dialog', { name: 'Danke für Ihre Meldung' }).getByText('Die Moderation sieht sich den Beitrag an.').waitFor();
    await checkPage(reader, 'flag-dialog-done');
    await reader.getByRole('button', { name: 'Fertig' }).click();
    await eventually(async () => ((await reader.getByRole('dialog').count()) === 0 ? true : null));
    // Focus is back where the person was.
    expect(await flag.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);

    // A second report of the same post while the first is open: the API's refusal, in German.
    await flag.click();
    await reader.getByRole('radio', { name: 'Werbung oder wiederholte Beiträge (Spam)' }).check();
    await reader.getByRole('button', { name: 'Meldung senden' }).click();
    await reader.getByRole('alert').getByText('Sie haben diesen Beitrag bereits gemeldet.', { exact: false }).waitFor();
    await reader.keyboard.press('Escape');
    await eventually(async () => ((await reader.getByRole('dialog').count()) === 0 ? true : null));
    // The reader does not moderate: no link to it, and its address says so.
    expect(await reader.getByRole('link', { name: 'Moderation', exact: true }).count()).toBe(0);

    // Someone else reports it too (through the API: the dialog is the same).
    await api(
      'mutation($i: FlagContentInput!) { flagContent(input: $i) { targetHidden } }',
      { i: { targetId: spamComment.id, reason: 'SPAM' } },
      second.token,
    );

    // The moderator finds it in the queue, in its context, with both reports.
    const moderator = await person();
    await signIn(moderator, MODERATOR);
    await moderator.getByRole('link', { name: 'Moderation', exact: true }).click();
    await moderator.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    const item = moderator.getByRole('article', { name: 'Kommentar von Konrad Kaufmann' });
    await item.getByText(spam).waitFor();
    await item.getByRole('link', { name: 'Sandsackausgabe am Bauhof' }).waitFor();
    await item.getByRole('heading', { name: '2 Meldungen: 1 × Anderes, 1 × Spam' }).waitFor();
    const reports = await item.locator('.flags li').allInnerTexts();
    expect(reports).toEqual([
      expect.stringMatching(/^Anderes von Rita Meldung, .*: „Werbung für ein Geschäft, keine Erfahrung\.“$/),
      expect.stringMatching(/^Spam von Sven Zweit, /),
    ]);
    await checkPage(moderator, 'moderation-queue');

    // A decision needs a reason, said in place; with one, the post is hidden and leaves the queue.
    const decision = moderator.getByRole('form', { name: 'Entscheidung: Kommentar von Konrad Kaufmann' });
    await decision.getByRole('button', { name: 'Ausblenden' }).click();
    const reason = decision.getByRole('textbox', { name: 'Begründung (Pflichtfeld)' });
    await decision.getByText('Bitte begründen Sie die Entscheidung', { exact: false }).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Werbung für ein Geschäft');
    await decision.getByRole('button', { name: 'Ausblenden' }).click();
    await moderator.getByRole('status').getByText('Entschieden: Kommentar von Konrad Kaufmann – ausgeblendet.').waitFor();
    await eventually(async () => ((await item.count()) === 0 ? true : null));

    // The log says who, when, what and why, read in one request (the posts it concerns with it).
    const operations: string[] = [];
    moderator.on('request', (request) => {
      if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
      const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
      operations.push(body?.operationName ?? /^\s*\w+\s+(\w+)/.exec(body?.query ?? '')?.[1] ?? '?');
    });
    await moderator.getByRole('link', { name: 'Protokoll' }).click();
    const entry = moderator.getByRole('article', { name: 'Ausgeblendet', exact: true }).first();
    await entry.waitFor();
    await entry.getByText('Moderation Krisenfest').waitFor();
    await entry.getByText('gerade eben').waitFor();
    await entry.getByText('Werbung für ein Geschäft').waitFor();
    await entry.getByText('Kommentar von Konrad Kaufmann in').waitFor();
    await entry.getByRole('link', { name: 'Sandsackausgabe am Bauhof' }).waitFor();
    expect(operations).toEqual(['ModerationLog']);
    await checkPage(moderator, 'moderation-log');

    // Other readers see the notice with the reason instead of the text.
    await reader.reload();
    const hidden = reader.getByRole('article', { name: 'Kommentar von Konrad Kaufmann' });
    await hidden.getByText('Dieser Beitrag wurde von der Moderation ausgeblendet.').waitFor();
    await hidden.getByText('Grund: Werbung für ein Geschäft').waitFor();
    expect(await hidden.innerText()).not.toContain('billiger');
    await checkPage(reader, 'comment-hidden');

    // The author still reads their text, with the notice and who else can read it.
    const author = await person();
    await signIn(author, spammer, `/erfahrungen/${lesson.id}`);
    const own = author.getByRole('article', { name: 'Kommentar von Konrad Kaufmann' });
    await own.getByText(spam).waitFor();
    await own.getByText('Dieser Beitrag wurde von der Moderation ausgeblendet.').waitFor();
    await own.getByText('Nur Sie und die Moderation sehen den Text noch.').waitFor();
    // Their own post offers no "Melden".
    expect(await own.getByRole('button', { name: /^Melden/ }).count()).toBe(0);
    await checkPage(author, 'comment-hidden-author');
    // Signed out on the same device, the page no longer shows the text (nothing of it is kept from before).
    await author.getByRole('button', { name: 'Abmelden' }).click();
    await eventually(async () => ((await own.innerText()).includes('billiger') ? null : true));
    await own.getByText('Grund: Werbung für ein Geschäft').waitFor();

    // Someone who does not moderate gets a clear page at the moderation's addresses.
    for (const path of ['/moderation', '/moderation/protokoll']) {
      await reader.goto(`${base}${path}`);
      await reader.getByRole('heading', { level: 1, name: 'Kein Zugang' }).waitFor();
      await reader.getByText('Diese Seite ist nur für die Moderation von Krisenfest.', { exact: false }).waitFor();
    }
    await checkPage(reader, 'moderation-no-access');
  }, 240_000);

  it('a moderator shows an automatically hidden comment again and keeps another one, dismissing its reports', async () => {
    const writer = await t.signUp('Paul Pegel');
    const lesson = await t.make.experience(writer, { title: 'Pegelstände per SMS' });
    const author = await t.signUp('Hanna Hinweis');
    const warned = 'Bei Pegel über 5 m bitte die Keller in der Unterstadt räumen.';
    const kept = 'Die SMS kamen bei uns erst eine Stunde zu spät an.';
    const first = await t.make.comment(author, lesson.threadId, { body: warned });
    const second = await t.make.comment(author, lesson.threadId, { body: kept });
    const flag = 'mutation($i: FlagContentInput!) { flagContent(input: $i) { targetHidden } }';
    // Three people report the first comment: it is hidden until the moderation decides.
    for (const name of ['Ina Eins', 'Udo Zwei', 'Eva Drei']) {
      const reporter = await t.signUp(name);
      await api(flag, { i: { targetId: first.id, reason: 'MISINFORMATION' } }, reporter.token);
    }
    await api(flag, { i: { targetId: second.id, reason: 'OFFENSIVE' } }, (await t.signUp('Kai Vier')).token);

    const reader = await person();
    await reader.goto(`${base}/erfahrungen/${lesson.id}`);
    const hidden = reader.getByRole('article', { name: 'Kommentar von Hanna Hinweis' }).first();
    await hidden.getByText('Mehrere Personen haben ihn gemeldet', { exact: false }).waitFor();
    expect(await hidden.innerText()).not.toContain('Unterstadt');

    const moderator = await person();
    await signIn(moderator, MODERATOR, '/moderation');
    const items = moderator.getByRole('article', { name: 'Kommentar von Hanna Hinweis' });
    const autoHidden = items.filter({ hasText: 'Unterstadt' });
    await autoHidden.getByText('Zurzeit ausgeblendet (automatisch nach mehreren Meldungen).').waitFor();
    await autoHidden.getByRole('heading', { name: '3 Meldungen: 3 × Falschinformation' }).waitFor();
    await autoHidden.getByRole('textbox', { name: 'Begründung (Pflichtfeld)' }).fill('Die Warnung stimmt, sie kommt vom Landratsamt.');
    await autoHidden.getByRole('button', { name: 'Wieder anzeigen' }).click();
    await moderator.getByRole('status').getByText('Entschieden: Kommentar von Hanna Hinweis – wieder angezeigt.').waitFor();
    await eventually(async () => ((await autoHidden.count()) === 0 ? true : null));

    const offended = items.filter({ hasText: 'eine Stunde zu spät' });
    await offended.getByRole('textbox', { name: 'Begründung (Pflichtfeld)' }).fill('Sachliche Kritik, nicht beleidigend.');
    await offended.getByRole('button', { name: 'Meldungen verwerfen' }).click();
    await moderator.getByRole('status').getByText('Entschieden: Kommentar von Hanna Hinweis – Meldungen verworfen.').waitFor();
    await moderator.getByText('Keine offenen Meldungen. Alles erledigt.').waitFor();
    await checkPage(moderator, 'moderation-queue-empty');

    // The log has both decisions and the automatic hiding before them.
    await moderator.getByRole('link', { name: 'Protokoll' }).click();
    await moderator
      .getByRole('article', { name: 'Meldungen verworfen', exact: true })
      .getByText('Sachliche Kritik, nicht beleidigend.')
      .waitFor();
    await moderator
      .getByRole('article', { name: 'Wieder angezeigt', exact: true })
      .getByText('Die Warnung stimmt, sie kommt vom Landratsamt.')
      .waitFor();
    await moderator
      .getByRole('article', { name: 'Automatisch ausgeblendet nach 3 Meldungen', exact: true })
      .getByText('automatisch (keine Person)')
      .waitFor();

    // Readers see both comments again.
    await reader.reload();
    await reader.getByText(warned).waitFor();
    await reader.getByText(kept).waitFor();
  }, 180_000);

  it('a lesson hidden by the moderation shows others the notice once, its author and the moderation the full text', async () => {
    const notice = 'Dieser Beitrag wurde von der Moderation ausgeblendet.';
    const writer = await t.signUp('Greta Gutachten');
    const lesson = await t.make.experience(writer, {
      title: 'Notunterkunft in der Turnhalle',
      summary: 'Wie wir 80 Menschen über Nacht untergebracht haben.',
      situation: 'Die Evakuierung kam am späten Abend.',
      rootCause: 'Keine Liste freier Hallen.',
    });
    const moderation = await tokenOf('moderation@beispiel.krisenfest.de', SAMPLE_PASSWORD);
    await api(
      'mutation($i: ModerateContentInput!) { hideContent(input: $i) { target { __typename } } }',
      { i: { targetId: lesson.id, reason: 'Enthält Namen und Adressen von Betroffenen' } },
      moderation,
    );

    // Another reader: one heading, the notice with the reason once, no sections standing empty or repeating it.
    const reader = await person();
    const other = await t.signUp('Lars Leser');
    await signIn(reader, other, `/erfahrungen/${lesson.id}`);
    await reader.getByRole('heading', { level: 1, name: 'Ausgeblendete Erfahrung' }).waitFor();
    await reader.getByRole('note').getByText('Grund: Enthält Namen und Adressen von Betroffenen').waitFor();
    expect(await reader.getByText(notice).count()).toBe(1);
    const main = reader.locator('article.lesson');
    expect(await main.innerText()).not.toContain('Turnhalle');
    for (const section of ['Was geschah', 'Was getan wurde', 'Was funktioniert hat und was nicht', 'Ursachen', 'Empfehlungen']) {
      expect(await reader.getByRole('heading', { level: 2, name: section }).count()).toBe(0);
    }
    expect(await reader.getByRole('button', { name: /^Melden/ }).count()).toBe(0);
    expect(await reader.title()).toContain('Ausgeblendete Erfahrung');
    await checkPage(reader, 'lesson-hidden');

    // Its author and the moderation still read all of it, with the notice.
    const author = await person();
    await signIn(author, writer, `/erfahrungen/${lesson.id}`);
    await author.getByRole('heading', { level: 1, name: 'Notunterkunft in der Turnhalle' }).waitFor();
    await author.getByText('Wie wir 80 Menschen über Nacht untergebracht haben.').waitFor();
    await author.getByRole('heading', { level: 2, name: 'Was geschah' }).waitFor();
    await author.getByText('Die Evakuierung kam am späten Abend.').waitFor();
    await author.getByText('Keine Liste freier Hallen.').waitFor();
    await author.getByRole('note').getByText(notice).waitFor();
    await author.getByText('Nur Sie und die Moderation sehen den Text noch.').waitFor();
    await checkPage(author, 'lesson-hidden-author');

    const moderator = await person();
    await signIn(moderator, MODERATOR, `/erfahrungen/${lesson.id}`);
    await moderator.getByRole('heading', { level: 1, name: 'Notunterkunft in der Turnhalle' }).waitFor();
    await moderator.getByText('Die Evakuierung kam am späten Abend.').waitFor();
    await moderator.getByRole('note').getByText('Grund: Enthält Namen und Adressen von Betroffenen').waitFor();
  }, 180_000);

  it('a reader reports the opening post of a discussion; a moderator locks it, readers cannot comment, and unlocks it', async () => {
    const opener = await t.signUp('Olaf Offen');
    const thread = await t.make.thread(opener, { title: 'Sirenenprobe am Samstag', body: 'Wer hat die Sirene in der Altstadt gehört?' });
    await t.make.comment(await t.signUp('Nina Nachbar'), thread.id, { body: 'Bei uns laut und deutlich.' });
    const user = await t.signUp('Uwe Unruh');
    const moderation = await tokenOf('moderation@beispiel.krisenfest.de', SAMPLE_PASSWORD);
    const lockState = async () =>
      (
        await api<{ thread: { locked: boolean; lockReason: string | null } }>('query($id: ID!) { thread(id: $id) { locked lockReason } }', {
          id: thread.id,
        })
      ).thread;

    // A reader reports the opening post through the same dialog as a comment; they see no moderator tools.
    const reader = await person();
    await signIn(reader, user, `/diskussionen/${thread.id}`);
    await reader.getByRole('heading', { level: 1, name: 'Sirenenprobe am Samstag' }).waitFor();
    await reader.getByRole('textbox', { name: 'Ihr Kommentar' }).waitFor();
    expect(await reader.getByRole('form', { name: 'Diskussion sperren' }).count()).toBe(0);
    await reader.getByRole('button', { name: 'Melden (Eröffnungsbeitrag von Olaf Offen)' }).click();
    const dialog = reader.getByRole('dialog', { name: 'Beitrag melden' });
    await dialog.getByRole('radio', { name: 'Falsche oder gefährliche Informationen' }).check();
    await dialog.getByRole('button', { name: 'Meldung senden' }).click();
    await reader.getByRole('dialog', { name: 'Danke für Ihre Meldung' }).waitFor();
    await reader.getByRole('button', { name: 'Fertig' }).click();
    const { moderationQueue } = await api<{ moderationQueue: { nodes: { target: { id?: string }; flags: { reason: string }[] }[] } }>(
      '{ moderationQueue(first: 100) { nodes { target { ... on Thread { id } } flags { reason } } } }',
      {},
      moderation,
    );
    expect(moderationQueue.nodes.find((n) => n.target.id === thread.id)?.flags).toEqual([{ reason: 'MISINFORMATION' }]);

    // The moderator locks it, with a reason said in place when it is missing.
    const moderator = await person();
    await signIn(moderator, MODERATOR, `/diskussionen/${thread.id}`);
    const lock = moderator.getByRole('form', { name: 'Diskussion sperren' });
    await lock.getByRole('button', { name: 'Diskussion sperren' }).click();
    await lock.getByText('Bitte begründen Sie die Entscheidung', { exact: false }).waitFor();
    const reason = lock.getByRole('textbox', { name: 'Begründung (Pflichtfeld)' });
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Der Ton ist entgleist.');
    await lock.getByRole('button', { name: 'Diskussion sperren' }).click();
    await moderator.getByRole('status').getByText('Die Diskussion ist gesperrt', { exact: false }).waitFor();
    await moderator.getByRole('note').getByText('Diese Diskussion wurde von der Moderation gesperrt.').waitFor();
    // The moderation may still write there.
    await moderator.getByText('Als Moderation können Sie trotzdem schreiben.', { exact: false }).waitFor();
    await moderator.getByRole('textbox', { name: 'Ihr Kommentar' }).waitFor();
    await moderator.getByRole('form', { name: 'Diskussion entsperren' }).waitFor();
    await checkPage(moderator, 'thread-locked-moderator');
    expect(await lockState()).toEqual({ locked: true, lockReason: 'Der Ton ist entgleist.' });

    // Readers see the notice with the reason, and neither a comment form nor "Antworten".
    await reader.reload();
    const notice = reader.getByRole('note').filter({ hasText: 'Diese Diskussion wurde von der Moderation gesperrt.' });
    await notice.getByText('Grund: Der Ton ist entgleist.', { exact: false }).waitFor();
    await reader.getByText('Bei uns laut und deutlich.').waitFor();
    await reader.getByText('Neue Kommentare und Antworten sind nicht möglich.', { exact: false }).waitFor();
    expect(await reader.getByRole('textbox', { name: 'Ihr Kommentar' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Antworten', exact: true }).count()).toBe(0);
    expect(await reader.getByRole('form', { name: /Diskussion (ent)?sperren/ }).count()).toBe(0);
    await checkPage(reader, 'thread-locked');

    // The moderator opens it again; readers can comment.
    const unlock = moderator.getByRole('form', { name: 'Diskussion entsperren' });
    await unlock.getByRole('textbox', { name: 'Begründung (Pflichtfeld)' }).fill('Hat sich beruhigt.');
    await unlock.getByRole('button', { name: 'Diskussion entsperren' }).click();
    await moderator.getByRole('status').getByText('Die Diskussion ist wieder offen', { exact: false }).waitFor();
    await moderator.getByRole('form', { name: 'Diskussion sperren' }).waitFor();
    expect(await moderator.getByRole('note').filter({ hasText: 'gesperrt' }).count()).toBe(0);
    expect(await lockState()).toEqual({ locked: false, lockReason: null });

    await reader.reload();
    await reader.getByRole('textbox', { name: 'Ihr Kommentar' }).fill('Jetzt geht es wieder: Sirene war auch in der Oberstadt zu hören.');
    await reader.getByRole('button', { name: 'Kommentar senden' }).click();
    await reader.getByText('Jetzt geht es wieder: Sirene war auch in der Oberstadt zu hören.').waitFor();
    expect(await reader.getByRole('note').count()).toBe(0);

    // Both decisions are in the log, with the discussion they concern.
    await moderator.goto(`${base}/moderation/protokoll`);
    const locked = moderator.getByRole('article', { name: 'Diskussion gesperrt', exact: true }).first();
    await locked.getByText('Der Ton ist entgleist.').waitFor();
    await locked.getByRole('link', { name: 'Sirenenprobe am Samstag' }).waitFor();
    await moderator.getByRole('article', { name: 'Diskussion entsperrt', exact: true }).first().getByText('Hat sich beruhigt.').waitFor();
  }, 240_000);

  it('lists the devices and signs out another one, which is signed out at its next request', async () => {
    const user: SignedUpUser = await t.signUp('Doris Geräte');
    const laptop = await person();
    const phone = await person({ userAgent: IPHONE });
    await signIn(phone, user);
    await signIn(laptop, user);
    await laptop.getByRole('link', { name: 'Konto (Doris Geräte)' }).click();
    await laptop.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
    const devices = laptop.locator('.devices > li');
    // The sign-up, the phone and this one.
    await eventually(async () => ((await devices.count()) === 3 ? true : null));
    await devices.filter({ hasText: 'dieses Gerät' }).waitFor();
    await devices.filter({ hasText: 'Safari auf iPhone/iPad' }).waitFor();
    await checkPage(laptop, 'account');

    await laptop.getByRole('button', { name: /^Safari auf iPhone\/iPad abmelden/ }).click();
    await laptop.getByRole('status').getByText('Ein Gerät wurde abgemeldet.').waitFor();
    await eventually(async () => ((await devices.count()) === 2 ? true : null));
    expect(await devices.filter({ hasText: 'Safari' }).count()).toBe(0);

    // The phone notices at its next request and is signed out there.
    await phone.reload();
    await phone.getByRole('link', { name: 'Anmelden' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Abmelden' }).count()).toBe(0);

    // The others, all at once: only this device is left.
    await laptop.getByRole('button', { name: /abmelden \(angemeldet/ }).click();
    await laptop.getByText('Sie sind nur auf diesem Gerät angemeldet.').waitFor();
    const { viewer } = await api<{ viewer: { sessions: unknown[] } }>(
      '{ viewer { sessions { id } } }',
      {},
      await tokenOf(user.email, user.password),
    );
    // This device and the sign-in just made to ask.
    expect(viewer.sessions).toHaveLength(2);
  }, 180_000);

  it('changes how notifications reach the person, kept after a reload, and shows membership requests with their state', async () => {
    const user = await t.signUp('Mara Mitglied');
    const { municipalities } = await api<{ municipalities: { nodes: { id: string; name: string }[] } }>(
      'query { municipalities(first: 1, nameContains: "Plochingen") { nodes { id name } } }',
    );
    const plochingen = municipalities.nodes[0];
    const { volunteerGroups } = await api<{ volunteerGroups: { nodes: { id: string; name: string }[] } }>(
      'query { volunteerGroups(first: 20) { nodes { id name } } }',
    );
    const group = volunteerGroups.nodes.find((g) => g.name.includes('Helfernetz Ahrtal'))!;
    const request = 'mutation($i: RequestMembershipInput!) { requestMembership(input: $i) { membership { id } } }';
    await api(request, { i: { municipalityId: plochingen.id, role: 'STAFF', position: 'Ordnungsamt' } }, user.token);
    const asked = await api<{ requestMembership: { membership: { id: string } } }>(
      request,
      { i: { volunteerGroupId: group.id, role: 'MEMBER', position: 'Fahrdienst' } },
      user.token,
    );
    const admin = await tokenOf('admin@beispiel.krisenfest.de', SAMPLE_PASSWORD);
    await api(
      'mutation($i: DecideMembershipInput!) { decideMembership(input: $i) { membership { status } } }',
      { i: { membershipId: asked.requestMembership.membership.id, approve: false, reason: 'Bitte zuerst bei der Leitung melden.' } },
      admin,
    );

    const page = await person();
    await signIn(page, user, '/konto');
    await page.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
    const memberships = page.locator('.memberships > li');
    const town = memberships.filter({ hasText: plochingen.name });
    await town.getByText('Stand: beantragt', { exact: false }).waitFor();
    await town.getByText('Mitarbeit').waitFor();
    const rejected = memberships.filter({ hasText: group.name });
    await rejected.getByText('Stand: abgelehnt', { exact: false }).waitFor();
    await rejected.getByText('Begründung: Bitte zuerst bei der Leitung melden.').waitFor();

    const replies = page.getByLabel('Antworten auf Ihre Kommentare');
    expect(await replies.inputValue()).toBe('IMMEDIATE');
    await replies.selectOption({ label: 'Täglich zusammengefasst per E-Mail' });
    await page.getByRole('status').getByText('Gespeichert: Antworten auf Ihre Kommentare', { exact: false }).waitFor();
    const reminders = page.getByLabel('Erinnerung per E-Mail vor Veranstaltungen, für die ich angemeldet bin');
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.getByRole('status').getByText('Gespeichert: Erinnerungen vor Veranstaltungen aus').waitFor();
    await checkPage(page, 'account-settings');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ihr Konto' }).waitFor();
    await eventually(async () => ((await page.getByLabel('Antworten auf Ihre Kommentare').inputValue()) === 'DAILY' ? true : null));
    expect(await page.getByLabel('Erinnerung per E-Mail vor Veranstaltungen, für die ich angemeldet bin').isChecked()).toBe(false);
    // What the server stored.
    const { viewer } = await api<{
      viewer: { seminarReminders: boolean; notificationMailSettings: { kind: string; delivery: string }[] };
    }>('{ viewer { seminarReminders notificationMailSettings { kind delivery } } }', {}, user.token);
    expect(viewer.seminarReminders).toBe(false);
    expect(viewer.notificationMailSettings).toContainEqual({ kind: 'REPLY', delivery: 'DAILY' });
  }, 180_000);
});
