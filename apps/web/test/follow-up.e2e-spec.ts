import { SAMPLE_PASSWORD } from '@krisenfest/seed';
import { SignedUpUser, TestApp } from '@krisenfest/testing';
import { BrowserSuiteOptions, describeInBrowser, eventually } from './browser';

const ORGANISER = { email: 'henrike.albers@beispiel.krisenfest.de', password: SAMPLE_PASSWORD };

const SUITE: BrowserSuiteOptions = { seed: true, context: { timezoneId: 'Europe/Berlin' } };

describeInBrowser('the follow-up of a seminar in the web client: answers, conclusion, lessons', SUITE, (web) => {
  let t: TestApp;
  let base: string;
  const { person, signIn, checkPage } = web;
  const nextYear = new Date().getFullYear() + 1;

  beforeAll(() => ({ t, base } = web));

  /** The seed organiser as an API client (for setting up what the journey does not show). */
  async function organiserClient(): Promise<SignedUpUser> {
    const res = await t.gql<{ login: { accessToken: string; user: { id: string } } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }',
      { input: ORGANISER },
    );
    return { token: res.body.data!.login.accessToken, userId: res.body.data!.login.user.id, displayName: 'Henrike Albers', ...ORGANISER };
  }

  it('the organiser marks an answer and closes the follow-up; a participant drafts a lesson from it and publishes it', async () => {
    const orgaApi = await organiserClient();
    const asker = await t.signUp('Paula Sommer');
    const answerer = await t.signUp('Frank Buß');
    const town = await t.fx.municipality('Kühlhausen', { kind: 'STADT', state: 'BW' });
    await t.fx.verify(asker.userId, { municipalityId: town.id });

    const seriesId = (
      (await t.as(orgaApi).data('mutation($input: CreateSeminarSeriesInput!) { createSeminarSeries(input: $input) { series { id } } }', {
        input: { title: 'Hitzeschutz im Gespräch', organisers: ['DSEE'] },
      })) as { createSeminarSeries: { series: { id: string } } }
    ).createSeminarSeries.series.id;
    const session = (
      (await t
        .as(orgaApi)
        .data(
          'mutation($input: CreateSeminarSessionInput!) { createSeminarSession(input: $input) { session { id followUpThreads(first: 1) { nodes { id } } } } }',
          {
            input: {
              seriesId,
              title: 'Kühle Orte in der Stadt',
              startsAt: `${nextYear}-06-10T17:00:00+02:00`,
              endsAt: `${nextYear}-06-10T18:30:00+02:00`,
            },
          },
        )) as { createSeminarSession: { session: { id: string; followUpThreads: { nodes: { id: string }[] } } } }
    ).createSeminarSession.session;
    const threadId = session.followUpThreads.nodes[0].id;
    const ADD = 'mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }';
    const question = (
      (await t.as(asker).data(ADD, { input: { threadId, body: 'Wie haben Sie die kühlen Orte bekannt gemacht?' } })) as {
        addComment: { comment: { id: string } };
      }
    ).addComment.comment.id;
    await t
      .as(answerer)
      .data(ADD, { input: { threadId, parentId: question, body: 'Mit einer Karte im Amtsblatt und Aushängen in den Apotheken.' } });

    // The organiser marks the reply as the answer and closes the discussion with its conclusion.
    const orga = await person();
    await signIn(orga, ORGANISER, `/diskussionen/${threadId}`);
    await orga.getByRole('heading', { level: 1, name: 'Nachgespräch: Kühle Orte in der Stadt' }).waitFor();
    await orga.getByRole('button', { name: '1 Antwort anzeigen' }).click();
    const reply = orga.getByRole('article', { name: 'Kommentar von Frank Buß' });
    await reply.getByRole('button', { name: 'Als Antwort markieren' }).click();
    await reply.getByText('als Antwort markiert').waitFor();
    expect(await reply.getByRole('button', { name: 'Als Antwort markieren' }).count()).toBe(0);
    await checkPage(orga, 'follow-up-answer-marked');

    await orga.getByRole('button', { name: 'Diskussion abschließen' }).click();
    const conclusion = orga.getByLabel('Ergebnis der Diskussion (Pflichtfeld)');
    // Too short: said at the field, before anything is sent.
    await conclusion.fill('Karte');
    await orga.getByRole('button', { name: 'Abschließen' }).click();
    await orga.getByText('Bitte halten Sie das Ergebnis fest (mindestens 10 Zeichen).').waitFor();
    expect(await conclusion.getAttribute('aria-invalid')).toBe('true');
    await checkPage(orga, 'follow-up-close-form');
    await conclusion.fill('Kühle Orte auf einer **Karte** zeigen und dort aushängen, wo ältere Menschen ohnehin hinkommen.');
    await orga.getByRole('button', { name: 'Abschließen' }).click();
    await orga.getByRole('heading', { name: 'Ergebnis der Diskussion' }).waitFor();
    await orga.getByText('dort aushängen, wo ältere Menschen ohnehin hinkommen').waitFor();
    expect(await orga.getByLabel('Ihr Kommentar').count()).toBe(0);
    expect(await orga.getByRole('button', { name: 'Diskussion abschließen' }).count()).toBe(0);
    await checkPage(orga, 'follow-up-closed');
    // What the server stored.
    const stored = (await t
      .as(null)
      .data(
        'query($t: ID!, $q: ID!) { thread(id: $t) { closedAt conclusion } node(id: $q) { ... on Comment { acceptedAnswer { body } } } }',
        { t: threadId, q: question },
      )) as { thread: { closedAt: string | null; conclusion: string }; node: { acceptedAnswer: { body: string } } };
    expect(stored.thread.closedAt).not.toBeNull();
    expect(stored.thread.conclusion).toMatch(/^Kühle Orte auf einer \*\*Karte\*\*/);
    expect(stored.node.acceptedAnswer.body).toBe('Mit einer Karte im Amtsblatt und Aushängen in den Apotheken.');
    await orga.reload();
    await orga.getByRole('heading', { name: 'Ergebnis der Diskussion' }).waitFor();

    // A participant drafts a lesson from it on the session's page, lands in the editor, completes and publishes it.
    const page = await person();
    await signIn(page, asker, `/seminare/termine/${session.id}`);
    await page.getByRole('heading', { level: 1, name: 'Kühle Orte in der Stadt' }).waitFor();
    await page.getByRole('heading', { name: 'Ergebnis der Diskussion' }).waitFor();
    expect(await page.getByLabel('Ihr Kommentar').count()).toBe(0);
    // Not hers to close; but hers to draft a lesson from.
    expect(await page.getByRole('button', { name: 'Diskussion abschließen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Erfahrung daraus entwerfen' }).click();
    // Nothing chosen: each field says what it needs.
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.getByText('Bitte wählen Sie mindestens eine Gefahrenart.').waitFor();
    await page.getByText('Bitte wählen Sie die Phase.').waitFor();
    const place = page.getByRole('combobox', { name: 'Kommune, in der es geschah (Pflichtfeld)' });
    await place.fill('Kühlhau');
    await page.getByRole('option', { name: 'Kühlhausen', exact: true }).waitFor();
    await place.press('ArrowDown');
    await place.press('Enter');
    await eventually(async () => ((await page.getByRole('option').count()) === 0 ? true : null));
    expect(await place.inputValue()).toBe('Kühlhausen');
    await page.getByRole('checkbox', { name: 'Hitze' }).check();
    await page.getByRole('radio', { name: 'Vorsorge' }).check();
    await checkPage(page, 'follow-up-draft-lesson-form');
    await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
    await page.waitForURL(/\/schreiben\/[^/]+$/);
    const title = page.getByLabel('Titel *');
    await eventually(async () => ((await title.inputValue()) === 'Nachgespräch: Kühle Orte in der Stadt' ? true : null));
    // The accepted answer became the actions, the conclusion the outcome.
    expect(await page.getByLabel('Was wurde getan? (zum Veröffentlichen nötig)').inputValue()).toContain('Mit einer Karte im Amtsblatt');
    expect(await page.getByLabel('Was hat funktioniert, was nicht? (zum Veröffentlichen nötig)').inputValue()).toContain(
      'Kühle Orte auf einer **Karte** zeigen',
    );
    await checkPage(page, 'follow-up-lesson-editor');
    const lessonTitle = 'Kühle Orte bekannt machen: Karte und Apotheken';
    await title.fill(lessonTitle);
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByRole('heading', { level: 1, name: lessonTitle }).waitFor();
    await checkPage(page, 'follow-up-lesson-published');

    // The session's page lists it among the lessons drawn from it.
    await page.goto(`${base}/seminare/termine/${session.id}`);
    const lessons = page.getByRole('region', { name: 'Erfahrungen aus diesem Seminar' });
    await lessons.getByRole('link', { name: lessonTitle }).waitFor();
    await checkPage(page, 'follow-up-session-lessons');
  }, 240_000);

  it('an organiser starts a series through the page, is refused an empty organisers field, and edits the series', async () => {
    const page = await person();
    await signIn(page, ORGANISER, '/seminare');
    await page.getByRole('link', { name: 'Neue Seminarreihe anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neue Seminarreihe' }).waitFor();
    await page.getByLabel('Titel (Pflichtfeld)').fill('Starkregen vor Ort');
    await page.getByRole('button', { name: 'Reihe anlegen' }).click();
    await page.getByText('Bitte nennen Sie mindestens eine veranstaltende Organisation.').waitFor();
    expect(await page.getByLabel('Veranstaltende (Pflichtfeld)').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'series-new');
    await page.getByLabel('Beschreibung').fill('Kommunen berichten, wie sie sich auf Starkregen vorbereiten.');
    await page.getByLabel('Veranstaltende (Pflichtfeld)').fill('DSEE\nStadt Plochingen');
    await page.getByRole('button', { name: 'Reihe anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Starkregen vor Ort' }).waitFor();
    await page.getByText('Veranstaltet von DSEE, Stadt Plochingen').waitFor();
    await checkPage(page, 'series-created');
    const seriesId = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('link', { name: 'Reihe bearbeiten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reihe bearbeiten' }).waitFor();
    expect(await page.getByLabel('Veranstaltende (Pflichtfeld)').inputValue()).toBe('DSEE\nStadt Plochingen');
    await checkPage(page, 'series-edit');
    await page.getByLabel('Titel (Pflichtfeld)').fill('Starkregen vor Ort: Kommunen berichten');
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Starkregen vor Ort: Kommunen berichten' }).waitFor();
    // What the server stored (the list on /seminare shows series with sessions only: the API lists sessions).
    const stored = (await t
      .as(null)
      .data('query($id: ID!) { seminarSeries(id: $id) { title organisers description } }', { id: seriesId })) as {
      seminarSeries: { title: string; organisers: string[]; description: string };
    };
    expect(stored.seminarSeries).toEqual({
      title: 'Starkregen vor Ort: Kommunen berichten',
      organisers: ['DSEE', 'Stadt Plochingen'],
      description: 'Kommunen berichten, wie sie sich auf Starkregen vorbereiten.',
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Starkregen vor Ort: Kommunen berichten' }).waitFor();
  }, 180_000);

  it('after the start, the organiser marks on the manage page who took part', async () => {
    const orgaApi = await organiserClient();
    const guest = await t.signUp('Gerda Gast');
    const seriesId = (
      (await t.as(orgaApi).data('mutation($input: CreateSeminarSeriesInput!) { createSeminarSeries(input: $input) { series { id } } }', {
        input: { title: 'Notstrom im Quartier', organisers: ['DSEE'] },
      })) as { createSeminarSeries: { series: { id: string } } }
    ).createSeminarSeries.series.id;
    const sessionId = (
      (await t.as(orgaApi).data('mutation($input: CreateSeminarSessionInput!) { createSeminarSession(input: $input) { session { id } } }', {
        input: {
          seriesId,
          title: 'Notstrom für Pflegeheime',
          startsAt: `${nextYear}-02-01T10:00:00+01:00`,
          endsAt: `${nextYear}-02-01T11:00:00+01:00`,
        },
      })) as { createSeminarSession: { session: { id: string } } }
    ).createSeminarSession.session.id;
    await t
      .as(guest)
      .data('mutation($input: RegisterForSeminarSessionInput!) { registerForSeminarSession(input: $input) { registration { status } } }', {
        input: { sessionId },
      });
    // The session has begun (moved in SQL: registering closes at the start).
    const rawId = Buffer.from(sessionId, 'base64url').toString('utf8').split(':')[1];
    await t.dataSource.query(
      `UPDATE seminar_session SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [rawId],
    );

    const page = await person();
    await signIn(page, ORGANISER, `/seminare/termine/${sessionId}/verwalten`);
    await page.getByRole('heading', { level: 1, name: 'Termin verwalten: Notstrom für Pflegeheime' }).waitFor();
    const attended = page.getByRole('checkbox', { name: 'Gerda Gast hat teilgenommen' });
    expect(await attended.isChecked()).toBe(false);
    await attended.click();
    await page.getByText('Teilgenommen: 1.').waitFor();
    await checkPage(page, 'session-attendance');
    const stored = (await t
      .as(orgaApi)
      .data('query($id: ID!) { seminarSession(id: $id) { attendanceCount registrations(first: 5) { nodes { attended } } } }', {
        id: sessionId,
      })) as { seminarSession: { attendanceCount: number; registrations: { nodes: { attended: boolean | null }[] } } };
    expect(stored.seminarSession).toEqual({ attendanceCount: 1, registrations: { nodes: [{ attended: true }] } });
    await page.reload();
    await page.getByText('Teilgenommen: 1.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Gerda Gast hat teilgenommen' }).isChecked()).toBe(true);
  }, 180_000);
});
