import { createTestApp, Fixtures, globalId, GraphQLResponse, SignedUpUser, TestApp, UNKNOWN_UUID } from '@krisenfest/testing';

const NODE = `query($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Municipality { name }
    ... on VolunteerGroup { name }
    ... on Crisis { name }
    ... on SeminarSeries { title }
    ... on SeminarSession { title }
    ... on User { displayName email }
    ... on Thread { title }
    ... on Comment { body }
    ... on Experience { title status }
  }
}`;

const TYPES = ['Municipality', 'VolunteerGroup', 'Crisis', 'SeminarSeries', 'SeminarSession', 'User', 'Thread', 'Comment', 'Experience'];

describe('node(id:)', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  /** One global id per node type, and what node(id:) should show for it. */
  const examples: Record<string, { id: string; fields: Record<string, unknown> }> = {};
  let draft: { id: string; threadId: string };

  /** Every request of this file goes through here: the API must never answer with a 5xx. */
  async function gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<any>> {
    const response = await t.gql<any>(query, variables, { token });
    expect(response.status).toBeLessThan(500);
    return response;
  }

  /** node(id:) without errors; its result. */
  async function node(id: unknown, token?: string): Promise<any> {
    const { body } = await gql(NODE, { id }, token);
    expect(body.errors).toBeUndefined();
    return body.data.node;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const fx = new Fixtures(t.dataSource);
    anna = await t.signUp('Anna Aktiv');
    ben = await t.signUp('Ben Bürger');

    const municipality = await fx.municipality('Altenahr', { kind: 'GEMEINDE', state: 'RP' });
    await fx.verify(anna.userId, { municipalityId: municipality.id });
    const group = await fx.volunteerGroup('Helfer-Stab Ahrtal');
    const crisis = await fx.crisis('Hochwasser Juli 2021');
    const session = await fx.seminarSession('Spontanhelfende koordinieren');
    const [{ series_id: seriesId }] = await t.dataSource.query('SELECT series_id FROM seminar_session WHERE id = $1', [session.id]);

    const thread = (
      await gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
        {
          input: { title: 'Nachfragen zum Seminar', body: 'Wie lief die Anmeldung?', seminarSessionId: session.gid },
        },
        anna.token,
      )
    ).body.data.createThread.thread.id;
    const comment = (
      await gql(
        `mutation($t: ID!) { addComment(input: { threadId: $t, body: "Über eine Plattform." }) { comment { id } } }`,
        { t: thread },
        ben.token,
      )
    ).body.data.addComment.comment.id;

    const experienceInput = (title: string) => ({
      title,
      summary: 'Ein Shuttle brachte Freiwillige an die richtigen Orte.',
      hazards: ['FLOOD'],
      phase: 'RESPONSE',
      municipalityId: municipality.gid,
      situation: 'Täglich kamen tausende Helfende.',
      actions: 'Shuttle mit festen Sammelpunkten.',
      outcome: 'Es funktionierte.',
    });
    const CREATE = `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id thread { id } } } }`;
    const published = (await gql(CREATE, { input: experienceInput('Helfer-Shuttle') }, anna.token)).body.data.createExperience.experience;
    const publishing = await gql(
      `mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { status } } }`,
      { id: published.id },
      anna.token,
    );
    expect(publishing.body.data.publishExperience.experience.status).toBe('PUBLISHED');
    const drafted = (await gql(CREATE, { input: experienceInput('Entwurf: Sandsäcke') }, anna.token)).body.data.createExperience.experience;
    draft = { id: drafted.id, threadId: drafted.thread.id };

    examples.Municipality = { id: municipality.gid, fields: { name: 'Altenahr' } };
    examples.VolunteerGroup = { id: group.gid, fields: { name: 'Helfer-Stab Ahrtal' } };
    examples.Crisis = { id: crisis.gid, fields: { name: 'Hochwasser Juli 2021' } };
    examples.SeminarSeries = { id: globalId('SeminarSeries', seriesId), fields: { title: '#kommunalEngagiert' } };
    examples.SeminarSession = { id: session.gid, fields: { title: 'Spontanhelfende koordinieren' } };
    examples.User = { id: ben.userId, fields: { displayName: 'Ben Bürger', email: null } };
    examples.Thread = { id: thread, fields: { title: 'Nachfragen zum Seminar' } };
    examples.Comment = { id: comment, fields: { body: 'Über eine Plattform.' } };
    examples.Experience = { id: published.id, fields: { title: 'Helfer-Shuttle', status: 'PUBLISHED' } };
  });
  afterAll(() => t?.close());

  it.each(TYPES)('returns a %s with its __typename', async (type) => {
    const example = examples[type];
    expect(await node(example.id)).toEqual({ __typename: type, id: example.id, ...example.fields });
  });

  it('returns each type for a signed-in user as well', async () => {
    for (const type of TYPES) {
      const found = await node(examples[type].id, anna.token);
      expect(found).toMatchObject({ __typename: type, id: examples[type].id });
    }
  });

  it('answers nodes of every type in one request', async () => {
    const aliases = TYPES.map((type, i) => `n${i}: node(id: "${examples[type].id}") { __typename id }`).join(' ');
    const { body } = await gql(`{ ${aliases} missing: node(id: "${globalId('Crisis', UNKNOWN_UUID)}") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data).map((n: any) => n?.__typename ?? null)).toEqual([...TYPES, null]);
  });

  describe('answers null, without an error, for', () => {
    it.each([
      ['garbage', 'garbage'],
      ['an empty string', ''],
      ['a 10 000-character string', 'A'.repeat(10_000)],
      ['10 000 characters after a valid id', `${globalId('Municipality', UNKNOWN_UUID)}${'A'.repeat(10_000)}`],
      ['a bare uuid', UNKNOWN_UUID],
      ['an id of an unknown type', globalId('Katastrophe', UNKNOWN_UUID)],
      ['an id of a type that is no node', globalId('SeminarSpeaker', UNKNOWN_UUID)],
      ['an id of the Node interface itself', globalId('Node', UNKNOWN_UUID)],
      ['an id with a lower-case type', globalId('municipality', UNKNOWN_UUID)],
      ['an id whose uuid is not one', globalId('Municipality', 'not-a-uuid')],
      ['an id with SQL in it', globalId('Municipality', `${UNKNOWN_UUID}'; DROP TABLE municipality; --`)],
      ['a number', 42],
      ['unicode', 'Überlingen-Öhringen-ß'],
    ])('%s', async (_what, id) => {
      const { status, body } = await gql(NODE, { id });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ node: null });
    });

    it.each(TYPES)('a well-formed %s id whose uuid does not exist', async (type) => {
      expect(await node(globalId(type, UNKNOWN_UUID))).toBeNull();
      expect(await node(globalId(type, UNKNOWN_UUID), anna.token)).toBeNull();
    });

    it('a 10 000-character id written into the document', async () => {
      const { status, body } = await gql(`{ node(id: "${'A'.repeat(10_000)}") { id } }`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ node: null });
    });

    it('the id of a Municipality that was deleted', async () => {
      const [row] = await t.dataSource.query(
        `INSERT INTO municipality (name, kind, state) VALUES ('Wüstung', 'GEMEINDE', 'RP') RETURNING id`,
      );
      const id = globalId('Municipality', row.id);
      expect(await node(id)).toMatchObject({ __typename: 'Municipality', name: 'Wüstung' });
      await t.dataSource.query('DELETE FROM municipality WHERE id = $1', [row.id]);
      expect(await node(id)).toBeNull();
    });

    it("someone else's draft experience and its hidden thread, which its author does see", async () => {
      for (const token of [undefined, ben.token]) {
        expect(await node(draft.id, token)).toBeNull();
        expect(await node(draft.threadId, token)).toBeNull();
      }
      expect(await node(draft.id, anna.token)).toMatchObject({ __typename: 'Experience', title: 'Entwurf: Sandsäcke', status: 'DRAFT' });
      expect(await node(draft.threadId, anna.token)).toMatchObject({ __typename: 'Thread', id: draft.threadId });
    });
  });

  describe('User.email', () => {
    const EMAIL = `query($id: ID!) { node(id: $id) { ... on User { id displayName email } } }`;

    it('is null for other users and for anonymous callers', async () => {
      expect((await gql(EMAIL, { id: anna.userId })).body.data.node).toEqual({ id: anna.userId, displayName: 'Anna Aktiv', email: null });
      expect((await gql(EMAIL, { id: anna.userId }, ben.token)).body.data.node).toEqual({
        id: anna.userId,
        displayName: 'Anna Aktiv',
        email: null,
      });
      expect((await gql(EMAIL, { id: ben.userId }, anna.token)).body.data.node.email).toBeNull();
    });

    it('is set for the viewer', async () => {
      expect((await gql(EMAIL, { id: anna.userId }, anna.token)).body.data.node).toEqual({
        id: anna.userId,
        displayName: 'Anna Aktiv',
        email: anna.email,
      });
      expect((await gql(EMAIL, { id: ben.userId }, ben.token)).body.data.node.email).toBe(ben.email);
      const viewer = await gql(`{ viewer { id email } }`, {}, ben.token);
      expect(viewer.body.data.viewer).toEqual({ id: ben.userId, email: ben.email });
    });

    it('stays hidden where users appear as authors', async () => {
      const query = `query($t: ID!) { node(id: $t) { ... on Thread { author { id email } comments { nodes { author { id email } } } } } }`;
      const asBen = (await gql(query, { t: examples.Thread.id }, ben.token)).body.data.node;
      expect(asBen.author).toEqual({ id: anna.userId, email: null });
      expect(asBen.comments.nodes).toEqual([{ author: { id: ben.userId, email: ben.email } }]);
      const anonymous = (await gql(query, { t: examples.Thread.id })).body.data.node;
      expect(anonymous.author.email).toBeNull();
      expect(anonymous.comments.nodes[0].author.email).toBeNull();
      const asAnna = (await gql(query, { t: examples.Thread.id }, anna.token)).body.data.node;
      expect(asAnna.author).toEqual({ id: anna.userId, email: anna.email });
      expect(asAnna.comments.nodes[0].author.email).toBeNull();
    });
  });

  it('refuses an invalid token as UNAUTHENTICATED, never with a 5xx', async () => {
    const { status, body } = await t.gql<any>(NODE, { id: examples.Municipality.id }, { token: 'garbage' });
    expect(status).toBeLessThan(500);
    expect(body.errors?.map((e: any) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });
});
