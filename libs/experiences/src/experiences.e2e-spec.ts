import { createTestApp, expectErrorCode, errorFields, Fixtures, sqlStatements, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const CREATE = `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id status thread { id } } } }`;
const PUBLISH = `mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id status publishedAt } } }`;
const UPDATE = `mutation($input: UpdateExperienceInput!) { updateExperience(input: $input) { experience { id title summary recommendations { text addressee status } } } }`;
const ONE = `query($id: ID!) { experience(id: $id) { id title status } }`;
const FEED_FIELDS = `id title summary publishedAt helpfulCount thanksCount commentCount viewerReactions
  author { displayName } municipality { name state } volunteerGroup { name } crisis { name }`;

describe('experiences', () => {
  let t: TestApp;
  let fx: Fixtures;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let kreis: { id: string; gid: string };
  let gemeinde: { id: string; gid: string };
  let elsewhere: { id: string; gid: string };

  const input = (over: Record<string, unknown> = {}) => ({
    title: 'Hochwasser: Spontanhelfende koordinieren',
    summary: 'Wie ein Helfer-Shuttle tausende Freiwillige an die richtigen Orte brachte.',
    situation: 'Nach dem Hochwasser kamen täglich tausende Helfende.',
    actions: 'Ein Shuttle-Dienst mit festen Sammelpunkten.',
    outcome: 'Es funktionierte; die Anmeldung war zu spät.',
    hazards: ['FLOOD'],
    phase: 'RESPONSE',
    municipalityId: gemeinde.gid,
    recommendations: [{ text: 'Sammelpunkte vorab festlegen', addressee: 'KREIS' }],
    ...over,
  });

  async function createPublished(user: SignedUpUser, over: Record<string, unknown> = {}): Promise<string> {
    const created = await t.gql<any>(CREATE, { input: input(over) }, { token: user.token });
    const id = created.body.data.createExperience.experience.id;
    await t.gql(PUBLISH, { id }, { token: user.token });
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    fx = new Fixtures(t.dataSource);
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
    kreis = await fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    gemeinde = await fx.municipality('Bad Neuenahr-Ahrweiler', { kind: 'STADT', state: 'RP', parentId: kreis.id });
    elsewhere = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    for (const user of [anna, ben]) for (const m of [gemeinde, elsewhere]) await fx.verify(user.userId, { municipalityId: m.id });
  });
  afterAll(() => t.close());

  it('keeps a draft visible to its author only, everywhere', async () => {
    const created = await t.gql<any>(CREATE, { input: input({ title: 'Entwurf zur Hitzewelle' }) }, { token: anna.token });
    const draft = created.body.data.createExperience.experience;
    expect(draft.status).toBe('DRAFT');

    expect((await t.gql<any>(ONE, { id: draft.id }, { token: anna.token })).body.data.experience.title).toBe('Entwurf zur Hitzewelle');
    expectErrorCode((await t.gql(ONE, { id: draft.id })).body, 'NOT_FOUND');
    expectErrorCode((await t.gql(ONE, { id: draft.id }, { token: ben.token })).body, 'NOT_FOUND');
    expect(
      (await t.gql<any>(`query($id: ID!) { node(id: $id) { id } }`, { id: draft.id }, { token: ben.token })).body.data.node,
    ).toBeNull();
    expect(
      (await t.gql<any>(`query($id: ID!) { thread(id: $id) { id } }`, { id: draft.thread.id }, { token: ben.token })).body.errors?.[0]
        .extensions?.code,
    ).toBe('NOT_FOUND');

    const feed = await t.gql<any>(`{ experiences(first: 100) { nodes { id } } }`, {}, { token: ben.token });
    expect(feed.body.data.experiences.nodes.map((n: any) => n.id)).not.toContain(draft.id);
    const search = await t.gql<any>(
      `{ search(query: "Hitzewelle") { nodes { node { ... on Experience { id } } } } }`,
      {},
      { token: ben.token },
    );
    expect(search.body.data.search.nodes).toEqual([]);

    const mine = await t.gql<any>(`{ experiences(filter: { status: DRAFT }) { nodes { id } } }`, {}, { token: anna.token });
    expect(mine.body.data.experiences.nodes.map((n: any) => n.id)).toContain(draft.id);
    const notBens = await t.gql<any>(`{ experiences(filter: { status: DRAFT }) { nodes { id } } }`, {}, { token: ben.token });
    expect(notBens.body.data.experiences.nodes).toEqual([]);
  });

  it('publishes once, by the author only, and opens the thread', async () => {
    const created = await t.gql<any>(CREATE, { input: input() }, { token: anna.token });
    const { id, thread } = created.body.data.createExperience.experience;
    expectErrorCode((await t.gql(PUBLISH, { id }, { token: ben.token })).body, 'NOT_FOUND');
    expectErrorCode((await t.gql(PUBLISH, { id })).body, 'UNAUTHENTICATED');
    const published = await t.gql<any>(PUBLISH, { id }, { token: anna.token });
    expect(published.body.data.publishExperience.experience.status).toBe('PUBLISHED');
    expect(published.body.data.publishExperience.experience.publishedAt).toMatch(/\+0[12]:00$/);
    expectErrorCode((await t.gql(PUBLISH, { id }, { token: anna.token })).body, 'CONFLICT');
    expect((await t.gql<any>(ONE, { id })).body.data.experience.status).toBe('PUBLISHED');
    const comment = await t.gql<any>(
      `mutation($t: ID!) { addComment(input: { threadId: $t, body: "Danke!" }) { comment { id } } }`,
      { t: thread.id },
      { token: ben.token },
    );
    expect(comment.body.errors).toBeUndefined();
  });

  it('publishes on behalf of a municipality only for its verified staff, and of a group only for its members', async () => {
    const carla = await t.signUp('Carla');
    const draft = async (over: Record<string, unknown> = {}) =>
      (await t.gql<any>(CREATE, { input: input(over) }, { token: carla.token })).body.data.createExperience.experience.id;

    const forTown = await draft();
    const refused = expectErrorCode((await t.gql(PUBLISH, { id: forTown }, { token: carla.token })).body, 'FORBIDDEN');
    expect(refused.message).toContain('Bad Neuenahr-Ahrweiler');
    // Staff of the Landkreis or of another town do not speak for this town.
    await fx.verify(carla.userId, { municipalityId: kreis.id });
    await fx.verify(carla.userId, { municipalityId: elsewhere.id });
    expectErrorCode((await t.gql(PUBLISH, { id: forTown }, { token: carla.token })).body, 'FORBIDDEN');
    // A pending or rejected request is not enough either.
    await t.dataSource.query(`INSERT INTO membership (user_id, municipality_id, role, status) VALUES ($1, $2, 'STAFF', 'PENDING')`, [
      uuidOf(carla.userId),
      gemeinde.id,
    ]);
    expectErrorCode((await t.gql(PUBLISH, { id: forTown }, { token: carla.token })).body, 'FORBIDDEN');
    await fx.verify(carla.userId, { municipalityId: gemeinde.id });
    expect((await t.gql<any>(PUBLISH, { id: forTown }, { token: carla.token })).body.data.publishExperience.experience.status).toBe(
      'PUBLISHED',
    );

    // A draft names only a group its author is a verified member of: refused when it is set, naming the field.
    const group = await fx.volunteerGroup('Helfernetz Ahrtal');
    const notMember = expectErrorCode(
      (await t.gql(CREATE, { input: input({ volunteerGroupId: group.gid }) }, { token: carla.token })).body,
      'BAD_USER_INPUT',
    );
    expect(errorFields(notMember)).toEqual(['volunteerGroupId']);
    expect(notMember.message).toContain('Helfernetz Ahrtal');
    await fx.verify(carla.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const forGroup = await draft({ volunteerGroupId: group.gid });
    expect((await t.gql<any>(PUBLISH, { id: forGroup }, { token: carla.token })).body.data.publishExperience.experience.status).toBe(
      'PUBLISHED',
    );
  });

  it('refuses unknown references and unknown experiences on update and publish', async () => {
    const id = await createPublished(anna);
    const unknown = (type: string) => Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64url');
    expectErrorCode((await t.gql(UPDATE, { input: { id, crisisId: unknown('Crisis') } }, { token: anna.token })).body, 'NOT_FOUND');
    expectErrorCode(
      (await t.gql(UPDATE, { input: { id, seminarSessionId: unknown('SeminarSession') } }, { token: anna.token })).body,
      'NOT_FOUND',
    );
    expect(
      errorFields(expectErrorCode((await t.gql(UPDATE, { input: { id, crisisId: id } }, { token: anna.token })).body, 'BAD_USER_INPUT')),
    ).toEqual(['crisisId']);
    expectErrorCode(
      (await t.gql(UPDATE, { input: { id: unknown('Experience'), title: 'Gibt es nicht' } }, { token: anna.token })).body,
      'NOT_FOUND',
    );
    expectErrorCode((await t.gql(PUBLISH, { id: unknown('Experience') }, { token: anna.token })).body, 'NOT_FOUND');
    expect((await t.gql<any>(ONE, { id })).body.data.experience.title).toBe('Hochwasser: Spontanhelfende koordinieren');
  });

  it('lets only the author update, and replaces recommendations', async () => {
    const id = await createPublished(anna);
    expectErrorCode((await t.gql(UPDATE, { input: { id, title: 'Fremde Änderung' } }, { token: ben.token })).body, 'FORBIDDEN');
    const updated = await t.gql<any>(
      UPDATE,
      {
        input: {
          id,
          summary: 'Neue Zusammenfassung mit ß und Umlauten: Überschwemmung',
          recommendations: [{ text: 'Landesweite Helferplattform', addressee: 'LAND', status: 'IN_PROGRESS' }],
        },
      },
      { token: anna.token },
    );
    const e = updated.body.data.updateExperience.experience;
    expect(e.title).toBe('Hochwasser: Spontanhelfende koordinieren');
    expect(e.summary).toBe('Neue Zusammenfassung mit ß und Umlauten: Überschwemmung');
    expect(e.recommendations).toEqual([{ text: 'Landesweite Helferplattform', addressee: 'LAND', status: 'IN_PROGRESS' }]);
  });

  it('refuses bad input naming the fields, and loses nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM experience');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ summary: 'x'.repeat(301) }, 'summary', 'BAD_USER_INPUT'],
      [{ hazards: [] }, 'hazards', 'BAD_USER_INPUT'],
      [{ title: '   ' }, 'title', 'BAD_USER_INPUT'],
      [{ municipalityId: 'not-an-id' }, 'municipalityId', 'BAD_USER_INPUT'],
      [{ municipalityId: anna.userId }, 'municipalityId', 'BAD_USER_INPUT'],
      [{ situation: 'x'.repeat(20001) }, 'situation', 'BAD_USER_INPUT'],
      [{ recommendations: [{ text: '', addressee: 'KREIS' }] }, 'recommendations.0.text', 'BAD_USER_INPUT'],
    ];
    for (const [over, field, code] of cases) {
      const res = await t.gql(CREATE, { input: input(over) }, { token: anna.token });
      expect(res.status).toBeLessThan(500);
      expect(errorFields(expectErrorCode(res.body, code))).toContain(field);
    }
    const unknown = await t.gql(
      CREATE,
      { input: input({ municipalityId: Buffer.from('Municipality:00000000-0000-4000-8000-000000000000').toString('base64url') }) },
      { token: anna.token },
    );
    expectErrorCode(unknown.body, 'NOT_FOUND');
    expectErrorCode((await t.gql(CREATE, { input: input() })).body, 'UNAUTHENTICATED');
    const wrongType = await t.gql(CREATE, { input: input({ phase: 'SOMETIMES' }) }, { token: anna.token });
    expectErrorCode(wrongType.body, 'BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM experience')).toEqual(before);
  });

  it('filters by municipality including its Kreis, by hazard and by Bundesland', async () => {
    const inKreis = await createPublished(anna, { title: 'Pandemie: Einkaufshilfe organisieren', hazards: ['PANDEMIC'] });
    const inBw = await createPublished(ben, {
      title: 'Stromausfall: Leuchttürme',
      hazards: ['POWER_OUTAGE'],
      municipalityId: elsewhere.gid,
    });
    const ids = async (filter: string) =>
      (await t.gql<any>(`{ experiences(first: 100, filter: ${filter}) { nodes { id } } }`)).body.data.experiences.nodes.map(
        (n: any) => n.id,
      );
    expect(await ids(`{ municipalityId: "${kreis.gid}" }`)).toContain(inKreis);
    expect(await ids(`{ municipalityId: "${kreis.gid}" }`)).not.toContain(inBw);
    expect(await ids(`{ hazard: POWER_OUTAGE }`)).toEqual([inBw]);
    expect(await ids(`{ state: BW }`)).toEqual([inBw]);
    expect(await ids(`{ state: RP }`)).not.toContain(inBw);
    const badFilter = await t.gql(`{ experiences(filter: { municipalityId: "zzz" }) { nodes { id } } }`);
    expect(errorFields(expectErrorCode(badFilter.body, 'BAD_USER_INPUT'))).toEqual(['filter.municipalityId']);
  });

  it('orders by most helpful and pages through without gaps or repeats', async () => {
    const liked = await createPublished(ben, { title: 'Sehr hilfreicher Bericht über Notunterkünfte' });
    await t.gql(
      `mutation($id: ID!) { addReaction(input: { targetId: $id, kind: HELPFUL }) { active } }`,
      { id: liked },
      { token: anna.token },
    );
    const top = await t.gql<any>(`{ experiences(first: 1, orderBy: MOST_HELPFUL) { nodes { id helpfulCount } } }`);
    expect(top.body.data.experiences.nodes[0]).toEqual({ id: liked, helpfulCount: 1 });

    for (let i = 0; i < 12; i++) await createPublished(anna, { title: `Bericht Nummer ${i}` });
    const total = (await t.gql<any>(`{ experiences(first: 100) { nodes { id } } }`)).body.data.experiences.nodes.length;
    for (const order of ['NEWEST', 'MOST_HELPFUL']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await t.gql<any>(
          `query($after: String) { experiences(first: 5, after: $after, orderBy: ${order}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          { after },
        );
        const conn = page.body.data.experiences;
        seen.push(...conn.nodes.map((n: any) => n.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    }
    for (const first of [0, 101, -1]) {
      expect(
        errorFields(expectErrorCode((await t.gql(`{ experiences(first: ${first}) { nodes { id } } }`)).body, 'BAD_USER_INPUT')),
      ).toEqual(['first']);
    }
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    expect(
      errorFields(expectErrorCode((await t.gql(`{ experiences(after: "${forged}") { nodes { id } } }`)).body, 'BAD_USER_INPUT')),
    ).toEqual(['after']);
  });

  it('serves a feed page with authors, places, groups, crises, counts and reactions in a constant, small number of statements', async () => {
    const group = await fx.volunteerGroup('Helfernetz');
    const crisis = await fx.crisis('Flut Juli 2021');
    const author = uuidOf(anna.userId);
    // 110 published experiences, each with its own thread, set up in SQL.
    await t.dataSource.query(
      `
      WITH th AS (
        INSERT INTO thread (kind, title, author_id, published, comment_count)
        SELECT 'EXPERIENCE', 'Feed ' || i, $1, true, i % 7 FROM generate_series(1, 110) i RETURNING id, title)
      INSERT INTO experience (title, summary, phase, author_id, municipality_id, volunteer_group_id, crisis_id, thread_id, status, published_at, helpful_count)
      SELECT th.title, 'Zusammenfassung', 'RESPONSE', $1, $2, $3, $4, th.id, 'PUBLISHED', now() - (random() * interval '300 days'), 0
      FROM th`,
      [author, gemeinde.id, group.id, crisis.id],
    );
    const feed = (n: number) =>
      `{ experiences(first: ${n}) { edges { cursor node { ${FEED_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
    for (const token of [undefined, ben.token]) {
      const small = await t.gql<any>(feed(20), {}, { token });
      const large = await t.gql<any>(feed(100), {}, { token });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.data.experiences.edges).toHaveLength(100);
      expect(large.body.data.experiences.edges[0].node.author.displayName).toBeTruthy();
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);
    }
  });

  it('shows every field of an experience in a list as the experience itself shows it', async () => {
    const group = await fx.volunteerGroup('Helferkreis Liste');
    await fx.verify(anna.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const crisis = await fx.crisis('Starkregen Liste');
    const id = await createPublished(anna, {
      volunteerGroupId: group.gid,
      crisisId: crisis.gid,
      rootCause: 'Keine Pläne',
      transferability: 'Gut übertragbar',
    });
    await t.gql(`mutation($id: ID!) { addReaction(input: { targetId: $id, kind: THANKS }) { active } }`, { id }, { token: ben.token });
    const fields = `id title summary situation actions outcome rootCause transferability hazards phase fieldsOfAction actors status visibility
      publishedAt createdAt updatedAt helpfulCount thanksCount commentCount viewerReactions moderation { hidden }
      recommendations { text addressee status } moderationHistory { action }
      author { id displayName createdAt email emailVerified bannedUntil banReason }
      municipality { id name kind officialKey state population parent { id name } }
      volunteerGroup { id name kind description website homeMunicipality { id } }
      crisis { id name hazard description startsOn endsOn }
      seminarSession { id } thread { id commentCount }`;
    for (const user of [anna, ben, null]) {
      const token = user?.token;
      const one = await t.gql<any>(`query($id: ID!) { experience(id: $id) { ${fields} } }`, { id }, { token });
      const list = await t.gql<any>(`{ experiences(first: 100) { nodes { ${fields} } } }`, {}, { token });
      expect(one.body.errors).toBeUndefined();
      expect(list.body.errors).toBeUndefined();
      expect(list.body.data.experiences.nodes.find((n: any) => n.id === id)).toEqual(one.body.data.experience);
    }
  });
});
