import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { SignedUpUser, TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, describeInBrowser, eventually } from './browser';

const ORGANISER = { email: 'henrike.albers@beispiel.krisenfest.de', password: SAMPLE_PASSWORD };

/** Each person in another time zone than Berlin's: the pages must show Berlin times. */
const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'America/New_York', acceptDownloads: true } };

describeInBrowser('seminars in the web client', SUITE, (web) => {
  let t: TestApp;
  let base: string;
  const { person, signIn, checkPage } = web;
  const nextYear = new Date().getFullYear() + 1;

  beforeAll(() => ({ t, base } = web));

  /** A request of a signed-in person to the API, for setting up what a journey does not show. */
  async function api<R>(user: SignedUpUser, query: string, variables: Record<string, unknown>): Promise<R> {
    return (await t.as(user).data(query, variables)) as R;
  }

  it('keeps the seminar pages and their GraphQL documents out of the start page’s JavaScript (≤ 150 KB gzip)', () => {
    // A production build of its own (the tests run with NODE_ENV=test, which would build React for development).
    const web = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-web-'));
    try {
      const root = path.resolve(__dirname, '..', '..', '..');
      execFileSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
          'build',
          '--config',
          'apps/web/vite.config.mts',
          '--outDir',
          web,
          '--logLevel',
          'warn',
        ],
        { cwd: root, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'pipe' },
      );
      const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
      const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => fs.readFileSync(path.join(web, m[1])));
      expect(initial.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0)).toBeLessThanOrEqual(150 * 1024);
      const code = initial.map((file) => file.toString('utf8')).join('\n');
      // The start page's own document is there; a lazy page's document is in that page's chunk only.
      expect(code).toContain('"value":"StartUpcomingSessions"');
      expect(code).not.toContain('"value":"ManageSession"');
      expect(code).not.toContain('"value":"SeminarsPage"');
    } finally {
      fs.rmSync(web, { recursive: true, force: true });
    }
  }, 120_000);

  it('lists the series and sessions, and shows a past session with its speakers, record, lessons and follow-up', async () => {
    const page = await person();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Seminare', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Online-Seminare' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vergangene Termine' }).waitFor();
    await page.getByRole('link', { name: 'Krisenresilienz von Kommune und Ehrenamt' }).waitFor();
    await checkPage(page, 'seminars');

    await page.getByRole('main').getByRole('link', { name: '#kommunalEngagiert', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '#kommunalEngagiert' }).waitFor();
    // Signed out: nobody is offered to organise.
    await page.getByRole('link', { name: 'Krisenresilienz von Kommune und Ehrenamt' }).waitFor();
    expect(await page.getByRole('link', { name: 'Neuen Termin anlegen' }).count()).toBe(0);
    await checkPage(page, 'seminar-series');

    await page.getByRole('link', { name: 'Krisenresilienz von Kommune und Ehrenamt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Krisenresilienz von Kommune und Ehrenamt' }).waitFor();
    // 13:30 in Berlin, although this browser lives in New York.
    const when = await page.locator('.seminar__when').innerText();
    expect(when).toContain('25. Januar 2023');
    expect(when).toContain('13:30–14:45 Uhr');
    const speakers = page.locator('.speakers');
    expect(await speakers.innerText()).toMatch(/Frank Buß\s*zugesagt/);
    expect(await speakers.innerText()).toMatch(/Kerstin Stocker\s*angefragt/);
    await page.getByRole('heading', { level: 2, name: 'Nachgespräch: Krisenresilienz von Kommune und Ehrenamt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Diskussion \(\d+\)$/ }).waitFor();
    await page.getByText('Dieses Seminar hat stattgefunden.').waitFor();
    // The lessons drawn from it, as cards.
    await page.getByRole('heading', { level: 2, name: 'Erfahrungen aus diesem Seminar' }).waitFor();
    expect(await page.locator('.lesson-card').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Termin verwalten' }).count()).toBe(0);
    await checkPage(page, 'seminar-session-past');

    // Its organiser keeps the record; everyone reads it on the session's page.
    const orga = await person();
    await signIn(orga, ORGANISER, new URL(page.url()).pathname);
    await orga.getByRole('link', { name: 'Termin verwalten' }).click();
    await orga.getByRole('heading', { level: 1, name: 'Termin verwalten: Krisenresilienz von Kommune und Ehrenamt' }).waitFor();
    await orga.getByLabel('Protokoll (Markdown)').fill('**Ergebnis:** Eine feste Ansprechperson für das Ehrenamt in jeder Kommune.');
    await orga.getByLabel('Link zur Aufzeichnung (freiwillig)').fill('https://video.example.org/krisenresilienz');
    await orga.getByRole('button', { name: 'Dokumentation speichern' }).click();
    await orga.locator('.success', { hasText: 'Die Dokumentation ist gespeichert.' }).waitFor();
    await checkPage(orga, 'seminar-manage-past');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Dokumentation' }).waitFor();
    await page.locator('.seminar__minutes strong', { hasText: 'Ergebnis:' }).waitFor();
    expect(await page.getByRole('link', { name: 'Aufzeichnung ansehen' }).getAttribute('href')).toBe(
      'https://video.example.org/krisenresilienz',
    );
  }, 180_000);

  it('an organiser sees the server refuse fewer seats than are taken at the field, and cancels the session with a reason', async () => {
    const organiser = await t.signUp('Olga Ordner');
    await t.fx.grantPlatformRole(organiser.userId, 'ORGANIZER');
    const first = await t.signUp('Carla Mertens');
    const second = await t.signUp('Dieter Funk');
    const series = await api<{ createSeminarSeries: { series: { id: string } } }>(
      organiser,
      `mutation($input: CreateSeminarSeriesInput!) { createSeminarSeries(input: $input) { series { id } } }`,
      { input: { title: 'Hitzeschutz vor Ort', organisers: ['Landkreis'] } },
    );
    const created = await api<{ createSeminarSession: { session: { id: string } } }>(
      organiser,
      `mutation($input: CreateSeminarSessionInput!) { createSeminarSession(input: $input) { session { id } } }`,
      {
        input: {
          seriesId: series.createSeminarSeries.series.id,
          title: 'Hitzeaktionspläne',
          startsAt: `${nextYear}-06-02T10:00:00+02:00`,
          endsAt: `${nextYear}-06-02T11:00:00+02:00`,
          capacity: 2,
        },
      },
    );
    const sessionId = created.createSeminarSession.session.id;
    const register = `mutation($input: RegisterForSeminarSessionInput!) { registerForSeminarSession(input: $input) { registration { id } } }`;
    await api(first, register, { input: { sessionId } });
    await api(second, register, { input: { sessionId } });

    const orga = await person();
    await signIn(orga, organiser, `/seminare/termine/${sessionId}/verwalten`);
    await orga.getByRole('heading', { level: 1, name: 'Termin verwalten: Hitzeaktionspläne' }).waitFor();
    const seats = orga.getByLabel('Plätze (freiwillig)');
    expect(await seats.inputValue()).toBe('2');
    await seats.fill('1');
    await orga.getByRole('button', { name: 'Änderungen speichern' }).click();
    // Only the server knows the seats taken: its refusal is shown at the field, in German.
    await orga.getByText('2 Personen haben einen Platz; weniger Plätze gehen nicht.').waitFor();
    expect(await seats.getAttribute('aria-invalid')).toBe('true');
    await checkPage(orga, 'seminar-manage-server-error');

    await orga.getByRole('button', { name: 'Termin absagen' }).click();
    await orga.getByText('Bitte einen Grund angeben (mindestens 3 Zeichen).').waitFor();
    await orga.getByLabel('Grund der Absage').fill('Die Referentin ist erkrankt; wir holen den Termin im Herbst nach.');
    await orga.getByRole('button', { name: 'Termin absagen' }).click();
    await orga.getByText('Die Referentin ist erkrankt', { exact: false }).first().waitFor();
    await orga.getByRole('heading', { level: 2, name: 'Termin absagen' }).waitFor({ state: 'detached' });

    // The registrants read it on the session's page; nobody registers any more.
    const registrant = await person();
    await signIn(registrant, first, `/seminare/termine/${sessionId}`);
    await registrant.getByRole('heading', { level: 1, name: 'Hitzeaktionspläne' }).waitFor();
    const notice = registrant.getByRole('note');
    await notice.getByText('Abgesagt').waitFor();
    expect(await notice.innerText()).toContain('Grund: Die Referentin ist erkrankt; wir holen den Termin im Herbst nach.');
    await registrant.getByText('Der Termin findet nicht statt; Anmeldungen sind nicht mehr möglich.').waitFor();
    expect(await registrant.getByRole('button', { name: /anmelden|Warteliste|zurückziehen/ }).count()).toBe(0);
    await checkPage(registrant, 'seminar-session-cancelled');
  }, 240_000);

  it('journey 3: an organiser announces a session with one seat; A gets it, B waits, A cancels, B moves up and takes the calendar entry', async () => {
    const anna = await t.signUp('Anna Becker');
    const bernd = await t.signUp('Bernd Vogel');
    const title = `Warnung bei Starkregen ${nextYear}`;
    const day = `${nextYear}-03-10`;

    // B follows the series, to hear of its new sessions.
    const b = await person();
    await signIn(b, bernd, '/seminare');
    await b.getByRole('main').getByRole('link', { name: '#kommunalEngagiert', exact: true }).click();
    const follow = b.getByRole('button', { name: 'Bei neuen Terminen benachrichtigen' });
    expect(await follow.getAttribute('aria-pressed')).toBe('false');
    await follow.click();
    await eventually(async () => ((await follow.getAttribute('aria-pressed')) === 'true' ? true : null));
    await b.reload();
    expect(await follow.getAttribute('aria-pressed')).toBe('true');
    await checkPage(b, 'seminar-series-following');

    // The organiser (platform role ORGANIZER in the seed) announces the session through the pages.
    const orga = await person();
    await signIn(orga, ORGANISER, '/seminare');
    await orga.getByRole('heading', { level: 1, name: 'Online-Seminare' }).waitFor();
    await orga.getByRole('main').getByRole('link', { name: '#kommunalEngagiert', exact: true }).click();
    await orga.getByRole('link', { name: 'Neuen Termin anlegen' }).click();
    await orga.getByRole('heading', { level: 1, name: 'Neuer Termin' }).waitFor();
    await orga.getByLabel('Titel').fill(title);
    await orga.getByLabel('Beschreibung und Programm (freiwillig)').fill('Wie Kommunen die Bevölkerung rechtzeitig warnen.');
    const start = orga.getByRole('group', { name: /^Beginn/ });
    const end = orga.getByRole('group', { name: /^Ende/ });
    await start.getByLabel('Datum').fill(day);
    await start.getByLabel('Uhrzeit').fill('18:00');
    // The end before the start is refused here already, at the field, before anything is sent.
    await end.getByLabel('Datum').fill(day);
    await end.getByLabel('Uhrzeit').fill('17:00');
    await orga.getByLabel('Plätze (freiwillig)').fill('0');
    await orga.getByRole('button', { name: 'Termin ankündigen' }).click();
    await end.getByText('Das Ende muss nach dem Beginn liegen.').waitFor();
    expect(await end.getByLabel('Uhrzeit').getAttribute('aria-invalid')).toBe('true');
    await orga.getByText('Bitte eine ganze Zahl ab 1 angeben', { exact: false }).waitFor();
    await checkPage(orga, 'seminar-new-session-errors');

    await end.getByLabel('Uhrzeit').fill('19:30');
    await orga.getByLabel('Plätze (freiwillig)').fill('1');
    await orga.getByLabel('Link zum Online-Raum (freiwillig)').fill('https://konferenz.example.org/starkregen');
    await orga.getByRole('button', { name: 'Termin ankündigen' }).click();
    await orga.getByRole('heading', { level: 1, name: `Termin verwalten: ${title}` }).waitFor();

    // A speaker on the programme, asked first, then confirmed.
    const addForm = orga.getByRole('form', { name: 'Person hinzufügen' });
    await addForm.getByLabel('Name').fill('Frank Buß');
    await addForm.getByLabel('Funktion (freiwillig)').fill('Bürgermeister der Stadt Plochingen');
    await addForm.getByRole('button', { name: 'Hinzufügen' }).click();
    const speakers = orga.locator('.speakers');
    await eventually(async () => (/Frank Buß\s*angefragt/.test(await speakers.innerText()) ? true : null));
    await orga.getByRole('button', { name: 'Frank Buß bearbeiten' }).click();
    const editForm = orga.getByRole('form', { name: 'Frank Buß bearbeiten' });
    await editForm.getByLabel('Zusage').selectOption('CONFIRMED');
    await editForm.getByRole('button', { name: 'Speichern' }).click();
    await eventually(async () => (/Frank Buß\s*zugesagt/.test(await speakers.innerText()) ? true : null));
    await checkPage(orga, 'seminar-manage');
    const sessionPath = new URL(orga.url()).pathname.replace(/\/verwalten$/, '');

    // A takes the only seat and sees the link to the room.
    const a = await person();
    // The start page lists the next sessions, each a link to its page.
    await signIn(a, anna, '/');
    await a.getByRole('complementary', { name: 'Nächste Online-Seminare' }).getByRole('link', { name: title }).click();
    await a.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(a.url()).pathname).toBe(sessionPath);
    expect(await a.locator('.seminar__when').innerText()).toMatch(/10\. März \d{4}.*18:00–19:30 Uhr/);
    expect(await a.locator('.speakers').innerText()).toMatch(/Frank Buß\s*zugesagt/);
    await a.getByText('1 von 1 frei').waitFor();
    await a.getByRole('button', { name: 'Jetzt anmelden' }).click();
    await a.locator('.registration__state', { hasText: 'Platz sicher' }).waitFor();
    await a.getByRole('link', { name: 'https://konferenz.example.org/starkregen' }).waitFor();
    await a.getByText('0 von 1 frei').waitFor();
    await checkPage(a, 'seminar-session-registered');

    // B heard of the new session and follows the notification to it: full up, the waitlist, first in line, and no
    // link to the room.
    await b.getByRole('link', { name: /^Benachrichtigungen/ }).click();
    await b.locator('.notification', { hasText: 'hat eine neue Veranstaltung angekündigt' }).getByRole('link', { name: title }).click();
    await b.getByRole('heading', { level: 1, name: title }).waitFor();
    await b.getByText('0 von 1 frei').waitFor();
    await b.getByRole('button', { name: 'Auf die Warteliste setzen' }).click();
    await b.locator('.registration__state', { hasText: 'Warteliste, Platz 1' }).waitFor();
    expect(await b.getByRole('link', { name: 'https://konferenz.example.org/starkregen' }).count()).toBe(0);
    await checkPage(b, 'seminar-session-waitlisted');

    // A cancels through the page; B, after a reload, has the seat.
    await a.getByRole('button', { name: 'Anmeldung zurückziehen' }).click();
    // The seat went to B at once: A could only join the waitlist now.
    await a.getByRole('button', { name: 'Auf die Warteliste setzen' }).waitFor();
    expect(await a.locator('.registration__state').count()).toBe(0);
    await b.reload();
    await b.locator('.registration__state', { hasText: 'Platz sicher' }).waitFor();
    await b.getByRole('link', { name: 'https://konferenz.example.org/starkregen' }).waitFor();

    // B needs no reminder mail: switched off, and still off after a reload.
    const reminder = b.getByRole('checkbox', { name: 'Erinnerung per E-Mail vor dem Seminar' });
    expect(await reminder.isChecked()).toBe(true);
    await reminder.uncheck();
    await b.getByRole('status').getByText('Die Erinnerung ist ausgeschaltet.').waitFor({ state: 'attached' });
    await b.reload();
    await b.locator('.registration__state', { hasText: 'Platz sicher' }).waitFor();
    expect(await reminder.isChecked()).toBe(false);

    // The seminars page lists B's registration first.
    await b.getByRole('link', { name: 'Seminare', exact: true }).click();
    const mine = b.getByRole('region', { name: 'Ihre Anmeldungen' });
    await mine.locator('.session-card', { hasText: title }).getByText('Sie: Platz sicher').waitFor();
    await checkPage(b, 'seminars-signed-in');
    await b.goBack();
    await b.getByRole('heading', { level: 1, name: title }).waitFor();

    // The calendar entry: the session's title at 18:00 Berlin time, in Berlin's zone.
    const [download] = await Promise.all([b.waitForEvent('download'), b.getByRole('link', { name: 'Zum Kalender hinzufügen' }).click()]);
    const ics = fs.readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(`SUMMARY:${title}`);
    expect(ics).toContain(`DTSTART;TZID=Europe/Berlin:${day.replace(/-/g, '')}T180000`);
    expect(ics).not.toContain('konferenz.example.org');

    // The organisers see who has a seat, who moved up, who cancelled.
    await orga.reload();
    const rows = orga.getByRole('region', { name: 'Liste der Anmeldungen' });
    await rows.getByRole('row', { name: /Bernd Vogel.*Platz sicher \(nachgerückt\)/ }).waitFor();
    await rows.getByRole('row', { name: /Anna Becker.*abgemeldet/ }).waitFor();
    await checkPage(orga, 'seminar-manage-registrations');
  }, 240_000);

  it('journey 4: a question to a speaker in the follow-up; the speaker answers; the asker sees it arrive live', async () => {
    const asker = await t.signUp('Paula Sommer');
    const speaker = await t.signUp('Kerstin Stocker');
    const organiser = await t.signUp('Olaf Organisator');
    await t.fx.grantPlatformRole(organiser.userId, 'ORGANIZER');
    // The session and its linked speaker are set up through the API: announcing is journey 3's point.
    const series = await api<{ createSeminarSeries: { series: { id: string } } }>(
      organiser,
      `mutation($input: CreateSeminarSeriesInput!) { createSeminarSeries(input: $input) { series { id } } }`,
      { input: { title: 'Ehrenamt stärken', organisers: ['Freiwilligenagentur Win-Win'] } },
    );
    const created = await api<{ createSeminarSession: { session: { id: string } } }>(
      organiser,
      `mutation($input: CreateSeminarSessionInput!) { createSeminarSession(input: $input) { session { id } } }`,
      {
        input: {
          seriesId: series.createSeminarSeries.series.id,
          title: 'Freiwilligenagenturen in der Krise',
          startsAt: `${nextYear}-05-12T17:00:00+02:00`,
          endsAt: `${nextYear}-05-12T18:30:00+02:00`,
          guidingQuestions: ['Wie erreichen Agenturen Spontanhelfende?'],
        },
      },
    );
    const sessionId = created.createSeminarSession.session.id;
    await api(organiser, `mutation($input: AddSeminarSpeakerInput!) { addSeminarSpeaker(input: $input) { speaker { id } } }`, {
      input: { sessionId, name: 'Kerstin Stocker', userId: speaker.userId, confirmation: 'CONFIRMED' },
    });

    // The asker asks the speaker in the follow-up thread on the session's page.
    const q = await person();
    await signIn(q, asker, `/seminare/termine/${sessionId}`);
    await q.getByRole('heading', { level: 1, name: 'Freiwilligenagenturen in der Krise' }).waitFor();
    await q.getByRole('heading', { level: 2, name: 'Nachgespräch: Freiwilligenagenturen in der Krise' }).waitFor();
    await q.getByLabel('Ihr Kommentar').fill('Frau Stocker, wie registrieren Sie Spontanhelfende am ersten Tag?');
    await q.getByRole('group', { name: 'Als Frage an (freiwillig)' }).getByLabel('Kerstin Stocker').check();
    await q.getByRole('button', { name: 'Kommentar senden' }).click();
    const question = q.locator('.comment', { hasText: 'wie registrieren Sie Spontanhelfende' });
    await question.getByText('Frage an Kerstin Stocker').waitFor();
    // It waits for its answer among the session's open questions.
    await q.locator('.open-questions li', { hasText: 'Paula Sommer an Kerstin Stocker' }).waitFor();
    await checkPage(q, 'seminar-session-question');

    // The asker keeps the notifications open.
    await q.getByRole('link', { name: 'Benachrichtigungen', exact: true }).click();
    await q.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }).waitFor();
    await q.getByText('Noch keine Benachrichtigungen.', { exact: false }).waitFor();

    // The speaker hears of the question, follows it to the thread and answers.
    const s = await person();
    await signIn(s, speaker, '/benachrichtigungen');
    const asked = s.locator('.notification', { hasText: 'Paula Sommer hat Ihnen als Referent*in eine Frage gestellt' });
    await asked.waitFor();
    await checkPage(s, 'seminar-speaker-notifications');
    await asked.getByRole('link').click();
    await s.getByRole('heading', { level: 1, name: 'Nachgespräch: Freiwilligenagenturen in der Krise' }).waitFor();
    expect(await s.getByRole('link', { name: '„Freiwilligenagenturen in der Krise“' }).getAttribute('href')).toBe(
      `/seminare/termine/${sessionId}`,
    );
    const toAnswer = s.locator('.comment', { hasText: 'wie registrieren Sie Spontanhelfende' });
    await toAnswer.getByText('Frage an Kerstin Stocker').waitFor();
    await toAnswer.getByRole('button', { name: 'Antworten', exact: true }).click();
    await toAnswer
      .getByRole('textbox', { name: 'Ihre Antwort an Paula Sommer' })
      .fill('Mit einer Liste am Eingang und einer Telefonnummer.');
    await toAnswer.getByRole('button', { name: 'Antwort senden' }).click();
    await toAnswer.locator('.comments--replies .comment__body', { hasText: 'Liste am Eingang' }).waitFor();
    await checkPage(s, 'seminar-thread-answer');

    // Without a reload, the asker's page shows the answer's notification and the navigation counts it.
    await q.locator('.notification--unread', { hasText: 'Kerstin Stocker hat auf Ihren Kommentar geantwortet' }).waitFor();
    await q.getByRole('link', { name: 'Benachrichtigungen 1 ungelesen' }).waitFor();
    await checkPage(q, 'seminar-asker-notifications');
  }, 240_000);
});
