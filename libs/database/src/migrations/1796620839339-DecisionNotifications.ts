import { MigrationInterface, QueryRunner } from 'typeorm';

export class DecisionNotifications1796620839339 implements MigrationInterface {
  name = 'DecisionNotifications1796620839339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" ADD "membership_id" uuid');
    // notification_kind is shared by notification.kind and notification_preference.kind: each value is added once.
    for (const kind of ['MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'POST_HIDDEN', 'POST_RESTORED']) {
      await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS '${kind}'`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notification" WHERE "kind"::text IN ('MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'POST_HIDDEN', 'POST_RESTORED')`,
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'THREAD_COMMENT', 'REGISTRATION_PROMOTED', 'SESSION_CANCELLED', 'QUESTION_TO_YOU', 'ANSWER_ACCEPTED')",
    );
    for (const table of ['notification_preference', 'notification']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
      );
    }
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "membership_id"');
  }
}
