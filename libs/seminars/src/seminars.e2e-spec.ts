import {
  createTestApp,
  errorFields,
  expectErrorCode,
  forgedCursor,
  globalId,
  graphql,
  SignedUpUser,
  sqlStatements,
  TestApp,
  UNKNOWN_UUID,
  uuidOf,
  Variables,
} from '@krisenfest/testing';

const SESSIONS = graphql(`
  query SeminarsSessions($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {
    seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {
      edges {
        cursor
        node {
          id
        }
      }
      nodes {
        id
        title
        startsAt
        endsAt
        isUpcoming
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const SESSION_TITLES_BY_DEFAULT = graphql(`
  query SeminarsSessionTitlesByDefault {
    seminarSessions(first: 100) {
      nodes {
        title
      }
    }
  }
`);

const SESSION = graphql(`
  query SeminarsSession($id: ID!) {
    seminarSession(id: $id) {
      id
      title
      topic
      description
      startsAt
      endsAt
      onlineUrl
      isUpcoming
      series {
        id
        title
        organisers
      }
      speakers {
        name
        role
        organisation
        confirmation
        municipality {
          id
          name
        }
      }
    }
  }
`);

const SESSIONS_WITH_SPEAKERS = graphql(`
  query SeminarsSessionsWithSpeakers($first: Int, $when: SeminarTimeFilter!) {
    seminarSessions(first: $first, when: $when) {
      nodes {
        title
        series {
          title
        }
        speakers {
          name
          municipality {
            name
          }
        }
      }
    }
  }
`);

const SESSION_NODE = graphql(`
  query SeminarsSessionNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on SeminarSession {
        title
        startsAt
      }
    }
  }
`);

const SERIES = graphql(`
  query SeminarsSeries($id: ID!, $first: Int, $after: String) {
    seminarSeries(id: $id) {
      id
      title
      description
      organisers
      sessions(first: $first, after: $after) {
        nodes {
          id
          title
          startsAt
        }
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
      }
    }
  }
`);

const PAST_SESSIONS_WITH_PROGRAMME = graphql(`
  query SeminarsPastSessionsWithProgramme {
    seminarSessions(first: 100, when: PAST) {
      nodes {
        title
        series {
          title
          sessions(first: 1) {
            nodes {
              title
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
    }
  }
`);

const SERIES_NODE = graphql(`
  query SeminarsSeriesNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on SeminarSeries {
        title
      }
    }
  }
`);

const CREATE_THREAD = graphql(`
  mutation SeminarsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
        kind
        title
        bodyHtml
        author {
          displayName
        }
        seminarSession {
          id
          title
        }
      }
    }
  }
`);

const FOLLOW_UPS = graphql(`
  query SeminarsFollowUps($id: ID!, $first: Int, $after: String) {
    seminarSession(id: $id) {
      followUpThreads(first: $first, after: $after) {
        nodes {
          id
          title
          kind
          author {
            displayName
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const THREADS_OF_SESSION = graphql(`
  query SeminarsThreadsOfSession($s: ID) {
    threads(seminarSessionId: $s) {
      nodes {
        id
      }
    }
  }
`);

const PAST_SESSIONS_WITH_FOLLOW_UPS = graphql(`
  query SeminarsPastSessionsWithFollowUps($first: Int) {
    seminarSessions(first: $first, when: PAST) {
      nodes {
        title
        followUpThreads(first: 5) {
          nodes {
            title
          }
        }
      }
    }
  }
`);

describe('seminars', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let plochingen: { id: string; gid: string };
  let kreis: { id: string; gid: string };
  let engagiert: string;
  let krisenfest: string;
  /** Global ids by session title. */
  const sessions: Record<string, string> = {};

  const list = async (variables: Partial<Variables<typeof SESSIONS>>) =>
    (await t.as(null).data(SESSIONS, { when: 'ALL', ...variables })).seminarSessions;

  const titles = async (variables: Partial<Variables<typeof SESSIONS>>): Promise<string[]> =>
    (await list({ first: 100, ...variables })).nodes.map((n) => n.title);

  async function pageThrough(first: number, variables: Partial<Variables<typeof SESSIONS>>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await list({ ...variables, first, after });
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.nodes.map((n) => n.title));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.nodes).toHaveLength(first);
      after = page.pageInfo.endCursor;
    }
    throw new Error('the list did not end after 50 pages');
  }

  async function series(title: string, organisers: string[], description: string | null = null): Promise<string> {
    const [row] = await t.dataSource.query('INSERT INTO seminar_series (title, organisers, description) VALUES ($1, $2, $3) RETURNING id', [
      title,
      organisers,
      description,
    ]);
    return row.id;
  }

  /** Times are SQL expressions, so a running session can start and end relative to the database's now(). */
  async function session(
    seriesId: string,
    title: string,
    startsAt: string,
    endsAt: string,
    extra: { topic?: string; description?: string; onlineUrl?: string } = {},
  ): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO seminar_session (series_id, title, starts_at, ends_at, topic, description, online_url)
       VALUES ($1, $2, ${startsAt}, ${endsAt}, $3, $4, $5) RETURNING id`,
      [seriesId, title, extra.topic ?? null, extra.description ?? null, extra.onlineUrl ?? null],
    );
    sessions[title] = globalId('SeminarSession', row.id);
    return row.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna Aktiv');
    ben = await t.signUp('Ben Bürger');
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    plochingen = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });

    engagiert = await series(
      '#kommunalEngagiert',
      ['Stiftung Mitarbeit', 'Bundesnetzwerk Bürgerschaftliches Engagement'],
      'Online-Seminare für Kommunen und Engagierte.',
    );
    krisenfest = await series('Krisenfest im Ehrenamt', []);

    const winter = await session(engagiert, 'Spontanhelfende koordinieren', `'2023-01-25T12:30:00Z'`, `'2023-01-25T13:45:00Z'`, {
      topic: 'Hochwasser',
      description: 'Erfahrungen aus dem Ahrtal.',
      onlineUrl: 'https://meet.example.org/kommunal-engagiert',
    });
    await session(engagiert, 'Hitzeschutz in Kommunen', `'2023-07-12T15:00:00Z'`, `'2023-07-12T16:30:00Z'`);
    await session(engagiert, 'Resilienz-Check für Gemeinden', `'2099-03-10T17:00:00Z'`, `'2099-03-10T18:30:00Z'`);
    await session(engagiert, 'Notfalltreffpunkte einrichten', `'2098-09-01T16:00:00Z'`, `'2098-09-01T17:00:00Z'`);
    await session(krisenfest, 'Blackout-Vorsorge im Verein', `'2022-11-02T18:00:00Z'`, `'2022-11-02T19:30:00Z'`);
    await session(krisenfest, 'Ehrenamt nach der Flut', `'2099-01-15T18:00:00Z'`, `'2099-01-15T19:00:00Z'`);
    // Started an hour ago, ends in two hours: still upcoming until it has ended.
    await session(krisenfest, 'Laufende Sprechstunde', `now() - interval '1 hour'`, `now() + interval '2 hours'`);

    // Speakers in the programme's order, inserted out of order.
    const speakers: [number, string, string | null, string | null, string | null, string][] = [
      [3, 'Cornelia Weigand', 'Landrätin', null, kreis.id, 'REQUESTED'],
      [1, 'Dr. Jana Moderatorin', 'Moderation', 'Stiftung Mitarbeit', null, 'CONFIRMED'],
      [2, 'Frank Buß', 'Bürgermeister der Stadt Plochingen', null, plochingen.id, 'CONFIRMED'],
    ];
    for (const [position, name, role, organisation, municipality, confirmation] of speakers) {
      await t.dataSource.query(
        'INSERT INTO seminar_speaker (session_id, position, name, role, organisation, municipality_id, confirmation) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [winter, position, name, role, organisation, municipality, confirmation],
      );
    }
  });
  afterAll(() => t?.close());

  describe('times', () => {
    it('prints a winter session in Berlin time with +01:00 and a summer session with +02:00', async () => {
      const winter = (await t.as(null).data(SESSION, { id: sessions['Spontanhelfende koordinieren'] })).seminarSession;
      expect(winter).toMatchObject({
        startsAt: '2023-01-25T13:30:00+01:00',
        endsAt: '2023-01-25T14:45:00+01:00',
        isUpcoming: false,
      });
      const summer = (await t.as(null).data(SESSION, { id: sessions['Hitzeschutz in Kommunen'] })).seminarSession;
      expect(summer).toMatchObject({
        startsAt: '2023-07-12T17:00:00+02:00',
        endsAt: '2023-07-12T18:30:00+02:00',
        isUpcoming: false,
      });
      // The instants are the same as stored.
      expect(Date.parse(winter.startsAt)).toBe(Date.parse('2023-01-25T12:30:00Z'));
      expect(Date.parse(summer.startsAt)).toBe(Date.parse('2023-07-12T15:00:00Z'));
    });

    it('gets the nights the clocks change right', async () => {
      const id = await session(krisenfest, 'Zeitumstellung', `'2023-03-26T00:59:59Z'`, `'2023-03-26T01:00:00Z'`);
      const spring = await t.as(null).data(SESSION, { id: globalId('SeminarSession', id) });
      expect(spring.seminarSession).toMatchObject({ startsAt: '2023-03-26T01:59:59+01:00', endsAt: '2023-03-26T03:00:00+02:00' });
      await t.dataSource.query(
        `UPDATE seminar_session SET starts_at = '2023-10-29T00:30:00Z', ends_at = '2023-10-29T01:30:00Z' WHERE id = $1`,
        [id],
      );
      const autumn = await t.as(null).data(SESSION, { id: globalId('SeminarSession', id) });
      // 02:30 happens twice that night: first in summer time, then in winter time.
      expect(autumn.seminarSession).toMatchObject({ startsAt: '2023-10-29T02:30:00+02:00', endsAt: '2023-10-29T02:30:00+01:00' });
      await t.dataSource.query('DELETE FROM seminar_session WHERE id = $1', [id]);
      delete sessions['Zeitumstellung'];
    });
  });

  describe('the list', () => {
    const upcoming = ['Laufende Sprechstunde', 'Notfalltreffpunkte einrichten', 'Ehrenamt nach der Flut', 'Resilienz-Check für Gemeinden'];
    const past = ['Hitzeschutz in Kommunen', 'Spontanhelfende koordinieren', 'Blackout-Vorsorge im Verein'];

    it('shows upcoming sessions soonest first, including one that is running', async () => {
      const page = await list({ first: 100, when: 'UPCOMING' });
      expect(page.nodes.map((n) => n.title)).toEqual(upcoming);
      expect(page.nodes.map((n) => n.isUpcoming)).toEqual(upcoming.map(() => true));
    });

    it('shows past sessions latest first', async () => {
      const page = await list({ first: 100, when: 'PAST' });
      expect(page.nodes.map((n) => n.title)).toEqual(past);
      expect(page.nodes.map((n) => n.isUpcoming)).toEqual(past.map(() => false));
    });

    it('shows all sessions latest start first, and ALL is the default', async () => {
      const all = [
        'Resilienz-Check für Gemeinden',
        'Ehrenamt nach der Flut',
        'Notfalltreffpunkte einrichten',
        'Laufende Sprechstunde',
        ...past,
      ];
      expect(await titles({ when: 'ALL' })).toEqual(all);
      const { seminarSessions } = await t.as(null).data(SESSION_TITLES_BY_DEFAULT);
      expect(seminarSessions.nodes.map((n) => n.title)).toEqual(all);
    });

    it('pages through each list without gaps or repeats', async () => {
      for (const when of ['UPCOMING', 'PAST', 'ALL'] as const) {
        const expected = await titles({ when });
        for (const first of [1, 2, 3]) expect(await pageThrough(first, { when })).toEqual(expected);
      }
    });

    it('filters by series', async () => {
      expect(await titles({ seriesId: globalId('SeminarSeries', engagiert) })).toEqual([
        'Resilienz-Check für Gemeinden',
        'Notfalltreffpunkte einrichten',
        'Hitzeschutz in Kommunen',
        'Spontanhelfende koordinieren',
      ]);
      expect(await titles({ seriesId: globalId('SeminarSeries', krisenfest), when: 'UPCOMING' })).toEqual([
        'Laufende Sprechstunde',
        'Ehrenamt nach der Flut',
      ]);
      expect(await titles({ seriesId: globalId('SeminarSeries', krisenfest), when: 'PAST' })).toEqual(['Blackout-Vorsorge im Verein']);
      expect(await titles({ seriesId: globalId('SeminarSeries', UNKNOWN_UUID) })).toEqual([]);
    });

    it('serves speakers and series of a whole page in a constant number of statements', async () => {
      // Both pages hold the session with speakers (and their municipalities).
      const small = await t.as(null).request(SESSIONS_WITH_SPEAKERS, { first: 2, when: 'PAST' });
      const large = await t.as(null).request(SESSIONS_WITH_SPEAKERS, { first: 7, when: 'ALL' });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.errors).toBeUndefined();
      expect(large.body.data!.seminarSessions.nodes).toHaveLength(7);
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);
    });

    it.each([
      ['first: 0', { first: 0 }, 'first'],
      ['first: 101', { first: 101 }, 'first'],
      ['a malformed seriesId', { seriesId: 'kommunalEngagiert' }, 'seriesId'],
      ['a session id as seriesId', { seriesId: globalId('SeminarSession', UNKNOWN_UUID) }, 'seriesId'],
      ['a garbage after', { after: 'garbage' }, 'after'],
      ['an after with a time without milliseconds', { after: forgedCursor(['2023-01-25T12:30:00Z', UNKNOWN_UUID]) }, 'after'],
      ['an after with a day that does not exist', { after: forgedCursor(['2023-02-30T12:30:00.000Z', UNKNOWN_UUID]) }, 'after'],
      ['an after with an id that is not a uuid', { after: forgedCursor(['2023-01-25T12:30:00.000Z', 'x']) }, 'after'],
      ['an after of another list (a crisis cursor)', { after: forgedCursor(['2021-07-14', UNKNOWN_UUID]) }, 'after'],
    ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, variables, field) => {
      const { body } = await t.as(null).request(SESSIONS, { when: 'ALL', ...variables });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });

    it('refuses a time filter that does not exist', async () => {
      const { status, body } = await t.as(null).raw(SESSIONS, { when: 'TOMORROW' });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });
  });

  describe('one session', () => {
    it('shows its series and its speakers in the order of the programme, one of them only asked', async () => {
      const { seminarSession } = await t.as(null).data(SESSION, { id: sessions['Spontanhelfende koordinieren'] });
      expect(seminarSession).toEqual({
        id: sessions['Spontanhelfende koordinieren'],
        title: 'Spontanhelfende koordinieren',
        topic: 'Hochwasser',
        description: 'Erfahrungen aus dem Ahrtal.',
        startsAt: '2023-01-25T13:30:00+01:00',
        endsAt: '2023-01-25T14:45:00+01:00',
        // The link to the room is for registrants, speakers and organisers (seminar-registration.e2e-spec).
        onlineUrl: null,
        isUpcoming: false,
        series: {
          id: globalId('SeminarSeries', engagiert),
          title: '#kommunalEngagiert',
          organisers: ['Stiftung Mitarbeit', 'Bundesnetzwerk Bürgerschaftliches Engagement'],
        },
        speakers: [
          {
            name: 'Dr. Jana Moderatorin',
            role: 'Moderation',
            organisation: 'Stiftung Mitarbeit',
            confirmation: 'CONFIRMED',
            municipality: null,
          },
          {
            name: 'Frank Buß',
            role: 'Bürgermeister der Stadt Plochingen',
            organisation: null,
            confirmation: 'CONFIRMED',
            municipality: { id: plochingen.gid, name: 'Plochingen' },
          },
          {
            name: 'Cornelia Weigand',
            role: 'Landrätin',
            organisation: null,
            confirmation: 'REQUESTED',
            municipality: { id: kreis.gid, name: 'Landkreis Ahrweiler' },
          },
        ],
      });
    });

    it('has no speakers and empty fields when none are recorded', async () => {
      const { seminarSession } = await t.as(null).data(SESSION, { id: sessions['Ehrenamt nach der Flut'] });
      expect(seminarSession).toMatchObject({
        topic: null,
        description: null,
        onlineUrl: null,
        isUpcoming: true,
        speakers: [],
        series: { title: 'Krisenfest im Ehrenamt', organisers: [] },
      });
    });

    it('is the same through node(id:)', async () => {
      const { node } = await t.as(null).data(SESSION_NODE, { id: sessions['Spontanhelfende koordinieren'] });
      expect(node).toEqual({
        __typename: 'SeminarSession',
        id: sessions['Spontanhelfende koordinieren'],
        title: 'Spontanhelfende koordinieren',
        startsAt: '2023-01-25T13:30:00+01:00',
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const { body } = await t.as(null).request(SESSION, { id: globalId('SeminarSession', UNKNOWN_UUID) });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'NOT_FOUND');
    });

    it.each([
      ['garbage', 'garbage'],
      ['empty', ''],
      ['the id of a series', globalId('SeminarSeries', UNKNOWN_UUID)],
      ['a 10 000-character string', 'x'.repeat(10_000)],
    ])('refuses a malformed id (%s) as BAD_USER_INPUT naming id', async (_what, id) => {
      const { body } = await t.as(null).request(SESSION, { id });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['id']);
    });
  });

  describe('a series', () => {
    it('lists its programme in order of time and pages through it', async () => {
      const id = globalId('SeminarSeries', engagiert);
      const { seminarSeries } = await t.as(null).data(SERIES, { id });
      expect(seminarSeries).toMatchObject({
        id,
        title: '#kommunalEngagiert',
        description: 'Online-Seminare für Kommunen und Engagierte.',
        organisers: ['Stiftung Mitarbeit', 'Bundesnetzwerk Bürgerschaftliches Engagement'],
      });
      const programme = [
        'Spontanhelfende koordinieren',
        'Hitzeschutz in Kommunen',
        'Notfalltreffpunkte einrichten',
        'Resilienz-Check für Gemeinden',
      ];
      expect(seminarSeries.sessions.nodes.map((n) => n.title)).toEqual(programme);
      expect(seminarSeries.sessions.nodes[0].startsAt).toBe('2023-01-25T13:30:00+01:00');

      const seen: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const conn = (await t.as(null).data(SERIES, { id, first: 3, after })).seminarSeries.sessions;
        expect(conn.pageInfo.hasPreviousPage).toBe(after !== undefined);
        seen.push(...conn.nodes.map((n) => n.title));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(programme);
    });

    it('is reached from each session of a list, each with its own programme', async () => {
      const { seminarSessions } = await t.as(null).data(PAST_SESSIONS_WITH_PROGRAMME);
      const firstOfSeries = Object.fromEntries(seminarSessions.nodes.map((n) => [n.title, n.series?.sessions.nodes.map((s) => s.title)]));
      expect(firstOfSeries).toEqual({
        'Hitzeschutz in Kommunen': ['Spontanhelfende koordinieren'],
        'Spontanhelfende koordinieren': ['Spontanhelfende koordinieren'],
        'Blackout-Vorsorge im Verein': ['Blackout-Vorsorge im Verein'],
      });
    });

    it('is the same through node(id:)', async () => {
      const id = globalId('SeminarSeries', krisenfest);
      const { node } = await t.as(null).data(SERIES_NODE, { id });
      expect(node).toEqual({ __typename: 'SeminarSeries', id, title: 'Krisenfest im Ehrenamt' });
    });

    it('refuses a forged programme cursor, an unknown and a malformed id', async () => {
      const id = globalId('SeminarSeries', engagiert);
      const anon = t.as(null);
      expect(errorFields(await anon.error(SERIES, 'BAD_USER_INPUT', { id, after: forgedCursor(['gestern', UNKNOWN_UUID]) }))).toEqual([
        'after',
      ]);
      expect(errorFields(await anon.error(SERIES, 'BAD_USER_INPUT', { id, first: 0 }))).toEqual(['first']);
      await anon.error(SERIES, 'NOT_FOUND', { id: globalId('SeminarSeries', UNKNOWN_UUID) });
      expect(errorFields(await anon.error(SERIES, 'BAD_USER_INPUT', { id: 'kommunalEngagiert' }))).toEqual(['id']);
      expect(errorFields(await anon.error(SERIES, 'BAD_USER_INPUT', { id: sessions['Hitzeschutz in Kommunen'] }))).toEqual(['id']);
    });
  });

  describe('follow-up threads', () => {
    const threadCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM thread'))[0].n;

    it('opens a follow-up thread of a session and lists the published ones, most recently active first', async () => {
      const sessionId = sessions['Spontanhelfende koordinieren'];
      const created = await t.as(anna).data(CREATE_THREAD, {
        input: {
          title: '  Nachfragen zu Spontanhelfenden ',
          body: 'Wie habt ihr die **Anmeldung** gelöst?',
          seminarSessionId: sessionId,
        },
      });
      const first = created.createThread.thread;
      expect(first).toMatchObject({
        kind: 'SEMINAR_SESSION',
        title: 'Nachfragen zu Spontanhelfenden',
        author: { displayName: 'Anna Aktiv' },
        seminarSession: { id: sessionId, title: 'Spontanhelfende koordinieren' },
      });
      expect(first.bodyHtml).toContain('<strong>Anmeldung</strong>');

      const second = await t.make.thread(ben, { title: 'Folien zum Seminar', body: 'Gibt es die Folien?', seminarSessionId: sessionId });
      // Not follow-ups of this session: a general thread, one of another session, and an unpublished one.
      const general = (await t.as(ben).data(CREATE_THREAD, { input: { title: 'Allgemeine Frage', body: 'Ohne Seminar.' } })).createThread
        .thread;
      expect(general).toMatchObject({ kind: 'GENERAL', seminarSession: null });
      await t.make.thread(ben, {
        title: 'Hitze: Trinkbrunnen',
        body: 'Wo stehen eure?',
        seminarSessionId: sessions['Hitzeschutz in Kommunen'],
      });
      await t.dataSource.query(
        `INSERT INTO thread (kind, title, author_id, seminar_session_id, published) VALUES ('SEMINAR_SESSION', 'Verborgen', $1, $2, false)`,
        [uuidOf(anna.userId), uuidOf(sessionId)],
      );
      // Anna's thread was active last.
      await t.dataSource.query(`UPDATE thread SET last_activity_at = '2024-01-02T10:00:00Z' WHERE id = $1`, [uuidOf(first.id)]);
      await t.dataSource.query(`UPDATE thread SET last_activity_at = '2024-01-01T10:00:00Z' WHERE id = $1`, [uuidOf(second.id)]);

      for (const user of [null, anna, ben]) {
        const { seminarSession } = await t.as(user).data(FOLLOW_UPS, { id: sessionId });
        expect(seminarSession.followUpThreads.nodes).toEqual([
          { id: first.id, title: 'Nachfragen zu Spontanhelfenden', kind: 'SEMINAR_SESSION', author: { displayName: 'Anna Aktiv' } },
          { id: second.id, title: 'Folien zum Seminar', kind: 'SEMINAR_SESSION', author: { displayName: 'Ben Bürger' } },
        ]);
      }
      const page = (await t.as(null).data(FOLLOW_UPS, { id: sessionId, first: 1 })).seminarSession.followUpThreads;
      expect(page.nodes.map((n) => n.id)).toEqual([first.id]);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = (await t.as(null).data(FOLLOW_UPS, { id: sessionId, first: 1, after: page.pageInfo.endCursor })).seminarSession
        .followUpThreads;
      expect(next.nodes.map((n) => n.id)).toEqual([second.id]);
      expect(next.pageInfo.hasNextPage).toBe(false);

      const other = await t.as(null).data(FOLLOW_UPS, { id: sessions['Hitzeschutz in Kommunen'] });
      expect(other.seminarSession.followUpThreads.nodes.map((n) => n.title)).toEqual(['Hitze: Trinkbrunnen']);
      const none = await t.as(null).data(FOLLOW_UPS, { id: sessions['Ehrenamt nach der Flut'] });
      expect(none.seminarSession.followUpThreads.nodes).toEqual([]);

      const byFilter = await t.as(null).data(THREADS_OF_SESSION, { s: sessionId });
      expect(byFilter.threads.nodes.map((n) => n.id)).toEqual([first.id, second.id]);
    });

    it('lists the follow-up threads of a whole page of sessions in a constant number of statements', async () => {
      const one = await t.as(null).request(PAST_SESSIONS_WITH_FOLLOW_UPS, { first: 1 });
      const three = await t.as(null).request(PAST_SESSIONS_WITH_FOLLOW_UPS, { first: 3 });
      expect(one.body.errors).toBeUndefined();
      expect(three.body.errors).toBeUndefined();
      const threadsOf = Object.fromEntries(
        three.body.data!.seminarSessions.nodes.map((n) => [n.title, n.followUpThreads.nodes.map((th) => th.title)]),
      );
      expect(threadsOf).toEqual({
        'Hitzeschutz in Kommunen': ['Hitze: Trinkbrunnen'],
        'Spontanhelfende koordinieren': ['Nachfragen zu Spontanhelfenden', 'Folien zum Seminar'],
        'Blackout-Vorsorge im Verein': [],
      });
      // Like speakers and programmes: one statement for all sessions of the page, not one per session.
      expect(sqlStatements(three.body)).toBe(sqlStatements(one.body));
    });

    it('refuses a forged followUpThreads cursor as BAD_USER_INPUT naming after', async () => {
      const error = await t
        .as(null)
        .error(FOLLOW_UPS, 'BAD_USER_INPUT', { id: sessions['Spontanhelfende koordinieren'], after: forgedCursor(['gestern', 'x']) });
      expect(errorFields(error)).toEqual(['after']);
    });

    it('answers NOT_FOUND for an unknown session and opens nothing', async () => {
      const before = await threadCount();
      const { body } = await t.as(anna).request(CREATE_THREAD, {
        input: { title: 'Ins Leere', body: 'Text', seminarSessionId: globalId('SeminarSession', UNKNOWN_UUID) },
      });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'NOT_FOUND');
      expect(await threadCount()).toBe(before);
    });

    it.each([
      ['garbage', () => 'garbage'],
      // An empty string is not "no session": the client meant a session and must hear that the id is wrong.
      ['empty', () => ''],
      ['the id of a series', () => globalId('SeminarSeries', engagiert)],
      ['the id of a crisis', () => globalId('Crisis', UNKNOWN_UUID)],
    ])('refuses a malformed seminarSessionId (%s) as BAD_USER_INPUT naming seminarSessionId and opens nothing', async (_what, idOf) => {
      const seminarSessionId = idOf();
      const before = await threadCount();
      const { body } = await t.as(anna).request(CREATE_THREAD, { input: { title: 'Falsche Sitzung', body: 'Text', seminarSessionId } });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['seminarSessionId']);
      expect(await threadCount()).toBe(before);
    });

    it('refuses an anonymous follow-up thread as UNAUTHENTICATED', async () => {
      const before = await threadCount();
      const { body } = await t.as(null).request(CREATE_THREAD, {
        input: { title: 'Anonym', body: 'Text', seminarSessionId: sessions['Spontanhelfende koordinieren'] },
      });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'UNAUTHENTICATED');
      expect(await threadCount()).toBe(before);
    });

    it('refuses a too short title and an empty body, naming them', async () => {
      const error = await t.as(anna).error(CREATE_THREAD, 'BAD_USER_INPUT', {
        input: { title: ' x ', body: '   ', seminarSessionId: sessions['Spontanhelfende koordinieren'] },
      });
      expect(new Set(errorFields(error))).toEqual(new Set(['title', 'body']));
    });
  });
});
