import { createTestApp, errorFields, expectErrorCode, Fixtures, sqlStatements, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id kind title bodyHtml commentCount author { displayName } } } }`;
const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body bodyHtml deleted author { displayName } } } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { comment { id body editedAt } } }`;
const DELETE = `mutation($id: ID!) { deleteComment(input: { commentId: $id }) { comment { id body bodyHtml deleted author { displayName } } } }`;
const REACT = `mutation($id: ID!, $kind: ReactionKind!) { addReaction(input: { targetId: $id, kind: $kind }) { active kind target { __typename ... on Comment { helpfulCount thanksCount viewerReactions } ... on Experience { helpfulCount viewerReactions } } } }`;
const UNREACT = `mutation($id: ID!, $kind: ReactionKind!) { removeReaction(input: { targetId: $id, kind: $kind }) { active target { ... on Comment { helpfulCount viewerReactions } } } }`;
const THREAD_PAGE = (n: number, r: number) => `query($id: ID!) { thread(id: $id) { title commentCount
  comments(first: ${n}) { edges { cursor node { id body bodyHtml deleted createdAt editedAt helpfulCount thanksCount replyCount viewerReactions author { displayName }
    replies(first: ${r}) { nodes { id body createdAt viewerReactions helpfulCount author { displayName } } pageInfo { hasNextPage } } } }
    pageInfo { hasNextPage endCursor } } } }`;

describe('discussions', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let threadId: string;

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
    const created = await t.gql<any>(
      CREATE_THREAD,
      { input: { title: 'Stromausfall: Leuchttürme einrichten', body: 'Wer hat **Erfahrung** mit Notfall-Anlaufstellen?' } },
      { token: anna.token },
    );
    threadId = created.body.data.createThread.thread.id;
  });
  afterAll(() => t.close());

  it('opens a general thread with rendered, sanitized Markdown', async () => {
    const res = await t.gql<any>(
      CREATE_THREAD,
      { input: { title: 'Hitzetelefon', body: 'Hallo <img src=x onerror=alert(1)> **fett**' } },
      { token: ben.token },
    );
    const thread = res.body.data.createThread.thread;
    expect(thread).toMatchObject({ kind: 'GENERAL', title: 'Hitzetelefon', commentCount: 0, author: { displayName: 'Ben' } });
    expect(thread.bodyHtml).toContain('<strong>fett</strong>');
    expect(thread.bodyHtml).not.toMatch(/<img|onerror/);
    expectErrorCode((await t.gql(CREATE_THREAD, { input: { title: 'Ohne Anmeldung', body: 'x' } })).body, 'UNAUTHENTICATED');
    expect(
      errorFields(
        expectErrorCode((await t.gql(CREATE_THREAD, { input: { title: 'ab', body: '' } }, { token: ben.token })).body, 'BAD_USER_INPUT'),
      ),
    ).toEqual(expect.arrayContaining(['title', 'body']));
  });

  it('adds comments and replies, and counts them on the thread', async () => {
    const first = await t.gql<any>(ADD, { input: { threadId, body: 'Bei uns: Feuerwehrhäuser als Leuchttürme.' } }, { token: ben.token });
    const commentId = first.body.data.addComment.comment.id;
    const reply = await t.gql<any>(ADD, { input: { threadId, parentId: commentId, body: 'Mit Notstrom?' } }, { token: anna.token });
    expect(reply.body.errors).toBeUndefined();
    const page = await t.gql<any>(THREAD_PAGE(10, 10), { id: threadId });
    const thread = page.body.data.thread;
    expect(thread.commentCount).toBe(2);
    const top = thread.comments.edges.map((e: any) => e.node);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ body: 'Bei uns: Feuerwehrhäuser als Leuchttürme.', replyCount: 1, author: { displayName: 'Ben' } });
    expect(top[0].replies.nodes.map((r: any) => r.body)).toEqual(['Mit Notstrom?']);
  });

  it('refuses bad comments and loses nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM comment');
    const otherThread = (await t.gql<any>(CREATE_THREAD, { input: { title: 'Anderer Thread', body: 'x' } }, { token: ben.token })).body.data
      .createThread.thread.id;
    const foreign = (await t.gql<any>(ADD, { input: { threadId: otherThread, body: 'dort' } }, { token: ben.token })).body.data.addComment
      .comment.id;
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM comment');
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ threadId, body: '' }, 'BAD_USER_INPUT', 'body'],
      [{ threadId, body: '   ' }, 'BAD_USER_INPUT', 'body'],
      [{ threadId, body: 'x'.repeat(10001) }, 'BAD_USER_INPUT', 'body'],
      [{ threadId: 'nonsense', body: 'x' }, 'BAD_USER_INPUT', 'threadId'],
      [{ threadId: ben.userId, body: 'x' }, 'BAD_USER_INPUT', 'threadId'],
      [{ threadId: Buffer.from('Thread:00000000-0000-4000-8000-000000000000').toString('base64url'), body: 'x' }, 'NOT_FOUND', null],
      [{ threadId, parentId: foreign, body: 'falscher Thread' }, 'NOT_FOUND', null],
      [{ threadId, parentId: 'kaputt', body: 'x' }, 'BAD_USER_INPUT', 'parentId'],
      [{ threadId, body: 'x', extra: 1 }, 'BAD_USER_INPUT', null],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql(ADD, { input }, { token: anna.token });
      expect(res.status).toBeLessThan(500);
      const error = expectErrorCode(res.body, code);
      if (field) expect(errorFields(error)).toContain(field);
    }
    expectErrorCode((await t.gql(ADD, { input: { threadId, body: 'anonym' } })).body, 'UNAUTHENTICATED');
    expectErrorCode((await t.gql(ADD, { input: { threadId, body: 'x' } }, { token: 'kaputt.token.wert' })).body, 'UNAUTHENTICATED');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM comment')).toEqual(after);
    expect(after[0].n).toBe(before[0].n + 1);
  });

  it('renders Markdown with script tags, event handlers and javascript: links harmlessly', async () => {
    const body = [
      '<script>alert(1)</script>',
      '[klick](javascript:alert(1))',
      '<a href="javascript:alert(2)">x</a>',
      '<img src=x onerror="alert(3)">',
      '<div style="background:url(javascript:alert(4))">s</div>',
      '<iframe src="https://evil.example"></iframe>',
      '[ok](https://www.ahrweiler.de)',
    ].join('\n\n');
    const res = await t.gql<any>(ADD, { input: { threadId, body } }, { token: anna.token });
    const html: string = res.body.data.addComment.comment.bodyHtml;
    expect(html).not.toMatch(/<script|javascript:|onerror|style=|<iframe/i);
    expect(html).toContain('href="https://www.ahrweiler.de"');
    expect(res.body.data.addComment.comment.body).toBe(body);
  });

  it('lets only the author edit or delete; a deleted comment keeps its place and its replies', async () => {
    const c = (await t.gql<any>(ADD, { input: { threadId, body: 'Wird gelöscht' } }, { token: ben.token })).body.data.addComment.comment.id;
    await t.gql(ADD, { input: { threadId, parentId: c, body: 'Antwort bleibt' } }, { token: anna.token });
    expectErrorCode((await t.gql(EDIT, { input: { commentId: c, body: 'fremd' } }, { token: anna.token })).body, 'FORBIDDEN');
    expectErrorCode((await t.gql(DELETE, { id: c }, { token: anna.token })).body, 'FORBIDDEN');
    expectErrorCode((await t.gql(DELETE, { id: c })).body, 'UNAUTHENTICATED');
    const edited = await t.gql<any>(EDIT, { input: { commentId: c, body: 'Korrigiert' } }, { token: ben.token });
    expect(edited.body.data.editComment.comment.body).toBe('Korrigiert');
    expect(edited.body.data.editComment.comment.editedAt).toMatch(/\+0[12]:00$/);
    const countBefore = (await t.gql<any>(`query($id: ID!) { thread(id: $id) { commentCount } }`, { id: threadId })).body.data.thread
      .commentCount;
    const deleted = await t.gql<any>(DELETE, { id: c }, { token: ben.token });
    expect(deleted.body.data.deleteComment.comment).toMatchObject({ deleted: true, body: null, bodyHtml: null, author: null });
    expect((await t.gql(DELETE, { id: c }, { token: ben.token })).body.errors).toBeUndefined();
    expectErrorCode((await t.gql(EDIT, { input: { commentId: c, body: 'wieder da?' } }, { token: ben.token })).body, 'CONFLICT');
    expectErrorCode((await t.gql(ADD, { input: { threadId, parentId: c, body: 'zu spät' } }, { token: anna.token })).body, 'CONFLICT');
    const page = await t.gql<any>(THREAD_PAGE(100, 10), { id: threadId });
    const node = page.body.data.thread.comments.edges.map((e: any) => e.node).find((n: any) => n.id === c);
    expect(node).toMatchObject({ deleted: true, body: null, author: null });
    expect(node.replies.nodes.map((r: any) => r.body)).toEqual(['Antwort bleibt']);
    expect(page.body.data.thread.commentCount).toBe(countBefore - 1);
    const stored = await t.dataSource.query('SELECT body FROM comment WHERE id = $1', [uuidOf(c)]);
    expect(stored[0].body).toBe('');
  });

  it('counts one reaction per user and kind; adding twice or removing twice changes nothing', async () => {
    const c = (await t.gql<any>(ADD, { input: { threadId, body: 'Danke für den Tipp' } }, { token: ben.token })).body.data.addComment
      .comment.id;
    const once = await t.gql<any>(REACT, { id: c, kind: 'HELPFUL' }, { token: anna.token });
    expect(once.body.data.addReaction).toMatchObject({
      active: true,
      target: { __typename: 'Comment', helpfulCount: 1, viewerReactions: ['HELPFUL'] },
    });
    const twice = await t.gql<any>(REACT, { id: c, kind: 'HELPFUL' }, { token: anna.token });
    expect(twice.body.data.addReaction.target.helpfulCount).toBe(1);
    await t.gql(REACT, { id: c, kind: 'THANKS' }, { token: anna.token });
    const carla = await t.signUp('Carla');
    await t.gql(REACT, { id: c, kind: 'HELPFUL' }, { token: carla.token });
    // Nobody marks their own comment as helpful.
    expectErrorCode((await t.gql(REACT, { id: c, kind: 'HELPFUL' }, { token: ben.token })).body, 'FORBIDDEN');
    const removed = await t.gql<any>(UNREACT, { id: c, kind: 'HELPFUL' }, { token: anna.token });
    expect(removed.body.data.removeReaction).toMatchObject({ active: false, target: { helpfulCount: 1, viewerReactions: ['THANKS'] } });
    const again = await t.gql<any>(UNREACT, { id: c, kind: 'HELPFUL' }, { token: anna.token });
    expect(again.body.data.removeReaction.target.helpfulCount).toBe(1);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM reaction WHERE comment_id = $1', [uuidOf(c)]);
    expect(n).toBe(2);

    expectErrorCode((await t.gql(REACT, { id: c, kind: 'HELPFUL' })).body, 'UNAUTHENTICATED');
    expect(
      errorFields(expectErrorCode((await t.gql(REACT, { id: anna.userId, kind: 'HELPFUL' }, { token: ben.token })).body, 'BAD_USER_INPUT')),
    ).toEqual(['targetId']);
    expectErrorCode((await t.gql(REACT, { id: c, kind: 'LOVE' }, { token: ben.token })).body, 'BAD_USER_INPUT');
    await t.gql(DELETE, { id: c }, { token: ben.token });
    expectErrorCode((await t.gql(REACT, { id: c, kind: 'THANKS' }, { token: ben.token })).body, 'CONFLICT');
  });

  it('serves a thread page of 100 comments with replies, authors and reactions in at most 4 statements, the same as 10', async () => {
    const big = (await t.gql<any>(CREATE_THREAD, { input: { title: 'Großer Thread', body: 'viele Kommentare' } }, { token: anna.token }))
      .body.data.createThread.thread.id;
    const users = [uuidOf(anna.userId), uuidOf(ben.userId)];
    await t.dataSource.query(
      `
      WITH top AS (
        INSERT INTO comment (thread_id, author_id, body, body_html, created_at, reply_count)
        SELECT $1, ($2::uuid[])[1 + i % 2], 'Kommentar ' || i, '<p>Kommentar ' || i || '</p>', now() - interval '1 day' + i * interval '1 second', 3
        FROM generate_series(1, 120) i RETURNING id, created_at)
      INSERT INTO comment (thread_id, author_id, parent_id, body, body_html, created_at)
      SELECT $1, ($2::uuid[])[1 + j % 2], top.id, 'Antwort ' || j, '<p>Antwort</p>', top.created_at + j * interval '1 minute'
      FROM top, generate_series(1, 3) j`,
      [uuidOf(big), users],
    );
    await t.dataSource.query(
      `INSERT INTO reaction (user_id, kind, comment_id) SELECT $1, 'HELPFUL', id FROM comment WHERE thread_id = $2`,
      [uuidOf(ben.userId), uuidOf(big)],
    );

    for (const token of [undefined, ben.token]) {
      const small = await t.gql<any>(THREAD_PAGE(10, 10), { id: big }, { token });
      const large = await t.gql<any>(THREAD_PAGE(100, 10), { id: big }, { token });
      expect(large.body.errors).toBeUndefined();
      const comments = large.body.data.thread.comments.edges.map((e: any) => e.node);
      expect(comments).toHaveLength(100);
      expect(comments.every((c: any) => c.replies.nodes.length === 3 && c.author.displayName)).toBe(true);
      expect(comments[0].viewerReactions).toEqual(token ? ['HELPFUL'] : []);
      expect(comments[0].replies.nodes[0].viewerReactions).toEqual(token ? ['HELPFUL'] : []);
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);
    }

    // Paging through all 120 top-level comments, oldest first, without gaps or repeats.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql<any>(
        `query($id: ID!, $after: String) { thread(id: $id) { comments(first: 50, after: $after) { nodes { body } pageInfo { hasNextPage endCursor } } } }`,
        { id: big, after },
      );
      const conn = res.body.data.thread.comments;
      seen.push(...conn.nodes.map((n: any) => n.body));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `Kommentar ${i + 1}`));
  });

  it('opens the thread of an experience only when it is published', async () => {
    const fx = new Fixtures(t.dataSource);
    const town = await fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    await fx.verify(anna.userId, { municipalityId: town.id });
    const created = await t.gql<any>(
      `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id thread { id experience { id } } } } }`,
      {
        input: {
          title: 'Notunterkunft in der Turnhalle',
          summary: 'Was wir bei der Unterbringung gelernt haben.',
          situation: 's',
          actions: 'a',
          outcome: 'o',
          hazards: ['REFUGEE_ARRIVAL'],
          phase: 'RESPONSE',
          municipalityId: town.gid,
        },
      },
      { token: anna.token },
    );
    const { id, thread } = created.body.data.createExperience.experience;
    expect(thread.experience.id).toBe(id);
    expectErrorCode((await t.gql(ADD, { input: { threadId: thread.id, body: 'zu früh' } }, { token: anna.token })).body, 'CONFLICT');
    expectErrorCode((await t.gql(ADD, { input: { threadId: thread.id, body: 'zu früh' } }, { token: ben.token })).body, 'NOT_FOUND');
    expectErrorCode((await t.gql(REACT, { id, kind: 'HELPFUL' }, { token: ben.token })).body, 'NOT_FOUND');
    await t.gql(`mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id } } }`, { id }, { token: anna.token });
    expect(
      (await t.gql<any>(ADD, { input: { threadId: thread.id, body: 'Jetzt passt es' } }, { token: ben.token })).body.errors,
    ).toBeUndefined();
    const reacted = await t.gql<any>(REACT, { id, kind: 'HELPFUL' }, { token: ben.token });
    expect(reacted.body.data.addReaction.target).toEqual({ __typename: 'Experience', helpfulCount: 1, viewerReactions: ['HELPFUL'] });
    const threads = await t.gql<any>(`{ threads(first: 100) { nodes { id kind } } }`);
    expect(threads.body.data.threads.nodes.map((n: any) => n.id)).toContain(thread.id);
  });

  // Regression: comment pages primed the user loader with authors built from four columns.
  it('shows the same account through a comment author as through viewer', async () => {
    const own = await t.gql<any>(ADD, { input: { threadId, body: 'Mein eigener Kommentar' } }, { token: anna.token });
    const commentId = own.body.data.addComment.comment.id;
    await t.dataSource.query(`UPDATE user_account SET banned_until = now() + interval '2 days', ban_reason = 'Test' WHERE id = $1`, [
      uuidOf(anna.userId),
    ]);
    try {
      const fields = 'id email emailVerified bannedUntil banReason createdAt';
      const viewer = (await t.gql<any>(`{ viewer { ${fields} } }`, {}, { token: anna.token })).body.data.viewer;
      expect(viewer).toMatchObject({ email: anna.email, emailVerified: true, banReason: 'Test' });
      const page = await t.gql<any>(
        `query($id: ID!) { thread(id: $id) { comments(first: 100) { nodes { id author { ${fields} } } } } }`,
        { id: threadId },
        { token: anna.token },
      );
      expect(page.body.errors).toBeUndefined();
      const author = page.body.data.thread.comments.nodes.find((c: any) => c.id === commentId).author;
      expect(author).toEqual(viewer);
    } finally {
      await t.dataSource.query('UPDATE user_account SET banned_until = NULL, ban_reason = NULL WHERE id = $1', [uuidOf(anna.userId)]);
    }
  });

  // Regression: the thread stayed in the request's loader from before the write.
  it('answers addComment with the thread as it is after the comment', async () => {
    const created = await t.gql<any>(CREATE_THREAD, { input: { title: 'Frisch gezählt', body: 'Noch leer' } }, { token: anna.token });
    const id = created.body.data.createThread.thread.id;
    const added = await t.gql<any>(
      `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id thread { id commentCount } } } }`,
      { input: { threadId: id, body: 'Der erste Kommentar' } },
      { token: ben.token },
    );
    expect(added.body.data.addComment.comment.thread).toEqual({ id, commentCount: 1 });
    const fresh = await t.gql<any>(`query($id: ID!) { thread(id: $id) { commentCount } }`, { id });
    expect(fresh.body.data.thread.commentCount).toBe(1);
  });

  it('shows every field of a comment on a thread page as the comment itself shows it', async () => {
    const top = (await t.gql<any>(ADD, { input: { threadId, body: 'Oben' } }, { token: ben.token })).body.data.addComment.comment.id;
    const reply = (await t.gql<any>(ADD, { input: { threadId, parentId: top, body: 'Darunter' } }, { token: anna.token })).body.data
      .addComment.comment.id;
    await t.gql(REACT, { id: reply, kind: 'HELPFUL' }, { token: ben.token });
    const fields = `id body bodyHtml deleted createdAt editedAt replyCount helpfulCount thanksCount viewerReactions moderation { hidden }
      moderationHistory { action } author { id displayName createdAt email emailVerified bannedUntil banReason } thread { id title }`;
    for (const user of [anna, ben, null]) {
      const token = user?.token;
      const page = await t.gql<any>(
        `query($id: ID!) { thread(id: $id) { comments(first: 30) { nodes { ${fields} replies(first: 10) { nodes { ${fields} } } } } } }`,
        { id: threadId },
        { token },
      );
      expect(page.body.errors).toBeUndefined();
      const topOnPage = page.body.data.thread.comments.nodes.find((c: any) => c.id === top);
      const { replies, ...topFields } = topOnPage;
      const one = async (id: string) =>
        (await t.gql<any>(`query($id: ID!) { node(id: $id) { ... on Comment { ${fields} } } }`, { id }, { token })).body.data.node;
      expect(topFields).toEqual(await one(top));
      expect(replies.nodes.find((r: any) => r.id === reply)).toEqual(await one(reply));
    }
  });
});
