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

const CREATE = graphql(`
  mutation ExperiencesCreate($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      experience {
        id
        status
        thread {
          id
        }
      }
    }
  }
`);

type ExperienceInput = Variables<typeof CREATE>['input'];

const PUBLISH = graphql(`
  mutation ExperiencesPublish($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        id
        status
        publishedAt
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation ExperiencesUpdate($input: UpdateExperienceInput!) {
    updateExperience(input: $input) {
      experience {
        id
        title
        summary
        recommendations {
          text
          addressee
          status
        }
        crisis {
          name
        }
        seminarSession {
          title
        }
      }
    }
  }
`);

const ONE = graphql(`
  query ExperiencesOne($id: ID!) {
    experience(id: $id) {
      id
      title
      status
    }
  }
`);

const NODE = graphql(`
  query ExperiencesNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const THREAD = graphql(`
  query ExperiencesThread($id: ID!) {
    thread(id: $id) {
      id
    }
  }
`);

const IDS = graphql(`
  query ExperiencesIds($first: Int, $after: String, $filter: ExperienceFilter, $orderBy: ExperienceOrder) {
    experiences(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      nodes {
        id
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MOST_HELPFUL = graphql(`
  query ExperiencesMostHelpful {
    experiences(first: 1, orderBy: MOST_HELPFUL) {
      nodes {
        id
        helpfulCount
      }
    }
  }
`);

const SEARCH = graphql(`
  query ExperiencesSearch($query: String!) {
    search(query: $query) {
      nodes {
        node {
          ... on Experience {
            id
          }
        }
      }
    }
  }
`);

const REACT = graphql(`
  mutation ExperiencesReact($id: ID!, $kind: ReactionKind!) {
    addReaction(input: { targetId: $id, kind: $kind }) {
      active
    }
  }
`);

graphql(`
  fragment ExperiencesFeedFields on Experience {
    id
    title
    summary
    publishedAt
    helpfulCount
    thanksCount
    commentCount
    viewerReactions
    author {
      displayName
    }
    municipality {
      name
      state
    }
    volunteerGroup {
      name
    }
    crisis {
      name
    }
  }
`);

const FEED = graphql(`
  query ExperiencesFeed($first: Int) {
    experiences(first: $first) {
      edges {
        cursor
        node {
          ...ExperiencesFeedFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

graphql(`
  fragment ExperiencesFields on Experience {
    id
    title
    summary
    situation
    actions
    outcome
    rootCause
    transferability
    hazards
    phase
    fieldsOfAction
    actors
    status
    visibility
    publishedAt
    createdAt
    updatedAt
    helpfulCount
    thanksCount
    commentCount
    viewerReactions
    moderation {
      hidden
    }
    recommendations {
      text
      addressee
      status
    }
    moderationHistory {
      action
    }
    author {
      id
      displayName
      createdAt
      email
      emailVerified
      bannedUntil
      banReason
    }
    municipality {
      id
      name
      kind
      officialKey
      state
      population
      parent {
        id
        name
      }
    }
    volunteerGroup {
      id
      name
      kind
      description
      website
      homeMunicipality {
        id
      }
    }
    crisis {
      id
      name
      hazard
      description
      startsOn
      endsOn
    }
    seminarSession {
      id
    }
    thread {
      id
      commentCount
    }
  }
`);

const ONE_IN_FULL = graphql(`
  query ExperiencesOneInFull($id: ID!) {
    experience(id: $id) {
      ...ExperiencesFields
    }
  }
`);

const LIST_IN_FULL = graphql(`
  query ExperiencesListInFull {
    experiences(first: 100) {
      nodes {
        ...ExperiencesFields
      }
    }
  }
`);

describe('experiences', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let kreis: { id: string; gid: string };
  let gemeinde: { id: string; gid: string };
  let elsewhere: { id: string; gid: string };

  const input = (over: Partial<ExperienceInput> = {}): ExperienceInput => ({
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

  const createPublished = async (user: SignedUpUser, over: Partial<ExperienceInput> = {}): Promise<string> =>
    (await t.make.experience(user, input(over))).id;

  const ids = async (variables: Variables<typeof IDS>, user: SignedUpUser | null = null): Promise<string[]> =>
    (await t.as(user).data(IDS, variables)).experiences.nodes.map((n) => n.id);

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    gemeinde = await t.fx.municipality('Bad Neuenahr-Ahrweiler', { kind: 'STADT', state: 'RP', parentId: kreis.id });
    elsewhere = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    for (const user of [anna, ben]) for (const m of [gemeinde, elsewhere]) await t.fx.verify(user.userId, { municipalityId: m.id });
  });
  afterAll(() => t.close());

  it('keeps a draft visible to its author only, everywhere', async () => {
    const draft = (await t.as(anna).data(CREATE, { input: input({ title: 'Entwurf zur Hitzewelle' }) })).createExperience.experience;
    expect(draft.status).toBe('DRAFT');

    expect((await t.as(anna).data(ONE, { id: draft.id })).experience.title).toBe('Entwurf zur Hitzewelle');
    await t.as(null).error(ONE, 'NOT_FOUND', { id: draft.id });
    await t.as(ben).error(ONE, 'NOT_FOUND', { id: draft.id });
    expect((await t.as(ben).data(NODE, { id: draft.id })).node).toBeNull();
    await t.as(ben).error(THREAD, 'NOT_FOUND', { id: draft.thread!.id });

    expect(await ids({ first: 100 }, ben)).not.toContain(draft.id);
    expect((await t.as(ben).data(SEARCH, { query: 'Hitzewelle' })).search.nodes).toEqual([]);

    expect(await ids({ filter: { status: 'DRAFT' } }, anna)).toContain(draft.id);
    expect(await ids({ filter: { status: 'DRAFT' } }, ben)).toEqual([]);
  });

  it('publishes once, by the author only, and opens the thread', async () => {
    const { id, thread } = (await t.as(anna).data(CREATE, { input: input() })).createExperience.experience;
    await t.as(ben).error(PUBLISH, 'NOT_FOUND', { id });
    await t.as(null).error(PUBLISH, 'UNAUTHENTICATED', { id });
    const published = (await t.as(anna).data(PUBLISH, { id })).publishExperience.experience;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).toMatch(/\+0[12]:00$/);
    await t.as(anna).error(PUBLISH, 'CONFLICT', { id });
    expect((await t.as(null).data(ONE, { id })).experience.status).toBe('PUBLISHED');
    await t.make.comment(ben, thread!.id, { body: 'Danke!' });
  });

  it('publishes on behalf of a municipality only for its verified staff, and of a group only for its members', async () => {
    const carla = await t.signUp('Carla');
    const draft = async (over: Partial<ExperienceInput> = {}) => (await t.make.experience(carla, { ...input(over), draft: true })).id;

    const forTown = await draft();
    const refused = await t.as(carla).error(PUBLISH, 'FORBIDDEN', { id: forTown });
    expect(refused.message).toContain('Bad Neuenahr-Ahrweiler');
    // Staff of the Landkreis or of another town do not speak for this town.
    await t.fx.verify(carla.userId, { municipalityId: kreis.id });
    await t.fx.verify(carla.userId, { municipalityId: elsewhere.id });
    await t.as(carla).error(PUBLISH, 'FORBIDDEN', { id: forTown });
    // A pending or rejected request is not enough either.
    await t.dataSource.query(`INSERT INTO membership (user_id, municipality_id, role, status) VALUES ($1, $2, 'STAFF', 'PENDING')`, [
      uuidOf(carla.userId),
      gemeinde.id,
    ]);
    await t.as(carla).error(PUBLISH, 'FORBIDDEN', { id: forTown });
    await t.fx.verify(carla.userId, { municipalityId: gemeinde.id });
    expect((await t.as(carla).data(PUBLISH, { id: forTown })).publishExperience.experience.status).toBe('PUBLISHED');

    // A draft names only a group its author is a verified member of: refused when it is set, naming the field.
    const group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    const notMember = await t.as(carla).error(CREATE, 'BAD_USER_INPUT', { input: input({ volunteerGroupId: group.gid }) });
    expect(errorFields(notMember)).toEqual(['volunteerGroupId']);
    expect(notMember.message).toContain('Helfernetz Ahrtal');
    await t.fx.verify(carla.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const forGroup = await draft({ volunteerGroupId: group.gid });
    expect((await t.as(carla).data(PUBLISH, { id: forGroup })).publishExperience.experience.status).toBe('PUBLISHED');
  });

  it('refuses unknown references and unknown experiences on update and publish', async () => {
    const id = await createPublished(anna);
    const unknown = (type: string) => globalId(type, UNKNOWN_UUID);
    await t.as(anna).error(UPDATE, 'NOT_FOUND', { input: { id, crisisId: unknown('Crisis') } });
    await t.as(anna).error(UPDATE, 'NOT_FOUND', { input: { id, seminarSessionId: unknown('SeminarSession') } });
    expect(errorFields(await t.as(anna).error(UPDATE, 'BAD_USER_INPUT', { input: { id, crisisId: id } }))).toEqual(['crisisId']);
    await t.as(anna).error(UPDATE, 'NOT_FOUND', { input: { id: unknown('Experience'), title: 'Gibt es nicht' } });
    await t.as(anna).error(PUBLISH, 'NOT_FOUND', { id: unknown('Experience') });
    expect((await t.as(null).data(ONE, { id })).experience.title).toBe('Hochwasser: Spontanhelfende koordinieren');
  });

  it('links a lesson to a crisis and a session on update, and takes the links off with null', async () => {
    const id = await createPublished(anna);
    const crisis = await t.fx.crisis('Flut Verknüpfung');
    const session = await t.fx.seminarSession('Nachbesprechung Flut');
    const linked = await t.as(anna).data(UPDATE, { input: { id, crisisId: crisis.gid, seminarSessionId: session.gid } });
    expect(linked.updateExperience.experience.crisis?.name).toBe('Flut Verknüpfung');
    expect(linked.updateExperience.experience.seminarSession?.title).toBe('Nachbesprechung Flut');
    // Leaving them out keeps them; null takes them off.
    const kept = await t.as(anna).data(UPDATE, { input: { id, title: 'Hochwasser: Spontanhelfende lenken' } });
    expect(kept.updateExperience.experience.crisis?.name).toBe('Flut Verknüpfung');
    const cleared = await t.as(anna).data(UPDATE, { input: { id, crisisId: null, seminarSessionId: null } });
    expect(cleared.updateExperience.experience.crisis).toBeNull();
    expect(cleared.updateExperience.experience.seminarSession).toBeNull();
    expect(errorFields(await t.as(anna).error(UPDATE, 'BAD_USER_INPUT', { input: { id, crisisId: '' } }))).toEqual(['crisisId']);
  });

  it('lets only the author update, and replaces recommendations', async () => {
    const id = await createPublished(anna);
    await t.as(ben).error(UPDATE, 'FORBIDDEN', { input: { id, title: 'Fremde Änderung' } });
    const updated = await t.as(anna).data(UPDATE, {
      input: {
        id,
        summary: 'Neue Zusammenfassung mit ß und Umlauten: Überschwemmung',
        recommendations: [{ text: 'Landesweite Helferplattform', addressee: 'LAND', status: 'IN_PROGRESS' }],
      },
    });
    const e = updated.updateExperience.experience;
    expect(e.title).toBe('Hochwasser: Spontanhelfende koordinieren');
    expect(e.summary).toBe('Neue Zusammenfassung mit ß und Umlauten: Überschwemmung');
    expect(e.recommendations).toEqual([{ text: 'Landesweite Helferplattform', addressee: 'LAND', status: 'IN_PROGRESS' }]);
  });

  it('refuses bad input naming the fields, and loses nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM experience');
    const cases: [Partial<ExperienceInput>, string, string][] = [
      [{ summary: 'x'.repeat(301) }, 'summary', 'BAD_USER_INPUT'],
      [{ hazards: [] }, 'hazards', 'BAD_USER_INPUT'],
      [{ title: '   ' }, 'title', 'BAD_USER_INPUT'],
      [{ municipalityId: 'not-an-id' }, 'municipalityId', 'BAD_USER_INPUT'],
      [{ municipalityId: anna.userId }, 'municipalityId', 'BAD_USER_INPUT'],
      [{ situation: 'x'.repeat(20001) }, 'situation', 'BAD_USER_INPUT'],
      [{ recommendations: [{ text: '', addressee: 'KREIS' }] }, 'recommendations.0.text', 'BAD_USER_INPUT'],
    ];
    for (const [over, field, code] of cases) {
      expect(errorFields(await t.as(anna).error(CREATE, code, { input: input(over) }))).toContain(field);
    }
    await t.as(anna).error(CREATE, 'NOT_FOUND', { input: input({ municipalityId: globalId('Municipality', UNKNOWN_UUID) }) });
    await t.as(null).error(CREATE, 'UNAUTHENTICATED', { input: input() });
    expectErrorCode((await t.as(anna).raw(CREATE, { input: { ...input(), phase: 'SOMETIMES' } })).body, 'BAD_USER_INPUT');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM experience')).toEqual(before);
  });

  it('filters by municipality including its Kreis, by hazard and by Bundesland', async () => {
    const inKreis = await createPublished(anna, { title: 'Pandemie: Einkaufshilfe organisieren', hazards: ['PANDEMIC'] });
    const inBw = await createPublished(ben, {
      title: 'Stromausfall: Leuchttürme',
      hazards: ['POWER_OUTAGE'],
      municipalityId: elsewhere.gid,
    });
    const filtered = (filter: Variables<typeof IDS>['filter']) => ids({ first: 100, filter });
    expect(await filtered({ municipalityId: kreis.gid })).toContain(inKreis);
    expect(await filtered({ municipalityId: kreis.gid })).not.toContain(inBw);
    expect(await filtered({ hazard: 'POWER_OUTAGE' })).toEqual([inBw]);
    expect(await filtered({ state: 'BW' })).toEqual([inBw]);
    expect(await filtered({ state: 'RP' })).not.toContain(inBw);
    const badFilter = await t.as(null).error(IDS, 'BAD_USER_INPUT', { filter: { municipalityId: 'zzz' } });
    expect(errorFields(badFilter)).toEqual(['filter.municipalityId']);
  });

  it('filters by the volunteer group a lesson was written for', async () => {
    const group = await t.fx.volunteerGroup('Tafel Ahrweiler');
    const other = await t.fx.volunteerGroup('Nachbarschaftshilfe Plochingen');
    const dora = await t.signUp('Dora');
    await t.fx.verify(dora.userId, { municipalityId: gemeinde.id });
    await t.fx.verify(dora.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const forGroup = await createPublished(dora, { title: 'Tafel: Ausgabe nach dem Hochwasser', volunteerGroupId: group.gid });
    const forTown = await createPublished(dora, { title: 'Ohne Gruppe geschrieben' });
    const filtered = (filter: Variables<typeof IDS>['filter']) => ids({ first: 100, filter });
    expect(await filtered({ volunteerGroupId: group.gid })).toEqual([forGroup]);
    expect(await filtered({ volunteerGroupId: other.gid })).toEqual([]);
    expect(await filtered({})).toContain(forTown);
    const badFilter = await t.as(null).error(IDS, 'BAD_USER_INPUT', { filter: { volunteerGroupId: gemeinde.gid } });
    expect(errorFields(badFilter)).toEqual(['filter.volunteerGroupId']);
  });

  it('orders by most helpful and pages through without gaps or repeats', async () => {
    const liked = await createPublished(ben, { title: 'Sehr hilfreicher Bericht über Notunterkünfte' });
    await t.as(anna).data(REACT, { id: liked, kind: 'HELPFUL' });
    const top = await t.as(null).data(MOST_HELPFUL);
    expect(top.experiences.nodes[0]).toEqual({ id: liked, helpfulCount: 1 });

    for (let i = 0; i < 12; i++) await createPublished(anna, { title: `Bericht Nummer ${i}` });
    const total = (await ids({ first: 100 })).length;
    const page = (variables: Variables<typeof IDS>) => t.as(null).data(IDS, variables);
    for (const orderBy of ['NEWEST', 'MOST_HELPFUL'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { experiences } = await page({ first: 5, after, orderBy });
        seen.push(...experiences.nodes.map((n) => n.id));
        if (!experiences.pageInfo.hasNextPage) break;
        after = experiences.pageInfo.endCursor;
      }
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
    }
    for (const first of [0, 101, -1]) {
      expect(errorFields(await t.as(null).error(IDS, 'BAD_USER_INPUT', { first }))).toEqual(['first']);
    }
    const forged = forgedCursor(['yesterday', 'x']);
    expect(errorFields(await t.as(null).error(IDS, 'BAD_USER_INPUT', { after: forged }))).toEqual(['after']);
  });

  it('serves a feed page with authors, places, groups, crises, counts and reactions in a constant, small number of statements', async () => {
    const group = await t.fx.volunteerGroup('Helfernetz');
    const crisis = await t.fx.crisis('Flut Juli 2021');
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
    for (const user of [null, ben]) {
      const small = await t.as(user).request(FEED, { first: 20 });
      const large = await t.as(user).request(FEED, { first: 100 });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.errors).toBeUndefined();
      expect(small.body.data!.experiences.edges).toHaveLength(20);
      expect(large.body.data!.experiences.edges).toHaveLength(100);
      expect(large.body.data!.experiences.edges[0].node.author?.displayName).toBeTruthy();
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);
    }
  });

  it('shows every field of an experience in a list as the experience itself shows it', async () => {
    const group = await t.fx.volunteerGroup('Helferkreis Liste');
    await t.fx.verify(anna.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const crisis = await t.fx.crisis('Starkregen Liste');
    const id = await createPublished(anna, {
      volunteerGroupId: group.gid,
      crisisId: crisis.gid,
      rootCause: 'Keine Pläne',
      transferability: 'Gut übertragbar',
    });
    await t.as(ben).data(REACT, { id, kind: 'THANKS' });
    for (const user of [anna, ben, null]) {
      const one = await t.as(user).data(ONE_IN_FULL, { id });
      const list = await t.as(user).data(LIST_IN_FULL);
      expect(list.experiences.nodes.find((n) => n.id === id)).toEqual(one.experience);
    }
  });
});
