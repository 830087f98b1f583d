import {
  createTestApp,
  errorFields,
  expectErrorCode,
  Fixtures,
  forgedCursor,
  globalId,
  SignedUpUser,
  TestApp,
  UNKNOWN_UUID,
  uuidOf,
} from '@krisenfest/testing';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
const ADD = `mutation($t: ID!, $body: String!) { addComment(input: { threadId: $t, body: $body }) { comment { id } } }`;
const FLAG = `mutation($input: FlagContentInput!) { flagContent(input: $input) { targetHidden flag { id reason note } target { __typename } } }`;
const HIDE = `mutation($id: ID!, $reason: String!) { hideContent(input: { targetId: $id, reason: $reason }) { target { __typename } action { action reason actor { displayName } } } }`;
const RESTORE = `mutation($id: ID!, $reason: String!) { restoreContent(input: { targetId: $id, reason: $reason }) { action { action } } }`;
const DISMISS = `mutation($id: ID!, $reason: String!) { dismissFlags(input: { targetId: $id, reason: $reason }) { action { action } } }`;
const COMMENT = `query($id: ID!) { node(id: $id) { ... on Comment { body bodyHtml moderation { hidden reason automatic } moderationHistory { action reason } } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { title body bodyHtml locked lockReason kind seminarSession { id } moderation { hidden reason } moderationHistory { action reason } } }`;
const QUEUE = `{ moderationQueue(first: 50) { nodes { flagCount firstFlaggedAt reasons { reason count } flags { reason note reporter { displayName } }
  target { __typename ... on Comment { id body } ... on Thread { id title } ... on Experience { id title } } } } }`;
const LOG = `query($s: ID) { moderationLog(first: 50, subjectId: $s) { nodes { action reason subjectId until flagCount actor { displayName } } } }`;
const BAN = `mutation($input: BanUserInput!) { banUser(input: $input) { user { id bannedUntil banReason } action { action until } } }`;
const UNBAN = `mutation($u: ID!) { unbanUser(input: { userId: $u, reason: "Einsicht gezeigt" }) { user { bannedUntil } } }`;
const ERASE = `mutation($u: ID!) { erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail vom 30.11.2026" }) { user { displayName } action { action } } }`;
const LOCK = `mutation($t: ID!) { lockThread(input: { threadId: $t, reason: "Diskussion entgleist" }) { thread { locked lockReason } } }`;
const UNLOCK = `mutation($t: ID!) { unlockThread(input: { threadId: $t, reason: "Wieder offen" }) { thread { locked } } }`;
const MOVE = `mutation($input: MoveThreadInput!) { moveThread(input: $input) { thread { kind seminarSession { id } } action { action } } }`;
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

describe('moderation', () => {
  let t: TestApp;
  let fx: Fixtures;
  let author: SignedUpUser;
  let readers: SignedUpUser[];
  let moderator: SignedUpUser;
  let admin: SignedUpUser;
  let staff: SignedUpUser;
  let town: { id: string; gid: string };
  let n = 0;

  const as = (user: SignedUpUser | null) => (user ? { token: user.token } : {});
  async function gql(query: string, variables: Record<string, unknown>, user: SignedUpUser | null) {
    return (await t.gql<any>(query, variables, as(user))).body;
  }
  async function thread(owner: SignedUpUser, extra: Record<string, unknown> = {}): Promise<string> {
    const body = await gql(CREATE_THREAD, { input: { title: `Thema ${++n}`, body: `Eröffnung ${n}`, ...extra } }, owner);
    return body.data.createThread.thread.id;
  }
  async function comment(
    owner: SignedUpUser,
    body = 'Ein Kommentar mit Telefonnummer 0171 1234567',
  ): Promise<{ id: string; threadId: string }> {
    const threadId = await thread(moderator);
    const res = await gql(ADD, { t: threadId, body }, owner);
    return { id: res.data.addComment.comment.id, threadId };
  }
  async function experience(): Promise<string> {
    const created = await gql(
      `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id } } }`,
      {
        input: {
          title: `Sandsäcke ${++n} Hochwasserbericht`,
          summary: 'Wie wir Sandsäcke verteilt haben.',
          situation: 'Pegel stieg.',
          actions: 'Sandsäcke gefüllt.',
          outcome: 'Keller blieben trocken.',
          hazards: ['FLOOD'],
          phase: 'RESPONSE',
          municipalityId: town.gid,
        },
      },
      staff,
    );
    const id = created.data.createExperience.experience.id;
    expect(
      (await gql(`mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id } } }`, { id }, staff)).errors,
    ).toBeUndefined();
    return id;
  }
  const flag = (id: string, user: SignedUpUser, reason = 'OFFENSIVE', note?: string) =>
    gql(FLAG, { input: { targetId: id, reason, note } }, user);

  beforeAll(async () => {
    t = await createTestApp();
    fx = new Fixtures(t.dataSource);
    town = await fx.municipality('Erftstadt', { kind: 'STADT', state: 'NW' });
    author = await t.signUp('Autor');
    readers = [await t.signUp('Leserin 1'), await t.signUp('Leser 2'), await t.signUp('Leserin 3'), await t.signUp('Leser 4')];
    moderator = await t.signUp('Moderatorin');
    admin = await t.signUp('Admin');
    staff = await t.signUp('Stadtverwaltung');
    await fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    await fx.grantPlatformRole(admin.userId, 'ADMIN');
    await fx.verify(staff.userId, { municipalityId: town.id });
  });
  afterAll(() => t.close());

  describe('flags', () => {
    it('records a flag with its reason and shows it to moderators in the queue, grouped per post', async () => {
      const { id } = await comment(author);
      const first = await flag(id, readers[0], 'PERSONAL_DATA');
      expect(first.errors).toBeUndefined();
      expect(first.data.flagContent).toMatchObject({
        targetHidden: false,
        flag: { reason: 'PERSONAL_DATA', note: null },
        target: { __typename: 'Comment' },
      });
      await flag(id, readers[1], 'OTHER', 'Enthält eine private Handynummer');

      const queue = await gql(QUEUE, {}, moderator);
      const item = queue.data.moderationQueue.nodes.find((i: any) => i.target.id === id);
      expect(item).toMatchObject({ flagCount: 2, target: { __typename: 'Comment', body: 'Ein Kommentar mit Telefonnummer 0171 1234567' } });
      expect(item.flags.map((f: any) => [f.reason, f.note, f.reporter.displayName])).toEqual([
        ['PERSONAL_DATA', null, 'Leserin 1'],
        ['OTHER', 'Enthält eine private Handynummer', 'Leser 2'],
      ]);
      expect(item.reasons).toEqual(
        expect.arrayContaining([
          { reason: 'PERSONAL_DATA', count: 1 },
          { reason: 'OTHER', count: 1 },
        ]),
      );
    });

    it("refuses flagging one's own post, flagging twice, OTHER without a note, and posts one cannot see", async () => {
      const { id } = await comment(author);
      expectErrorCode(await flag(id, author), 'FORBIDDEN');
      expect((await flag(id, readers[0])).errors).toBeUndefined();
      expectErrorCode(await flag(id, readers[0], 'SPAM'), 'CONFLICT');
      expect(errorFields(expectErrorCode(await flag(id, readers[1], 'OTHER'), 'BAD_USER_INPUT'))).toEqual(['note']);
      expectErrorCode(await flag(globalId('Comment', UNKNOWN_UUID), readers[1]), 'NOT_FOUND');
      expect(errorFields(expectErrorCode(await flag(town.gid, readers[1]), 'BAD_USER_INPUT'))).toEqual(['targetId']);
      expectErrorCode(await flag(id, readers[1], 'RUDE'), 'BAD_USER_INPUT');
      expectErrorCode(await flag(id, null as unknown as SignedUpUser), 'UNAUTHENTICATED');
      // A MEMBERS thread of the town is invisible to others: flagging it is NOT_FOUND, not FORBIDDEN.
      const closed = await thread(staff, { visibility: 'MEMBERS', ownerMunicipalityId: town.gid });
      expectErrorCode(await flag(closed, readers[2]), 'NOT_FOUND');
      const [{ flags }] = await t.dataSource.query('SELECT count(*)::int AS flags FROM flag WHERE target_id = $1', [uuidOf(id)]);
      expect(flags).toBe(1);
    });

    it('lets moderators review a flagged post of a MEMBERS thread in its context, which others cannot see', async () => {
      const colleague = await t.signUp('Kollegin im Rathaus');
      await fx.verify(colleague.userId, { municipalityId: town.id });
      const internal = await thread(staff, {
        title: 'Interne Abstimmung Krisenstab',
        visibility: 'MEMBERS',
        ownerMunicipalityId: town.gid,
      });
      const { data } = await gql(ADD, { t: internal, body: 'Unsachlicher Kommentar im internen Bereich' }, staff);
      const commentId = data.addComment.comment.id;
      expect((await flag(commentId, colleague, 'OFFENSIVE')).errors).toBeUndefined();

      const queue = await gql(
        `{ moderationQueue(first: 50) { nodes { target { ... on Comment { id body thread { title visibility } } } } } }`,
        {},
        moderator,
      );
      expect(queue.errors).toBeUndefined();
      expect(queue.data.moderationQueue.nodes.map((i: any) => i.target)).toContainEqual({
        id: commentId,
        body: 'Unsachlicher Kommentar im internen Bereich',
        thread: { title: 'Interne Abstimmung Krisenstab', visibility: 'MEMBERS' },
      });
      expect((await gql(THREAD, { id: internal }, moderator)).data.thread.title).toBe('Interne Abstimmung Krisenstab');
      expectErrorCode(await gql(THREAD, { id: internal }, readers[0]), 'NOT_FOUND');
      expectErrorCode(await flag(commentId, readers[0]), 'NOT_FOUND');
    });

    it('hides a post automatically when three different users flag it, until a moderator decides', async () => {
      const { id } = await comment(author);
      expect((await flag(id, readers[0])).data.flagContent.targetHidden).toBe(false);
      expect((await flag(id, readers[1])).data.flagContent.targetHidden).toBe(false);
      expect((await flag(id, readers[2])).data.flagContent.targetHidden).toBe(true);

      const seenByOthers = (await gql(COMMENT, { id }, readers[3])).data.node;
      expect(seenByOthers).toMatchObject({ body: null, bodyHtml: null, moderation: { hidden: true, automatic: true } });
      expect(seenByOthers.moderation.reason).toMatch(/3 users/);
      expect((await gql(COMMENT, { id }, null)).data.node.body).toBeNull();
      expect((await gql(COMMENT, { id }, author)).data.node.body).toContain('Telefonnummer');
      expect((await gql(COMMENT, { id }, moderator)).data.node.body).toContain('Telefonnummer');
      expect(seenByOthers.moderationHistory).toEqual([{ action: 'AUTO_HIDE', reason: seenByOthers.moderation.reason }]);

      const log = (await gql(LOG, { s: id }, moderator)).data.moderationLog.nodes;
      expect(log).toEqual([expect.objectContaining({ action: 'AUTO_HIDE', actor: null, flagCount: 3, subjectId: id })]);
    });

    it('hides exactly once when the flags arrive at the same time', async () => {
      const { id } = await comment(author);
      const results = await Promise.all(readers.map((r) => flag(id, r)));
      expect(results.every((r) => !r.errors)).toBe(true);
      const [{ autoHides }] = await t.dataSource.query(
        `SELECT count(*)::int AS "autoHides" FROM moderation_action WHERE subject_id = $1 AND action = 'AUTO_HIDE'`,
        [uuidOf(id)],
      );
      expect(autoHides).toBe(1);
    });

    it('keeps a post that moderators found fine: dismissing shows an auto-hidden post again and empties the queue', async () => {
      const { id } = await comment(author);
      for (const r of readers.slice(0, 3)) await flag(id, r);
      const dismissed = await gql(DISMISS, { id, reason: 'Keine Verletzung der Regeln' }, moderator);
      expect(dismissed.errors).toBeUndefined();
      expect((await gql(COMMENT, { id }, readers[3])).data.node).toMatchObject({
        body: expect.stringContaining('Telefonnummer'),
        moderation: null,
      });
      const queue = await gql(QUEUE, {}, moderator);
      expect(queue.data.moderationQueue.nodes.map((i: any) => i.target.id)).not.toContain(id);
      expectErrorCode(await gql(DISMISS, { id, reason: 'Nochmal' }, moderator), 'CONFLICT');
    });
  });

  describe('hiding and restoring', () => {
    it('replaces a hidden comment by a public notice for others and shows it to its author and moderators', async () => {
      const { id } = await comment(author);
      await flag(id, readers[0], 'OFFENSIVE');
      const hidden = await gql(HIDE, { id, reason: 'Beleidigend gegenüber dem Ehrenamt' }, moderator);
      expect(hidden.data.hideContent.action).toEqual({
        action: 'HIDE',
        reason: 'Beleidigend gegenüber dem Ehrenamt',
        actor: { displayName: 'Moderatorin' },
      });
      expect((await gql(COMMENT, { id }, readers[1])).data.node).toMatchObject({
        body: null,
        bodyHtml: null,
        moderation: { hidden: true, reason: 'Beleidigend gegenüber dem Ehrenamt', automatic: false },
      });
      expect((await gql(COMMENT, { id }, author)).data.node.body).toContain('Telefonnummer');
      // The decision closed the flag: the post left the queue.
      expect((await gql(QUEUE, {}, moderator)).data.moderationQueue.nodes.map((i: any) => i.target.id)).not.toContain(id);
      expectErrorCode(await gql(HIDE, { id, reason: 'Nochmal' }, moderator), 'CONFLICT');

      expect((await gql(RESTORE, { id, reason: 'Nach Rücksprache vertretbar' }, moderator)).errors).toBeUndefined();
      const restored = (await gql(COMMENT, { id }, readers[1])).data.node;
      expect(restored).toMatchObject({ body: expect.stringContaining('Telefonnummer'), moderation: null });
      expect(restored.moderationHistory).toEqual([
        { action: 'HIDE', reason: 'Beleidigend gegenüber dem Ehrenamt' },
        { action: 'RESTORE', reason: 'Nach Rücksprache vertretbar' },
      ]);
      expectErrorCode(await gql(RESTORE, { id, reason: 'Nochmal' }, moderator), 'CONFLICT');
    });

    it('leaves hidden threads and experiences out of lists and search for others, with a notice on the item itself', async () => {
      const threadId = await thread(author, { title: 'Deichbruch Gerüchte Sammelthema' });
      const experienceId = await experience();
      await gql(HIDE, { id: threadId, reason: 'Falschinformationen' }, moderator);
      await gql(HIDE, { id: experienceId, reason: 'Personenbezogene Daten' }, moderator);

      const listed = async (user: SignedUpUser | null) =>
        (await gql(`{ threads(first: 100) { nodes { id } } }`, {}, user)).data.threads.nodes.map((x: any) => x.id);
      expect(await listed(readers[0])).not.toContain(threadId);
      expect(await listed(null)).not.toContain(threadId);
      expect(await listed(author)).toContain(threadId);
      expect(await listed(moderator)).toContain(threadId);
      const feed = async (user: SignedUpUser | null) =>
        (await gql(`{ experiences(first: 100) { nodes { id } } }`, {}, user)).data.experiences.nodes.map((x: any) => x.id);
      expect(await feed(readers[0])).not.toContain(experienceId);
      expect(await feed(staff)).toContain(experienceId);
      const search = async (q: string, user: SignedUpUser | null) =>
        (
          await gql(
            `query($q: String!) { search(query: $q) { nodes { node { ... on Thread { id } ... on Experience { id } } } } }`,
            { q },
            user,
          )
        ).data.search.nodes.map((h: any) => h.node.id);
      expect(await search('Deichbruch Gerüchte', readers[0])).not.toContain(threadId);
      expect(await search('Sandsäcke Hochwasserbericht', null)).not.toContain(experienceId);
      expect(await search('Sandsäcke Hochwasserbericht', moderator)).toContain(experienceId);

      const direct = (await gql(THREAD, { id: threadId }, readers[0])).data.thread;
      expect(direct).toMatchObject({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        moderation: { hidden: true, reason: 'Falschinformationen' },
      });
      expect(direct.body).not.toContain('Eröffnung');
      const exp = (
        await gql(
          `query($id: ID!) { experience(id: $id) { title summary recommendations { text } moderation { reason } } }`,
          { id: experienceId },
          null,
        )
      ).data.experience;
      expect(exp).toEqual({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        summary: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        recommendations: [],
        moderation: { reason: 'Personenbezogene Daten' },
      });
      expect((await gql(`query($id: ID!) { experience(id: $id) { title } }`, { id: experienceId }, staff)).data.experience.title).toMatch(
        /^Sandsäcke/,
      );
      // Its discussion carries its title: hidden and shown with it.
      const discussionTitle = async (user: SignedUpUser | null) =>
        (await gql(`query($id: ID!) { experience(id: $id) { thread { title moderation { reason } } } }`, { id: experienceId }, user)).data
          .experience.thread;
      expect(await discussionTitle(readers[0])).toEqual({
        title: 'Dieser Beitrag wurde von der Moderation ausgeblendet.',
        moderation: { reason: 'Personenbezogene Daten' },
      });
      await gql(RESTORE, { id: experienceId, reason: 'Daten entfernt' }, moderator);
      expect(await discussionTitle(readers[0])).toEqual({ title: expect.stringMatching(/^Sandsäcke/), moderation: null });
      expect(await feed(readers[0])).toContain(experienceId);
    });

    it('is for moderators and admins only, and names what is wrong', async () => {
      const { id } = await comment(author);
      expectErrorCode(await gql(HIDE, { id, reason: 'Weil ich es sage' }, readers[0]), 'FORBIDDEN');
      expectErrorCode(await gql(HIDE, { id, reason: 'Weil ich es sage' }, staff), 'FORBIDDEN');
      expectErrorCode(await gql(HIDE, { id, reason: 'Weil ich es sage' }, null), 'UNAUTHENTICATED');
      expect(errorFields(expectErrorCode(await gql(HIDE, { id, reason: '' }, admin), 'BAD_USER_INPUT'))).toEqual(['reason']);
      expectErrorCode(await gql(HIDE, { id: globalId('Thread', UNKNOWN_UUID), reason: 'Spam' }, admin), 'NOT_FOUND');
      expectErrorCode((await t.gql(QUEUE, {}, as(readers[0]))).body, 'FORBIDDEN');
      expectErrorCode(await gql(LOG, {}, staff), 'FORBIDDEN');
      expect((await gql(HIDE, { id, reason: 'Werbung' }, admin)).errors).toBeUndefined();
    });
  });

  describe('the queue and the log', () => {
    it('pages through the queue, the longest-waiting post first, and through the log, newest first', async () => {
      const posts = [await comment(author), await comment(author), await comment(author)];
      for (const { id } of posts) await flag(id, readers[3], 'SPAM');
      const page = (after: string | null) =>
        gql(
          `query($after: String) { moderationQueue(first: 1, after: $after) {
        nodes { target { ... on Comment { id } } } pageInfo { hasNextPage endCursor } } }`,
          { after },
          moderator,
        );
      const seen: string[] = [];
      let after: string | null = null;
      let done = false;
      for (let pages = 0; pages < 50 && !done; pages++) {
        const { data } = await page(after);
        seen.push(...data.moderationQueue.nodes.map((i: any) => i.target.id));
        done = !data.moderationQueue.pageInfo.hasNextPage;
        after = data.moderationQueue.pageInfo.endCursor;
      }
      expect(done).toBe(true);
      // Waiting longest first: ours were flagged last, in this order, and each post appears once.
      expect(seen.slice(-3)).toEqual(posts.map((p) => p.id));
      expect(new Set(seen).size).toBe(seen.length);

      for (const { id } of posts) await gql(DISMISS, { id, reason: 'Kein Spam' }, moderator);
      const log = (after?: string) =>
        gql(
          `query($after: String) { moderationLog(first: 2, after: $after) { nodes { subjectId action } pageInfo { endCursor } } }`,
          { after },
          admin,
        );
      const first = (await log()).data.moderationLog;
      const second = (await log(first.pageInfo.endCursor)).data.moderationLog;
      expect([...first.nodes, ...second.nodes].slice(0, 3)).toEqual(
        [...posts].reverse().map((p) => ({ subjectId: p.id, action: 'DISMISS_FLAGS' })),
      );
    });

    it('refuses a forged cursor and a subject that is not a post or user', async () => {
      expect(
        errorFields(
          expectErrorCode(
            await gql(
              `query($a: String) { moderationQueue(after: $a) { nodes { flagCount } } }`,
              { a: forgedCursor(['gestern', 'x']) },
              moderator,
            ),
            'BAD_USER_INPUT',
          ),
        ),
      ).toEqual(['after']);
      expect(
        errorFields(
          expectErrorCode(
            await gql(`query($a: String) { moderationLog(after: $a) { nodes { action } } }`, { a: forgedCursor([1]) }, moderator),
            'BAD_USER_INPUT',
          ),
        ),
      ).toEqual(['after']);
      expect(errorFields(expectErrorCode(await gql(LOG, { s: town.gid }, moderator), 'BAD_USER_INPUT'))).toEqual(['subjectId']);
      expect(errorFields(expectErrorCode(await gql(LOG, { s: 'kein-id' }, moderator), 'BAD_USER_INPUT'))).toEqual(['subjectId']);
    });
  });

  describe('unknown and wrong targets', () => {
    it('answers NOT_FOUND for posts, threads and users that do not exist, and BAD_USER_INPUT naming the field for ids of another kind', async () => {
      const noThread = globalId('Thread', UNKNOWN_UUID);
      const noUser = globalId('User', UNKNOWN_UUID);
      expectErrorCode(await gql(RESTORE, { id: globalId('Experience', UNKNOWN_UUID), reason: 'Prüfung' }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(DISMISS, { id: globalId('Comment', UNKNOWN_UUID), reason: 'Prüfung' }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(LOCK, { t: noThread }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(UNLOCK, { t: noThread }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(MOVE, { input: { threadId: noThread, reason: 'Verschieben' } }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(UNBAN, { u: noUser }, moderator), 'NOT_FOUND');
      expectErrorCode(await gql(ERASE, { u: noUser }, moderator), 'NOT_FOUND');

      expect(errorFields(expectErrorCode(await gql(HIDE, { id: town.gid, reason: 'Prüfung' }, moderator), 'BAD_USER_INPUT'))).toEqual([
        'targetId',
      ]);
      expect(errorFields(expectErrorCode(await gql(LOCK, { t: town.gid }, moderator), 'BAD_USER_INPUT'))).toEqual(['threadId']);
      expect(errorFields(expectErrorCode(await gql(ERASE, { u: town.gid }, moderator), 'BAD_USER_INPUT'))).toEqual(['userId']);
      const threadId = await thread(author);
      expect(
        errorFields(
          expectErrorCode(
            await gql(MOVE, { input: { threadId, seminarSessionId: town.gid, reason: 'Verschieben' } }, moderator),
            'BAD_USER_INPUT',
          ),
        ),
      ).toEqual(['seminarSessionId']);
      expectErrorCode(await gql(UNLOCK, { t: threadId }, moderator), 'CONFLICT');
      expectErrorCode(await gql(MOVE, { input: { threadId, reason: 'Schon allgemein' } }, moderator), 'CONFLICT');
      const [{ actions }] = await t.dataSource.query('SELECT count(*)::int AS actions FROM moderation_action WHERE subject_id = $1', [
        uuidOf(threadId),
      ]);
      expect(actions).toBe(0);
    });
  });

  describe('threads', () => {
    it('locks a thread against new comments (moderators may still answer) and opens it again', async () => {
      const threadId = await thread(author);
      expect((await gql(LOCK, { t: threadId }, moderator)).data.lockThread.thread).toEqual({
        locked: true,
        lockReason: 'Diskussion entgleist',
      });
      const refused = expectErrorCode(await gql(ADD, { t: threadId, body: 'Noch etwas' }, readers[0]), 'FORBIDDEN');
      expect(refused.message).toMatch(/locked.*Diskussion entgleist/);
      expect((await gql(ADD, { t: threadId, body: 'Hinweis der Moderation' }, moderator)).errors).toBeUndefined();
      expect((await gql(THREAD, { id: threadId }, null)).data.thread.moderationHistory).toEqual([
        { action: 'LOCK', reason: 'Diskussion entgleist' },
      ]);
      expectErrorCode(await gql(LOCK, { t: threadId }, moderator), 'CONFLICT');
      expect((await gql(UNLOCK, { t: threadId }, moderator)).data.unlockThread.thread.locked).toBe(false);
      expect((await gql(ADD, { t: threadId, body: 'Jetzt wieder' }, readers[0])).errors).toBeUndefined();
      const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM comment WHERE thread_id = $1', [uuidOf(threadId)]);
      expect(count).toBe(2);
    });

    it("moves a thread into a seminar session's follow-ups and back, but not an experience's discussion", async () => {
      const session = await fx.seminarSession('Krisenresilienz von Kommune und Ehrenamt');
      const threadId = await thread(author);
      const moved = await gql(MOVE, { input: { threadId, seminarSessionId: session.gid, reason: 'Gehört zum Seminar' } }, moderator);
      expect(moved.data.moveThread.thread).toEqual({ kind: 'SEMINAR_SESSION', seminarSession: { id: session.gid } });
      const followUps = await gql(
        `query($id: ID!) { seminarSession(id: $id) { followUpThreads(first: 10) { nodes { id } } } }`,
        { id: session.gid },
        null,
      );
      expect(followUps.data.seminarSession.followUpThreads.nodes.map((x: any) => x.id)).toContain(threadId);
      expectErrorCode(await gql(MOVE, { input: { threadId, seminarSessionId: session.gid, reason: 'Nochmal' } }, moderator), 'CONFLICT');
      expect((await gql(MOVE, { input: { threadId, reason: 'Doch allgemein' } }, moderator)).data.moveThread.thread).toEqual({
        kind: 'GENERAL',
        seminarSession: null,
      });
      expectErrorCode(
        await gql(
          MOVE,
          { input: { threadId, seminarSessionId: globalId('SeminarSession', UNKNOWN_UUID), reason: 'Irgendwohin' } },
          moderator,
        ),
        'NOT_FOUND',
      );
      const experienceId = await experience();
      const experienceThread = (await gql(`query($id: ID!) { experience(id: $id) { thread { id } } }`, { id: experienceId }, null)).data
        .experience.thread.id;
      expect(
        errorFields(
          expectErrorCode(await gql(MOVE, { input: { threadId: experienceThread, reason: 'Verschieben' } }, moderator), 'BAD_USER_INPUT'),
        ),
      ).toEqual(['threadId']);
    });
  });

  describe('bans', () => {
    it('lets a banned user read but not write until the ban ends, and tells them until when', async () => {
      const banned = await t.signUp('Störer');
      const { id: ownComment } = await comment(banned, 'Mein alter Kommentar');
      const until = inAWeek();
      const res = await gql(BAN, { input: { userId: banned.userId, until, reason: 'Wiederholte Beleidigungen' } }, moderator);
      expect(res.errors).toBeUndefined();
      expect(new Date(res.data.banUser.user.bannedUntil).getTime()).toBe(new Date(until).getTime());

      const refused = expectErrorCode(await gql(CREATE_THREAD, { input: { title: 'Neues Thema', body: 'Text' } }, banned), 'FORBIDDEN');
      expect(refused.message).toMatch(/suspended until \d{4}-\d\d-\d\dT.*Wiederholte Beleidigungen/);
      expectErrorCode(await flag(ownComment, banned), 'FORBIDDEN');
      expect((await gql(`{ threads(first: 1) { nodes { id } } }`, {}, banned)).errors).toBeUndefined();
      const viewer = (await gql(`{ viewer { bannedUntil banReason } }`, {}, banned)).data.viewer;
      expect(viewer.banReason).toBe('Wiederholte Beleidigungen');
      // Others do not see a ban; the moderation does.
      const ownerQuery = `query($id: ID!) { node(id: $id) { ... on User { bannedUntil } } }`;
      expect((await gql(ownerQuery, { id: banned.userId }, readers[0])).data.node.bannedUntil).toBeNull();
      expect((await gql(ownerQuery, { id: banned.userId }, moderator)).data.node.bannedUntil).not.toBeNull();
      // Deleting one's own comment stays possible.
      expect(
        (await gql(`mutation($c: ID!) { deleteComment(input: { commentId: $c }) { comment { deleted } } }`, { c: ownComment }, banned))
          .errors,
      ).toBeUndefined();

      expect((await gql(UNBAN, { u: banned.userId }, moderator)).data.unbanUser.user.bannedUntil).toBeNull();
      expect((await gql(CREATE_THREAD, { input: { title: 'Wieder dabei', body: 'Text' } }, banned)).errors).toBeUndefined();
      expectErrorCode(await gql(UNBAN, { u: banned.userId }, moderator), 'CONFLICT');
      const log = (await gql(LOG, { s: banned.userId }, admin)).data.moderationLog.nodes;
      expect(log.map((e: any) => [e.action, e.reason])).toEqual([
        ['UNBAN', 'Einsicht gezeigt'],
        ['BAN', 'Wiederholte Beleidigungen'],
      ]);
      expect(new Date(log[1].until).getTime()).toBe(new Date(until).getTime());
    });

    it('ends by itself at its end date', async () => {
      const banned = await t.signUp('Kurz gesperrt');
      await gql(BAN, { input: { userId: banned.userId, until: inAWeek(), reason: 'Abkühlen' } }, moderator);
      await t.dataSource.query(`UPDATE user_account SET banned_until = now() - interval '1 second' WHERE id = $1`, [uuidOf(banned.userId)]);
      expect((await gql(CREATE_THREAD, { input: { title: 'Nach der Sperre', body: 'Text' } }, banned)).errors).toBeUndefined();
    });

    it('refuses bad end dates, banning oneself, and moderators banning moderators or admins', async () => {
      const someone = await t.signUp('Jemand');
      const ban = (userId: string, until: string, by: SignedUpUser) =>
        gql(BAN, { input: { userId, until, reason: 'Test der Regeln' } }, by);
      expect(errorFields(expectErrorCode(await ban(someone.userId, '2020-01-01T00:00:00+01:00', moderator), 'BAD_USER_INPUT'))).toEqual([
        'until',
      ]);
      expect(errorFields(expectErrorCode(await ban(someone.userId, '2999-01-01T00:00:00+01:00', moderator), 'BAD_USER_INPUT'))).toEqual([
        'until',
      ]);
      expectErrorCode(await ban(someone.userId, 'morgen', moderator), 'BAD_USER_INPUT');
      expectErrorCode(await ban(moderator.userId, inAWeek(), moderator), 'FORBIDDEN');
      expectErrorCode(await ban(admin.userId, inAWeek(), moderator), 'FORBIDDEN');
      expectErrorCode(await ban(globalId('User', UNKNOWN_UUID), inAWeek(), moderator), 'NOT_FOUND');
      expectErrorCode(await ban(someone.userId, inAWeek(), staff), 'FORBIDDEN');
      const [{ banned }] = await t.dataSource.query('SELECT banned_until IS NOT NULL AS banned FROM user_account WHERE id = $1', [
        uuidOf(someone.userId),
      ]);
      expect(banned).toBe(false);
      const otherModerator = await t.signUp('Zweite Moderatorin');
      await fx.grantPlatformRole(otherModerator.userId, 'MODERATOR');
      expect((await ban(otherModerator.userId, inAWeek(), admin)).errors).toBeUndefined();
    });
  });

  describe('erasing personal data', () => {
    it('removes name, e-mail, sign-ins and comments of a person, keeps their published knowledge anonymous, and cannot sign in again', async () => {
      const person = await t.signUp('Erika Mustermann');
      await fx.verify(person.userId, { municipalityId: town.id });
      const { id: theirComment, threadId } = await comment(person, 'Ich wohne in der Hauptstraße 5');
      const theirThread = await thread(person);
      const draft = await gql(
        `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id thread { id } } } }`,
        {
          input: {
            title: 'Mein Entwurf mit Namen',
            summary: 'Ein Entwurf mit persönlichen Angaben.',
            hazards: ['HEAT'],
            phase: 'RESPONSE',
            municipalityId: town.gid,
          },
        },
        person,
      );
      expect(draft.errors).toBeUndefined();
      const draftId = draft.data.createExperience.experience.id;
      const [{ before }] = await t.dataSource.query('SELECT comment_count AS before FROM thread WHERE id = $1', [uuidOf(threadId)]);
      expect(before).toBe(1);

      const res = await gql(ERASE, { u: person.userId }, moderator);
      expect(res.data.erasePersonalData).toEqual({ user: { displayName: 'Gelöschtes Konto' }, action: { action: 'ERASE_PERSONAL_DATA' } });
      expectErrorCode(await gql(`{ viewer { id } }`, {}, person), 'UNAUTHENTICATED');
      const login = await gql(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email: person.email, password: person.password } },
        null,
      );
      expectErrorCode(login, 'UNAUTHENTICATED');
      const c = (
        await gql(
          `query($id: ID!) { node(id: $id) { ... on Comment { body deleted author { displayName } } } }`,
          { id: theirComment },
          moderator,
        )
      ).data.node;
      expect(c).toEqual({ body: null, deleted: true, author: null });
      const [{ body }] = await t.dataSource.query('SELECT body FROM comment WHERE id = $1', [uuidOf(theirComment)]);
      expect(body).toBe('');
      const kept = (await gql(`query($id: ID!) { thread(id: $id) { author { displayName } } }`, { id: theirThread }, null)).data.thread;
      expect(kept.author.displayName).toBe('Gelöschtes Konto');
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
      const [{ drafts }] = await t.dataSource.query('SELECT count(*)::int AS drafts FROM experience WHERE id = $1', [uuidOf(draftId)]);
      expect(drafts).toBe(0);
      const [{ threads }] = await t.dataSource.query('SELECT count(*)::int AS threads FROM thread WHERE id = $1', [
        uuidOf(draft.data.createExperience.experience.thread.id),
      ]);
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
      expectErrorCode(await gql(ERASE, { u: person.userId }, moderator), 'CONFLICT');
      expectErrorCode(await gql(ERASE, { u: admin.userId }, moderator), 'FORBIDDEN');
      expectErrorCode(await gql(ERASE, { u: readers[0].userId }, readers[1]), 'FORBIDDEN');
    });
  });
});

describe('moderation with automatic hiding turned off', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('leaves a post visible however many users flag it (MODERATION_AUTO_HIDE_FLAGS=0)', async () => {
    t = await createTestApp({ env: { MODERATION_AUTO_HIDE_FLAGS: '0' } });
    const author = await t.signUp('Autorin');
    const threadId = (
      await t.gql<any>(CREATE_THREAD, { input: { title: 'Notstrom', body: 'Wer hat Aggregate?' } }, { token: author.token })
    ).body.data.createThread.thread.id;
    for (let i = 0; i < 4; i++) {
      const reader = await t.signUp(`Leser ${i}`);
      const res = await t.gql<any>(FLAG, { input: { targetId: threadId, reason: 'SPAM' } }, { token: reader.token });
      expect(res.body.data.flagContent.targetHidden).toBe(false);
    }
    expect((await t.gql<any>(THREAD, { id: threadId })).body.data.thread).toMatchObject({ title: 'Notstrom', moderation: null });
  });
});

describe('automatic hiding and new accounts', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('does not let flags of accounts in their first 24 hours hide a post; established accounts do', async () => {
    t = await createTestApp({ env: { NEW_ACCOUNT_HOURS: '24' } });
    const fx = new Fixtures(t.dataSource);
    const author = await t.signUp('Autorin');
    await fx.verify(author.userId, { municipalityId: (await fx.municipality('Sinzig', { kind: 'STADT', state: 'RP' })).id });
    const threadId = (await t.gql<any>(CREATE_THREAD, { input: { title: 'Pegelstände', body: 'Aktuelle Werte' } }, { token: author.token }))
      .body.data.createThread.thread.id;
    const fresh = [await t.signUp('Neu 1'), await t.signUp('Neu 2'), await t.signUp('Neu 3')];
    for (const user of fresh) {
      const res = await t.gql<any>(FLAG, { input: { targetId: threadId, reason: 'SPAM' } }, { token: user.token });
      expect(res.body.data.flagContent.targetHidden).toBe(false);
    }
    // The flags still reach the moderation.
    const [{ open }] = await t.dataSource.query('SELECT count(*)::int AS open FROM flag WHERE resolved_at IS NULL');
    expect(open).toBe(3);

    const established = [await t.signUp('Alt 1'), await t.signUp('Alt 2'), await t.signUp('Alt 3')];
    await t.dataSource.query(`UPDATE user_account SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [
      established.map((u) => uuidOf(u.userId)),
    ]);
    const hidden = [];
    for (const user of established) {
      hidden.push(
        (await t.gql<any>(FLAG, { input: { targetId: threadId, reason: 'SPAM' } }, { token: user.token })).body.data.flagContent
          .targetHidden,
      );
    }
    expect(hidden).toEqual([false, false, true]);
  });
});
