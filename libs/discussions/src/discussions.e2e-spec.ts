import { createTestApp, errorFields, expectErrorCode, graphql, sqlStatements, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const CREATE_THREAD = graphql(`
  mutation DiscussionsCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
        kind
        title
        bodyHtml
        commentCount
        author {
          displayName
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation DiscussionsAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        body
        bodyHtml
        deleted
        author {
          displayName
        }
      }
    }
  }
`);

const EDIT = graphql(`
  mutation DiscussionsEditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      comment {
        id
        body
        editedAt
      }
    }
  }
`);

const DELETE = graphql(`
  mutation DiscussionsDeleteComment($id: ID!) {
    deleteComment(input: { commentId: $id }) {
      comment {
        id
        body
        bodyHtml
        deleted
        author {
          displayName
        }
      }
    }
  }
`);

const REACT = graphql(`
  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {
    addReaction(input: { targetId: $id, kind: $kind }) {
      active
      kind
      target {
        __typename
        ... on Comment {
          helpfulCount
          thanksCount
          viewerReactions
        }
        ... on Experience {
          helpfulCount
          viewerReactions
        }
      }
    }
  }
`);

const UNREACT = graphql(`
  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {
    removeReaction(input: { targetId: $id, kind: $kind }) {
      active
      target {
        ... on Comment {
          helpfulCount
          viewerReactions
        }
      }
    }
  }
`);

const THREAD_PAGE = graphql(`
  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {
    thread(id: $id) {
      title
      commentCount
      comments(first: $first) {
        edges {
          cursor
          node {
            id
            body
            bodyHtml
            deleted
            createdAt
            editedAt
            helpfulCount
            thanksCount
            replyCount
            viewerReactions
            author {
              displayName
            }
            replies(first: $replies) {
              nodes {
                id
                body
                createdAt
                viewerReactions
                helpfulCount
                author {
                  displayName
                }
              }
              pageInfo {
                hasNextPage
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const COMMENT_BODIES = graphql(`
  query DiscussionsCommentBodies($id: ID!, $after: String) {
    thread(id: $id) {
      comments(first: 50, after: $after) {
        nodes {
          body
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const COMMENT_COUNT = graphql(`
  query DiscussionsCommentCount($id: ID!) {
    thread(id: $id) {
      commentCount
    }
  }
`);

const CREATE_EXPERIENCE_WITH_THREAD = graphql(`
  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      experience {
        id
        thread {
          id
          experience {
            id
          }
        }
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation DiscussionsPublish($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        id
      }
    }
  }
`);

const THREADS = graphql(`
  query DiscussionsThreads {
    threads(first: 100) {
      nodes {
        id
        kind
      }
    }
  }
`);

// Fragments: their definitions travel with the documents that spread them.
graphql(`
  fragment DiscussionsAccount on User {
    id
    email
    emailVerified
    bannedUntil
    banReason
    createdAt
  }
`);

const VIEWER = graphql(`
  query DiscussionsViewer {
    viewer {
      ...DiscussionsAccount
    }
  }
`);

const COMMENT_AUTHORS = graphql(`
  query DiscussionsCommentAuthors($id: ID!) {
    thread(id: $id) {
      comments(first: 100) {
        nodes {
          id
          author {
            ...DiscussionsAccount
          }
        }
      }
    }
  }
`);

const ADD_WITH_THREAD = graphql(`
  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        thread {
          id
          commentCount
        }
      }
    }
  }
`);

graphql(`
  fragment DiscussionsCommentFields on Comment {
    id
    body
    bodyHtml
    deleted
    createdAt
    editedAt
    replyCount
    helpfulCount
    thanksCount
    viewerReactions
    moderation {
      hidden
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
    thread {
      id
      title
    }
  }
`);

const COMMENTS_IN_FULL = graphql(`
  query DiscussionsCommentsInFull($id: ID!) {
    thread(id: $id) {
      comments(first: 30) {
        nodes {
          ...DiscussionsCommentFields
          replies(first: 10) {
            nodes {
              ...DiscussionsCommentFields
            }
          }
        }
      }
    }
  }
`);

const ONE_COMMENT = graphql(`
  query DiscussionsOneComment($id: ID!) {
    node(id: $id) {
      ... on Comment {
        ...DiscussionsCommentFields
      }
    }
  }
`);

describe('discussions', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let threadId: string;

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
    threadId = (
      await t.make.thread(anna, { title: 'Stromausfall: Leuchttürme einrichten', body: 'Wer hat **Erfahrung** mit Notfall-Anlaufstellen?' })
    ).id;
  });
  afterAll(() => t.close());

  it('opens a general thread with rendered, sanitized Markdown', async () => {
    const { thread } = (
      await t.as(ben).data(CREATE_THREAD, { input: { title: 'Hitzetelefon', body: 'Hallo <img src=x onerror=alert(1)> **fett**' } })
    ).createThread;
    expect(thread).toMatchObject({ kind: 'GENERAL', title: 'Hitzetelefon', commentCount: 0, author: { displayName: 'Ben' } });
    expect(thread.bodyHtml).toContain('<strong>fett</strong>');
    expect(thread.bodyHtml).not.toMatch(/<img|onerror/);
    await t.as(null).error(CREATE_THREAD, 'UNAUTHENTICATED', { input: { title: 'Ohne Anmeldung', body: 'x' } });
    const invalid = await t.as(ben).error(CREATE_THREAD, 'BAD_USER_INPUT', { input: { title: 'ab', body: '' } });
    expect(errorFields(invalid)).toEqual(expect.arrayContaining(['title', 'body']));
  });

  it('adds comments and replies, and counts them on the thread', async () => {
    const first = await t.make.comment(ben, threadId, { body: 'Bei uns: Feuerwehrhäuser als Leuchttürme.' });
    await t.make.comment(anna, threadId, { parentId: first.id, body: 'Mit Notstrom?' });
    const { thread } = await t.as(null).data(THREAD_PAGE, { id: threadId, first: 10, replies: 10 });
    expect(thread!.commentCount).toBe(2);
    const top = thread!.comments.edges.map((e) => e.node);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ body: 'Bei uns: Feuerwehrhäuser als Leuchttürme.', replyCount: 1, author: { displayName: 'Ben' } });
    expect(top[0].replies.nodes.map((r) => r.body)).toEqual(['Mit Notstrom?']);
  });

  it('refuses bad comments and loses nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM comment');
    const otherThread = await t.make.thread(ben, { title: 'Anderer Thread', body: 'x' });
    const foreign = await t.make.comment(ben, otherThread.id, { body: 'dort' });
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM comment');
    const cases: [Record<string, unknown>, string, string | null][] = [
      [{ threadId, body: '' }, 'BAD_USER_INPUT', 'body'],
      [{ threadId, body: '   ' }, 'BAD_USER_INPUT', 'body'],
      [{ threadId, body: 'x'.repeat(10001) }, 'BAD_USER_INPUT', 'body'],
      [{ threadId: 'nonsense', body: 'x' }, 'BAD_USER_INPUT', 'threadId'],
      [{ threadId: ben.userId, body: 'x' }, 'BAD_USER_INPUT', 'threadId'],
      [{ threadId: Buffer.from('Thread:00000000-0000-4000-8000-000000000000').toString('base64url'), body: 'x' }, 'NOT_FOUND', null],
      [{ threadId, parentId: foreign.id, body: 'falscher Thread' }, 'NOT_FOUND', null],
      [{ threadId, parentId: 'kaputt', body: 'x' }, 'BAD_USER_INPUT', 'parentId'],
      [{ threadId, body: 'x', extra: 1 }, 'BAD_USER_INPUT', null],
    ];
    for (const [input, code, field] of cases) {
      const error = expectErrorCode((await t.as(anna).raw(ADD, { input })).body, code);
      if (field) expect(errorFields(error)).toContain(field);
    }
    await t.as(null).error(ADD, 'UNAUTHENTICATED', { input: { threadId, body: 'anonym' } });
    expectErrorCode((await t.gql(String(ADD), { input: { threadId, body: 'x' } }, { token: 'kaputt.token.wert' })).body, 'UNAUTHENTICATED');
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
    const { comment } = (await t.as(anna).data(ADD, { input: { threadId, body } })).addComment;
    expect(comment.bodyHtml).not.toMatch(/<script|javascript:|onerror|style=|<iframe/i);
    expect(comment.bodyHtml).toContain('href="https://www.ahrweiler.de"');
    expect(comment.body).toBe(body);
  });

  it('lets only the author edit or delete; a deleted comment keeps its place and its replies', async () => {
    const c = (await t.make.comment(ben, threadId, { body: 'Wird gelöscht' })).id;
    await t.make.comment(anna, threadId, { parentId: c, body: 'Antwort bleibt' });
    await t.as(anna).error(EDIT, 'FORBIDDEN', { input: { commentId: c, body: 'fremd' } });
    await t.as(anna).error(DELETE, 'FORBIDDEN', { id: c });
    await t.as(null).error(DELETE, 'UNAUTHENTICATED', { id: c });
    const edited = (await t.as(ben).data(EDIT, { input: { commentId: c, body: 'Korrigiert' } })).editComment.comment;
    expect(edited.body).toBe('Korrigiert');
    expect(edited.editedAt).toMatch(/\+0[12]:00$/);
    const countBefore = (await t.as(null).data(COMMENT_COUNT, { id: threadId })).thread!.commentCount;
    const deleted = await t.as(ben).data(DELETE, { id: c });
    expect(deleted.deleteComment.comment).toMatchObject({ deleted: true, body: null, bodyHtml: null, author: null });
    await t.as(ben).data(DELETE, { id: c });
    await t.as(ben).error(EDIT, 'CONFLICT', { input: { commentId: c, body: 'wieder da?' } });
    await t.as(anna).error(ADD, 'CONFLICT', { input: { threadId, parentId: c, body: 'zu spät' } });
    const { thread } = await t.as(null).data(THREAD_PAGE, { id: threadId, first: 100, replies: 10 });
    const node = thread!.comments.edges.map((e) => e.node).find((n) => n.id === c)!;
    expect(node).toMatchObject({ deleted: true, body: null, author: null });
    expect(node.replies.nodes.map((r) => r.body)).toEqual(['Antwort bleibt']);
    expect(thread!.commentCount).toBe(countBefore - 1);
    const stored = await t.dataSource.query('SELECT body FROM comment WHERE id = $1', [uuidOf(c)]);
    expect(stored[0].body).toBe('');
  });

  it('counts one reaction per user and kind; adding twice or removing twice changes nothing', async () => {
    const c = (await t.make.comment(ben, threadId, { body: 'Danke für den Tipp' })).id;
    const once = await t.as(anna).data(REACT, { id: c, kind: 'HELPFUL' });
    expect(once.addReaction).toMatchObject({
      active: true,
      target: { __typename: 'Comment', helpfulCount: 1, viewerReactions: ['HELPFUL'] },
    });
    const twice = await t.as(anna).data(REACT, { id: c, kind: 'HELPFUL' });
    expect(twice.addReaction.target).toMatchObject({ helpfulCount: 1 });
    await t.as(anna).data(REACT, { id: c, kind: 'THANKS' });
    const carla = await t.signUp('Carla');
    await t.as(carla).data(REACT, { id: c, kind: 'HELPFUL' });
    // Nobody marks their own comment as helpful.
    await t.as(ben).error(REACT, 'FORBIDDEN', { id: c, kind: 'HELPFUL' });
    const removed = await t.as(anna).data(UNREACT, { id: c, kind: 'HELPFUL' });
    expect(removed.removeReaction).toMatchObject({ active: false, target: { helpfulCount: 1, viewerReactions: ['THANKS'] } });
    const again = await t.as(anna).data(UNREACT, { id: c, kind: 'HELPFUL' });
    expect(again.removeReaction.target).toMatchObject({ helpfulCount: 1 });
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM reaction WHERE comment_id = $1', [uuidOf(c)]);
    expect(n).toBe(2);

    await t.as(null).error(REACT, 'UNAUTHENTICATED', { id: c, kind: 'HELPFUL' });
    expect(errorFields(await t.as(ben).error(REACT, 'BAD_USER_INPUT', { id: anna.userId, kind: 'HELPFUL' }))).toEqual(['targetId']);
    expectErrorCode((await t.as(ben).raw(REACT, { id: c, kind: 'LOVE' })).body, 'BAD_USER_INPUT');
    await t.as(ben).data(DELETE, { id: c });
    await t.as(ben).error(REACT, 'CONFLICT', { id: c, kind: 'THANKS' });
  });

  it('serves a thread page of 100 comments with replies, authors and reactions in at most 4 statements, the same as 10', async () => {
    const big = (await t.make.thread(anna, { title: 'Großer Thread', body: 'viele Kommentare' })).id;
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

    for (const user of [null, ben]) {
      const small = await t.as(user).request(THREAD_PAGE, { id: big, first: 10, replies: 10 });
      const large = await t.as(user).request(THREAD_PAGE, { id: big, first: 100, replies: 10 });
      expect(large.body.errors).toBeUndefined();
      const comments = large.body.data!.thread!.comments.edges.map((e) => e.node);
      expect(comments).toHaveLength(100);
      for (const comment of comments) {
        expect(comment.replies.nodes).toHaveLength(3);
        expect(comment.author?.displayName).toMatch(/^(Anna|Ben)$/);
      }
      expect(comments[0].viewerReactions).toEqual(user ? ['HELPFUL'] : []);
      expect(comments[0].replies.nodes[0].viewerReactions).toEqual(user ? ['HELPFUL'] : []);
      expect(sqlStatements(large.body)).toBe(sqlStatements(small.body));
      expect(sqlStatements(large.body)).toBeLessThanOrEqual(4);
    }

    // Paging through all 120 top-level comments, oldest first, without gaps or repeats.
    const seen: (string | null)[] = [];
    let after: string | null = null;
    for (;;) {
      const {
        thread,
      }: {
        thread: { comments: { nodes: { body: string | null }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } | null;
      } = await t.as(null).data(COMMENT_BODIES, { id: big, after });
      seen.push(...thread!.comments.nodes.map((n) => n.body));
      if (!thread!.comments.pageInfo.hasNextPage) break;
      after = thread!.comments.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `Kommentar ${i + 1}`));
  });

  it('opens the thread of an experience only when it is published', async () => {
    const town = await t.fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    await t.fx.verify(anna.userId, { municipalityId: town.id });
    const created = await t.as(anna).data(CREATE_EXPERIENCE_WITH_THREAD, {
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
    });
    const { id, thread } = created.createExperience.experience;
    expect(thread!.experience!.id).toBe(id);
    await t.as(anna).error(ADD, 'CONFLICT', { input: { threadId: thread!.id, body: 'zu früh' } });
    await t.as(ben).error(ADD, 'NOT_FOUND', { input: { threadId: thread!.id, body: 'zu früh' } });
    await t.as(ben).error(REACT, 'NOT_FOUND', { id, kind: 'HELPFUL' });
    await t.as(anna).data(PUBLISH, { id });
    await t.as(ben).data(ADD, { input: { threadId: thread!.id, body: 'Jetzt passt es' } });
    const reacted = await t.as(ben).data(REACT, { id, kind: 'HELPFUL' });
    expect(reacted.addReaction.target).toEqual({ __typename: 'Experience', helpfulCount: 1, viewerReactions: ['HELPFUL'] });
    const { threads } = await t.as(null).data(THREADS);
    expect(threads.nodes.map((n) => n.id)).toContain(thread!.id);
  });

  // Regression: comment pages primed the user loader with authors built from four columns.
  it('shows the same account through a comment author as through viewer', async () => {
    const commentId = (await t.make.comment(anna, threadId, { body: 'Mein eigener Kommentar' })).id;
    await t.dataSource.query(`UPDATE user_account SET banned_until = now() + interval '2 days', ban_reason = 'Test' WHERE id = $1`, [
      uuidOf(anna.userId),
    ]);
    try {
      const { viewer } = await t.as(anna).data(VIEWER);
      expect(viewer).toMatchObject({ email: anna.email, emailVerified: true, banReason: 'Test' });
      const { thread } = await t.as(anna).data(COMMENT_AUTHORS, { id: threadId });
      const author = thread!.comments.nodes.find((c) => c.id === commentId)!.author;
      expect(author).toEqual(viewer);
    } finally {
      await t.dataSource.query('UPDATE user_account SET banned_until = NULL, ban_reason = NULL WHERE id = $1', [uuidOf(anna.userId)]);
    }
  });

  // Regression: the thread stayed in the request's loader from before the write.
  it('answers addComment with the thread as it is after the comment', async () => {
    const id = (await t.make.thread(anna, { title: 'Frisch gezählt', body: 'Noch leer' })).id;
    const added = await t.as(ben).data(ADD_WITH_THREAD, { input: { threadId: id, body: 'Der erste Kommentar' } });
    expect(added.addComment.comment.thread).toEqual({ id, commentCount: 1 });
    expect((await t.as(null).data(COMMENT_COUNT, { id })).thread!.commentCount).toBe(1);
  });

  it('shows every field of a comment on a thread page as the comment itself shows it', async () => {
    const top = (await t.make.comment(ben, threadId, { body: 'Oben' })).id;
    const reply = (await t.make.comment(anna, threadId, { parentId: top, body: 'Darunter' })).id;
    await t.as(ben).data(REACT, { id: reply, kind: 'HELPFUL' });
    for (const user of [anna, ben, null]) {
      const { thread } = await t.as(user).data(COMMENTS_IN_FULL, { id: threadId });
      const { replies, ...topFields } = thread!.comments.nodes.find((c) => c.id === top)!;
      const one = async (id: string) => (await t.as(user).data(ONE_COMMENT, { id })).node;
      expect(topFields).toEqual(await one(top));
      expect(replies.nodes.find((r) => r.id === reply)).toEqual(await one(reply));
    }
  });
});
