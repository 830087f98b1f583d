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
} from '@krisenfest/testing';

const CREATE_THREAD = graphql(`
  mutation ModerationCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

const ADD = graphql(`
  mutation ModerationAddComment($t: ID!, $body: String!) {
    addComment(input: { threadId: $t, body: $body }) {
      comment {
        id
      }
    }
  }
`);

const FLAG = graphql(`
  mutation ModerationFlag($id: ID!, $reason: FlagReason! = OFFENSIVE, $note: String) {
    flagContent(input: { targetId: $id, reason: $reason, note: $note }) {
      targetHidden
      flag {
        id
        reason
        note
      }
      target {
        __typename
      }
    }
  }
`);

const HIDE = graphql(`
  mutation ModerationHide($id: ID!, $reason: String!) {
    hideContent(input: { targetId: $id, reason: $reason }) {
      target {
        __typename
      }
      action {
        action
        reason
        actor {
          displayName
        }
      }
    }
  }
`);

const RESTORE = graphql(`
  mutation ModerationRestore($id: ID!, $reason: String!) {
    restoreContent(input: { targetId: $id, reason: $reason }) {
      action {
        action
      }
    }
  }
`);

const DISMISS = graphql(`
  mutation ModerationDismiss($id: ID!, $reason: String!) {
    dismissFlags(input: { targetId: $id, reason: $reason }) {
      action {
        action
      }
    }
  }
`);

const COMMENT = graphql(`
  query ModerationComment($id: ID!) {
    node(id: $id) {
      __typename
      ... on Comment {
        body
        bodyHtml
        moderation {
          hidden
          reason
          automatic
        }
        moderationHistory {
          action
          reason
        }
      }
    }
  }
`);

const THREAD = graphql(`
  query ModerationThread($id: ID!) {
    thread(id: $id) {
      title
      body
      bodyHtml
      locked
      lockReason
      kind
      seminarSession {
        id
      }
      moderation {
        hidden
        reason
      }
      moderationHistory {
        action
        reason
      }
    }
  }
`);

const QUEUE = graphql(`
  query ModerationQueue {
    moderationQueue(first: 50) {
      nodes {
        flagCount
        firstFlaggedAt
        reasons {
          reason
          count
        }
        flags {
          reason
          note
          reporter {
            displayName
          }
        }
        target {
          __typename
          ... on Comment {
            id
            body
          }
          ... on Thread {
            id
            title
          }
          ... on Experience {
            id
            title
          }
        }
      }
    }
  }
`);

const QUEUE_IN_CONTEXT = graphql(`
  query ModerationQueueInContext {
    moderationQueue(first: 50) {
      nodes {
        target {
          ... on Comment {
            id
            body
            thread {
              title
              visibility
            }
          }
        }
      }
    }
  }
`);

const QUEUE_PAGE = graphql(`
  query ModerationQueuePage($after: String) {
    moderationQueue(first: 1, after: $after) {
      nodes {
        target {
          ... on Comment {
            id
          }
          ... on Thread {
            id
          }
          ... on Experience {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const QUEUE_AFTER = graphql(`
  query ModerationQueueAfter($a: String) {
    moderationQueue(after: $a) {
      nodes {
        flagCount
      }
    }
  }
`);

const LOG = graphql(`
  query ModerationLog($s: ID) {
    moderationLog(first: 50, subjectId: $s) {
      nodes {
        action
        reason
        subjectId
        until
        flagCount
        actor {
          displayName
        }
      }
    }
  }
`);

const LOG_SUBJECTS = graphql(`
  query ModerationLogSubjects($first: Int!) {
    moderationLog(first: $first) {
      nodes {
        action
        actor {
          displayName
        }
        subject {
          __typename
          ... on Comment {
            id
            body
            author {
              displayName
            }
            thread {
              id
              title
              experience {
                id
                title
              }
            }
          }
          ... on Thread {
            id
            title
            experience {
              id
            }
          }
          ... on Experience {
            id
            title
          }
          ... on User {
            id
            displayName
          }
        }
      }
    }
  }
`);

const LOG_PAGE = graphql(`
  query ModerationLogPage($after: String) {
    moderationLog(first: 2, after: $after) {
      nodes {
        subjectId
        action
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const LOG_AFTER = graphql(`
  query ModerationLogAfter($a: String) {
    moderationLog(after: $a) {
      nodes {
        action
      }
    }
  }
`);

const BAN = graphql(`
  mutation ModerationBan($input: BanUserInput!) {
    banUser(input: $input) {
      user {
        id
        bannedUntil
        banReason
      }
      action {
        action
        until
      }
    }
  }
`);

const UNBAN = graphql(`
  mutation ModerationUnban($u: ID!) {
    unbanUser(input: { userId: $u, reason: "Einsicht gezeigt" }) {
      user {
        bannedUntil
      }
    }
  }
`);

const ERASE = graphql(`
  mutation ModerationErase($u: ID!) {
    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail vom 30.11.2026" }) {
      user {
        displayName
      }
      action {
        action
      }
    }
  }
`);

const LOCK = graphql(`
  mutation ModerationLock($t: ID!) {
    lockThread(input: { threadId: $t, reason: "Diskussion entgleist" }) {
      thread {
        locked
        lockReason
      }
    }
  }
`);

const UNLOCK = graphql(`
  mutation ModerationUnlock($t: ID!) {
    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {
      thread {
        locked
      }
    }
  }
`);

const MOVE = graphql(`
  mutation ModerationMove($input: MoveThreadInput!) {
    moveThread(input: $input) {
      thread {
        kind
        seminarSession {
          id
        }
      }
      action {
        action
      }
    }
  }
`);

const THREADS = graphql(`
  query ModerationThreads {
    threads(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const FEED = graphql(`
  query ModerationFeed {
    experiences(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const SEARCH = graphql(`
  query ModerationSearch($q: String!) {
    search(query: $q) {
      nodes {
        node {
          ... on Thread {
            id
          }
          ... on Experience {
            id
          }
        }
      }
    }
  }
`);

const HIDDEN_EXPERIENCE = graphql(`
  query ModerationHiddenExperience($id: ID!) {
    experience(id: $id) {
      title
      summary
      recommendations {
        text
      }
      moderation {
        reason
      }
    }
  }
`);

const EXPERIENCE_TITLE = graphql(`
  query ModerationExperienceTitle($id: ID!) {
    experience(id: $id) {
      title
    }
  }
`);

const DISCUSSION_TITLE = graphql(`
  query ModerationDiscussionTitle($id: ID!) {
    experience(id: $id) {
      thread {
        title
        moderation {
          reason
        }
      }
    }
  }
`);

const FOLLOW_UPS = graphql(`
  query ModerationFollowUps($id: ID!) {
    seminarSession(id: $id) {
      followUpThreads(first: 10) {
        nodes {
          id
        }
      }
    }
  }
`);

const VIEWER_BAN = graphql(`
  query ModerationViewerBan {
    viewer {
      bannedUntil
      banReason
    }
  }
`);

const USER_BAN = graphql(`
  query ModerationUserBan($id: ID!) {
    node(id: $id) {
      __typename
      ... on User {
        bannedUntil
      }
    }
  }
`);

const DELETE_COMMENT = graphql(`
  mutation ModerationDeleteComment($c: ID!) {
    deleteComment(input: { commentId: $c }) {
      comment {
        deleted
      }
    }
  }
`);

const VIEWER_ID = graphql(`
  query ModerationViewerId {
    viewer {
      id
    }
  }
`);

const LOGIN = graphql(`
  mutation ModerationLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const ERASED_COMMENT = graphql(`
  query ModerationErasedComment($id: ID!) {
    node(id: $id) {
      __typename
      ... on Comment {
        body
        deleted
        author {
          displayName
        }
      }
    }
  }
`);

const THREAD_AUTHOR = graphql(`
  query ModerationThreadAuthor($id: ID!) {
    thread(id: $id) {
      author {
        displayName
      }
    }
  }
`);

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

describe('moderation', () => {
  let t: TestApp;
  let author: SignedUpUser;
  let readers: SignedUpUser[];
  let moderator: SignedUpUser;
  let admin: SignedUpUser;
  let staff: SignedUpUser;
  let town: { id: string; gid: string };
  let n = 0;

  /** A comment by `owner` in a thread of its own (opened by the moderator). */
  async function comment(
    owner: SignedUpUser,
    body = 'Ein Kommentar mit Telefonnummer 0171 1234567',
  ): Promise<{ id: string; threadId: string }> {
    const threadId = (await t.make.thread(moderator)).id;
    const { id } = await t.make.comment(owner, threadId, { body });
    return { id, threadId };
  }
  /** A published experience of the town, by its staff. */
  async function experience(): Promise<{ id: string; threadId: string }> {
    return t.make.experience(staff, {
      title: `Sandsäcke ${++n} Hochwasserbericht`,
      summary: 'Wie wir Sandsäcke verteilt haben.',
      situation: 'Pegel stieg.',
      actions: 'Sandsäcke gefüllt.',
      outcome: 'Keller blieben trocken.',
      hazards: ['FLOOD'],
      phase: 'RESPONSE',
      municipalityId: town.gid,
    });
  }
  /** A comment as `user` sees it. */
  async function commentSeenBy(user: SignedUpUser | null, id: string) {
    const { node } = await t.as(user).data(COMMENT, { id });
    if (node?.__typename !== 'Comment') throw new Error(`expected a comment, got ${JSON.stringify(node)}`);
    return node;
  }

  beforeAll(async () => {
    t = await createTestApp();
    town = await t.fx.municipality('Erftstadt', { kind: 'STADT', state: 'NW' });
    author = await t.signUp('Autor');
    readers = [await t.signUp('Leserin 1'), await t.signUp('Leser 2'), await t.signUp('Leserin 3'), await t.signUp('Leser 4')];
    moderator = await t.signUp('Moderatorin');
    admin = await t.signUp('Admin');
    staff = await t.signUp('Stadtverwaltung');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    await t.fx.grantPlatformRole(admin.userId, 'ADMIN');
    await t.fx.verify(staff.userId, { municipalityId: town.id });
  });
  afterAll(() => t.close());

  describe('flags', () => {
    it('records a flag with its reason and shows it to moderators in the queue, grouped per post', async () => {
      const { id } = await comment(author);
      const first = await t.as(readers[0]).data(FLAG, { id, reason: 'PERSONAL_DATA' });
      expect(first.flagContent).toMatchObject({
        targetHidden: false,
        flag: { reason: 'PERSONAL_DATA', note: null },
        target: { __typename: 'Comment' },
      });
      await t.as(readers[1]).data(FLAG, { id, reason: 'OTHER', note: 'Enthält eine private Handynummer' });

      const queue = await t.as(moderator).data(QUEUE);
      const item = queue.moderationQueue.nodes.find((i) => i.target.id === id);
      expect(item).toMatchObject({ flagCount: 2, target: { __typename: 'Comment', body: 'Ein Kommentar mit Telefonnummer 0171 1234567' } });
      expect(item!.flags.map((f) => [f.reason, f.note, f.reporter?.displayName])).toEqual([
        ['PERSONAL_DATA', null, 'Leserin 1'],
        ['OTHER', 'Enthält eine private Handynummer', 'Leser 2'],
      ]);
      expect(item!.reasons).toEqual(
        expect.arrayContaining([
          { reason: 'PERSONAL_DATA', count: 1 },
          { reason: 'OTHER', count: 1 },
        ]),
      );
    });

    it("refuses flagging one's own post, flagging twice, OTHER without a note, and posts one cannot see", async () => {
      const { id } = await comment(author);
      await t.as(author).error(FLAG, 'FORBIDDEN', { id });
      await t.as(readers[0]).data(FLAG, { id });
      await t.as(readers[0]).error(FLAG, 'CONFLICT', { id, reason: 'SPAM' });
      expect(errorFields(await t.as(readers[1]).error(FLAG, 'BAD_USER_INPUT', { id, reason: 'OTHER' }))).toEqual(['note']);
      await t.as(readers[1]).error(FLAG, 'NOT_FOUND', { id: globalId('Comment', UNKNOWN_UUID) });
      expect(errorFields(await t.as(readers[1]).error(FLAG, 'BAD_USER_INPUT', { id: town.gid }))).toEqual(['targetId']);
      expectErrorCode((await t.as(readers[1]).raw(FLAG, { id, reason: 'RUDE' })).body, 'BAD_USER_INPUT');
      await t.as(null).error(FLAG, 'UNAUTHENTICATED', { id });
      // A MEMBERS thread of the town is invisible to others: flagging it is NOT_FOUND, not FORBIDDEN.
      const closed = (await t.make.thread(staff, { visibility: 'MEMBERS', ownerMunicipalityId: town.gid })).id;
      await t.as(readers[2]).error(FLAG, 'NOT_FOUND', { id: closed });
      const [{ flags }] = await t.dataSource.query('SELECT count(*)::int AS flags FROM flag WHERE target_id = $1', [uuidOf(id)]);
      expect(flags).toBe(1);
    });

    it('lets moderators review a flagged post of a MEMBERS thread in its context, which others cannot see', async () => {
      const colleague = await t.signUp('Kollegin im Rathaus');
      await t.fx.verify(colleague.userId, { municipalityId: town.id });
      const internal = (
        await t.make.thread(staff, {
          title: 'Interne Abstimmung Krisenstab',
          visibility: 'MEMBERS',
          ownerMunicipalityId: town.gid,
        })
      ).id;
      const commentId = (await t.make.comment(staff, internal, { body: 'Unsachlicher Kommentar im internen Bereich' })).id;
      await t.as(colleague).data(FLAG, { id: commentId, reason: 'OFFENSIVE' });

      const queue = await t.as(moderator).data(QUEUE_IN_CONTEXT);
      expect(queue.moderationQueue.nodes.map((i) => i.target)).toContainEqual({
        id: commentId,
        body: 'Unsachlicher Kommentar im internen Bereich',
        thread: { title: 'Interne Abstimmung Krisenstab', visibility: 'MEMBERS' },
      });
      expect((await t.as(moderator).data(THREAD, { id: internal })).thread.title).toBe('Interne Abstimmung Krisenstab');
      await t.as(readers[0]).error(THREAD, 'NOT_FOUND', { id: internal });
      await t.as(readers[0]).error(FLAG, 'NOT_FOUND', { id: commentId });
    });

    it('hides a post automatically when three different users flag it, until a moderator decides', async () => {
      const { id } = await comment(author);
      expect((await t.as(readers[0]).data(FLAG, { id })).flagContent.targetHidden).toBe(false);
      expect((await t.as(readers[1]).data(FLAG, { id })).flagContent.targetHidden).toBe(false);
      expect((await t.as(readers[2]).data(FLAG, { id })).flagContent.targetHidden).toBe(true);

      const seenByOthers = await commentSeenBy(readers[3], id);
      expect(seenByOthers).toMatchObject({ body: null, bodyHtml: null, moderation: { hidden: true, automatic: true } });
      expect(seenByOthers.moderation!.reason).toMatch(/3 users/);
      expect((await commentSeenBy(null, id)).body).toBeNull();
      expect((await commentSeenBy(author, id)).body).toContain('Telefonnummer');
      expect((await commentSeenBy(moderator, id)).body).toContain('Telefonnummer');
      expect(seenByOthers.moderationHistory).toEqual([{ action: 'AUTO_HIDE', reason: seenByOthers.moderation!.reason }]);

      const log = (await t.as(moderator).data(LOG, { s: id })).moderationLog.nodes;
      expect(log).toEqual([expect.objectContaining({ action: 'AUTO_HIDE', actor: null, flagCount: 3, subjectId: id })]);
    });

    it('hides exactly once when the flags arrive at the same time', async () => {
      const { id } = await comment(author);
      const results = await Promise.all(readers.map((r) => t.as(r).data(FLAG, { id })));
      expect(results).toHaveLength(readers.length);
      const [{ autoHides }] = await t.dataSource.query(
        `SELECT count(*)::int AS "autoHides" FROM moderation_action WHERE subject_id = $1 AND action = 'AUTO_HIDE'`,
        [uuidOf(id)],
      );
      expect(autoHides).toBe(1);
    });

    it('keeps a post that moderators found fine: dismissing shows an auto-hidden post again and empties the queue', async () => {
      const { id } = await comment(author);
      for (const r of readers.slice(0, 3)) await t.as(r).data(FLAG, { id });
      await t.as(moderator).data(DISMISS, { id, reason: 'Keine Verletzung der Regeln' });
      expect(await commentSeenBy(readers[3], id)).toMatchObject({
        body: expect.stringContaining('Telefonnummer'),
        moderation: null,
      });
      const queue = await t.as(moderator).data(QUEUE);
      expect(queue.moderationQueue.nodes.map((i) => i.target.id)).not.toContain(id);
      await t.as(moderator).error(DISMISS, 'CONFLICT', { id, reason: 'Nochmal' });
    });
  });

  describe('hiding and restoring', () => {
    it('replaces a hidden comment by a public notice for others and shows it to its author and moderators', async () => {
      const { id } = await comment(author);
      await t.as(readers[0]).data(FLAG, { id, reason: 'OFFENSIVE' });
      const hidden = await t.as(moderator).data(HIDE, { id, reason: 'Beleidigend gegenüber dem Ehrenamt' });
      expect(hidden.hideContent.action).toEqual({
        action: 'HIDE',
        reason: 'Beleidigend gegenüber dem Ehrenamt',
        actor: { displayName: 'Moderatorin' },
      });
      expect(await commentSeenBy(readers[1], id)).toMatchObject({
        body: null,
        bodyHtml: null,
        moderation: { hidden: true, reason: 'Beleidigend gegenüber dem Ehrenamt', automatic: false },
      });
      expect((await commentSeenBy(author, id)).body).toContain('Telefonnummer');
      // The decision closed the flag: the post left the queue.
      expect((await t.as(moderator).data(QUEUE)).moderationQueue.nodes.map((i) => i.target.id)).not.toContain(id);
      await t.as(moderator).error(HIDE, 'CONFLICT', { id, reason: 'Nochmal' });

      await t.as(moderator).data(RESTORE, { id, reason: 'Nach Rücksprache vertretbar' });
      const restored = await commentSeenBy(readers[1], id);
      expect(restored).toMatchObject({ body: expect.stringContaining('Telefonnummer'), moderation: null });
      expect(restored.moderationHistory).toEqual([
        { action: 'HIDE', reason: 'Beleidigend gegenüber dem Ehrenamt' },
        { action: 'RESTORE', reason: 'Nach Rücksprache vertretbar' },
      ]);
      await t.as(moderator).error(RESTORE, 'CONFLICT', { id, reason: 'Nochmal' });
    });

    it('leaves hidden threads and experiences out of lists and search for others, with a notice on the item itself', async () => {
      const threadId = (await t.make.thread(author, { title: 'Deichbruch Gerüchte Sammelthema', body: 'Eröffnung: Was ist dran?' })).id;
      const experienceId = (await experience()).id;
      await t.as(moderator).data(HIDE, { id: threadId, reason: 'Falschinformationen' });
      await t.as(moderator).data(HIDE, { id: experienceId, reason: 'Personenbezogene Daten' });

      const listed = async (user: SignedUpUser | null) => (await t.as(user).data(THREADS)).threads.nodes.map((x) => x.id);
      expect(await listed(readers[0])).not.toContain(threadId);
      expect(await listed(null)).not.toContain(threadId);
      expect(await listed(author)).toContain(threadId);
      expect(await listed(moderator)).toContain(threadId);
      const feed = async (user: SignedUpUser | null) => (await t.as(user).data(FEED)).experiences.nodes.map((x) => x.id);
      expect(await feed(readers[0])).not.toContain(experienceId);
      expect(await feed(staff)).toContain(experienceId);
      const search = async (q: string, user: SignedUpUser | null) =>
        (await t.as(user).data(SEARCH, { q })).search.nodes.map((h) => h.node.id);
      expect(await search('Deichbruch Gerüchte', readers[0])).not.toContain(threadId);
      expect(await search('Deichbruch Gerüchte', moderator)).toContain(threadId);
      expect(await search('Sandsäcke Hochwasserbericht', null)).not.toContain(experienceId);
      expect(await search('Sandsäcke Hochwasserbericht', moderator)).toContain(experienceId);

      const direct = (await t.as(readers[0]).data(THREAD, { id: threadId })).thread;
      expect(direct).toMatchObject({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        moderation: { hidden: true, reason: 'Falschinformationen' },
      });
      expect(direct.body).not.toContain('Eröffnung');
      const exp = (await t.as(null).data(HIDDEN_EXPERIENCE, { id: experienceId })).experience;
      expect(exp).toEqual({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        summary: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        recommendations: [],
        moderation: { reason: 'Personenbezogene Daten' },
      });
      expect((await t.as(staff).data(EXPERIENCE_TITLE, { id: experienceId })).experience.title).toMatch(/^Sandsäcke/);
      // Its discussion carries its title: hidden and shown with it.
      const discussionTitle = async (user: SignedUpUser | null) =>
        (await t.as(user).data(DISCUSSION_TITLE, { id: experienceId })).experience.thread;
      expect(await discussionTitle(readers[0])).toEqual({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        moderation: { reason: 'Personenbezogene Daten' },
      });
      await t.as(moderator).data(RESTORE, { id: experienceId, reason: 'Daten entfernt' });
      expect(await discussionTitle(readers[0])).toEqual({ title: expect.stringMatching(/^Sandsäcke/), moderation: null });
      expect(await feed(readers[0])).toContain(experienceId);
    });

    it('is for moderators and admins only, and names what is wrong', async () => {
      const { id } = await comment(author);
      await t.as(readers[0]).error(HIDE, 'FORBIDDEN', { id, reason: 'Weil ich es sage' });
      await t.as(staff).error(HIDE, 'FORBIDDEN', { id, reason: 'Weil ich es sage' });
      await t.as(null).error(HIDE, 'UNAUTHENTICATED', { id, reason: 'Weil ich es sage' });
      expect(errorFields(await t.as(admin).error(HIDE, 'BAD_USER_INPUT', { id, reason: '' }))).toEqual(['reason']);
      await t.as(admin).error(HIDE, 'NOT_FOUND', { id: globalId('Thread', UNKNOWN_UUID), reason: 'Spam' });
      await t.as(readers[0]).error(QUEUE, 'FORBIDDEN');
      await t.as(staff).error(LOG, 'FORBIDDEN');
      await t.as(admin).data(HIDE, { id, reason: 'Werbung' });
    });
  });

  describe('the queue and the log', () => {
    it('pages through the queue, the longest-waiting post first, and through the log, newest first', async () => {
      const posts = [await comment(author), await comment(author), await comment(author)];
      for (const { id } of posts) await t.as(readers[3]).data(FLAG, { id, reason: 'SPAM' });
      const page = (after: string | null) => t.as(moderator).data(QUEUE_PAGE, { after });
      const seen: string[] = [];
      let after: string | null = null;
      let done = false;
      for (let pages = 0; pages < 50 && !done; pages++) {
        const { moderationQueue } = await page(after);
        seen.push(...moderationQueue.nodes.map((i) => i.target.id));
        done = !moderationQueue.pageInfo.hasNextPage;
        after = moderationQueue.pageInfo.endCursor ?? null;
      }
      expect(done).toBe(true);
      // Waiting longest first: ours were flagged last, in this order, and each post appears once.
      expect(seen.slice(-3)).toEqual(posts.map((p) => p.id));
      expect(new Set(seen).size).toBe(seen.length);

      for (const { id } of posts) await t.as(moderator).data(DISMISS, { id, reason: 'Kein Spam' });
      const first = (await t.as(admin).data(LOG_PAGE)).moderationLog;
      const second = (await t.as(admin).data(LOG_PAGE, { after: first.pageInfo.endCursor })).moderationLog;
      expect([...first.nodes, ...second.nodes].slice(0, 3)).toEqual(
        [...posts].reverse().map((p) => ({ subjectId: p.id, action: 'DISMISS_FLAGS' })),
      );
    });

    it('names what each entry acted on, hidden posts in full, in the same number of statements for 1 or 5 entries of each kind', async () => {
      const rounds: { comment: string; thread: string; experience: string; user: string }[] = [];
      for (let i = 0; i < 5; i++) {
        const post = await comment(author, `Kommentar ${i} mit Telefonnummer 0171 1234567`);
        const thread = (await t.make.thread(author, { title: `Sammelthema ${i} Pegelstände`, body: 'Was wissen wir?' })).id;
        const lesson = (await experience()).id;
        const banned = await t.signUp(`Gesperrt ${i}`);
        await t.as(moderator).data(HIDE, { id: post.id, reason: 'Telefonnummer' });
        await t.as(moderator).data(HIDE, { id: thread, reason: 'Gerüchte' });
        await t.as(moderator).data(HIDE, { id: lesson, reason: 'Personenbezogene Daten' });
        await t.as(admin).data(BAN, { input: { userId: banned.userId, until: inAWeek(), reason: 'Beleidigungen' } });
        rounds.push({ comment: post.id, thread, experience: lesson, user: banned.userId });
      }
      const one = await t.as(moderator).request(LOG_SUBJECTS, { first: 4 });
      const five = await t.as(moderator).request(LOG_SUBJECTS, { first: 20 });
      expect(one.body.errors).toBeUndefined();
      expect(five.body.errors).toBeUndefined();
      const last = rounds[4];
      expect(one.body.data!.moderationLog.nodes).toEqual([
        { action: 'BAN', actor: { displayName: 'Admin' }, subject: { __typename: 'User', id: last.user, displayName: 'Gesperrt 4' } },
        {
          action: 'HIDE',
          actor: { displayName: 'Moderatorin' },
          subject: { __typename: 'Experience', id: last.experience, title: expect.stringMatching(/^Sandsäcke \d+ Hochwasserbericht$/) },
        },
        {
          action: 'HIDE',
          actor: { displayName: 'Moderatorin' },
          subject: { __typename: 'Thread', id: last.thread, title: 'Sammelthema 4 Pegelstände', experience: null },
        },
        {
          action: 'HIDE',
          actor: { displayName: 'Moderatorin' },
          subject: {
            __typename: 'Comment',
            id: last.comment,
            body: 'Kommentar 4 mit Telefonnummer 0171 1234567',
            author: { displayName: 'Autor' },
            thread: { id: expect.any(String), title: expect.any(String), experience: null },
          },
        },
      ]);
      const subjects = five.body.data!.moderationLog.nodes.map((n) => n.subject && 'id' in n.subject && n.subject.id);
      expect(subjects).toEqual(rounds.flatMap((r) => [r.comment, r.thread, r.experience, r.user]).reverse());
      expect(sqlStatements(five.body)).toBe(sqlStatements(one.body));
      expect(sqlStatements(five.body)).toBeLessThanOrEqual(9);
    });

    it('refuses a forged cursor and a subject that is not a post or user', async () => {
      expect(errorFields(await t.as(moderator).error(QUEUE_AFTER, 'BAD_USER_INPUT', { a: forgedCursor(['gestern', 'x']) }))).toEqual([
        'after',
      ]);
      expect(errorFields(await t.as(moderator).error(LOG_AFTER, 'BAD_USER_INPUT', { a: forgedCursor([1]) }))).toEqual(['after']);
      expect(errorFields(await t.as(moderator).error(LOG, 'BAD_USER_INPUT', { s: town.gid }))).toEqual(['subjectId']);
      expect(errorFields(await t.as(moderator).error(LOG, 'BAD_USER_INPUT', { s: 'kein-id' }))).toEqual(['subjectId']);
    });
  });

  describe('unknown and wrong targets', () => {
    it('answers NOT_FOUND for posts, threads and users that do not exist, and BAD_USER_INPUT naming the field for ids of another kind', async () => {
      const noThread = globalId('Thread', UNKNOWN_UUID);
      const noUser = globalId('User', UNKNOWN_UUID);
      const as = t.as(moderator);
      await as.error(RESTORE, 'NOT_FOUND', { id: globalId('Experience', UNKNOWN_UUID), reason: 'Prüfung' });
      await as.error(DISMISS, 'NOT_FOUND', { id: globalId('Comment', UNKNOWN_UUID), reason: 'Prüfung' });
      await as.error(LOCK, 'NOT_FOUND', { t: noThread });
      await as.error(UNLOCK, 'NOT_FOUND', { t: noThread });
      await as.error(MOVE, 'NOT_FOUND', { input: { threadId: noThread, reason: 'Verschieben' } });
      await as.error(UNBAN, 'NOT_FOUND', { u: noUser });
      await as.error(ERASE, 'NOT_FOUND', { u: noUser });

      expect(errorFields(await as.error(HIDE, 'BAD_USER_INPUT', { id: town.gid, reason: 'Prüfung' }))).toEqual(['targetId']);
      expect(errorFields(await as.error(LOCK, 'BAD_USER_INPUT', { t: town.gid }))).toEqual(['threadId']);
      expect(errorFields(await as.error(ERASE, 'BAD_USER_INPUT', { u: town.gid }))).toEqual(['userId']);
      const threadId = (await t.make.thread(author)).id;
      expect(
        errorFields(await as.error(MOVE, 'BAD_USER_INPUT', { input: { threadId, seminarSessionId: town.gid, reason: 'Verschieben' } })),
      ).toEqual(['seminarSessionId']);
      await as.error(UNLOCK, 'CONFLICT', { t: threadId });
      await as.error(MOVE, 'CONFLICT', { input: { threadId, reason: 'Schon allgemein' } });
      const [{ actions }] = await t.dataSource.query('SELECT count(*)::int AS actions FROM moderation_action WHERE subject_id = $1', [
        uuidOf(threadId),
      ]);
      expect(actions).toBe(0);
    });
  });

  describe('threads', () => {
    it('locks a thread against new comments (moderators may still answer) and opens it again', async () => {
      const threadId = (await t.make.thread(author)).id;
      expect((await t.as(moderator).data(LOCK, { t: threadId })).lockThread.thread).toEqual({
        locked: true,
        lockReason: 'Diskussion entgleist',
      });
      const refused = await t.as(readers[0]).error(ADD, 'FORBIDDEN', { t: threadId, body: 'Noch etwas' });
      expect(refused.message).toMatch(/locked.*Diskussion entgleist/);
      await t.as(moderator).data(ADD, { t: threadId, body: 'Hinweis der Moderation' });
      expect((await t.as(null).data(THREAD, { id: threadId })).thread.moderationHistory).toEqual([
        { action: 'LOCK', reason: 'Diskussion entgleist' },
      ]);
      await t.as(moderator).error(LOCK, 'CONFLICT', { t: threadId });
      expect((await t.as(moderator).data(UNLOCK, { t: threadId })).unlockThread.thread.locked).toBe(false);
      await t.as(readers[0]).data(ADD, { t: threadId, body: 'Jetzt wieder' });
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM comment WHERE thread_id = $1', [uuidOf(threadId)]);
      expect(count).toBe(2);
    });

    it("moves a thread into a seminar session's follow-ups and back, but not an experience's discussion", async () => {
      const session = await t.fx.seminarSession('Krisenresilienz von Kommune und Ehrenamt');
      const threadId = (await t.make.thread(author)).id;
      const moved = await t.as(moderator).data(MOVE, { input: { threadId, seminarSessionId: session.gid, reason: 'Gehört zum Seminar' } });
      expect(moved.moveThread.thread).toEqual({ kind: 'SEMINAR_SESSION', seminarSession: { id: session.gid } });
      const followUps = await t.as(null).data(FOLLOW_UPS, { id: session.gid });
      expect(followUps.seminarSession.followUpThreads.nodes.map((x) => x.id)).toContain(threadId);
      await t.as(moderator).error(MOVE, 'CONFLICT', { input: { threadId, seminarSessionId: session.gid, reason: 'Nochmal' } });
      expect((await t.as(moderator).data(MOVE, { input: { threadId, reason: 'Doch allgemein' } })).moveThread.thread).toEqual({
        kind: 'GENERAL',
        seminarSession: null,
      });
      await t.as(moderator).error(MOVE, 'NOT_FOUND', {
        input: { threadId, seminarSessionId: globalId('SeminarSession', UNKNOWN_UUID), reason: 'Irgendwohin' },
      });
      const experienceThread = (await experience()).threadId;
      expect(
        errorFields(await t.as(moderator).error(MOVE, 'BAD_USER_INPUT', { input: { threadId: experienceThread, reason: 'Verschieben' } })),
      ).toEqual(['threadId']);
    });
  });

  describe('bans', () => {
    const ban = (userId: string, until: string, reason = 'Test der Regeln') => ({ input: { userId, until, reason } });

    it('lets a banned user read but not write until the ban ends, and tells them until when', async () => {
      const banned = await t.signUp('Störer');
      const { id: ownComment } = await comment(banned, 'Mein alter Kommentar');
      const until = inAWeek();
      const res = await t.as(moderator).data(BAN, ban(banned.userId, until, 'Wiederholte Beleidigungen'));
      expect(new Date(res.banUser.user.bannedUntil!).getTime()).toBe(new Date(until).getTime());

      const refused = await t.as(banned).error(CREATE_THREAD, 'FORBIDDEN', { input: { title: 'Neues Thema', body: 'Text' } });
      expect(refused.message).toMatch(/suspended until \d{4}-\d\d-\d\dT.*Wiederholte Beleidigungen/);
      await t.as(banned).error(FLAG, 'FORBIDDEN', { id: ownComment });
      await t.as(banned).data(THREADS);
      const { viewer } = await t.as(banned).data(VIEWER_BAN);
      expect(viewer!.banReason).toBe('Wiederholte Beleidigungen');
      // Others do not see a ban; the moderation does.
      expect((await t.as(readers[0]).data(USER_BAN, { id: banned.userId })).node).toEqual({ __typename: 'User', bannedUntil: null });
      expect((await t.as(moderator).data(USER_BAN, { id: banned.userId })).node).toEqual({
        __typename: 'User',
        bannedUntil: expect.any(String),
      });
      // Deleting one's own comment stays possible.
      expect((await t.as(banned).data(DELETE_COMMENT, { c: ownComment })).deleteComment.comment.deleted).toBe(true);

      expect((await t.as(moderator).data(UNBAN, { u: banned.userId })).unbanUser.user.bannedUntil).toBeNull();
      await t.as(banned).data(CREATE_THREAD, { input: { title: 'Wieder dabei', body: 'Text' } });
      await t.as(moderator).error(UNBAN, 'CONFLICT', { u: banned.userId });
      const log = (await t.as(admin).data(LOG, { s: banned.userId })).moderationLog.nodes;
      expect(log.map((e) => [e.action, e.reason])).toEqual([
        ['UNBAN', 'Einsicht gezeigt'],
        ['BAN', 'Wiederholte Beleidigungen'],
      ]);
      expect(new Date(log[1].until!).getTime()).toBe(new Date(until).getTime());
    });

    it('ends by itself at its end date', async () => {
      const banned = await t.signUp('Kurz gesperrt');
      await t.as(moderator).data(BAN, ban(banned.userId, inAWeek(), 'Abkühlen'));
      await t.dataSource.query(`UPDATE user_account SET banned_until = now() - interval '1 second' WHERE id = $1`, [uuidOf(banned.userId)]);
      await t.as(banned).data(CREATE_THREAD, { input: { title: 'Nach der Sperre', body: 'Text' } });
    });

    it('refuses bad end dates, banning oneself, and moderators banning moderators or admins', async () => {
      const someone = await t.signUp('Jemand');
      expect(errorFields(await t.as(moderator).error(BAN, 'BAD_USER_INPUT', ban(someone.userId, '2020-01-01T00:00:00+01:00')))).toEqual([
        'until',
      ]);
      expect(errorFields(await t.as(moderator).error(BAN, 'BAD_USER_INPUT', ban(someone.userId, '2999-01-01T00:00:00+01:00')))).toEqual([
        'until',
      ]);
      await t.as(moderator).error(BAN, 'BAD_USER_INPUT', ban(someone.userId, 'morgen'));
      await t.as(moderator).error(BAN, 'FORBIDDEN', ban(moderator.userId, inAWeek()));
      await t.as(moderator).error(BAN, 'FORBIDDEN', ban(admin.userId, inAWeek()));
      await t.as(moderator).error(BAN, 'NOT_FOUND', ban(globalId('User', UNKNOWN_UUID), inAWeek()));
      await t.as(staff).error(BAN, 'FORBIDDEN', ban(someone.userId, inAWeek()));
      const [{ banned }] = await t.dataSource.query('SELECT banned_until IS NOT NULL AS banned FROM user_account WHERE id = $1', [
        uuidOf(someone.userId),
      ]);
      expect(banned).toBe(false);
      const otherModerator = await t.signUp('Zweite Moderatorin');
      await t.fx.grantPlatformRole(otherModerator.userId, 'MODERATOR');
      await t.as(admin).data(BAN, ban(otherModerator.userId, inAWeek()));
    });
  });

  describe('erasing personal data', () => {
    it('removes name, e-mail, sign-ins and comments of a person, keeps their published knowledge anonymous, and cannot sign in again', async () => {
      const person = await t.signUp('Erika Mustermann');
      await t.fx.verify(person.userId, { municipalityId: town.id });
      const { id: theirComment, threadId } = await comment(person, 'Ich wohne in der Hauptstraße 5');
      const theirThread = (await t.make.thread(person)).id;
      const draft = await t.make.experience(person, {
        draft: true,
        title: 'Mein Entwurf mit Namen',
        summary: 'Ein Entwurf mit persönlichen Angaben.',
        hazards: ['HEAT'],
        phase: 'RESPONSE',
        municipalityId: town.gid,
      });
      const [{ before }] = await t.dataSource.query('SELECT comment_count AS before FROM thread WHERE id = $1', [uuidOf(threadId)]);
      expect(before).toBe(1);

      const res = await t.as(moderator).data(ERASE, { u: person.userId });
      expect(res.erasePersonalData).toEqual({ user: { displayName: 'Gelöschtes Konto' }, action: { action: 'ERASE_PERSONAL_DATA' } });
      await t.as(person).error(VIEWER_ID, 'UNAUTHENTICATED');
      await t.as(null).error(LOGIN, 'UNAUTHENTICATED', { input: { email: person.email, password: person.password } });
      const c = (await t.as(moderator).data(ERASED_COMMENT, { id: theirComment })).node;
      expect(c).toEqual({ __typename: 'Comment', body: null, deleted: true, author: null });
      const [{ body }] = await t.dataSource.query('SELECT body FROM comment WHERE id = $1', [uuidOf(theirComment)]);
      expect(body).toBe('');
      const kept = (await t.as(null).data(THREAD_AUTHOR, { id: theirThread })).thread;
      expect(kept.author).toEqual({ displayName: 'Gelöschtes Konto' });
      const [account] = await t.dataSource.query('SELECT email, display_name, erased_at FROM user_account WHERE id = $1', [
        uuidOf(person.userId),
      ]);
      expect(account.email).not.toContain('example.org');
      expect(account.erased_at).not.toBeNull();
      const [{ commentCount }] = await t.dataSource.query('SELECT comment_count AS "commentCount" FROM thread WHERE id = $1', [
        uuidOf(threadId),
      ]);
      expect(commentCount).toBe(0);
      // The draft and its unpublished thread are gone.
      const [{ drafts }] = await t.dataSource.query('SELECT count(*)::int AS drafts FROM experience WHERE id = $1', [uuidOf(draft.id)]);
      expect(drafts).toBe(0);
      const [{ threads }] = await t.dataSource.query('SELECT count(*)::int AS threads FROM thread WHERE id = $1', [uuidOf(draft.threadId)]);
      expect(threads).toBe(0);
      // Memberships end like any revocation, recorded with who and why; the position they gave is gone.
      const memberships = await t.dataSource.query(
        `
        SELECT m.status, m.position, e.action, e.actor_id, e.reason FROM membership m JOIN membership_event e ON e.membership_id = m.id
        WHERE m.user_id = $1 AND e.action = 'REVOKED'`,
        [uuidOf(person.userId)],
      );
      expect(memberships).toEqual([
        {
          status: 'REVOKED',
          position: null,
          action: 'REVOKED',
          actor_id: uuidOf(moderator.userId),
          reason: 'Personal data erased on request.',
        },
      ]);
      await t.as(moderator).error(ERASE, 'CONFLICT', { u: person.userId });
      await t.as(moderator).error(ERASE, 'FORBIDDEN', { u: admin.userId });
      await t.as(readers[1]).error(ERASE, 'FORBIDDEN', { u: readers[0].userId });
    });
  });
});

describe('moderation with automatic hiding turned off', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('leaves a post visible however many users flag it (MODERATION_AUTO_HIDE_FLAGS=0)', async () => {
    t = await createTestApp({ env: { MODERATION_AUTO_HIDE_FLAGS: '0' } });
    const author = await t.signUp('Autorin');
    const threadId = (await t.make.thread(author, { title: 'Notstrom', body: 'Wer hat Aggregate?' })).id;
    for (let i = 0; i < 4; i++) {
      const reader = await t.signUp(`Leser ${i}`);
      expect((await t.as(reader).data(FLAG, { id: threadId, reason: 'SPAM' })).flagContent.targetHidden).toBe(false);
    }
    expect((await t.as(null).data(THREAD, { id: threadId })).thread).toMatchObject({ title: 'Notstrom', moderation: null });
  });
});

describe('automatic hiding and new accounts', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('does not let flags of accounts in their first 24 hours hide a post; established accounts do', async () => {
    t = await createTestApp({ env: { NEW_ACCOUNT_HOURS: '24' } });
    const author = await t.signUp('Autorin');
    await t.fx.verify(author.userId, { municipalityId: (await t.fx.municipality('Sinzig', { kind: 'STADT', state: 'RP' })).id });
    const threadId = (await t.make.thread(author, { title: 'Pegelstände', body: 'Aktuelle Werte' })).id;
    const fresh = [await t.signUp('Neu 1'), await t.signUp('Neu 2'), await t.signUp('Neu 3')];
    for (const user of fresh) {
      expect((await t.as(user).data(FLAG, { id: threadId, reason: 'SPAM' })).flagContent.targetHidden).toBe(false);
    }
    // The flags still reach the moderation.
    const [{ open }] = await t.dataSource.query('SELECT count(*)::int AS open FROM flag WHERE resolved_at IS NULL');
    expect(open).toBe(3);

    const established = [await t.signUp('Alt 1'), await t.signUp('Alt 2'), await t.signUp('Alt 3')];
    await t.dataSource.query(`UPDATE user_account SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
      established.map((u) => uuidOf(u.userId)),
    ]);
    const hidden: boolean[] = [];
    for (const user of established) {
      hidden.push((await t.as(user).data(FLAG, { id: threadId, reason: 'SPAM' })).flagContent.targetHidden);
    }
    expect(hidden).toEqual([false, false, true]);
  });
});
