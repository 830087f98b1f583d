import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search looks for open general and seminar threads only; an experience's thread repeats the
 * experience's title. Indexing just the searchable threads keeps those matches out of the index.
 */
export class SearchableThreadsIndex1795536541846 implements MigrationInterface {
  name = 'SearchableThreadsIndex1795536541846';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "thread_search_idx"');
    await queryRunner.query(`CREATE INDEX "thread_search_idx" ON "thread" USING GIN ("search") WHERE published AND kind <> 'EXPERIENCE'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "thread_search_idx"');
    await queryRunner.query('CREATE INDEX "thread_search_idx" ON "thread" USING GIN ("search")');
  }
}
