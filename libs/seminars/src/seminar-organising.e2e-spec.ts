import { createTestApp, errorFields, globalId, graphql, SignedUpUser, TestApp, UNKNOWN_UUID } from '@krisenfest/testing';

const CREATE_SERIES = graphql(`
  mutation OrganisingCreateSeries($input: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $input) {
      series {
        id
        title
        organisers
        organisingMunicipalities {
          name
        }
        organisingVolunteerGroups {
          name
        }
      }
    }
  }
`);

const UPDATE_SERIES = graphql(`
  mutation OrganisingUpdateSeries($input: UpdateSeminarSeriesInput!) {
    updateSeminarSeries(input: $input) {
      series {
        title
        description
      }
    }
  }
`);

const CREATE_SESSION = graphql(`
  mutation OrganisingCreateSession($input: CreateSeminarSessionInput!) {
    createSeminarSession(input: $input) {
      session {
        id
        title
        topic
        startsAt
        endsAt
        timeZone
        capacity
        onlineUrl
        registrationClosesAt
        isUpcoming
        cancelledAt
        series {
          title
        }
      }
    }
  }
`);

const UPDATE_SESSION = graphql(`
  mutation OrganisingUpdateSession($input: UpdateSeminarSessionInput!) {
    updateSeminarSession(input: $input) {
      session {
        title
        topic
        capacity
        startsAt
      }
    }
  }
`);

const CANCEL_SESSION = graphql(`
  mutation OrganisingCancelSession($input: CancelSeminarSessionInput!) {
    cancelSeminarSession(input: $input) {
      session {
        cancelledAt
        cancelReason
      }
    }
  }
`);

const ADD_SPEAKER = graphql(`
  mutation OrganisingAddSpeaker($input: AddSeminarSpeakerInput!) {
    addSeminarSpeaker(input: $input) {
      speaker {
        id
        name
        confirmation
      }
      session {
        speakers {
          name
        }
      }
    }
  }
`);

const UPDATE_SPEAKER = graphql(`
  mutation OrganisingUpdateSpeaker($input: UpdateSeminarSpeakerInput!) {
    updateSeminarSpeaker(input: $input) {
      speaker {
        name
        confirmation
        role
      }
    }
  }
`);

const REMOVE_SPEAKER = graphql(`
  mutation OrganisingRemoveSpeaker($input: RemoveSeminarSpeakerInput!) {
    removeSeminarSpeaker(input: $input) {
      speaker {
        name
      }
      session {
        speakers {
          name
          role
          confirmation
          municipality {
            name
          }
          volunteerGroup {
            name
          }
        }
      }
    }
  }
`);

const CAN_ORGANISE = graphql(`
  query OrganisingCanOrganise($seriesId: ID!, $sessionId: ID!) {
    seminarSeries(id: $seriesId) {
      viewerCanOrganise
    }
    seminarSession(id: $sessionId) {
      viewerCanOrganise
    }
  }
`);

const SPEAKING_AT = graphql(`
  query OrganisingSpeakingAt {
    viewer {
      speakingAt {
        title
        startsAt
      }
    }
  }
`);

const TWO_SPEAKERS = graphql(`
  query OrganisingTwoSpeakers($a: ID!, $b: ID!) {
    a: node(id: $a) {
      ... on User {
        speakingAt {
          title
        }
      }
    }
    b: node(id: $b) {
      ... on User {
        speakingAt {
          title
        }
      }
    }
  }
`);

const UPCOMING = graphql(`
  query OrganisingUpcoming {
    seminarSessions(when: UPCOMING, first: 10) {
      nodes {
        title
        cancelledAt
      }
    }
  }
`);

describe('organising seminars', () => {
  let t: TestApp;
  let town: { id: string; gid: string };
  let otherTown: { id: string; gid: string };
  let group: { id: string; gid: string };
  let orga: SignedUpUser;
  let staff: SignedUpUser;
  let otherStaff: SignedUpUser;
  let member: SignedUpUser;
  let volunteer: SignedUpUser;
  let speakerAccount: SignedUpUser;

  const nextYear = new Date().getFullYear() + 1;
  const session = (over: Record<string, unknown> = {}) => ({
    title: 'Krisenresilienz von Kommune und Ehrenamt',
    startsAt: `${nextYear}-01-25T13:30:00+01:00`,
    endsAt: `${nextYear}-01-25T14:45:00+01:00`,
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp();
    town = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    otherTown = await t.fx.municipality('Lauf an der Pegnitz', { kind: 'STADT', state: 'BY' });
    group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    orga = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    staff = await t.signUp('Miriam Hägele');
    await t.fx.verify(staff.userId, { municipalityId: town.id });
    otherStaff = await t.signUp('Jürgen Weißbach');
    await t.fx.verify(otherStaff.userId, { municipalityId: otherTown.id });
    member = await t.signUp('Lena Hoffmeister');
    await t.fx.verify(member.userId, { volunteerGroupId: group.id });
    volunteer = await t.signUp('Paul Schwertfeger');
    speakerAccount = await t.signUp('Kerstin Stocker');
  });
  afterAll(() => t.close());

  it('an organiser of the platform announces a series, a session and its speakers, as the #kommunalEngagiert invitation did', async () => {
    const { createSeminarSeries: created } = await t.as(orga).data(CREATE_SERIES, {
      input: {
        title: '#kommunalEngagiert',
        organisers: ['Deutsche Stiftung für Engagement und Ehrenamt (DSEE)', 'Deutscher Landkreistag'],
      },
    });
    expect(created.series).toMatchObject({
      title: '#kommunalEngagiert',
      organisers: ['Deutsche Stiftung für Engagement und Ehrenamt (DSEE)', 'Deutscher Landkreistag'],
      organisingMunicipalities: [],
      organisingVolunteerGroups: [],
    });

    const { createSeminarSession: announced } = await t.as(orga).data(CREATE_SESSION, {
      input: {
        seriesId: created.series.id,
        ...session({ topic: 'Krisenresilienz', capacity: 100, onlineUrl: 'https://konferenz.example.org/kommunal-engagiert' }),
      },
    });
    expect(announced.session).toMatchObject({
      title: 'Krisenresilienz von Kommune und Ehrenamt',
      startsAt: `${nextYear}-01-25T13:30:00+01:00`,
      endsAt: `${nextYear}-01-25T14:45:00+01:00`,
      timeZone: 'Europe/Berlin',
      capacity: 100,
      registrationClosesAt: null,
      isUpcoming: true,
      cancelledAt: null,
      series: { title: '#kommunalEngagiert' },
    });
    const sessionId = announced.session.id;

    const add = (input: Record<string, unknown>) => t.as(orga).data(ADD_SPEAKER, { input: { sessionId, ...input } as never });
    await add({ name: 'Frank Buß', role: 'Bürgermeister', municipalityId: town.gid, confirmation: 'CONFIRMED' });
    const michaela = await add({
      name: 'Michaela Wolff',
      organisation: 'Helfernetz Ahrtal',
      volunteerGroupId: group.gid,
      confirmation: 'CONFIRMED',
    });
    const kerstin = await add({ name: 'Kerstin Stocker', userId: speakerAccount.userId });
    expect(kerstin.addSeminarSpeaker.speaker!.confirmation).toBe('REQUESTED');
    expect(kerstin.addSeminarSpeaker.session.speakers.map((s) => s.name)).toEqual(['Frank Buß', 'Michaela Wolff', 'Kerstin Stocker']);

    // The linked speaker finds the session among their own.
    expect((await t.as(speakerAccount).data(SPEAKING_AT)).viewer!.speakingAt).toEqual([
      { title: 'Krisenresilienz von Kommune und Ehrenamt', startsAt: `${nextYear}-01-25T13:30:00+01:00` },
    ]);
    expect((await t.as(volunteer).data(SPEAKING_AT)).viewer!.speakingAt).toEqual([]);

    const confirmed = await t.as(orga).data(UPDATE_SPEAKER, {
      input: { id: kerstin.addSeminarSpeaker.speaker!.id, confirmation: 'CONFIRMED', role: 'Freiwilligenagentur' },
    });
    expect(confirmed.updateSeminarSpeaker.speaker).toEqual({
      name: 'Kerstin Stocker',
      confirmation: 'CONFIRMED',
      role: 'Freiwilligenagentur',
    });

    const removed = await t.as(orga).data(REMOVE_SPEAKER, { input: { id: michaela.addSeminarSpeaker.speaker!.id } });
    expect(removed.removeSeminarSpeaker.speaker).toBeNull();
    expect(removed.removeSeminarSpeaker.session.speakers).toEqual([
      { name: 'Frank Buß', role: 'Bürgermeister', confirmation: 'CONFIRMED', municipality: { name: 'Plochingen' }, volunteerGroup: null },
      { name: 'Kerstin Stocker', role: 'Freiwilligenagentur', confirmation: 'CONFIRMED', municipality: null, volunteerGroup: null },
    ]);

    const { updateSeminarSession: moved } = await t.as(orga).data(UPDATE_SESSION, {
      input: { id: sessionId, startsAt: `${nextYear}-01-25T13:00:00+01:00`, topic: '', capacity: 120 },
    });
    expect(moved.session).toEqual({
      title: 'Krisenresilienz von Kommune und Ehrenamt',
      topic: null,
      capacity: 120,
      startsAt: `${nextYear}-01-25T13:00:00+01:00`,
    });
    expect((await t.as(null).data(UPCOMING)).seminarSessions.nodes).toContainEqual({
      title: 'Krisenresilienz von Kommune und Ehrenamt',
      cancelledAt: null,
    });
  });

  it('verified staff and members organise the series of their own municipality or group, and only those', async () => {
    const mine = await t.as(staff).data(CREATE_SERIES, {
      input: { title: 'Ehrenamt in Plochingen', organisers: ['Stadt Plochingen'], organisingMunicipalityIds: [town.gid] },
    });
    expect(mine.createSeminarSeries.series.organisingMunicipalities).toEqual([{ name: 'Plochingen' }]);
    const seriesId = mine.createSeminarSeries.series.id;
    const ours = await t.as(member).data(CREATE_SERIES, {
      input: { title: 'Helfen im Ahrtal', organisers: ['Helfernetz Ahrtal'], organisingVolunteerGroupIds: [group.gid] },
    });
    expect(ours.createSeminarSeries.series.organisingVolunteerGroups).toEqual([{ name: 'Helfernetz Ahrtal' }]);

    // Nobody names another municipality as organiser, and without one only the platform's organisers start a series.
    const foreign = await t.as(staff).error(CREATE_SERIES, 'FORBIDDEN', {
      input: { title: 'Fremde Reihe', organisers: ['Lauf'], organisingMunicipalityIds: [otherTown.gid] },
    });
    expect(foreign.message).toMatch(/verified member of/);
    await t.as(volunteer).error(CREATE_SERIES, 'FORBIDDEN', { input: { title: 'Eigene Reihe', organisers: ['Ich'] } });
    await t.as(null).error(CREATE_SERIES, 'UNAUTHENTICATED', { input: { title: 'Anonyme Reihe', organisers: ['Niemand'] } });

    expect(
      (await t.as(staff).data(UPDATE_SERIES, { input: { id: seriesId, description: 'Vier Abende im Jahr.' } })).updateSeminarSeries.series,
    ).toEqual({
      title: 'Ehrenamt in Plochingen',
      description: 'Vier Abende im Jahr.',
    });
    await t.as(otherStaff).error(UPDATE_SERIES, 'FORBIDDEN', { input: { id: seriesId, title: 'Übernommen' } });
    await t.as(otherStaff).error(CREATE_SESSION, 'FORBIDDEN', { input: { seriesId, ...session() } });
    const created = await t.as(staff).data(CREATE_SESSION, { input: { seriesId, ...session({ title: 'Abend eins' }) } });
    // The platform's organisers may organise every series.
    await t.as(orga).data(UPDATE_SESSION, { input: { id: created.createSeminarSession.session.id, title: 'Abend eins (verlegt)' } });

    // viewerCanOrganise tells a client whom to offer the organisers' pages: the same rule as the mutations.
    const sessionId = created.createSeminarSession.session.id;
    for (const [who, can] of [
      [staff, true],
      [orga, true],
      [otherStaff, false],
      [volunteer, false],
      [null, false],
    ] as const) {
      expect(await t.as(who).data(CAN_ORGANISE, { seriesId, sessionId })).toEqual({
        seminarSeries: { viewerCanOrganise: can },
        seminarSession: { viewerCanOrganise: can },
      });
    }
  });

  it('refuses what does not fit and names the field', async () => {
    const { createSeminarSeries } = await t.as(orga).data(CREATE_SERIES, { input: { title: 'Prüfreihe', organisers: ['Orga'] } });
    const seriesId = createSeminarSeries.series.id;
    const noName = await t.as(orga).error(CREATE_SERIES, 'BAD_USER_INPUT', { input: { title: 'Ohne Namen', organisers: [' '] } });
    expect(errorFields(noName)).toEqual(['organisers']);
    const refused = async (input: Record<string, unknown>) =>
      errorFields(await t.as(orga).error(CREATE_SESSION, 'BAD_USER_INPUT', { input: { seriesId, ...session(input) } as never }));
    expect(await refused({ endsAt: `${nextYear}-01-25T13:00:00+01:00` })).toEqual(['endsAt']);
    expect(await refused({ registrationClosesAt: `${nextYear}-01-26T00:00:00+01:00` })).toEqual(['registrationClosesAt']);
    expect(await refused({ registrationOpensAt: `${nextYear}-01-25T14:00:00+01:00` })).toEqual(['registrationOpensAt']);
    expect(await refused({ timeZone: 'Mitteleuropa/Plochingen' })).toEqual(['timeZone']);
    expect(await refused({ onlineUrl: 'http://konferenz.example.org' })).toEqual(['onlineUrl']);
    expect(await refused({ capacity: 0 })).toEqual(['capacity']);
    await t.as(orga).error(CREATE_SESSION, 'NOT_FOUND', { input: { ...session(), seriesId: globalId('SeminarSeries', UNKNOWN_UUID) } });

    const { createSeminarSession } = await t.as(orga).data(CREATE_SESSION, { input: { seriesId, ...session() } });
    const sessionId = createSeminarSession.session.id;
    const unknownUser = await t.as(orga).error(ADD_SPEAKER, 'BAD_USER_INPUT', {
      input: { sessionId, name: 'Unbekannt', userId: globalId('User', UNKNOWN_UUID) },
    });
    expect(errorFields(unknownUser)).toEqual(['userId']);
    const wrongKind = await t
      .as(orga)
      .error(ADD_SPEAKER, 'BAD_USER_INPUT', { input: { sessionId, name: 'Falsch', municipalityId: group.gid } });
    expect(errorFields(wrongKind)).toEqual(['municipalityId']);
    // An update is checked as a whole: the new end must still come after the start.
    const moved = await t
      .as(orga)
      .error(UPDATE_SESSION, 'BAD_USER_INPUT', { input: { id: sessionId, startsAt: `${nextYear}-01-25T15:00:00+01:00` } });
    expect(errorFields(moved)).toEqual(['endsAt']);
  });

  it('two linked speakers of one session, asked for in one request, both find it', async () => {
    const { createSeminarSeries } = await t.as(orga).data(CREATE_SERIES, { input: { title: 'Doppelreihe', organisers: ['Orga'] } });
    const { createSeminarSession } = await t.as(orga).data(CREATE_SESSION, {
      input: { seriesId: createSeminarSeries.series.id, ...session({ title: 'Zu zweit' }) },
    });
    const sessionId = createSeminarSession.session.id;
    const [first, second] = [await t.signUp('Erste Referentin'), await t.signUp('Zweiter Referent')];
    for (const speaker of [first, second]) {
      await t.as(orga).data(ADD_SPEAKER, { input: { sessionId, name: speaker.displayName, userId: speaker.userId } });
    }
    const both = await t.as(null).data(TWO_SPEAKERS, { a: first.userId, b: second.userId });
    expect(both).toEqual({ a: { speakingAt: [{ title: 'Zu zweit' }] }, b: { speakingAt: [{ title: 'Zu zweit' }] } });
  });

  it('names what it cannot find: unknown series, sessions and speakers, and ids of the wrong kind', async () => {
    const unknown = (type: string) => globalId(type, UNKNOWN_UUID);
    await t.as(orga).error(UPDATE_SERIES, 'NOT_FOUND', { input: { id: unknown('SeminarSeries'), title: 'Gibt es nicht' } });
    await t.as(orga).error(UPDATE_SESSION, 'NOT_FOUND', { input: { id: unknown('SeminarSession'), title: 'Gibt es nicht' } });
    await t.as(orga).error(CANCEL_SESSION, 'NOT_FOUND', { input: { id: unknown('SeminarSession'), reason: 'Gibt es nicht' } });
    await t.as(orga).error(ADD_SPEAKER, 'NOT_FOUND', { input: { sessionId: unknown('SeminarSession'), name: 'Niemand' } });
    await t.as(orga).error(UPDATE_SPEAKER, 'NOT_FOUND', { input: { id: unknown('SeminarSpeaker'), name: 'Niemand' } });
    await t.as(orga).error(REMOVE_SPEAKER, 'NOT_FOUND', { input: { id: unknown('SeminarSpeaker') } });
    const wrongKind = await t.as(orga).error(UPDATE_SPEAKER, 'BAD_USER_INPUT', { input: { id: unknown('SeminarSession') } });
    expect(errorFields(wrongKind)).toEqual(['id']);
    const unknownTown = await t.as(orga).error(CREATE_SERIES, 'BAD_USER_INPUT', {
      input: { title: 'Fremde Orte', organisers: ['Orga'], organisingMunicipalityIds: [unknown('Municipality')] },
    });
    expect(errorFields(unknownTown)).toEqual(['organisingMunicipalityIds']);
  });

  it('a cancelled session keeps its place, says why, and can no longer be changed', async () => {
    const { createSeminarSeries } = await t.as(orga).data(CREATE_SERIES, { input: { title: 'Absagereihe', organisers: ['Orga'] } });
    const { createSeminarSession } = await t.as(orga).data(CREATE_SESSION, {
      input: { seriesId: createSeminarSeries.series.id, ...session({ title: 'Hitzeschutz im Quartier' }) },
    });
    const id = createSeminarSession.session.id;
    const cancelled = await t.as(orga).data(CANCEL_SESSION, { input: { id, reason: 'Die Referentin ist erkrankt.' } });
    expect(cancelled.cancelSeminarSession.session.cancelReason).toBe('Die Referentin ist erkrankt.');
    expect(Date.parse(cancelled.cancelSeminarSession.session.cancelledAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect((await t.as(null).data(UPCOMING)).seminarSessions.nodes).toContainEqual({
      title: 'Hitzeschutz im Quartier',
      cancelledAt: cancelled.cancelSeminarSession.session.cancelledAt,
    });
    await t.as(orga).error(CANCEL_SESSION, 'CONFLICT', { input: { id, reason: 'Nochmals' } });
    await t.as(orga).error(UPDATE_SESSION, 'CONFLICT', { input: { id, title: 'Doch nicht' } });

    const past = await t.fx.seminarSession('Vergangene Sitzung');
    await t.as(orga).error(CANCEL_SESSION, 'CONFLICT', { input: { id: past.gid, reason: 'Zu spät' } });
  });
});
