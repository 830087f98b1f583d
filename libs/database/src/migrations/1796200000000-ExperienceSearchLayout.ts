import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranks every experience whose title or summary matches on `search_head`, so a common word reads many
 * rows of `experience`. Those rows carry the long bodies and the full `search` vector inline (~2.6 KB a row);
 * with a lower TOAST target they move out of line and the table PostgreSQL scans for ranking and for lists
 * shrinks to a third. Title, summary and `search_head` stay inline and uncompressed (PLAIN), as ranking and
 * every list read them. Existing rows are stored anew under the new layout (the UPDATE), then written out
 * compactly in feed order (CLUSTER), so the newest lessons also share pages.
 */
export class ExperienceSearchLayout1796200000000 implements MigrationInterface {
  name = 'ExperienceSearchLayout1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "experience" ALTER COLUMN "title" SET STORAGE PLAIN, ALTER COLUMN "summary" SET STORAGE PLAIN, ALTER COLUMN "search_head" SET STORAGE PLAIN',
    );
    await queryRunner.query('ALTER TABLE "experience" SET (toast_tuple_target = 1024)');
    await queryRunner.query('UPDATE "experience" SET "situation" = "situation"');
    await queryRunner.query('CLUSTER "experience" USING "experience_feed_idx"');
    await queryRunner.query('ANALYZE "experience"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "experience" RESET (toast_tuple_target)');
    await queryRunner.query(
      'ALTER TABLE "experience" ALTER COLUMN "title" SET STORAGE EXTENDED, ALTER COLUMN "summary" SET STORAGE EXTENDED, ALTER COLUMN "search_head" SET STORAGE EXTENDED',
    );
  }
}
