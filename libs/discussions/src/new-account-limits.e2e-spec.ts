import { createTestApp, errorFields, graphql, GraphQLErrorBody, SignedUpUser, TestApp, uuidOf, Variables } from '@krisenfest/testing';
import { countWebLinks, renderMarkdown } from '@krisenfest/core';

const CREATE_THREAD = graphql(`
  mutation NewAccountLimitsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
        kind
      }
    }
  }
`);

const ADD = graphql(`
  mutation NewAccountLimitsAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        body
      }
    }
  }
`);

const EDIT = graphql(`
  mutation NewAccountLimitsEditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        id
        body
      }
    }
  }
`);

const DELETE = graphql(`
  mutation NewAccountLimitsDeleteComment($id: ID!) {
    deleteComment(input: { commentId: $id }) {
      comment {
        id
        deleted
      }
    }
  }
`);

type ThreadInput = Variables<typeof CREATE_THREAD>['input'];
type CommentInput = Variables<typeof ADD>['input'];

const HOUR = 3600_000;

/** The moment as the message shows it, computed independently of the implementation (rounded up to the minute). */
function berlin(at: Date): string {
  const minute = new Date(Math.ceil(at.getTime() / 60_000) * 60_000);
  return `${minute.toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).slice(0, 16)} (Europe/Berlin)`;
}

describe('counting the web links of a post', () => {
  it.each([
    ['no links at all', 'Wir treffen uns am Feuerwehrhaus.', 0],
    ['an inline link', 'Siehe [Plan](https://example.org/plan).', 1],
    ['a bare URL, a www address and an autolink', 'https://a.example www.b.example <https://c.example>', 3],
    ['a reference link', 'Der [Plan][p].\n\n[p]: https://example.org/plan', 1],
    [
      'raw HTML anchors, also with encoded entities',
      '<a href="https://a.example">a</a> <div><a href="&#104;ttps://b.example">b</a></div>',
      2,
    ],
    ['links in lists, quotes and tables', '- https://a.example\n\n> [b](http://b.example)\n\n| x |\n|---|\n| www.c.example |', 3],
    ['e-mail addresses and images, which are not links', 'hilfe@gemeinde.example ![Karte](https://example.org/karte.png)', 0],
    ['links that are not rendered as links', '[relativ](plan.html) [js](javascript:alert(1)) `https://im-code.example`', 0],
  ])('counts %s', (_name, markdown, links) => {
    expect(countWebLinks(renderMarkdown(markdown))).toBe(links);
  });
});

describe('new-account limits', () => {
  let t: TestApp;
  let threadId: string;

  const createdAt = async (user: SignedUpUser): Promise<Date> =>
    (await t.dataSource.query('SELECT created_at FROM user_account WHERE id = $1', [uuidOf(user.userId)]))[0].created_at;
  const age = (user: SignedUpUser, hours: number) =>
    t.dataSource.query(`UPDATE user_account SET created_at = now() - $2::int * interval '1 hour' WHERE id = $1`, [
      uuidOf(user.userId),
      hours,
    ]);
  const threadsOf = async (user: SignedUpUser): Promise<number> =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM thread WHERE author_id = $1', [uuidOf(user.userId)]))[0].n;
  const commentsOf = async (user: SignedUpUser): Promise<number> =>
    (await t.dataSource.query('SELECT count(*)::int AS n FROM comment WHERE author_id = $1', [uuidOf(user.userId)]))[0].n;
  const threadInput = (input: Partial<ThreadInput>): ThreadInput => ({
    title: 'Notstrom für das Rathaus',
    body: 'Wer hat Erfahrung mit Aggregaten?',
    ...input,
  });
  const commentInput = (input: Partial<CommentInput>): CommentInput => ({ threadId, body: 'Bei uns hat es funktioniert.', ...input });
  /** A thread that must be accepted. */
  const createThread = async (user: SignedUpUser, input: Partial<ThreadInput> = {}) =>
    (await t.as(user).data(CREATE_THREAD, { input: threadInput(input) })).createThread.thread;
  /** A thread that must be refused with `code`. */
  const refusedThread = (user: SignedUpUser, code: string, input: Partial<ThreadInput> = {}) =>
    t.as(user).error(CREATE_THREAD, code, { input: threadInput(input) });
  /** A comment that must be accepted. */
  const comment = async (user: SignedUpUser, input: Partial<CommentInput> = {}) =>
    (await t.as(user).data(ADD, { input: commentInput(input) })).addComment.comment;
  /** A comment that must be refused with `code`. */
  const refusedComment = (user: SignedUpUser, code: string, input: Partial<CommentInput> = {}) =>
    t.as(user).error(ADD, code, { input: commentInput(input) });

  /** RATE_LIMITED that names the limit and the moment posting becomes possible: the account's creation + 24 h. */
  async function expectLimited(error: GraphQLErrorBody, user: SignedUpUser, limit: RegExp, hours = 24): Promise<void> {
    const endsAt = new Date((await createdAt(user)).getTime() + hours * HOUR);
    expect(error.message).toMatch(limit);
    expect(error.message).toContain(`you can post again at ${berlin(endsAt)}`);
    expect(error.extensions?.retryAt).toBe(endsAt.toISOString());
    const seconds = error.extensions?.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan((endsAt.getTime() - Date.now()) / 1000 - 60);
    expect(seconds).toBeLessThanOrEqual(hours * 3600);
  }

  beforeAll(async () => {
    t = await createTestApp({ env: { NEW_ACCOUNT_HOURS: '24' } });
    const host = await t.signUp('Moderation');
    await t.fx.grantPlatformRole(host.userId, 'MODERATOR');
    threadId = (await createThread(host, { title: 'Erfahrungen mit Sandsäcken' })).id;
  });
  afterAll(() => t.close());

  it('lets a new account start 3 threads (an experience thread does not count) and refuses the 4th with the moment it may post again', async () => {
    const anna = await t.signUp('Anna');
    const gemeinde = await t.fx.municipality('Altenahr');
    await t.make.experience(anna, {
      title: 'Hochwasser: Spontanhelfende koordinieren',
      summary: 'Ein Shuttle brachte Freiwillige an die richtigen Orte.',
      hazards: ['FLOOD'],
      phase: 'RESPONSE',
      municipalityId: gemeinde.gid,
      draft: true,
    });
    const session = await t.fx.seminarSession('Krisenresilienz von Kommune und Ehrenamt');
    for (const input of [{}, { title: 'Zweiter Thread' }, { title: 'Nachgespräch zum Seminar', seminarSessionId: session.gid }]) {
      await createThread(anna, input);
    }
    expect(await threadsOf(anna)).toBe(4); // the experience's thread and 3 threads

    const refused = await refusedThread(anna, 'RATE_LIMITED', { title: 'Ein Thread zu viel' });
    await expectLimited(refused, anna, /^New accounts can start at most 3 threads in their first 24 hours; /);
    expect(await threadsOf(anna)).toBe(4);
    // Comments have a limit of their own.
    await comment(anna);
  });

  it('lets a new account write 10 comments (replies included) and refuses the 11th', async () => {
    const ben = await t.signUp('Ben');
    const first = (await comment(ben)).id;
    for (let i = 2; i <= 10; i += 1) {
      await comment(ben, { body: `Beitrag ${i}`, parentId: i % 2 ? first : undefined });
    }
    const countBefore = (await t.dataSource.query('SELECT comment_count FROM thread WHERE id = $1', [uuidOf(threadId)]))[0].comment_count;

    for (const input of [{ body: 'Noch einer' }, { body: 'Und eine Antwort', parentId: first }]) {
      const error = await refusedComment(ben, 'RATE_LIMITED', input);
      await expectLimited(error, ben, /^New accounts can write at most 10 comments in their first 24 hours; /);
    }
    expect(await commentsOf(ben)).toBe(10);
    expect((await t.dataSource.query('SELECT comment_count FROM thread WHERE id = $1', [uuidOf(threadId)]))[0].comment_count).toBe(
      countBefore,
    );
    // Deleting a comment does not give it back.
    expect((await t.as(ben).data(DELETE, { id: first })).deleteComment.comment.deleted).toBe(true);
    await refusedComment(ben, 'RATE_LIMITED', { body: 'Nach dem Löschen' });
    // Threads have a limit of their own.
    await createThread(ben);
  });

  it('does not limit verified staff, verified group members and moderators', async () => {
    const gemeinde = await t.fx.municipality('Bad Neuenahr-Ahrweiler');
    const thw = await t.fx.volunteerGroup('THW Ortsverband');
    const staff = await t.signUp('Verwaltung');
    await t.fx.verify(staff.userId, { municipalityId: gemeinde.id });
    const member = await t.signUp('Helferin');
    await t.fx.verify(member.userId, { volunteerGroupId: thw.id });
    const moderator = await t.signUp('Moderatorin');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    const manyLinks = 'https://a.example https://b.example https://c.example';

    for (const user of [staff, member, moderator]) {
      for (let i = 1; i <= 4; i += 1) await createThread(user, { title: `Thread ${i}`, body: manyLinks });
      for (let i = 1; i <= 11; i += 1) await comment(user, { body: `${i}: ${manyLinks}` });
      expect([await threadsOf(user), await commentsOf(user)]).toEqual([4, 11]);
    }
  });

  it('does not limit an account older than 24 hours, and a refused post goes through once the limit has ended', async () => {
    const carla = await t.signUp('Carla');
    for (let i = 1; i <= 3; i += 1) await createThread(carla, { title: `Thread ${i}` });
    const late = { title: 'Später noch einer', idempotencyKey: 'carla-thread-4' };
    await refusedThread(carla, 'RATE_LIMITED', late);

    await age(carla, 25);
    // The refused request did not use up its idempotency key: sending it again now creates the thread.
    await createThread(carla, late);
    await createThread(carla, { title: 'Und noch einer', body: 'https://a.example https://b.example https://c.example' });
    for (let i = 1; i <= 11; i += 1) await comment(carla, { body: `Kommentar ${i}` });
    expect([await threadsOf(carla), await commentsOf(carla)]).toEqual([5, 11]);

    // 23 hours after sign-up the limits still hold.
    const dora = await t.signUp('Dora');
    await age(dora, 23);
    for (let i = 1; i <= 3; i += 1) await createThread(dora, { title: `Thread ${i}` });
    await expectLimited(await refusedThread(dora, 'RATE_LIMITED'), dora, /at most 3 threads/);
  });

  it('allows a new account 2 links per post, also when editing, and says until when', async () => {
    const emil = await t.signUp('Emil');
    const endsAt = berlin(new Date((await createdAt(emil)).getTime() + 24 * HOUR));
    const three = 'Pegel: https://pegel.example, [Karte](https://karte.example) und www.warnung.example';
    const two = 'Pegel: https://pegel.example und [Karte](https://karte.example); Fragen an hilfe@gemeinde.example';

    const refused = await refusedComment(emil, 'BAD_USER_INPUT', { body: three });
    expect(errorFields(refused)).toEqual(['body']);
    expect(refused.message).toBe(
      `body: while an account is new (its first 24 hours), a post may contain at most 2 links, this one has 3; the limit ends at ${endsAt}`,
    );
    expect(errorFields(await refusedThread(emil, 'BAD_USER_INPUT', { body: three }))).toEqual(['body']);
    expect([await threadsOf(emil), await commentsOf(emil)]).toEqual([0, 0]);

    const posted = await comment(emil, { body: two });
    expect(posted.body).toBe(two);
    await createThread(emil, { body: two });

    const edit = (body: string) => ({ input: { commentId: posted.id, body } });
    expect(
      errorFields(await t.as(emil).error(EDIT, 'BAD_USER_INPUT', edit(`${two} <a href="https://dritter.example">noch einer</a>`))),
    ).toEqual(['body']);
    expect((await t.dataSource.query('SELECT body FROM comment WHERE author_id = $1', [uuidOf(emil.userId)]))[0].body).toBe(two);
    expect((await t.as(emil).data(EDIT, edit('Nur noch https://pegel.example'))).editComment.comment.body).toBe(
      'Nur noch https://pegel.example',
    );
  });

  it('answers an idempotent retry of the post that reached the limit with the first result', async () => {
    const fritz = await t.signUp('Fritz');
    for (let i = 1; i <= 9; i += 1) await comment(fritz, { body: `Kommentar ${i}` });
    const tenth = { body: 'Der zehnte', idempotencyKey: 'fritz-comment-10' };
    const first = await comment(fritz, tenth);
    expect(await comment(fritz, tenth)).toEqual(first);
    await refusedComment(fritz, 'RATE_LIMITED', { body: 'Der elfte', idempotencyKey: 'fritz-comment-11' });
    expect(await commentsOf(fritz)).toBe(10);

    for (let i = 1; i <= 2; i += 1) await createThread(fritz, { title: `Thread ${i}` });
    const third = { title: 'Der dritte Thread', idempotencyKey: 'fritz-thread-3' };
    const thread = await createThread(fritz, third);
    expect(await createThread(fritz, third)).toEqual(thread);
    expect(await threadsOf(fritz)).toBe(3);
  });
});

describe('new-account limits, configured', () => {
  let t: TestApp;
  afterAll(() => t?.close());

  it('follows NEW_ACCOUNT_HOURS, NEW_ACCOUNT_MAX_THREADS, NEW_ACCOUNT_MAX_COMMENTS and NEW_ACCOUNT_MAX_LINKS', async () => {
    t = await createTestApp({
      env: { NEW_ACCOUNT_HOURS: '48', NEW_ACCOUNT_MAX_THREADS: '1', NEW_ACCOUNT_MAX_COMMENTS: '2', NEW_ACCOUNT_MAX_LINKS: '0' },
    });
    const gerda = await t.signUp('Gerda');
    const created = await t.as(gerda).data(CREATE_THREAD, { input: { title: 'Einziger Thread', body: 'Ohne Links.' } });
    const threadId = created.createThread.thread.id;

    const linked = await t.as(gerda).error(ADD, 'BAD_USER_INPUT', { input: { threadId, body: 'Siehe https://pegel.example' } });
    expect(linked.message).toMatch(/^body: while an account is new \(its first 48 hours\), a post may contain no links, this one has 1; /);
    await t.as(gerda).data(ADD, { input: { threadId, body: 'Erster' } });
    await t.as(gerda).data(ADD, { input: { threadId, body: 'Zweiter' } });
    const third = await t.as(gerda).error(ADD, 'RATE_LIMITED', { input: { threadId, body: 'Dritter' } });
    const [{ created_at: at }] = await t.dataSource.query('SELECT created_at FROM user_account WHERE id = $1', [uuidOf(gerda.userId)]);
    const endsAt = new Date(at.getTime() + 48 * HOUR);
    expect(third.message).toBe(
      `New accounts can write at most 2 comments in their first 48 hours; you can post again at ${berlin(endsAt)}.`,
    );
    expect(third.extensions?.retryAt).toBe(endsAt.toISOString());

    const second = await t.as(gerda).error(CREATE_THREAD, 'RATE_LIMITED', { input: { title: 'Zweiter Thread', body: 'x' } });
    expect(second.message).toMatch(/^New accounts can start at most 1 thread in their first 48 hours; /);
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM comment'))[0].n).toBe(2);
  });
});
