import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '@krisenfest/testing';
import { SAMPLE_CONTENT } from './sample-content';
import { SAMPLE_PASSWORD, seedSampleContent } from './seeder';

const TABLES = [
  'municipality',
  'volunteer_group',
  'volunteer_group_municipality',
  'user_account',
  'membership',
  'crisis',
  'crisis_municipality',
  'seminar_series',
  'seminar_session',
  'seminar_speaker',
  'thread',
  'comment',
  'reaction',
  'experience',
  'experience_recommendation',
];

async function rowCounts(ds: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = row.n;
  }
  return counts;
}

describe('seedSampleContent', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let afterFirst: Record<string, number>;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = db.dataSource;
    expect(await seedSampleContent(ds)).toBe(true);
    afterFirst = await rowCounts(ds);
  });

  afterAll(async () => {
    await db?.close();
  });

  it('adds every record of the sample content', () => {
    expect(afterFirst).toMatchObject({
      municipality: SAMPLE_CONTENT.municipalities.length,
      volunteer_group: SAMPLE_CONTENT.volunteerGroups.length,
      user_account: SAMPLE_CONTENT.users.length,
      membership: SAMPLE_CONTENT.users.flatMap((u) => u.memberships).length,
      crisis: SAMPLE_CONTENT.crises.length,
      experience: SAMPLE_CONTENT.experiences.length,
      thread:
        SAMPLE_CONTENT.experiences.length +
        SAMPLE_CONTENT.generalThreads.length +
        SAMPLE_CONTENT.seminarSeries.flatMap((s) => s.sessions).length,
    });
  });

  it('adds nothing the second time', async () => {
    expect(await seedSampleContent(ds)).toBe(false);
    expect(await rowCounts(ds)).toEqual(afterFirst);
  });

  it('adds back only what is missing, matched by natural key', async () => {
    const title = SAMPLE_CONTENT.generalThreads[0].title;
    await ds.query(`DELETE FROM thread WHERE kind = 'GENERAL' AND title = $1`, [title]);
    expect((await rowCounts(ds)).thread).toBe(afterFirst.thread - 1);
    expect(await seedSampleContent(ds)).toBe(true);
    expect(await rowCounts(ds)).toEqual(afterFirst);
  });

  it('has the seminar session of 25 January 2023 with its three speakers in order', async () => {
    const [session] = await ds.query<{ id: string; starts_at: Date; ends_at: Date }[]>(`
      SELECT s.id, s.starts_at, s.ends_at FROM seminar_session s JOIN seminar_series r ON r.id = s.series_id
      WHERE r.title = '#kommunalEngagiert'`);
    expect(session.starts_at.toISOString()).toBe('2023-01-25T12:30:00.000Z');
    expect(session.ends_at.toISOString()).toBe('2023-01-25T13:45:00.000Z');
    const speakers = await ds.query<{ name: string; confirmation: string; position: number }[]>(
      'SELECT name, confirmation, position FROM seminar_speaker WHERE session_id = $1 ORDER BY position',
      [session.id],
    );
    expect(speakers).toEqual([
      { name: 'Frank Buß', confirmation: 'CONFIRMED', position: 0 },
      { name: 'Michaela Wolff', confirmation: 'CONFIRMED', position: 1 },
      { name: 'Kerstin Stocker', confirmation: 'REQUESTED', position: 2 },
    ]);
    const [thread] = await ds.query<{ kind: string; created_at: Date; published: boolean }[]>(
      'SELECT kind, created_at, published FROM thread WHERE seminar_session_id = $1',
      [session.id],
    );
    expect(thread).toEqual({ kind: 'SEMINAR_SESSION', created_at: new Date('2023-01-25T14:00:00Z'), published: true });
    // Comments are dated from the opening: the first one 25 minutes after, its reply 41 minutes after.
    const [first] = await ds.query<{ created_at: Date; reply_at: Date }[]>(
      `
      SELECT c.created_at, r.created_at AS reply_at FROM comment c JOIN thread t ON t.id = c.thread_id
      JOIN comment r ON r.parent_id = c.id WHERE t.seminar_session_id = $1 ORDER BY c.created_at LIMIT 1`,
      [session.id],
    );
    expect(first).toEqual({ created_at: new Date('2023-01-25T14:25:00Z'), reply_at: new Date('2023-01-25T14:41:00Z') });
  });

  it('keeps the denormalized counters equal to the real counts', async () => {
    const threads = await ds.query<{ id: string }[]>(`
      SELECT t.id FROM thread t
      WHERE t.comment_count <> (SELECT count(*) FROM comment c WHERE c.thread_id = t.id AND c.deleted_at IS NULL)
         OR t.last_activity_at <> coalesce((SELECT max(c.created_at) FROM comment c WHERE c.thread_id = t.id), t.created_at)`);
    expect(threads).toEqual([]);
    const comments = await ds.query<{ id: string }[]>(`
      SELECT c.id FROM comment c
      WHERE c.reply_count <> (SELECT count(*) FROM comment r WHERE r.parent_id = c.id)
         OR c.helpful_count <> (SELECT count(*) FROM reaction x WHERE x.comment_id = c.id AND x.kind = 'HELPFUL')
         OR c.thanks_count <> (SELECT count(*) FROM reaction x WHERE x.comment_id = c.id AND x.kind = 'THANKS')`);
    expect(comments).toEqual([]);
    const experiences = await ds.query<{ id: string }[]>(`
      SELECT e.id FROM experience e
      WHERE e.helpful_count <> (SELECT count(*) FROM reaction x WHERE x.experience_id = e.id AND x.kind = 'HELPFUL')
         OR e.thanks_count <> (SELECT count(*) FROM reaction x WHERE x.experience_id = e.id AND x.kind = 'THANKS')`);
    expect(experiences).toEqual([]);

    // …and they are not trivially zero.
    const [totals] = await ds.query<{ comments: number; replies: number; helpful: number }[]>(`
      SELECT (SELECT sum(comment_count)::int FROM thread) AS comments,
             (SELECT sum(reply_count)::int FROM comment) AS replies,
             (SELECT sum(helpful_count)::int FROM experience) AS helpful`);
    expect(totals.comments).toBeGreaterThan(0);
    expect(totals.replies).toBeGreaterThan(0);
    expect(totals.helpful).toBeGreaterThan(0);
  });

  it('links every experience to its own EXPERIENCE thread, published at the same moment', async () => {
    const rows = await ds.query<{ ok: boolean }[]>(`
      SELECT t.kind = 'EXPERIENCE' AND t.title = e.title AND t.author_id = e.author_id AND t.published
             AND t.body = '' AND t.body_html = '' AND t.seminar_session_id IS NULL
             AND t.created_at = e.published_at AND t.updated_at = t.last_activity_at
             AND e.created_at = e.published_at AND e.updated_at = e.published_at AND e.status = 'PUBLISHED' AS ok
      FROM experience e JOIN thread t ON t.id = e.thread_id`);
    expect(rows).toHaveLength(SAMPLE_CONTENT.experiences.length);
    expect(rows.every((r) => r.ok)).toBe(true);
  });

  it('renders the Markdown of threads and comments', async () => {
    const [thread] = await ds.query<{ body_html: string }[]>(`SELECT body_html FROM thread WHERE kind = 'SEMINAR_SESSION'`);
    expect(thread.body_html).toContain('<strong>');
    const [missing] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM comment WHERE body_html = ''`);
    expect(missing.n).toBe(0);
  });

  it('puts Plochingen under Landkreis Esslingen', async () => {
    const [row] = await ds.query<{ parent: string }[]>(`
      SELECT p.name AS parent FROM municipality m JOIN municipality p ON p.id = m.parent_id WHERE m.official_key = '08116056'`);
    expect(row).toEqual({ parent: 'Landkreis Esslingen' });
  });

  it('lets the sample users log in with SAMPLE_PASSWORD and verifies their memberships', async () => {
    const first = SAMPLE_CONTENT.users[0];
    const [user] = await ds.query<{ id: string; password_hash: string }[]>('SELECT id, password_hash FROM user_account WHERE email = $1', [
      first.email,
    ]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(await argon2.verify(user.password_hash, SAMPLE_PASSWORD)).toBe(true);
    expect(await argon2.verify(user.password_hash, 'wrong')).toBe(false);
    const statuses = await ds.query<{ status: string; decided: boolean }[]>(
      'SELECT DISTINCT status, decided_at IS NOT NULL AS decided FROM membership',
    );
    expect(statuses).toEqual([{ status: 'VERIFIED', decided: true }]);
  });

  it('includes a sample moderator, admin and seminar organiser, and no other sample user has a platform role', async () => {
    const rows = await ds.query<{ email: string; platform_roles: string[] }[]>(
      `SELECT email, platform_roles FROM user_account WHERE platform_roles <> '{}' ORDER BY email`,
    );
    expect(rows).toEqual([
      { email: 'admin@beispiel.krisenfest.de', platform_roles: ['ADMIN'] },
      { email: 'henrike.albers@beispiel.krisenfest.de', platform_roles: ['ORGANIZER'] },
      { email: 'moderation@beispiel.krisenfest.de', platform_roles: ['MODERATOR'] },
    ]);
  });
});
