import { createTestApp, expectErrorCode, globalId, graphql, SignedUpUser, TestApp, UNKNOWN_UUID } from '@krisenfest/testing';

const NODE = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Municipality {
        name
      }
      ... on VolunteerGroup {
        name
      }
      ... on Crisis {
        name
      }
      ... on SeminarSeries {
        title
      }
      ... on SeminarSession {
        title
      }
      ... on User {
        displayName
        email
      }
      ... on Thread {
        title
      }
      ... on Comment {
        body
      }
      ... on Experience {
        title
        status
      }
    }
  }
`);

const EVERY_TYPE = graphql(`
  query NodeEveryType(
    $municipality: ID!
    $volunteerGroup: ID!
    $crisis: ID!
    $seminarSeries: ID!
    $seminarSession: ID!
    $user: ID!
    $thread: ID!
    $comment: ID!
    $experience: ID!
    $missing: ID!
  ) {
    municipality: node(id: $municipality) {
      __typename
      id
    }
    volunteerGroup: node(id: $volunteerGroup) {
      __typename
      id
    }
    crisis: node(id: $crisis) {
      __typename
      id
    }
    seminarSeries: node(id: $seminarSeries) {
      __typename
      id
    }
    seminarSession: node(id: $seminarSession) {
      __typename
      id
    }
    user: node(id: $user) {
      __typename
      id
    }
    thread: node(id: $thread) {
      __typename
      id
    }
    comment: node(id: $comment) {
      __typename
      id
    }
    experience: node(id: $experience) {
      __typename
      id
    }
    missing: node(id: $missing) {
      __typename
      id
    }
  }
`);

const USER_EMAIL = graphql(`
  query NodeUserEmail($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        id
        displayName
        email
      }
    }
  }
`);

const VIEWER_EMAIL = graphql(`
  query NodeViewerEmail {
    viewer {
      id
      email
    }
  }
`);

const THREAD_AUTHORS = graphql(`
  query NodeThreadAuthors($t: ID!) {
    node(id: $t) {
      __typename
      ... on Thread {
        author {
          id
          email
        }
        comments {
          nodes {
            author {
              id
              email
            }
          }
        }
      }
    }
  }
`);

const TYPES = ['Municipality', 'VolunteerGroup', 'Crisis', 'SeminarSeries', 'SeminarSession', 'User', 'Thread', 'Comment', 'Experience'];

describe('node(id:)', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  /** One global id per node type, and what node(id:) should show for it. */
  const examples: Record<string, { id: string; fields: Record<string, unknown> }> = {};
  let draft: { id: string; threadId: string };

  /** node(id:) as `user`, without errors; its result. */
  async function node(id: string, user: SignedUpUser | null = null) {
    return (await t.as(user).data(NODE, { id })).node;
  }

  /** A user through node(id:), as `viewer` sees them. */
  async function userSeenBy(viewer: SignedUpUser | null, id: string) {
    const { node } = await t.as(viewer).data(USER_EMAIL, { id });
    if (node?.__typename !== 'User') throw new Error(`expected a user, got ${JSON.stringify(node)}`);
    return node;
  }

  /** The thread of the examples through node(id:), with the authors of it and its comments, as `viewer` sees them. */
  async function threadSeenBy(viewer: SignedUpUser | null) {
    const { node } = await t.as(viewer).data(THREAD_AUTHORS, { t: examples.Thread.id });
    if (node?.__typename !== 'Thread') throw new Error(`expected a thread, got ${JSON.stringify(node)}`);
    return node;
  }

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna Aktiv');
    ben = await t.signUp('Ben Bürger');

    const municipality = await t.fx.municipality('Altenahr', { kind: 'GEMEINDE', state: 'RP' });
    await t.fx.verify(anna.userId, { municipalityId: municipality.id });
    const group = await t.fx.volunteerGroup('Helfer-Stab Ahrtal');
    const crisis = await t.fx.crisis('Hochwasser Juli 2021');
    const session = await t.fx.seminarSession('Spontanhelfende koordinieren');
    const [{ series_id: seriesId }] = await t.dataSource.query('SELECT series_id FROM seminar_session WHERE id = $1', [session.id]);

    const thread = (
      await t.make.thread(anna, { title: 'Nachfragen zum Seminar', body: 'Wie lief die Anmeldung?', seminarSessionId: session.gid })
    ).id;
    const comment = (await t.make.comment(ben, thread, { body: 'Über eine Plattform.' })).id;

    const experience = (title: string) => ({
      title,
      summary: 'Ein Shuttle brachte Freiwillige an die richtigen Orte.',
      hazards: ['FLOOD' as const],
      phase: 'RESPONSE' as const,
      municipalityId: municipality.gid,
      situation: 'Täglich kamen tausende Helfende.',
      actions: 'Shuttle mit festen Sammelpunkten.',
      outcome: 'Es funktionierte.',
    });
    const published = await t.make.experience(anna, experience('Helfer-Shuttle'));
    draft = await t.make.experience(anna, { ...experience('Entwurf: Sandsäcke'), draft: true });

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
      const found = await node(examples[type].id, anna);
      expect(found).toMatchObject({ __typename: type, id: examples[type].id });
    }
  });

  it('answers nodes of every type in one request', async () => {
    const data = await t.as(null).data(EVERY_TYPE, {
      municipality: examples.Municipality.id,
      volunteerGroup: examples.VolunteerGroup.id,
      crisis: examples.Crisis.id,
      seminarSeries: examples.SeminarSeries.id,
      seminarSession: examples.SeminarSession.id,
      user: examples.User.id,
      thread: examples.Thread.id,
      comment: examples.Comment.id,
      experience: examples.Experience.id,
      missing: globalId('Crisis', UNKNOWN_UUID),
    });
    expect(Object.values(data)).toEqual([...TYPES.map((type) => ({ __typename: type, id: examples[type].id })), null]);
  });

  describe('answers null, without an error, for', () => {
    it.each<[string, unknown]>([
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
      // An ID variable takes a number too (as its string); the document's types ask for a string.
      ['a number', 42],
      ['unicode', 'Überlingen-Öhringen-ß'],
    ])('%s', async (_what, id) => {
      const { status, body } = await t.as(null).raw(NODE, { id });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ node: null });
    });

    it.each(TYPES)('a well-formed %s id whose uuid does not exist', async (type) => {
      expect(await node(globalId(type, UNKNOWN_UUID))).toBeNull();
      expect(await node(globalId(type, UNKNOWN_UUID), anna)).toBeNull();
    });

    it('a 10 000-character id written into the document', async () => {
      // Raw text: the id is part of the document, not a variable.
      const { status, body } = await t.gql(`{ node(id: "${'A'.repeat(10_000)}") { id } }`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ node: null });
    });

    it('the id of a Municipality that was deleted', async () => {
      const { id: uuid, gid: id } = await t.fx.municipality('Wüstung', { kind: 'GEMEINDE', state: 'RP' });
      expect(await node(id)).toMatchObject({ __typename: 'Municipality', name: 'Wüstung' });
      await t.dataSource.query('DELETE FROM municipality WHERE id = $1', [uuid]);
      expect(await node(id)).toBeNull();
    });

    it("someone else's draft experience and its hidden thread, which its author does see", async () => {
      for (const user of [null, ben]) {
        expect(await node(draft.id, user)).toBeNull();
        expect(await node(draft.threadId, user)).toBeNull();
      }
      expect(await node(draft.id, anna)).toMatchObject({ __typename: 'Experience', title: 'Entwurf: Sandsäcke', status: 'DRAFT' });
      expect(await node(draft.threadId, anna)).toMatchObject({ __typename: 'Thread', id: draft.threadId });
    });
  });

  describe('User.email', () => {
    it('is null for other users and for anonymous callers', async () => {
      expect(await userSeenBy(null, anna.userId)).toEqual({ __typename: 'User', id: anna.userId, displayName: 'Anna Aktiv', email: null });
      expect(await userSeenBy(ben, anna.userId)).toEqual({ __typename: 'User', id: anna.userId, displayName: 'Anna Aktiv', email: null });
      expect((await userSeenBy(anna, ben.userId)).email).toBeNull();
    });

    it('is set for the viewer', async () => {
      expect(await userSeenBy(anna, anna.userId)).toEqual({
        __typename: 'User',
        id: anna.userId,
        displayName: 'Anna Aktiv',
        email: anna.email,
      });
      expect((await userSeenBy(ben, ben.userId)).email).toBe(ben.email);
      expect((await t.as(ben).data(VIEWER_EMAIL)).viewer).toEqual({ id: ben.userId, email: ben.email });
    });

    it('stays hidden where users appear as authors', async () => {
      const asBen = await threadSeenBy(ben);
      expect(asBen.author).toEqual({ id: anna.userId, email: null });
      expect(asBen.comments.nodes).toEqual([{ author: { id: ben.userId, email: ben.email } }]);
      const anonymous = await threadSeenBy(null);
      expect(anonymous.author).toEqual({ id: anna.userId, email: null });
      expect(anonymous.comments.nodes).toEqual([{ author: { id: ben.userId, email: null } }]);
      const asAnna = await threadSeenBy(anna);
      expect(asAnna.author).toEqual({ id: anna.userId, email: anna.email });
      expect(asAnna.comments.nodes).toEqual([{ author: { id: ben.userId, email: null } }]);
    });
  });

  it('refuses an invalid token as UNAUTHENTICATED, never with a 5xx', async () => {
    // A token no SignedUpUser has; the harness fails the test on any 5xx.
    const { body } = await t.gql(String(NODE), { id: examples.Municipality.id }, { token: 'garbage' });
    expectErrorCode(body, 'UNAUTHENTICATED');
  });
});
