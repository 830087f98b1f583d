import Redis from 'ioredis';
import { LIVE_KEY_PREFIX, LiveChannels } from '@krisenfest/live';
import {
  ApiProcess,
  buildIfNeeded,
  createTestDatabase,
  graphql,
  postGraphQL,
  redisAnswersPing,
  serverUrl,
  startApiProcess,
  subscribe,
  subscriptionClient,
  TEST_REDIS_URL,
  TestDatabase,
  uuidOf,
  waitUntil,
} from '@krisenfest/testing';

/*
 * Two API processes on loopback sharing PostgreSQL and Redis, as a deployment runs them behind a load balancer: a
 * comment posted on A reaches a subscriber on B, and a client that lost its connection resumes (on the other process)
 * from the last event it saw, without loss or duplicates. Needs TEST_DATABASE_URL and Redis on 127.0.0.1:6379.
 */
const onServerAndRedis = serverUrl() && redisAnswersPing() ? describe : describe.skip;

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
const ADD_COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;

const COMMENT_ADDED = graphql(`
  subscription AcrossCommentAdded($threadId: ID!, $after: String) {
    commentAdded(threadId: $threadId, after: $after) {
      eventId
      resync
      comment {
        body
      }
    }
  }
`);

const NOTIFICATION_ADDED = graphql(`
  subscription AcrossNotificationAdded {
    notificationAdded {
      unreadCount
      notification {
        kind
      }
    }
  }
`);

type CommentAdded = { commentAdded: { eventId: string; resync: boolean; comment: { body: string } } };

onServerAndRedis('live updates across two API processes (PostgreSQL and Redis)', () => {
  let db: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let redis: Redis;
  const clients: { dispose(): void | Promise<void> }[] = [];

  /** Until a process subscribed to `channel` in Redis (its subscription is in place). */
  const subscribedInRedis = (channel: string) =>
    waitUntil(async () => {
      const [, count] = (await redis.pubsub('NUMSUB', LIVE_KEY_PREFIX + channel)) as [string, number];
      return Number(count) > 0;
    }, `a subscriber on ${channel}`);
  const signUp = async (name: string) => {
    const email = `${name.toLowerCase().replace(/\W/g, '')}-${Date.now()}@example.org`;
    const { data } = await postGraphQL<{ register: { accessToken: string; user: { id: string } } }>(a.url, REGISTER, {
      input: { email, password: 'correct horse battery', displayName: name },
    });
    return { token: data!.register.accessToken, userId: data!.register.user.id };
  };
  const comment = async (token: string, threadId: string, body: string) => {
    const result = await postGraphQL(a.url, ADD_COMMENT, { input: { threadId, body } }, token);
    expect(result.errors).toBeUndefined();
  };

  beforeAll(async () => {
    buildIfNeeded();
    db = await createTestDatabase();
    redis = new Redis(TEST_REDIS_URL);
    const env = { REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'warn', NEW_ACCOUNT_HOURS: '0' };
    [a, b] = await Promise.all([startApiProcess(db, env), startApiProcess(db, env)]);
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    redis?.disconnect();
    await db?.close();
  });

  it('delivers a comment posted on A to a subscriber on B, and resumes on A from the last id without loss or duplicates', async () => {
    const anna = await signUp('Anna Roth');
    const bernd = await signUp('Bernd Klee');
    const { data } = await postGraphQL<{ createThread: { thread: { id: string } } }>(
      a.url,
      CREATE_THREAD,
      { input: { title: 'Sandsäcke', body: 'Wer lagert sie?' } },
      anna.token,
    );
    const threadId = data!.createThread.thread.id;
    const channel = LiveChannels.threadComments(uuidOf(threadId));

    const onB = subscriptionClient(b.url);
    clients.push(onB.client);
    const live = subscribe<CommentAdded>(onB.client, String(COMMENT_ADDED), { threadId });
    const inbox = subscriptionClient(b.url, anna.token);
    clients.push(inbox.client);
    const annasInbox = subscribe<{ notificationAdded: { unreadCount: number; notification: { kind: string } } }>(
      inbox.client,
      String(NOTIFICATION_ADDED),
    );
    await subscribedInRedis(channel);
    await subscribedInRedis(LiveChannels.notifications(uuidOf(anna.userId)));

    await comment(bernd.token, threadId, 'Der Bauhof.');
    const [first] = await live.waitFor(1, 10_000);
    expect(first.data!.commentAdded).toMatchObject({ resync: false, comment: { body: 'Der Bauhof.' } });
    expect((await annasInbox.waitFor(1, 10_000))[0].data!.notificationAdded).toEqual({
      unreadCount: 1,
      notification: { kind: 'THREAD_COMMENT' },
    });

    // The client loses its connection; two comments are posted meanwhile; it reconnects to the other process.
    await onB.client.dispose();
    await comment(anna.token, threadId, 'Zweitens.');
    await comment(bernd.token, threadId, 'Drittens.');
    const onA = subscriptionClient(a.url);
    clients.push(onA.client);
    const resumed = subscribe<CommentAdded>(onA.client, String(COMMENT_ADDED), { threadId, after: first.data!.commentAdded.eventId });
    expect((await resumed.waitFor(2, 10_000)).map((r) => r.data!.commentAdded.comment.body)).toEqual(['Zweitens.', 'Drittens.']);
    await subscribedInRedis(channel);
    await comment(anna.token, threadId, 'Viertens, live.');
    await resumed.waitFor(3, 10_000);
    // Nothing twice, nothing missing, in order.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.results.map((r) => r.data!.commentAdded.comment.body)).toEqual(['Zweitens.', 'Drittens.', 'Viertens, live.']);
  });
});
