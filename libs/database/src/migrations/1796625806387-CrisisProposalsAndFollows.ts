import { MigrationInterface, QueryRunner } from 'typeorm';

export class CrisisProposalsAndFollows1796625806387 implements MigrationInterface {
  name = 'CrisisProposalsAndFollows1796625806387';

  async up(queryRunner: QueryRunner): Promise<void> {
    // A crisis can be of several kinds; the crises there are keep theirs as the first and are confirmed.
    await queryRunner.query(`ALTER TABLE "crisis" ADD "hazards" "public"."hazard" array`);
    await queryRunner.query(`UPDATE "crisis" SET "hazards" = ARRAY["hazard"]`);
    await queryRunner.query(`ALTER TABLE "crisis" ALTER COLUMN "hazards" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP COLUMN "hazard"`);
    await queryRunner.query(`CREATE TYPE "public"."crisis_status" AS ENUM('PROPOSED', 'CONFIRMED', 'REJECTED', 'MERGED')`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "status" "public"."crisis_status" NOT NULL DEFAULT 'CONFIRMED'`);
    await queryRunner.query(`ALTER TABLE "crisis" ALTER COLUMN "status" SET DEFAULT 'PROPOSED'`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "proposed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "decided_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "decided_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "decision_reason" text`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "merged_into_id" uuid`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD CONSTRAINT "crisis_has_hazard" CHECK (cardinality(hazards) > 0)`);
    await queryRunner.query(
      `ALTER TABLE "crisis" ADD CONSTRAINT "crisis_ends_after_start" CHECK (ends_on IS NULL OR ends_on >= starts_on)`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis" ADD CONSTRAINT "crisis_merged_has_target" CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis" ADD CONSTRAINT "FK_f7f7d11ce36974dc958a5e127a5" FOREIGN KEY ("proposed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis" ADD CONSTRAINT "FK_257ee337f7c9bc0720ef3fbb13a" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "crisis" ADD CONSTRAINT "FK_812a49f981bb1b8ff8c391a8a1d" FOREIGN KEY ("merged_into_id") REFERENCES "crisis"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    // Follows of things that are not rows (a hazard, by name), of municipalities and crises.
    await queryRunner.query(`ALTER TYPE "public"."follow_target" ADD VALUE IF NOT EXISTS 'MUNICIPALITY'`);
    await queryRunner.query(`ALTER TYPE "public"."follow_target" ADD VALUE IF NOT EXISTS 'CRISIS'`);
    await queryRunner.query(`ALTER TYPE "public"."follow_target" ADD VALUE IF NOT EXISTS 'HAZARD'`);
    await queryRunner.query(`ALTER TABLE "follow" ADD "target_key" text`);
    await queryRunner.query(`ALTER TABLE "follow" ALTER COLUMN "target_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "follow" ADD CONSTRAINT "follow_one_key" CHECK ((target_id IS NULL) <> (target_key IS NULL))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "follow_user_target_key" ON "follow" ("user_id", "target", "target_key") WHERE target_key IS NOT NULL`,
    );

    // notification_kind is shared by notification.kind and notification_preference.kind: each value is added once.
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'NEW_LESSON'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'MENTION'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD "experience_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text IN ('NEW_LESSON', 'MENTION')`);
    await queryRunner.query(`DELETE FROM "notification_preference" WHERE "kind"::text IN ('NEW_LESSON', 'MENTION')`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "experience_id"`);
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'THREAD_COMMENT', 'REGISTRATION_PROMOTED', 'SESSION_CANCELLED', 'QUESTION_TO_YOU', 'ANSWER_ACCEPTED', 'MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'POST_HIDDEN', 'POST_RESTORED', 'SESSION_ANNOUNCED')",
    );
    for (const table of ['notification_preference', 'notification']) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"`,
      );
    }
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"');

    await queryRunner.query(`DELETE FROM "follow" WHERE "target"::text IN ('MUNICIPALITY', 'CRISIS', 'HAZARD')`);
    await queryRunner.query(`DROP INDEX "public"."follow_user_target_key"`);
    await queryRunner.query(`ALTER TABLE "follow" DROP CONSTRAINT "follow_one_key"`);
    await queryRunner.query(`ALTER TABLE "follow" ALTER COLUMN "target_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "follow" DROP COLUMN "target_key"`);
    await queryRunner.query(`CREATE TYPE "public"."follow_target_old" AS ENUM('THREAD', 'SEMINAR_SESSION', 'SEMINAR_SERIES')`);
    await queryRunner.query(
      'ALTER TABLE "follow" ALTER COLUMN "target" TYPE "public"."follow_target_old" USING "target"::"text"::"public"."follow_target_old"',
    );
    await queryRunner.query('DROP TYPE "public"."follow_target"');
    await queryRunner.query('ALTER TYPE "public"."follow_target_old" RENAME TO "follow_target"');

    await queryRunner.query(
      `UPDATE "experience" SET "crisis_id" = NULL WHERE "crisis_id" IN (SELECT "id" FROM "crisis" WHERE "status" <> 'CONFIRMED')`,
    );
    await queryRunner.query(`DELETE FROM "crisis" WHERE "status" <> 'CONFIRMED'`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "FK_812a49f981bb1b8ff8c391a8a1d"`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "FK_257ee337f7c9bc0720ef3fbb13a"`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "FK_f7f7d11ce36974dc958a5e127a5"`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "crisis_merged_has_target"`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "crisis_ends_after_start"`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP CONSTRAINT "crisis_has_hazard"`);
    for (const column of ['merged_into_id', 'decision_reason', 'decided_at', 'decided_by_id', 'proposed_by_id', 'status']) {
      await queryRunner.query(`ALTER TABLE "crisis" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`DROP TYPE "public"."crisis_status"`);
    await queryRunner.query(`ALTER TABLE "crisis" ADD "hazard" "public"."hazard"`);
    await queryRunner.query(`UPDATE "crisis" SET "hazard" = "hazards"[1]`);
    await queryRunner.query(`ALTER TABLE "crisis" ALTER COLUMN "hazard" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "crisis" DROP COLUMN "hazards"`);
  }
}
