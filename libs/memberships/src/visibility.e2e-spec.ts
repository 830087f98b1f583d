import { createTestApp, errorFields, Factories, graphql, SignedUpUser, TestApp } from '@krisenfest/testing';

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

const EXPERIENCE = graphql(`
  query VisibilityExperience($id: ID!) {
    experience(id: $id) {
      id
    }
  }
`);

const FEED = graphql(`
  query VisibilityFeed {
    experiences(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const NODE = graphql(`
  query VisibilityNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const THREADS = graphql(`
  query VisibilityThreads {
    threads(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const THREAD = graphql(`
  query VisibilityThread($id: ID!) {
    thread(id: $id) {
      id
      comments {
        nodes {
          id
        }
      }
    }
  }
`);

const SEARCH = graphql(`
  query VisibilitySearch($q: String!) {
    search(query: $q) {
      nodes {
        node {
          ... on Experience {
            id
          }
          ... on Thread {
            id
          }
        }
      }
    }
  }
`);

const REPLY = graphql(`
  mutation VisibilityReply($t: ID!) {
    addComment(input: { threadId: $t, body: "Antwort" }) {
      comment {
        id
      }
    }
  }
`);

const THANK = graphql(`
  mutation VisibilityThank($c: ID!) {
    addReaction(input: { targetId: $c, kind: THANKS }) {
      active
    }
  }
`);

const CREATE_THREAD = graphql(`
  mutation VisibilityCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

describe('visibility tiers', () => {
  let t: TestApp;
  let town: { id: string; gid: string };
  const users = {} as Record<Viewer, SignedUpUser | null>;
  /** Per item: the experience (if any), its thread and one comment in it; all titled with a unique word. */
  const items = {} as Record<Item, { experienceId?: string; threadId: string; commentId: string; word: string }>;

  beforeAll(async () => {
    t = await createTestApp();
    town = await t.fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    const elsewhere = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    const group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    const author = await t.signUp('Autorin');
    await t.fx.verify(author.userId, { municipalityId: town.id });
    await t.fx.verify(author.userId, { volunteerGroupId: group.id });
    users.anonymous = null;
    users.volunteer = await t.signUp('Volker');
    users.staffElsewhere = await t.signUp('Petra');
    await t.fx.verify(users.staffElsewhere.userId, { municipalityId: elsewhere.id });
    users.groupMember = await t.signUp('Gregor');
    await t.fx.verify(users.groupMember.userId, { volunteerGroupId: group.id });
    users.staffOfTown = await t.signUp('Stefanie');
    await t.fx.verify(users.staffOfTown.userId, { municipalityId: town.id });

    const experience = async (word: string, over: Parameters<Factories['experience']>[1]) => {
      const { id, threadId } = await t.make.experience(author, {
        title: `Bericht ${word}`,
        summary: `Zusammenfassung ${word}.`,
        situation: 's',
        actions: 'a',
        outcome: 'o',
        hazards: ['FLOOD'],
        phase: 'RESPONSE',
        municipalityId: town.gid,
        ...over,
      });
      return { experienceId: id, threadId, word };
    };
    const thread = async (word: string, over: Parameters<Factories['thread']>[1]) => {
      const { id } = await t.make.thread(author, { title: `Thema ${word}`, body: `Eröffnung ${word}`, ...over });
      return { threadId: id, word };
    };
    const made: Record<Item, { experienceId?: string; threadId: string; word: string }> = {
      public: await experience('Sandsackfüllung', { visibility: 'PUBLIC' }),
      verified: await experience('Pegelmeldung', { visibility: 'VERIFIED' }),
      townMembers: await experience('Dienstplanung', { visibility: 'MEMBERS' }),
      groupMembers: await experience('Helferschichten', { visibility: 'MEMBERS', volunteerGroupId: group.gid }),
      threadVerified: await thread('Sirenentest', { visibility: 'VERIFIED' }),
      threadTownMembers: await thread('Krisenstabsraum', { visibility: 'MEMBERS', ownerMunicipalityId: town.gid }),
    };
    for (const item of ITEMS) {
      const comment = await t.make.comment(author, made[item].threadId, { body: 'Kommentar' });
      items[item] = { ...made[item], commentId: comment.id };
    }
  });
  afterAll(() => t.close());

  const cases = (Object.keys(SEES) as Viewer[]).flatMap((viewer) =>
    ITEMS.map((item) => [viewer, item, SEES[viewer].includes(item)] as const),
  );

  it.each(cases)('%s → %s: visible %s in every read path', async (viewer, item, visible) => {
    const user = users[viewer];
    const as = t.as(user);
    const { experienceId, threadId, commentId, word } = items[item];
    if (experienceId) {
      if (visible) expect((await as.data(EXPERIENCE, { id: experienceId })).experience).toEqual({ id: experienceId });
      else await as.error(EXPERIENCE, 'NOT_FOUND', { id: experienceId });
      expect((await as.data(FEED)).experiences.nodes.map((n) => n.id).includes(experienceId)).toBe(visible);
      expect((await as.data(NODE, { id: experienceId })).node).toEqual(visible ? { id: experienceId } : null);
    } else {
      expect((await as.data(THREADS)).threads.nodes.map((n) => n.id).includes(threadId)).toBe(visible);
    }
    if (visible) {
      const { thread } = await as.data(THREAD, { id: threadId });
      expect(thread.id).toBe(threadId);
      expect(thread.comments.nodes.map((n) => n.id)).toContain(commentId);
    } else {
      await as.error(THREAD, 'NOT_FOUND', { id: threadId });
    }
    expect((await as.data(NODE, { id: commentId })).node).toEqual(visible ? { id: commentId } : null);
    const found = (await as.data(SEARCH, { q: word })).search.nodes.map((hit) => hit.node.id);
    if (visible) expect(found).toContain(experienceId ?? threadId);
    else expect(found).toEqual([]);
    if (user) {
      if (visible) await as.data(REPLY, { t: threadId });
      else await as.error(REPLY, 'NOT_FOUND', { t: threadId });
      if (visible) await as.data(THANK, { c: commentId });
      else await as.error(THANK, 'NOT_FOUND', { c: commentId });
    }
  });

  it('refuses a MEMBERS thread without an owner, and for an owner one is not a member of', async () => {
    const volunteer = t.as(users.volunteer);
    const ownerless = await volunteer.error(CREATE_THREAD, 'BAD_USER_INPUT', {
      input: { title: 'Intern', body: 'x', visibility: 'MEMBERS' },
    });
    expect(errorFields(ownerless)).toEqual(['ownerMunicipalityId']);
    await volunteer.error(CREATE_THREAD, 'FORBIDDEN', {
      input: { title: 'Intern', body: 'x', visibility: 'MEMBERS', ownerMunicipalityId: town.gid },
    });
  });
});
