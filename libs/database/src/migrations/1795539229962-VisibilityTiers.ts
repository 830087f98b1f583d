import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who may read an experience or a thread: PUBLIC, VERIFIED or MEMBERS of the owner. */
export class VisibilityTiers1795539229962 implements MigrationInterface {
  name = 'VisibilityTiers1795539229962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"visibility\" AS ENUM('PUBLIC', 'VERIFIED', 'MEMBERS')");
    await queryRunner.query('ALTER TABLE "experience" ADD "visibility" "public"."visibility" NOT NULL DEFAULT \'PUBLIC\'');
    await queryRunner.query('ALTER TABLE "thread" ADD "visibility" "public"."visibility" NOT NULL DEFAULT \'PUBLIC\'');
    await queryRunner.query('ALTER TABLE "thread" ADD "owner_municipality_id" uuid');
    await queryRunner.query('ALTER TABLE "thread" ADD "owner_volunteer_group_id" uuid');
    await queryRunner.query('CREATE INDEX "thread_owner_municipality_idx" ON "thread" ("owner_municipality_id")');
    await queryRunner.query('CREATE INDEX "thread_owner_volunteer_group_idx" ON "thread" ("owner_volunteer_group_id")');
    // Threads of existing experiences belong to the experience's municipality or group.
    await queryRunner.query(
      'UPDATE "thread" t SET "owner_municipality_id" = e."municipality_id", "owner_volunteer_group_id" = e."volunteer_group_id" FROM "experience" e WHERE e."thread_id" = t."id"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."thread_owner_volunteer_group_idx"');
    await queryRunner.query('DROP INDEX "public"."thread_owner_municipality_idx"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "owner_volunteer_group_id"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "owner_municipality_id"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "visibility"');
    await queryRunner.query('ALTER TABLE "experience" DROP COLUMN "visibility"');
    await queryRunner.query('DROP TYPE "public"."visibility"');
  }
}
