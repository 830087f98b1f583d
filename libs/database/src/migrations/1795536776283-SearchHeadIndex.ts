import { MigrationInterface, QueryRunner } from 'typeorm';

/** Search ranks experiences whose title or summary match first; this index finds those directly. */
export class SearchHeadIndex1795536776283 implements MigrationInterface {
  name = 'SearchHeadIndex1795536776283';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX "experience_search_head_idx" ON "experience" USING GIN ("search_head")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "experience_search_head_idx"');
  }
}
