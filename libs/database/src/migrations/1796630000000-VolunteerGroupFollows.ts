import { MigrationInterface, QueryRunner } from 'typeorm';

export class VolunteerGroupFollows1796630000000 implements MigrationInterface {
  name = 'VolunteerGroupFollows1796630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."follow_target" ADD VALUE IF NOT EXISTS 'VOLUNTEER_GROUP'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "follow" WHERE "target"::text = 'VOLUNTEER_GROUP'`);
    await queryRunner.query(
      `CREATE TYPE "public"."follow_target_old" AS ENUM('THREAD', 'SEMINAR_SESSION', 'SEMINAR_SERIES', 'MUNICIPALITY', 'CRISIS', 'HAZARD')`,
    );
    await queryRunner.query(
      'ALTER TABLE "follow" ALTER COLUMN "target" TYPE "public"."follow_target_old" USING "target"::"text"::"public"."follow_target_old"',
    );
    await queryRunner.query('DROP TYPE "public"."follow_target"');
    await queryRunner.query('ALTER TYPE "public"."follow_target_old" RENAME TO "follow_target"');
  }
}
