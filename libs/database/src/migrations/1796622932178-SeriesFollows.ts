import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeriesFollows1796622932178 implements MigrationInterface {
  name = 'SeriesFollows1796622932178';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."follow_target" ADD VALUE IF NOT EXISTS 'SEMINAR_SERIES'`);
    // notification_kind is shared by notification.kind and notification_preference.kind: the value is added once.
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'SESSION_ANNOUNCED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = 'SESSION_ANNOUNCED'`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "kind"::text = 'SESSION_ANNOUNCED'`);
    await queryRunner.query(`DELETE FROM "follow" WHERE "target"::text = 'SEMINAR_SERIES'`);
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'THREAD_COMMENT', 'REGISTRATION_PROMOTED', 'SESSION_CANCELLED', 'QUESTION_TO_YOU', 'ANSWER_ACCEPTED', 'MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'POST_HIDDEN', 'POST_RESTORED')",
    );
    for (const table of ['notification_preference', 'notification']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
      );
    }
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"');
    await queryRunner.query(`CREATE TYPE "public"."follow_target_old" AS ENUM('THREAD', 'SEMINAR_SESSION')`);
    await queryRunner.query(
      'ALTER TABLE "follow" ALTER COLUMN "target" TYPE "public"."follow_target_old" USING "target"::"text"::"public"."follow_target_old"',
    );
    await queryRunner.query('DROP TYPE "public"."follow_target"');
    await queryRunner.query('ALTER TYPE "public"."follow_target_old" RENAME TO "follow_target"');
  }
}
