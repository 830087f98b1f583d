import { createTestApp, Fixtures, SignedUpUser, TestApp } from '@krisenfest/testing';

/**
 * Visibility tiers in every read path: one experience per tier (and a group-owned one), their threads and
 * comments, and general threads; each viewer must see exactly what the rule allows, everywhere.
 * A hidden thing is NOT_FOUND (or absent), never FORBIDDEN.
 */
type Viewer = 'anonymous' | 'volunteer' | 'staffElsewhere' | 'groupMember' | 'staffOfTown';
type Item = 'public' | 'verified' | 'townMembers' | 'groupMembers' | 'threadVerified' | 'threadTownMembers';

const SEES: Record<Viewer, Item[]> = {
  anonymous: ['public'],
  volunteer: ['public'],
  staffElsewhere: ['public', 'verified', 'threadVerified'],
  groupMember: ['public', 'verified', 'groupMembers', 'threadVerified'],
  staffOfTown: ['public', 'verified', 'townMembers', 'threadVerified', 'threadTownMembers'],
};
const ITEMS: Item[] = ['public', 'verified', 'townMembers', 'groupMembers', 'threadVerified', 'threadTownMembers'];

describe('visibility tiers', () => {
  let t: TestApp;
  const users = {} as Record<Viewer, SignedUpUser | null>;
  /** Per item: the experience (if any), its thread and one comment in it; all titled with a unique word. */
  const items = {} as Record<Item, { experienceId?: string; threadId: string; commentId: string; word: string }>;

  async function gql(query: string, variables: Record<string, unknown>, user: SignedUpUser | null) {
    const res = await t.gql<any>(query, variables, user ? { token: user.token } : {});
    expect(res.status).toBeLessThan(500);
    return res.body;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const fx = new Fixtures(t.dataSource);
    const town = await fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    const elsewhere = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    const group = await fx.volunteerGroup('Helfernetz Ahrtal');
    const author = await t.signUp('Autorin');
    await fx.verify(author.userId, { municipalityId: town.id });
    await fx.verify(author.userId, { volunteerGroupId: group.id });
    users.anonymous = null;
    users.volunteer = await t.signUp('Volker');
    users.staffElsewhere = await t.signUp('Petra');
    await fx.verify(users.staffElsewhere.userId, { municipalityId: elsewhere.id });
    users.groupMember = await t.signUp('Gregor');
    await fx.verify(users.groupMember.userId, { volunteerGroupId: group.id });
    users.staffOfTown = await t.signUp('Stefanie');
    await fx.verify(users.staffOfTown.userId, { municipalityId: town.id });

    const experience = async (word: string, visibility: string, extra: Record<string, unknown> = {}) => {
      const created = await gql(
        `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id thread { id } } } }`,
        {
          input: {
            title: `Bericht ${word}`,
            summary: `Zusammenfassung ${word}.`,
            situation: 's',
            actions: 'a',
            outcome: 'o',
            hazards: ['FLOOD'],
            phase: 'RESPONSE',
            municipalityId: town.gid,
            visibility,
            ...extra,
          },
        },
        author,
      );
      const { id, thread } = created.data.createExperience.experience;
      await gql(`mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id } } }`, { id }, author);
      return { experienceId: id, threadId: thread.id };
    };
    const thread = async (word: string, visibility: string, extra: Record<string, unknown> = {}) => {
      const created = await gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
        { input: { title: `Thema ${word}`, body: `Eröffnung ${word}`, visibility, ...extra } },
        author,
      );
      return { threadId: created.data.createThread.thread.id };
    };
    const made: Record<Item, { experienceId?: string; threadId: string }> = {
      public: await experience('Sandsackfüllung', 'PUBLIC'),
      verified: await experience('Pegelmeldung', 'VERIFIED'),
      townMembers: await experience('Dienstplanung', 'MEMBERS'),
      groupMembers: await experience('Helferschichten', 'MEMBERS', { volunteerGroupId: group.gid }),
      threadVerified: await thread('Sirenentest', 'VERIFIED'),
      threadTownMembers: await thread('Krisenstabsraum', 'MEMBERS', { ownerMunicipalityId: town.gid }),
    };
    for (const item of ITEMS) {
      const word = {
        public: 'Sandsackfüllung',
        verified: 'Pegelmeldung',
        townMembers: 'Dienstplanung',
        groupMembers: 'Helferschichten',
        threadVerified: 'Sirenentest',
        threadTownMembers: 'Krisenstabsraum',
      }[item];
      const comment = await gql(
        `mutation($t: ID!) { addComment(input: { threadId: $t, body: "Kommentar" }) { comment { id } } }`,
        { t: made[item].threadId },
        author,
      );
      items[item] = { ...made[item], commentId: comment.data.addComment.comment.id, word };
    }
  });
  afterAll(() => t.close());

  const cases = (Object.keys(SEES) as Viewer[]).flatMap((viewer) =>
    ITEMS.map((item) => [viewer, item, SEES[viewer].includes(item)] as const),
  );

  it.each(cases)('%s → %s: visible %s in every read path', async (viewer, item, visible) => {
    const user = users[viewer];
    const { experienceId, threadId, commentId, word } = items[item];
    if (experienceId) {
      const one = await gql(`query($id: ID!) { experience(id: $id) { id } }`, { id: experienceId }, user);
      expect(one.errors?.[0]?.extensions?.code ?? 'ok').toBe(visible ? 'ok' : 'NOT_FOUND');
      const list = await gql(`{ experiences(first: 100) { nodes { id } } }`, {}, user);
      expect(list.data.experiences.nodes.map((n: any) => n.id).includes(experienceId)).toBe(visible);
      const node = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: experienceId }, user);
      expect(node.data.node !== null).toBe(visible);
    } else {
      const list = await gql(`{ threads(first: 100) { nodes { id } } }`, {}, user);
      expect(list.data.threads.nodes.map((n: any) => n.id).includes(threadId)).toBe(visible);
    }
    const thread = await gql(`query($id: ID!) { thread(id: $id) { id comments { nodes { id } } } }`, { id: threadId }, user);
    expect(thread.errors?.[0]?.extensions?.code ?? 'ok').toBe(visible ? 'ok' : 'NOT_FOUND');
    const comment = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id: commentId }, user);
    expect(comment.data.node !== null).toBe(visible);
    const found = await gql(
      `query($q: String!) { search(query: $q) { nodes { node { ... on Experience { id } ... on Thread { id } } } } }`,
      { q: word },
      user,
    );
    expect(found.data.search.nodes.length > 0).toBe(visible);
    if (user) {
      const reply = await gql(
        `mutation($t: ID!) { addComment(input: { threadId: $t, body: "Antwort" }) { comment { id } } }`,
        { t: threadId },
        user,
      );
      expect(reply.errors?.[0]?.extensions?.code ?? 'ok').toBe(visible ? 'ok' : 'NOT_FOUND');
      const react = await gql(
        `mutation($c: ID!) { addReaction(input: { targetId: $c, kind: THANKS }) { active } }`,
        { c: commentId },
        user,
      );
      expect(react.errors?.[0]?.extensions?.code ?? 'ok').toBe(visible ? 'ok' : 'NOT_FOUND');
    }
  });

  it('refuses a MEMBERS thread without an owner, and for an owner one is not a member of', async () => {
    const body = await gql(
      `mutation { createThread(input: { title: "Intern", body: "x", visibility: MEMBERS }) { thread { id } } }`,
      {},
      users.volunteer,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ownerMunicipalityId' }] });
    const town = await t.dataSource.query(`SELECT id FROM municipality WHERE name = 'Altenahr'`);
    const gid = Buffer.from(`Municipality:${town[0].id}`).toString('base64url');
    const refused = await gql(
      `mutation($m: ID!) { createThread(input: { title: "Intern", body: "x", visibility: MEMBERS, ownerMunicipalityId: $m }) { thread { id } } }`,
      { m: gid },
      users.volunteer,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
