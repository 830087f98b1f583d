import { createTestApp, errorFields, expectErrorCode, Fixtures, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id body } } }`;
const THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
const EXPERIENCE = `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id thread { id } } } }`;

describe('idempotent creation', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let ben: SignedUpUser;
  let threadId: string;
  const count = async (sql: string, params: unknown[] = []) => (await t.dataSource.query(sql, params))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna');
    ben = await t.signUp('Ben');
    threadId = (await t.gql<any>(THREAD, { input: { title: 'Sandsäcke lagern', body: 'Wo lagert ihr?' } }, { token: anna.token })).body.data
      .createThread.thread.id;
  });
  afterAll(() => t.close());

  it('posts a comment once when the same request is retried concurrently', async () => {
    const input = { threadId, body: 'Im Bauhof, gut erreichbar.', idempotencyKey: 'retry-comment-0001' };
    const results = await Promise.all(Array.from({ length: 5 }, () => t.gql<any>(ADD, { input }, { token: ben.token })));
    const ids = results.map((r) => {
      expect(r.body.errors).toBeUndefined();
      return r.body.data.addComment.comment.id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Im Bauhof, gut erreichbar.'`)).toBe(1);
    expect(await count('SELECT comment_count AS n FROM thread WHERE id = $1', [uuidOf(threadId)])).toBe(1);
    // A later retry still gets the same comment.
    const later = await t.gql<any>(ADD, { input }, { token: ben.token });
    expect(later.body.data.addComment.comment.id).toBe(ids[0]);
  });

  it('refuses the same key for different content, and keys are per user', async () => {
    const input = { threadId, body: 'Erster Text', idempotencyKey: 'retry-comment-0002' };
    const first = await t.gql<any>(ADD, { input }, { token: ben.token });
    expectErrorCode((await t.gql(ADD, { input: { ...input, body: 'Anderer Text' } }, { token: ben.token })).body, 'CONFLICT');
    const annas = await t.gql<any>(ADD, { input }, { token: anna.token });
    expect(annas.body.data.addComment.comment.id).not.toBe(first.body.data.addComment.comment.id);
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Erster Text'`)).toBe(2);
  });

  it('without a key, every request posts', async () => {
    const input = { threadId, body: 'Doppelt ohne Schlüssel' };
    await Promise.all([t.gql(ADD, { input }, { token: ben.token }), t.gql(ADD, { input }, { token: ben.token })]);
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Doppelt ohne Schlüssel'`)).toBe(2);
  });

  it('creates a thread and an experience once per key', async () => {
    const threadInput = { title: 'Notstrom für Pflegeheime', body: 'Erfahrungen?', idempotencyKey: 'thread-key-0001' };
    const threads = await Promise.all([1, 2, 3].map(() => t.gql<any>(THREAD, { input: threadInput }, { token: anna.token })));
    expect(new Set(threads.map((r) => r.body.data.createThread.thread.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM thread WHERE title = 'Notstrom für Pflegeheime'`)).toBe(1);

    const town = await new Fixtures(t.dataSource).municipality('Lauf an der Pegnitz', { state: 'BY' });
    const experienceInput = {
      title: 'Dolmetscherpool aufbauen',
      summary: 'Wie ein Pool aus Ehrenamtlichen Sprachen abdeckte.',
      hazards: ['REFUGEE_ARRIVAL'],
      phase: 'RESPONSE',
      municipalityId: town.gid,
      recommendations: [{ text: 'Pool früh aufbauen', addressee: 'KOMMUNE' }],
      idempotencyKey: 'experience-key-0001',
    };
    const created = await Promise.all([1, 2, 3].map(() => t.gql<any>(EXPERIENCE, { input: experienceInput }, { token: anna.token })));
    expect(new Set(created.map((r) => r.body.data.createExperience.experience.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM experience WHERE title = 'Dolmetscherpool aufbauen'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM thread WHERE title = 'Dolmetscherpool aufbauen'`)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM experience_recommendation')).toBe(1);
  });

  it('refuses malformed keys, naming the field', async () => {
    for (const idempotencyKey of ['short', 'has space in it', 'x'.repeat(101), 'ümlautkey1']) {
      const res = await t.gql(ADD, { input: { threadId, body: 'x', idempotencyKey } }, { token: ben.token });
      expect(errorFields(expectErrorCode(res.body, 'BAD_USER_INPUT'))).toEqual(['idempotencyKey']);
    }
  });
});
