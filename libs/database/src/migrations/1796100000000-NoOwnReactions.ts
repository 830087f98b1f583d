import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nobody reacts to their own posts any more ("most helpful" ranks what others found helpful): reactions that
 * authors gave their own comments and experiences are removed, and the counters of those posts are counted anew.
 */
export class NoOwnReactions1796100000000 implements MigrationInterface {
  name = 'NoOwnReactions1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      WITH removed AS (
        DELETE FROM reaction r USING comment c WHERE r.comment_id = c.id AND r.user_id = c.author_id RETURNING r.comment_id)
      UPDATE comment c SET
        helpful_count = (SELECT count(*) FROM reaction r WHERE r.comment_id = c.id AND r.kind = 'HELPFUL'),
        thanks_count = (SELECT count(*) FROM reaction r WHERE r.comment_id = c.id AND r.kind = 'THANKS')
      WHERE c.id IN (SELECT comment_id FROM removed)`);
    await queryRunner.query(`
      WITH removed AS (
        DELETE FROM reaction r USING experience e WHERE r.experience_id = e.id AND r.user_id = e.author_id RETURNING r.experience_id)
      UPDATE experience e SET
        helpful_count = (SELECT count(*) FROM reaction r WHERE r.experience_id = e.id AND r.kind = 'HELPFUL'),
        thanks_count = (SELECT count(*) FROM reaction r WHERE r.experience_id = e.id AND r.kind = 'THANKS')
      WHERE e.id IN (SELECT experience_id FROM removed)`);
  }

  async down(): Promise<void> {
    // The removed reactions are gone; there is nothing to restore.
  }
}
