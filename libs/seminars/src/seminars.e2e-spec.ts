import {
  createTestApp,
  errorFields,
  expectErrorCode,
  Fixtures,
  forgedCursor,
  globalId,
  GraphQLResponse,
  SignedUpUser,
  sqlStatements,
  TestApp,
  UNKNOWN_UUID,
  uuidOf,
} from '@krisenfest/testing';

const SESSIONS = `query($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {
  seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {
    edges { cursor node { id } }
    nodes { id title startsAt endsAt isUpcoming }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const SESSION = `query($id: ID!) {
  seminarSession(id: $id) {
    id title topic description startsAt endsAt onlineUrl isUpcoming
    series { id title organisers }
    speakers { name role organisation confirmation municipality { id name } }
  }
}`;
const SERIES = `query($id: ID!, $first: Int, $after: String) {
  seminarSeries(id: $id) {
    id title description organisers
    sessions(first: $first, after: $after) { nodes { id title startsAt } pageInfo { hasNextPage hasPreviousPage endCursor } }
  }
}`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { thread { id kind title bodyHtml author { displayName } seminarSession { id title } } }
}`;
const FOLLOW_UPS = `query($id: ID!, $first: Int, $after: String) {
  seminarSession(id: $id) { followUpThreads(first: $first, after: $after) { nodes { id title kind author { displayName } } pageInfo { hasNextPage endCursor } } }
}`;

describe('seminars', () => {
  let t: TestApp;
  let fx: Fixtures;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let plochingen: { id: string; gid: string };
  let kreis: { id: string; gid: string };
  let engagiert: string;
  let krisenfest: string;
  /** Global ids by session title. */
  const sessions: Record<string, string> = {};

  /** Every request of this file goes through here: the API must never answer with a 5xx. */
  async function gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<any>> {
    const response = await t.gql<any>(query, variables, { token });
    expect(response.status).toBeLessThan(500);
    return response;
  }

  async function list(variables: Record<string, unknown>): Promise<any> {
    const { body } = await gql(SESSIONS, { when: 'ALL', ...variables });
    expect(body.errors).toBeUndefined();
    return body.data.seminarSessions;
  }

  const titles = async (variables: Record<string, unknown>): Promise<string[]> =>
    (await list({ first: 100, ...variables })).nodes.map((n: any) => n.title);

  async function pageThrough(first: number, variables: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await list({ ...variables, first, after });
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.nodes.map((n: any) => n.title));
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
    fx = new Fixtures(t.dataSource);
    anna = await t.signUp('Anna Aktiv');
    ben = await t.signUp('Ben Bürger');
    kreis = await fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    plochingen = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });

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
      const winter = await gql(SESSION, { id: sessions['Spontanhelfende koordinieren'] });
      expect(winter.body.errors).toBeUndefined();
      expect(winter.body.data.seminarSession).toMatchObject({
        startsAt: '2023-01-25T13:30:00+01:00',
        endsAt: '2023-01-25T14:45:00+01:00',
        isUpcoming: false,
      });
      const summer = await gql(SESSION, { id: sessions['Hitzeschutz in Kommunen'] });
      expect(summer.body.data.seminarSession).toMatchObject({
        startsAt: '2023-07-12T17:00:00+02:00',
        endsAt: '2023-07-12T18:30:00+02:00',
        isUpcoming: false,
      });
      // The instants are the same as stored.
      expect(Date.parse(winter.body.data.seminarSession.startsAt)).toBe(Date.parse('2023-01-25T12:30:00Z'));
      expect(Date.parse(summer.body.data.seminarSession.startsAt)).toBe(Date.parse('2023-07-12T15:00:00Z'));
    });

    it('gets the nights the clocks change right', async () => {
      const id = await session(krisenfest, 'Zeitumstellung', `'2023-03-26T00:59:59Z'`, `'2023-03-26T01:00:00Z'`);
      const spring = await gql(SESSION, { id: globalId('SeminarSession', id) });
      expect(spring.body.data.seminarSession).toMatchObject({ startsAt: '2023-03-26T01:59:59+01:00', endsAt: '2023-03-26T03:00:00+02:00' });
      await t.dataSource.query(
        `UPDATE seminar_session SET starts_at = '2023-10-29T00:30:00Z', ends_at = '2023-10-29T01:30:00Z' WHERE id = $1`,
        [id],
      );
      const autumn = await gql(SESSION, { id: globalId('SeminarSession', id) });
      // 02:30 happens twice that night: first in summer time, then in winter time.
      expect(autumn.body.data.seminarSession).toMatchObject({ startsAt: '2023-10-29T02:30:00+02:00', endsAt: '2023-10-29T02:30:00+01:00' });
      await t.dataSource.query('DELETE FROM seminar_session WHERE id = $1', [id]);
      delete sessions['Zeitumstellung'];
    });
  });

  describe('the list', () => {
    const upcoming = ['Laufende Sprechstunde', 'Notfalltreffpunkte einrichten', 'Ehrenamt nach der Flut', 'Resilienz-Check für Gemeinden'];
    const past = ['Hitzeschutz in Kommunen', 'Spontanhelfende koordinieren', 'Blackout-Vorsorge im Verein'];

    it('shows upcoming sessions soonest first, including one that is running', async () => {
      const page = await list({ first: 100, when: 'UPCOMING' });
      expect(page.nodes.map((n: any) => n.title)).toEqual(upcoming);
      expect(page.nodes.every((n: any) => n.isUpcoming)).toBe(true);
    });

    it('shows past sessions latest first', async () => {
      const page = await list({ first: 100, when: 'PAST' });
      expect(page.nodes.map((n: any) => n.title)).toEqual(past);
      expect(page.nodes.every((n: any) => !n.isUpcoming)).toBe(true);
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
      const { body } = await gql(`{ seminarSessions(first: 100) { nodes { title } } }`);
      expect(body.data.seminarSessions.nodes.map((n: any) => n.title)).toEqual(all);
    });

    it('pages through each list without gaps or repeats', async () => {
      for (const when of ['UPCOMING', 'PAST', 'ALL']) {
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
      const query = (first: number, when: string) =>
        `{ seminarSessions(first: ${first}, when: ${when}) { nodes { title series { title } speakers { name municipality { name } } } } }`;
      // Both pages hold the session with speakers (and their municipalities).
      const small = await gql(query(2, 'PAST'));
      const large = await gql(query(7, 'ALL'));
      expect(large.body.errors).toBeUndefined();
      expect(large.body.data.seminarSessions.nodes).toHaveLength(7);
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
      const { body } = await gql(SESSIONS, { when: 'ALL', ...variables });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });

    it('refuses a time filter that does not exist', async () => {
      const { status, body } = await gql(SESSIONS, { when: 'TOMORROW' });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });
  });

  describe('one session', () => {
    it('shows its series and its speakers in the order of the programme, one of them only asked', async () => {
      const { body } = await gql(SESSION, { id: sessions['Spontanhelfende koordinieren'] });
      expect(body.errors).toBeUndefined();
      expect(body.data.seminarSession).toEqual({
        id: sessions['Spontanhelfende koordinieren'],
        title: 'Spontanhelfende koordinieren',
        topic: 'Hochwasser',
        description: 'Erfahrungen aus dem Ahrtal.',
        startsAt: '2023-01-25T13:30:00+01:00',
        endsAt: '2023-01-25T14:45:00+01:00',
        onlineUrl: 'https://meet.example.org/kommunal-engagiert',
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
      const { body } = await gql(SESSION, { id: sessions['Ehrenamt nach der Flut'] });
      expect(body.data.seminarSession).toMatchObject({
        topic: null,
        description: null,
        onlineUrl: null,
        isUpcoming: true,
        speakers: [],
        series: { title: 'Krisenfest im Ehrenamt', organisers: [] },
      });
    });

    it('is the same through node(id:)', async () => {
      const { body } = await gql(`query($id: ID!) { node(id: $id) { __typename id ... on SeminarSession { title startsAt } } }`, {
        id: sessions['Spontanhelfende koordinieren'],
      });
      expect(body.data.node).toEqual({
        __typename: 'SeminarSession',
        id: sessions['Spontanhelfende koordinieren'],
        title: 'Spontanhelfende koordinieren',
        startsAt: '2023-01-25T13:30:00+01:00',
      });
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      const { body } = await gql(SESSION, { id: globalId('SeminarSession', UNKNOWN_UUID) });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'NOT_FOUND');
    });

    it.each([
      ['garbage', 'garbage'],
      ['empty', ''],
      ['the id of a series', globalId('SeminarSeries', UNKNOWN_UUID)],
      ['a 10 000-character string', 'x'.repeat(10_000)],
    ])('refuses a malformed id (%s) as BAD_USER_INPUT naming id', async (_what, id) => {
      const { body } = await gql(SESSION, { id });
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['id']);
    });
  });

  describe('a series', () => {
    it('lists its programme in order of time and pages through it', async () => {
      const id = globalId('SeminarSeries', engagiert);
      const { body } = await gql(SERIES, { id });
      expect(body.errors).toBeUndefined();
      expect(body.data.seminarSeries).toMatchObject({
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
      expect(body.data.seminarSeries.sessions.nodes.map((n: any) => n.title)).toEqual(programme);
      expect(body.data.seminarSeries.sessions.nodes[0].startsAt).toBe('2023-01-25T13:30:00+01:00');

      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await gql(SERIES, { id, first: 3, after });
        expect(page.body.errors).toBeUndefined();
        const conn = page.body.data.seminarSeries.sessions;
        expect(conn.pageInfo.hasPreviousPage).toBe(after !== undefined);
        seen.push(...conn.nodes.map((n: any) => n.title));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(programme);
    });

    it('is reached from each session of a list, each with its own programme', async () => {
      const { body } = await gql(
        `{ seminarSessions(first: 100, when: PAST) { nodes { title series { title sessions(first: 1) { nodes { title } pageInfo { hasNextPage } } } } } }`,
      );
      expect(body.errors).toBeUndefined();
      const firstOfSeries = Object.fromEntries(
        body.data.seminarSessions.nodes.map((n: any) => [n.title, n.series.sessions.nodes.map((s: any) => s.title)]),
      );
      expect(firstOfSeries).toEqual({
        'Hitzeschutz in Kommunen': ['Spontanhelfende koordinieren'],
        'Spontanhelfende koordinieren': ['Spontanhelfende koordinieren'],
        'Blackout-Vorsorge im Verein': ['Blackout-Vorsorge im Verein'],
      });
    });

    it('is the same through node(id:)', async () => {
      const id = globalId('SeminarSeries', krisenfest);
      const { body } = await gql(`query($id: ID!) { node(id: $id) { __typename id ... on SeminarSeries { title } } }`, { id });
      expect(body.data.node).toEqual({ __typename: 'SeminarSeries', id, title: 'Krisenfest im Ehrenamt' });
    });

    it('refuses a forged programme cursor, an unknown and a malformed id', async () => {
      const id = globalId('SeminarSeries', engagiert);
      const forged = await gql(SERIES, { id, after: forgedCursor(['gestern', UNKNOWN_UUID]) });
      expect(errorFields(expectErrorCode(forged.body, 'BAD_USER_INPUT'))).toEqual(['after']);
      expect(errorFields(expectErrorCode((await gql(SERIES, { id, first: 0 })).body, 'BAD_USER_INPUT'))).toEqual(['first']);
      expectErrorCode((await gql(SERIES, { id: globalId('SeminarSeries', UNKNOWN_UUID) })).body, 'NOT_FOUND');
      expect(errorFields(expectErrorCode((await gql(SERIES, { id: 'kommunalEngagiert' })).body, 'BAD_USER_INPUT'))).toEqual(['id']);
      expect(errorFields(expectErrorCode((await gql(SERIES, { id: sessions['Hitzeschutz in Kommunen'] })).body, 'BAD_USER_INPUT'))).toEqual(
        ['id'],
      );
    });
  });

  describe('follow-up threads', () => {
    const threadCount = async () => (await t.dataSource.query('SELECT count(*)::int AS n FROM thread'))[0].n;

    it('opens a follow-up thread of a session and lists the published ones, most recently active first', async () => {
      const sessionId = sessions['Spontanhelfende koordinieren'];
      const created = await gql(
        CREATE_THREAD,
        {
          input: {
            title: '  Nachfragen zu Spontanhelfenden ',
            body: 'Wie habt ihr die **Anmeldung** gelöst?',
            seminarSessionId: sessionId,
          },
        },
        anna.token,
      );
      expect(created.body.errors).toBeUndefined();
      const first = created.body.data.createThread.thread;
      expect(first).toMatchObject({
        kind: 'SEMINAR_SESSION',
        title: 'Nachfragen zu Spontanhelfenden',
        author: { displayName: 'Anna Aktiv' },
        seminarSession: { id: sessionId, title: 'Spontanhelfende koordinieren' },
      });
      expect(first.bodyHtml).toContain('<strong>Anmeldung</strong>');

      const second = (
        await gql(
          CREATE_THREAD,
          { input: { title: 'Folien zum Seminar', body: 'Gibt es die Folien?', seminarSessionId: sessionId } },
          ben.token,
        )
      ).body.data.createThread.thread;
      // Not follow-ups of this session: a general thread, one of another session, and an unpublished one.
      const general = (await gql(CREATE_THREAD, { input: { title: 'Allgemeine Frage', body: 'Ohne Seminar.' } }, ben.token)).body.data
        .createThread.thread;
      expect(general).toMatchObject({ kind: 'GENERAL', seminarSession: null });
      await gql(
        CREATE_THREAD,
        { input: { title: 'Hitze: Trinkbrunnen', body: 'Wo stehen eure?', seminarSessionId: sessions['Hitzeschutz in Kommunen'] } },
        ben.token,
      );
      await t.dataSource.query(
        `INSERT INTO thread (kind, title, author_id, seminar_session_id, published) VALUES ('SEMINAR_SESSION', 'Verborgen', $1, $2, false)`,
        [uuidOf(anna.userId), uuidOf(sessionId)],
      );
      // Anna's thread was active last.
      await t.dataSource.query(`UPDATE thread SET last_activity_at = '2024-01-02T10:00:00Z' WHERE id = $1`, [uuidOf(first.id)]);
      await t.dataSource.query(`UPDATE thread SET last_activity_at = '2024-01-01T10:00:00Z' WHERE id = $1`, [uuidOf(second.id)]);

      for (const token of [undefined, anna.token, ben.token]) {
        const { body } = await gql(FOLLOW_UPS, { id: sessionId }, token);
        expect(body.errors).toBeUndefined();
        expect(body.data.seminarSession.followUpThreads.nodes).toEqual([
          { id: first.id, title: 'Nachfragen zu Spontanhelfenden', kind: 'SEMINAR_SESSION', author: { displayName: 'Anna Aktiv' } },
          { id: second.id, title: 'Folien zum Seminar', kind: 'SEMINAR_SESSION', author: { displayName: 'Ben Bürger' } },
        ]);
      }
      const page = await gql(FOLLOW_UPS, { id: sessionId, first: 1 });
      expect(page.body.data.seminarSession.followUpThreads.nodes.map((n: any) => n.id)).toEqual([first.id]);
      expect(page.body.data.seminarSession.followUpThreads.pageInfo.hasNextPage).toBe(true);
      const next = await gql(FOLLOW_UPS, {
        id: sessionId,
        first: 1,
        after: page.body.data.seminarSession.followUpThreads.pageInfo.endCursor,
      });
      expect(next.body.data.seminarSession.followUpThreads.nodes.map((n: any) => n.id)).toEqual([second.id]);
      expect(next.body.data.seminarSession.followUpThreads.pageInfo.hasNextPage).toBe(false);

      const other = await gql(FOLLOW_UPS, { id: sessions['Hitzeschutz in Kommunen'] });
      expect(other.body.data.seminarSession.followUpThreads.nodes.map((n: any) => n.title)).toEqual(['Hitze: Trinkbrunnen']);
      const none = await gql(FOLLOW_UPS, { id: sessions['Ehrenamt nach der Flut'] });
      expect(none.body.data.seminarSession.followUpThreads.nodes).toEqual([]);

      const byFilter = await gql(`query($s: ID) { threads(seminarSessionId: $s) { nodes { id } } }`, { s: sessionId });
      expect(byFilter.body.data.threads.nodes.map((n: any) => n.id)).toEqual([first.id, second.id]);
    });

    it('lists the follow-up threads of a whole page of sessions in a constant number of statements', async () => {
      const query = (first: number) =>
        `{ seminarSessions(first: ${first}, when: PAST) { nodes { title followUpThreads(first: 5) { nodes { title } } } } }`;
      const one = await gql(query(1));
      const three = await gql(query(3));
      expect(three.body.errors).toBeUndefined();
      const threadsOf = Object.fromEntries(
        three.body.data.seminarSessions.nodes.map((n: any) => [n.title, n.followUpThreads.nodes.map((th: any) => th.title)]),
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
      const { body } = await gql(FOLLOW_UPS, { id: sessions['Spontanhelfende koordinieren'], after: forgedCursor(['gestern', 'x']) });
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['after']);
    });

    it('answers NOT_FOUND for an unknown session and opens nothing', async () => {
      const before = await threadCount();
      const { body } = await gql(
        CREATE_THREAD,
        { input: { title: 'Ins Leere', body: 'Text', seminarSessionId: globalId('SeminarSession', UNKNOWN_UUID) } },
        anna.token,
      );
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
      const { body } = await gql(CREATE_THREAD, { input: { title: 'Falsche Sitzung', body: 'Text', seminarSessionId } }, anna.token);
      expect(body.data).toBeNull();
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['seminarSessionId']);
      expect(await threadCount()).toBe(before);
    });

    it('refuses an anonymous follow-up thread as UNAUTHENTICATED', async () => {
      const before = await threadCount();
      const { body } = await gql(CREATE_THREAD, {
        input: { title: 'Anonym', body: 'Text', seminarSessionId: sessions['Spontanhelfende koordinieren'] },
      });
      expect(body.data).toBeNull();
      expectErrorCode(body, 'UNAUTHENTICATED');
      expect(await threadCount()).toBe(before);
    });

    it('refuses a too short title and an empty body, naming them', async () => {
      const { body } = await gql(
        CREATE_THREAD,
        { input: { title: ' x ', body: '   ', seminarSessionId: sessions['Spontanhelfende koordinieren'] } },
        anna.token,
      );
      expect(new Set(errorFields(expectErrorCode(body, 'BAD_USER_INPUT')))).toEqual(new Set(['title', 'body']));
    });
  });
});
