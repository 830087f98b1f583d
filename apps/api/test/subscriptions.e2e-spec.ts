import { LiveChannels, LiveEvents } from '@krisenfest/live';
import { createTestApp, graphql, SignedUpUser, subscribe, subscriptionClient, TestApp, uuidOf, waitUntil } from '@krisenfest/testing';

const COMMENT_ADDED = graphql(`
  subscription LiveCommentAdded($threadId: ID!, $after: String) {
    commentAdded(threadId: $threadId, after: $after) {
      eventId
      resync
      comment {
        body
        author {
          displayName
        }
      }
    }
  }
`);

const THREAD_UPDATED = graphql(`
  subscription LiveThreadUpdated($threadId: ID!) {
    threadUpdated(threadId: $threadId) {
      change
      thread {
        closedAt
        conclusion
      }
    }
  }
`);

const NOTIFICATION_ADDED = graphql(`
  subscription LiveNotificationAdded {
    notificationAdded {
      eventId
      unreadCount
      notification {
        kind
        comment {
          body
        }
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation LiveClose($input: CloseThreadInput!) {
    closeThread(input: $input) {
      thread {
        closedAt
      }
    }
  }
`);

type CommentAdded = { commentAdded: { eventId: string | null; resync: boolean; comment: { body: string } | null } };

describe('live updates over graphql-ws (one process)', () => {
  let t: TestApp;
  let url: string;
  let anna: SignedUpUser;
  let bernd: SignedUpUser;
  const clients: { dispose(): void | Promise<void> }[] = [];
  /** Until the server has `count` subscribers on `channel` (a subscription is in place once its resolver ran). */
  const listening = (channel: string, count = 1) =>
    waitUntil(() => t.app.get(LiveEvents).subscribers(channel) >= count, `${count} subscriber(s) on ${channel}`);
  const open = (token?: string) => {
    const opened = subscriptionClient(url, token);
    clients.push(opened.client);
    return opened;
  };

  beforeAll(async () => {
    t = await createTestApp({ listen: true });
    url = t.url!;
    [anna, bernd] = await Promise.all([t.signUp('Anna Roth'), t.signUp('Bernd Klee')]);
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  it('sends a new comment to the thread’s subscribers, and resumes after a disconnect without loss or duplicates', async () => {
    const thread = await t.make.thread(anna, { title: 'Sandsäcke', body: 'Wer lagert sie?' });
    const { client } = open();
    const live = subscribe<CommentAdded>(client, String(COMMENT_ADDED), { threadId: thread.id });
    await listening(LiveChannels.threadComments(uuidOf(thread.id)));
    await t.make.comment(bernd, thread.id, { body: 'Der Bauhof.' });
    const [first] = await live.waitFor(1);
    expect(first.data!.commentAdded).toMatchObject({ resync: false, comment: { body: 'Der Bauhof.' } });
    const lastSeen = first.data!.commentAdded.eventId!;
    live.stop();

    // Two comments while the client is away; it comes back with the last id it saw.
    await t.make.comment(bernd, thread.id, { body: 'Zweitens.' });
    await t.make.comment(anna, thread.id, { body: 'Drittens.' });
    const resumed = subscribe<CommentAdded>(client, String(COMMENT_ADDED), { threadId: thread.id, after: lastSeen });
    const missed = await resumed.waitFor(2);
    expect(missed.map((r) => r.data!.commentAdded.comment!.body)).toEqual(['Zweitens.', 'Drittens.']);
    await t.make.comment(bernd, thread.id, { body: 'Viertens, live.' });
    await resumed.waitFor(3);
    expect(resumed.results.map((r) => r.data!.commentAdded.comment!.body)).toEqual(['Zweitens.', 'Drittens.', 'Viertens, live.']);
    resumed.stop();

    // An id from before a restart (another run) cannot be followed up: the client is told to refetch.
    const stale = subscribe<CommentAdded>(client, String(COMMENT_ADDED), { threadId: thread.id, after: 'abc-1' });
    expect((await stale.waitFor(1))[0].data!.commentAdded).toEqual({ eventId: null, resync: true, comment: null });
    stale.stop();
  });

  it('tells thread changes and notifications live, each to whom it concerns', async () => {
    const clara = await t.signUp('Clara Nowak');
    const thread = await t.make.thread(clara, { title: 'Notstrom', body: 'Wie lange hält es?' });
    const { client: annas } = open(clara.token);
    const updates = subscribe<{ threadUpdated: { change: string; thread: { conclusion: string } } }>(annas, String(THREAD_UPDATED), {
      threadId: thread.id,
    });
    const inbox = subscribe<{ notificationAdded: { unreadCount: number; notification: { kind: string; comment: { body: string } } } }>(
      annas,
      String(NOTIFICATION_ADDED),
    );
    await listening(LiveChannels.threadUpdates(uuidOf(thread.id)));
    await listening(LiveChannels.notifications(uuidOf(clara.userId)));
    await t.make.comment(bernd, thread.id, { body: 'Drei Tage.' });
    const [note] = await inbox.waitFor(1);
    expect(note.data!.notificationAdded).toMatchObject({
      unreadCount: 1,
      notification: { kind: 'THREAD_COMMENT', comment: { body: 'Drei Tage.' } },
    });
    await t.as(clara).data(CLOSE, { input: { threadId: thread.id, conclusion: 'Drei Tage mit vollem Tank.' } });
    const [update] = await updates.waitFor(1);
    expect(update.data!.threadUpdated).toMatchObject({ change: 'CLOSED', thread: { conclusion: 'Drei Tage mit vollem Tank.' } });
  });

  it('checks who subscribes: readable threads only, notifications only when signed in, a valid token or none', async () => {
    const thread = await t.make.thread(anna, { title: 'Intern', body: 'Nur für Mitglieder' });
    await t.dataSource.query(`UPDATE thread SET visibility = 'VERIFIED' WHERE id = $1`, [uuidOf(thread.id)]);
    const { client } = open();
    const hidden = subscribe(client, String(COMMENT_ADDED), { threadId: thread.id });
    await hidden.ended;
    expect(hidden.results[0].errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = subscribe(client, String(NOTIFICATION_ADDED));
    await anonymous.ended;
    expect(anonymous.results[0].errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const { client: forged, closed } = open('not-a-token.at.all');
    const refused = subscribe(forged, String(NOTIFICATION_ADDED));
    await refused.ended;
    await waitUntil(() => closed.length > 0, 'the server closed the connection');
    expect(closed[0].code).toBe(4403);
  });

  it('reads every event with the subscriber’s rights: when a thread is no longer public, anonymous subscribers hear nothing', async () => {
    const thread = await t.make.thread(anna, { title: 'Bald intern', body: 'Noch öffentlich' });
    const { client: anonymousClient } = open();
    const { client: authorClient } = open(anna.token);
    const anonymous = subscribe<CommentAdded>(anonymousClient, String(COMMENT_ADDED), { threadId: thread.id });
    const author = subscribe<CommentAdded>(authorClient, String(COMMENT_ADDED), { threadId: thread.id });
    await listening(LiveChannels.threadComments(uuidOf(thread.id)), 2);
    await t.make.comment(bernd, thread.id, { body: 'Öffentlich gesagt.' });
    await anonymous.waitFor(1);
    await author.waitFor(1);
    // Only for signed-in users with a verified membership from now on; the author still reads it.
    await t.dataSource.query(`UPDATE thread SET visibility = 'VERIFIED' WHERE id = $1`, [uuidOf(thread.id)]);
    await t.make.comment(anna, thread.id, { body: 'Jetzt intern.' });
    await author.waitFor(2);
    expect(author.results[1].data!.commentAdded.comment!.body).toBe('Jetzt intern.');
    // Public again: the next comment reaches the anonymous subscriber, the one in between never did.
    await t.dataSource.query(`UPDATE thread SET visibility = 'PUBLIC' WHERE id = $1`, [uuidOf(thread.id)]);
    await t.make.comment(anna, thread.id, { body: 'Wieder öffentlich.' });
    await anonymous.waitFor(2);
    expect(anonymous.results.map((r) => r.data!.commentAdded.comment!.body)).toEqual(['Öffentlich gesagt.', 'Wieder öffentlich.']);
  });

  it('applies the limits of HTTP: only subscriptions, the document limits, and at most 20 per connection', async () => {
    const thread = await t.make.thread(anna, { title: 'Grenzen', body: 'Test' });
    const { client } = open();
    const query = subscribe(client, '{ __typename }');
    await query.ended;
    expect(query.results[0].errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(query.results[0].errors![0].message).toMatch(/HTTP POST/);
    // Deeper than the 12 levels HTTP allows.
    const nested = 'thread { experience { '.repeat(8) + 'id' + ' } }'.repeat(8);
    const deep = subscribe(client, `subscription { commentAdded(threadId: "${thread.id}") { comment { ${nested} } } }`);
    await deep.ended;
    expect(deep.results[0].errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    const many = Array.from({ length: 20 }, () => subscribe(client, String(COMMENT_ADDED), { threadId: thread.id }));
    await listening(LiveChannels.threadComments(uuidOf(thread.id)), 20);
    const oneTooMany = subscribe(client, String(COMMENT_ADDED), { threadId: thread.id });
    await oneTooMany.ended;
    expect(oneTooMany.results[0].errors![0].extensions!.code).toBe('RATE_LIMITED');
    for (const s of many) s.stop();
  });
});
