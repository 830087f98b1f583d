import { createTestApp, errorFields, graphql, SignedUpUser, TestApp, uuidOf, Variables } from '@krisenfest/testing';

const ADD = graphql(`
  mutation IdempotencyAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
        body
      }
    }
  }
`);

const THREAD = graphql(`
  mutation IdempotencyCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

const EXPERIENCE = graphql(`
  mutation IdempotencyCreateExperience($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      experience {
        id
        thread {
          id
        }
      }
    }
  }
`);

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
    threadId = (await t.make.thread(anna, { title: 'Sandsäcke lagern', body: 'Wo lagert ihr?' })).id;
  });
  afterAll(() => t.close());

  it('posts a comment once when the same request is retried concurrently', async () => {
    const input = { threadId, body: 'Im Bauhof, gut erreichbar.', idempotencyKey: 'retry-comment-0001' };
    const results = await Promise.all(Array.from({ length: 5 }, () => t.as(ben).data(ADD, { input })));
    const ids = results.map((r) => r.addComment.comment.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(1);
    expect(results.map((r) => r.addComment.comment.body)).toEqual(Array(5).fill('Im Bauhof, gut erreichbar.'));
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Im Bauhof, gut erreichbar.'`)).toBe(1);
    expect(await count('SELECT comment_count AS n FROM thread WHERE id = $1', [uuidOf(threadId)])).toBe(1);
    // A later retry still gets the same comment.
    const later = await t.as(ben).data(ADD, { input });
    expect(later.addComment.comment.id).toBe(ids[0]);
  });

  it('refuses the same key for different content, and keys are per user', async () => {
    const input = { threadId, body: 'Erster Text', idempotencyKey: 'retry-comment-0002' };
    const first = await t.as(ben).data(ADD, { input });
    await t.as(ben).error(ADD, 'CONFLICT', { input: { ...input, body: 'Anderer Text' } });
    const annas = await t.as(anna).data(ADD, { input });
    expect(annas.addComment.comment.id).not.toBe(first.addComment.comment.id);
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Erster Text'`)).toBe(2);
  });

  it('without a key, every request posts', async () => {
    const input = { threadId, body: 'Doppelt ohne Schlüssel' };
    const [one, two] = await Promise.all([t.as(ben).data(ADD, { input }), t.as(ben).data(ADD, { input })]);
    expect(one.addComment.comment.id).not.toBe(two.addComment.comment.id);
    expect(await count(`SELECT count(*)::int AS n FROM comment WHERE body = 'Doppelt ohne Schlüssel'`)).toBe(2);
  });

  it('creates a thread and an experience once per key', async () => {
    const threadInput = { title: 'Notstrom für Pflegeheime', body: 'Erfahrungen?', idempotencyKey: 'thread-key-0001' };
    const threads = await Promise.all([1, 2, 3].map(() => t.as(anna).data(THREAD, { input: threadInput })));
    const threadIds = threads.map((r) => r.createThread.thread.id);
    expect(threadIds).toHaveLength(3);
    expect(new Set(threadIds).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM thread WHERE title = 'Notstrom für Pflegeheime'`)).toBe(1);

    const town = await t.fx.municipality('Lauf an der Pegnitz', { state: 'BY' });
    const experienceInput: Variables<typeof EXPERIENCE>['input'] = {
      title: 'Dolmetscherpool aufbauen',
      summary: 'Wie ein Pool aus Ehrenamtlichen Sprachen abdeckte.',
      hazards: ['REFUGEE_ARRIVAL'],
      phase: 'RESPONSE',
      municipalityId: town.gid,
      recommendations: [{ text: 'Pool früh aufbauen', addressee: 'KOMMUNE' }],
      idempotencyKey: 'experience-key-0001',
    };
    const created = await Promise.all([1, 2, 3].map(() => t.as(anna).data(EXPERIENCE, { input: experienceInput })));
    const experiences = created.map((r) => r.createExperience.experience);
    expect(experiences).toHaveLength(3);
    expect(new Set(experiences.map((e) => e.id)).size).toBe(1);
    expect(new Set(experiences.map((e) => e.thread!.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM experience WHERE title = 'Dolmetscherpool aufbauen'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM thread WHERE title = 'Dolmetscherpool aufbauen'`)).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM experience_recommendation')).toBe(1);
  });

  it('refuses malformed keys, naming the field', async () => {
    for (const idempotencyKey of ['short', 'has space in it', 'x'.repeat(101), 'ümlautkey1']) {
      const error = await t.as(ben).error(ADD, 'BAD_USER_INPUT', { input: { threadId, body: 'x', idempotencyKey } });
      expect(errorFields(error)).toEqual(['idempotencyKey']);
    }
  });
});
