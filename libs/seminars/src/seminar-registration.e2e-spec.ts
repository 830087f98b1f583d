import * as ical from 'node-ical';
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
import { SeminarRegistrationService } from './seminar-registration.service';

const CREATE_SERIES = graphql(`
  mutation RegistrationCreateSeries($input: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $input) {
      series {
        id
      }
    }
  }
`);

const CREATE_SESSION = graphql(`
  mutation RegistrationCreateSession($input: CreateSeminarSessionInput!) {
    createSeminarSession(input: $input) {
      session {
        id
      }
    }
  }
`);

const ADD_SPEAKER = graphql(`
  mutation RegistrationAddSpeaker($input: AddSeminarSpeakerInput!) {
    addSeminarSpeaker(input: $input) {
      speaker {
        id
      }
    }
  }
`);

const UPDATE_SESSION = graphql(`
  mutation RegistrationUpdateSession($input: UpdateSeminarSessionInput!) {
    updateSeminarSession(input: $input) {
      session {
        capacity
        registeredCount
        waitlistCount
      }
    }
  }
`);

const CANCEL_SESSION = graphql(`
  mutation RegistrationCancelSession($input: CancelSeminarSessionInput!) {
    cancelSeminarSession(input: $input) {
      session {
        cancelledAt
        registrationOpen
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegistrationRegister($input: RegisterForSeminarSessionInput!) {
    registerForSeminarSession(input: $input) {
      registration {
        id
        status
        waitlistPosition
        reminder
      }
      session {
        registeredCount
        waitlistCount
        seatsLeft
        onlineUrl
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation RegistrationCancel($input: CancelSeminarRegistrationInput!) {
    cancelSeminarRegistration(input: $input) {
      registration {
        status
        cancelledAt
      }
      session {
        registeredCount
        waitlistCount
      }
    }
  }
`);

const SET_REMINDER = graphql(`
  mutation RegistrationSetReminder($input: SetSeminarReminderInput!) {
    setSeminarReminder(input: $input) {
      registration {
        reminder
      }
    }
  }
`);

const SET_REMINDERS = graphql(`
  mutation RegistrationSetReminders($reminders: Boolean!) {
    setSeminarReminders(input: { reminders: $reminders })
  }
`);

const MY_REMINDERS = graphql(`
  query RegistrationMyReminders {
    viewer {
      seminarReminders
      seminarRegistrations {
        reminder
        session {
          title
        }
      }
    }
  }
`);

const ATTENDANCE = graphql(`
  mutation RegistrationAttendance($input: MarkSeminarAttendanceInput!) {
    markSeminarAttendance(input: $input) {
      registration {
        attended
      }
      session {
        attendanceCount
      }
    }
  }
`);

const SESSION = graphql(`
  query RegistrationSession($id: ID!) {
    seminarSession(id: $id) {
      title
      onlineUrl
      registrationOpen
      registeredCount
      waitlistCount
      seatsLeft
      viewerRegistration {
        status
        waitlistPosition
      }
      registrations(first: 20) {
        nodes {
          id
          status
          waitlistPosition
          promotedAt
          user {
            displayName
          }
        }
      }
    }
  }
`);

const MY_REGISTRATIONS = graphql(`
  query RegistrationMine {
    viewer {
      seminarRegistrations {
        status
        session {
          title
        }
      }
    }
  }
`);

/** The calendar entry attached to a mail, parsed by a real iCalendar parser. */
function attachedEvent(mail: ReceivedMail): ical.VEvent {
  const attachment = mail.attachments.find((a) => a.filename === 'termin.ics');
  if (!attachment) throw new Error(`mail "${mail.subject}" has no termin.ics`);
  const events = Object.values(ical.sync.parseICS(attachment.content)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0];
}

/** "13:30" as a calendar in Berlin shows the instant. */
const berlinTime = (date: Date) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(date);

describe('registering for seminar sessions', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let orga: SignedUpUser;
  let seriesId: string;
  let people: SignedUpUser[];
  const nextYear = new Date().getFullYear() + 1;
  let sessionCount = 0;

  /** A session of the series, by default next year on 25 January, 13:30–14:45 Berlin time. */
  async function announce(over: Record<string, unknown> = {}): Promise<string> {
    sessionCount += 1;
    const { createSeminarSession } = await t.as(orga).data(CREATE_SESSION, {
      input: {
        seriesId,
        title: `Krisenresilienz von Kommune und Ehrenamt ${sessionCount}`,
        startsAt: `${nextYear}-01-25T13:30:00+01:00`,
        endsAt: `${nextYear}-01-25T14:45:00+01:00`,
        onlineUrl: 'https://konferenz.example.org/raum-42',
        ...over,
      } as never,
    });
    return createSeminarSession.session.id;
  }

  const register = (user: SignedUpUser, sessionId: string, reminder?: boolean) =>
    t.as(user).data(REGISTER, { input: { sessionId, ...(reminder === undefined ? {} : { reminder }) } });
  const mailsTo = (user: SignedUpUser, subject: string) => mailbox.to(user.email).filter((m) => m.subject.startsWith(subject));
  const outboxSettled = () => t.app.get(MailOutbox).wake();

  beforeAll(async () => {
    mailbox = await startMailbox();
    // Reminders are asked for by the test, not by the timer.
    t = await createTestApp({ env: { SMTP_URL: mailbox.url, MAIL_OUTBOX_POLL_MS: '100', SEMINAR_REMINDER_POLL_MS: '3600000' } });
    orga = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    const { createSeminarSeries } = await t.as(orga).data(CREATE_SERIES, {
      input: { title: '#kommunalEngagiert', organisers: ['Deutsche Stiftung für Engagement und Ehrenamt (DSEE)'] },
    });
    seriesId = createSeminarSeries.series.id;
    people = await Promise.all(['Anna Roth', 'Bernd Klee', 'Carla Öztürk', 'Dora Weiß', 'Emil Franke'].map((name) => t.signUp(name)));
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('fills the seats, keeps a waitlist in order of registration and promotes the first when someone cancels', async () => {
    const [anna, bernd, carla, dora] = people;
    const sessionId = await announce({ capacity: 2 });
    await t.as(orga).data(ADD_SPEAKER, {
      input: { sessionId, name: 'Frank Buß', role: 'Bürgermeister', organisation: 'Stadt Plochingen', confirmation: 'CONFIRMED' },
    });

    const first = await register(anna, sessionId);
    expect(first.registerForSeminarSession).toMatchObject({
      registration: { status: 'REGISTERED', waitlistPosition: null, reminder: true },
      session: { registeredCount: 1, waitlistCount: 0, seatsLeft: 1, onlineUrl: 'https://konferenz.example.org/raum-42' },
    });
    expect((await register(bernd, sessionId)).registerForSeminarSession.session.seatsLeft).toBe(0);
    const third = await register(carla, sessionId);
    expect(third.registerForSeminarSession).toMatchObject({
      registration: { status: 'WAITLISTED', waitlistPosition: 1 },
      // Waiting is not a seat: the link to the room stays with those who have one.
      session: { registeredCount: 2, waitlistCount: 1, seatsLeft: 0, onlineUrl: null },
    });
    expect((await register(dora, sessionId)).registerForSeminarSession.registration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    // Registering twice keeps the place.
    expect((await register(carla, sessionId)).registerForSeminarSession.registration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });

    // Confirmation with date, time (Berlin), title, speakers, the link and a calendar entry.
    const confirmation = await mailbox.waitFor((m) => m.to.includes(anna.email) && m.subject.startsWith('Anmeldung bestätigt'));
    expect(confirmation.subject).toBe(`Anmeldung bestätigt: Krisenresilienz von Kommune und Ehrenamt ${sessionCount}`);
    expect(confirmation.text).toContain(`25. Januar ${nextYear}, 13:30–14:45 Uhr`);
    expect(confirmation.text).toContain('Frank Buß (Bürgermeister, Stadt Plochingen)');
    expect(confirmation.text).toContain('https://konferenz.example.org/raum-42');
    expect(confirmation.text).toContain('Wir erinnern Sie 24 Stunden vor Beginn');
    const entry = attachedEvent(confirmation);
    expect(entry.start.toISOString()).toBe(`${nextYear}-01-25T12:30:00.000Z`);
    expect(berlinTime(entry.start)).toBe('13:30');
    expect(entry.location).toBe('https://konferenz.example.org/raum-42');
    const waitlisted = await mailbox.waitFor((m) => m.to.includes(dora.email) && m.subject.startsWith('Warteliste'));
    expect(waitlisted.text).toContain('Warteliste (Platz 2)');
    expect(waitlisted.text).not.toContain('raum-42');
    expect(waitlisted.attachments).toEqual([]);

    // Anna cancels: Carla moves up and hears of it, Dora is now first in line.
    const cancelled = await t.as(anna).data(CANCEL, { input: { sessionId } });
    expect(cancelled.cancelSeminarRegistration).toMatchObject({
      registration: { status: 'CANCELLED' },
      session: { registeredCount: 2, waitlistCount: 1 },
    });
    const promoted = await mailbox.waitFor((m) => m.to.includes(carla.email) && m.subject.startsWith('Platz frei'));
    expect(promoted.text).toContain('https://konferenz.example.org/raum-42');
    expect(attachedEvent(promoted).start.toISOString()).toBe(`${nextYear}-01-25T12:30:00.000Z`);
    expect((await t.as(carla).data(SESSION, { id: sessionId })).seminarSession).toMatchObject({
      onlineUrl: 'https://konferenz.example.org/raum-42',
      viewerRegistration: { status: 'REGISTERED', waitlistPosition: null },
      registrations: null,
    });
    expect((await t.as(dora).data(SESSION, { id: sessionId })).seminarSession!.viewerRegistration).toEqual({
      status: 'WAITLISTED',
      waitlistPosition: 1,
    });
    expect((await t.as(anna).data(SESSION, { id: sessionId })).seminarSession).toMatchObject({
      onlineUrl: null,
      viewerRegistration: { status: 'CANCELLED' },
    });
    expect((await t.as(null).data(SESSION, { id: sessionId })).seminarSession).toMatchObject({
      onlineUrl: null,
      viewerRegistration: null,
      registrations: null,
      registeredCount: 2,
    });

    // The organisers see everyone: seats, then the waitlist, then cancellations, and the link.
    const seen = (await t.as(orga).data(SESSION, { id: sessionId })).seminarSession!;
    expect(seen.onlineUrl).toBe('https://konferenz.example.org/raum-42');
    expect(seen.registrations!.nodes.map((r) => [r.user!.displayName, r.status, r.waitlistPosition, !!r.promotedAt])).toEqual([
      ['Bernd Klee', 'REGISTERED', null, false],
      ['Carla Öztürk', 'REGISTERED', null, true],
      ['Dora Weiß', 'WAITLISTED', 1, false],
      ['Anna Roth', 'CANCELLED', null, false],
    ]);

    // Registering again after cancelling goes to the end of the line.
    expect((await register(anna, sessionId)).registerForSeminarSession.registration).toMatchObject({
      status: 'WAITLISTED',
      waitlistPosition: 2,
    });
    expect((await t.as(anna).data(MY_REGISTRATIONS)).viewer!.seminarRegistrations).toContainEqual({
      status: 'WAITLISTED',
      session: { title: `Krisenresilienz von Kommune und Ehrenamt ${sessionCount}` },
    });
    await outboxSettled();
    // One mail per event, none twice.
    expect(mailsTo(anna, 'Anmeldung bestätigt')).toHaveLength(1);
    expect(mailsTo(carla, 'Warteliste')).toHaveLength(1);
    expect(mailsTo(carla, 'Platz frei')).toHaveLength(1);
  });

  it('refuses a capacity below the seats taken, and gives added seats to the waitlist', async () => {
    const [anna, bernd, carla] = people;
    const sessionId = await announce({ capacity: 2 });
    await register(anna, sessionId);
    await register(bernd, sessionId);
    await register(carla, sessionId);
    const error = await t.as(orga).error(UPDATE_SESSION, 'BAD_USER_INPUT', { input: { id: sessionId, capacity: 1 } });
    expect(errorFields(error)).toEqual(['capacity']);
    expect(error.message).toContain('2 people are registered');
    const grown = await t.as(orga).data(UPDATE_SESSION, { input: { id: sessionId, capacity: 3 } });
    expect(grown.updateSeminarSession.session).toEqual({ capacity: 3, registeredCount: 3, waitlistCount: 0 });
    await mailbox.waitFor(
      (m) =>
        m.to.includes(carla.email) &&
        m.subject === `Platz frei: Sie sind angemeldet für Krisenresilienz von Kommune und Ehrenamt ${sessionCount}`,
    );
  });

  it('closes registration outside its window, for cancelled sessions and to unconfirmed addresses, with a clear error', async () => {
    const [anna, bernd] = people;
    const later = await announce({ registrationOpensAt: `${nextYear}-01-01T09:00:00+01:00` });
    const notYet = await t.as(anna).error(REGISTER, 'CONFLICT', { input: { sessionId: later } });
    expect(notYet.message).toBe('Registration opens on 01.01.' + nextYear + ', 09:00 (Europe/Berlin).');

    const sessionId = await announce();
    await register(bernd, sessionId);
    const unconfirmed = await t.signUp('Neu Registriert', { emailVerified: false });
    expect((await t.as(unconfirmed).error(REGISTER, 'FORBIDDEN', { input: { sessionId } })).message).toMatch(/confirm your e-mail address/);
    expect((await t.as(null).error(REGISTER, 'UNAUTHENTICATED', { input: { sessionId } })).message).toBeTruthy();
    expect((await t.as(anna).error(CANCEL, 'CONFLICT', { input: { sessionId } })).message).toBe('You are not registered for this session.');

    const { cancelSeminarSession } = await t
      .as(orga)
      .data(CANCEL_SESSION, { input: { id: sessionId, reason: 'Die Referentin ist erkrankt.' } });
    expect(cancelSeminarSession.session.registrationOpen).toBe(false);
    expect((await t.as(anna).error(REGISTER, 'CONFLICT', { input: { sessionId } })).message).toBe(
      'This session was cancelled; registration is closed.',
    );
    // Bernd hears of it, with an entry that marks the date cancelled in his calendar.
    const notice = await mailbox.waitFor((m) => m.to.includes(bernd.email) && m.subject.startsWith('Abgesagt'));
    expect(notice.text).toContain('Begründung: Die Referentin ist erkrankt.');
    expect(attachedEvent(notice).status).toBe('CANCELLED');
  });

  it('reminds registrants once before the session, unless they switched it off, however often reminders are looked for', async () => {
    const [anna, bernd, carla] = people;
    const sessionId = await announce();
    await register(anna, sessionId);
    await register(bernd, sessionId, false);
    await register(carla, sessionId);
    await t.as(carla).data(SET_REMINDER, { input: { sessionId, reminder: false } });
    const reminders = t.app.get(SeminarRegistrationService);
    expect(await reminders.queueDueReminders()).toBe(0);

    // The organisers move the session to tomorrow: now the reminder is due.
    const soon = new Date(Date.now() + 20 * 3600_000);
    soon.setUTCSeconds(0, 0);
    await t.as(orga).data(UPDATE_SESSION, {
      input: { id: sessionId, startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3600_000).toISOString() },
    });
    const [a, b] = await Promise.all([reminders.queueDueReminders(), reminders.queueDueReminders()]);
    expect(a + b).toBe(1);
    expect(await reminders.queueDueReminders()).toBe(0);
    await outboxSettled();
    const reminder = await mailbox.waitFor((m) => m.to.includes(anna.email) && m.subject.startsWith('Erinnerung'));
    expect(reminder.text).toContain('https://konferenz.example.org/raum-42');
    expect(mailsTo(anna, 'Erinnerung')).toHaveLength(1);
    expect(mailsTo(bernd, 'Erinnerung')).toHaveLength(0);
    expect(mailsTo(carla, 'Erinnerung')).toHaveLength(0);

    // Registering within the reminder time: the confirmation is the reminder, no second mail follows.
    const emil = people[4];
    await register(emil, sessionId);
    expect(await reminders.queueDueReminders()).toBe(0);
  });

  it('switches reminders off for a person: their upcoming registrations and the ones to come', async () => {
    const dora = people[3];
    const first = await announce({ title: 'Hitzeaktionspläne' });
    await register(dora, first);
    expect((await t.as(dora).data(MY_REMINDERS)).viewer!.seminarReminders).toBe(true);
    expect((await t.as(dora).data(SET_REMINDERS, { reminders: false })).setSeminarReminders).toBe(false);
    const second = await announce({
      title: 'Notbrunnen',
      startsAt: `${nextYear}-01-26T13:30:00+01:00`,
      endsAt: `${nextYear}-01-26T14:45:00+01:00`,
    });
    await register(dora, second);
    const { viewer } = await t.as(dora).data(MY_REMINDERS);
    expect(viewer!.seminarReminders).toBe(false);
    expect(viewer!.seminarRegistrations!.filter((r) => ['Hitzeaktionspläne', 'Notbrunnen'].includes(r.session?.title ?? ''))).toEqual([
      { reminder: false, session: { title: 'Hitzeaktionspläne' } },
      { reminder: false, session: { title: 'Notbrunnen' } },
    ]);
    // Asked for explicitly, one session still reminds.
    await t.as(dora).data(SET_REMINDER, { input: { sessionId: second, reminder: true } });
    expect((await t.as(people[0]).data(MY_REMINDERS)).viewer!.seminarReminders).toBe(true);
  });

  it('lets the organisers mark attendance once the session has begun', async () => {
    const [anna] = people;
    const sessionId = await announce();
    await register(anna, sessionId);
    const registrationId = (await t.as(orga).data(SESSION, { id: sessionId })).seminarSession!.registrations!.nodes[0].id;
    const tooEarly = await t.as(orga).error(ATTENDANCE, 'CONFLICT', { input: { registrationId, attended: true } });
    expect(tooEarly.message).toBe('Attendance can be marked once the session has begun.');
    // The session takes place (as time would pass).
    await t.dataSource.query(
      `UPDATE seminar_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [uuidOf(sessionId)],
    );
    expect((await t.as(anna).error(CANCEL, 'CONFLICT', { input: { sessionId } })).message).toMatch(/has started/);
    expect((await t.as(anna).error(ATTENDANCE, 'FORBIDDEN', { input: { registrationId, attended: true } })).message).toMatch(/organisers/);
    const unknown = Buffer.from('SeminarRegistration:00000000-0000-4000-8000-000000000000').toString('base64url');
    await t.as(orga).error(ATTENDANCE, 'NOT_FOUND', { input: { registrationId: unknown, attended: true } });
    const marked = await t.as(orga).data(ATTENDANCE, { input: { registrationId, attended: true } });
    expect(marked.markSeminarAttendance).toEqual({ registration: { attended: true }, session: { attendanceCount: 1 } });
  });

  it('gives exactly one person the last seat when many register at once', async () => {
    const sessionId = await announce({ capacity: 1 });
    const crowd = await Promise.all(Array.from({ length: 8 }, (_, i) => t.signUp(`Andrang ${i}`)));
    const results = await Promise.all(crowd.map((user) => register(user, sessionId)));
    const statuses = results.map((r) => r.registerForSeminarSession.registration.status);
    expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(7);
    const positions = results.map((r) => r.registerForSeminarSession.registration.waitlistPosition).filter((p) => p !== null);
    expect(new Set(positions).size).toBe(7);
    const { seminarSession } = await t.as(orga).data(SESSION, { id: sessionId });
    expect(seminarSession).toMatchObject({ registeredCount: 1, waitlistCount: 7, seatsLeft: 0 });
  });
});

describe('calendar files', () => {
  let t: TestApp;
  let seriesId: string;
  let before: string;
  let after: string;
  const nextYear = new Date().getFullYear() + 1;

  beforeAll(async () => {
    t = await createTestApp();
    const orga = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    seriesId = (await t.as(orga).data(CREATE_SERIES, { input: { title: '#kommunalEngagiert', organisers: ['DSEE'] } })).createSeminarSeries
      .series.id;
    const session = async (title: string, day: string, offset: string) =>
      (
        await t.as(orga).data(CREATE_SESSION, {
          input: {
            seriesId,
            title,
            startsAt: `${nextYear}-${day}T13:30:00${offset}`,
            endsAt: `${nextYear}-${day}T14:45:00${offset}`,
            onlineUrl: 'https://konferenz.example.org/geheim',
          },
        })
      ).createSeminarSession.session.id;
    // The last Sunday of March 2027 is the 28th; other years move it a day or two, both sides stay clear of it.
    before = await session('Vor der Sommerzeit', '03-20', '+01:00');
    after = await session('Nach der Sommerzeit', '04-03', '+02:00');
    await t.as(orga).data(CANCEL_SESSION, { input: { id: after, reason: 'verschoben' } });
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url });
  const events = (body: string) =>
    Object.values(ical.sync.parseICS(body))
      .filter((c): c is ical.VEvent => c?.type === 'VEVENT')
      .sort((x, y) => x.start.getTime() - y.start.getTime());

  it('serves one session as an .ics entry at 13:30 Berlin time, without the link to the room', async () => {
    const response = await get(`/seminars/${before}.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.body).not.toContain('geheim');
    const [entry] = events(response.body);
    expect(entry.summary).toBe('Vor der Sommerzeit');
    expect(entry.start.toISOString()).toBe(`${nextYear}-03-20T12:30:00.000Z`);
    expect(berlinTime(entry.start)).toBe('13:30');
    expect(berlinTime(entry.end!)).toBe('14:45');
    // node-ical keeps the URL's parameters (VALUE=URI) with it.
    expect(JSON.stringify(entry.url)).toContain(`/seminare/${before}`);
  });

  it('serves the series as a feed whose times stay 13:30 in Berlin across the change to summer time', async () => {
    const response = await get(`/seminar-series/${seriesId}.ics`);
    expect(response.statusCode).toBe(200);
    const [winter, summer] = events(response.body);
    expect(winter.start.toISOString()).toBe(`${nextYear}-03-20T12:30:00.000Z`);
    expect(summer.start.toISOString()).toBe(`${nextYear}-04-03T11:30:00.000Z`);
    expect([berlinTime(winter.start), berlinTime(summer.start)]).toEqual(['13:30', '13:30']);
    expect(summer.status).toBe('CANCELLED');
    expect(response.body).toContain('BEGIN:VTIMEZONE');
  });

  it('answers 404 for an unknown or mistyped id', async () => {
    expect((await get('/seminars/bm90aGluZw.ics')).statusCode).toBe(404);
    expect((await get(`/seminars/${seriesId}.ics`)).statusCode).toBe(404);
    expect((await get(`/seminar-series/${before}.ics`)).statusCode).toBe(404);
    expect((await get(`/seminars/${before}`)).statusCode).toBe(404);
  });
});
