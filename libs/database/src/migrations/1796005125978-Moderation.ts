import { MigrationInterface, QueryRunner } from 'typeorm';

/** Flags, the moderation log, hidden posts, locked threads, bans and erasure on user accounts, and verified e-mail addresses. */
export class Moderation1796005125978 implements MigrationInterface {
  name = 'Moderation1796005125978';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"content_kind\" AS ENUM('COMMENT', 'THREAD', 'EXPERIENCE')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"flag_reason\" AS ENUM('SPAM', 'OFFENSIVE', 'PERSONAL_DATA', 'MISINFORMATION', 'OTHER')",
    );
    await queryRunner.query('CREATE TYPE "public"."flag_resolution" AS ENUM(\'UPHELD\', \'DISMISSED\')');
    await queryRunner.query(
      'CREATE TABLE "flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_kind" "public"."content_kind" NOT NULL, "target_id" uuid NOT NULL, "reporter_id" uuid NOT NULL, "reason" "public"."flag_reason" NOT NULL, "note" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolution" "public"."flag_resolution", CONSTRAINT "PK_17b74257294fdfd221178a132d4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2282b18481752210ae3c063bda" ON "flag"  ("reporter_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "flag_open_reporter_uq" ON "flag"  ("target_kind", "target_id", "reporter_id") WHERE resolved_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "flag_open_target_idx" ON "flag"  ("target_kind", "target_id", "created_at") WHERE resolved_at IS NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"moderation_action_kind\" AS ENUM('HIDE', 'AUTO_HIDE', 'RESTORE', 'DISMISS_FLAGS', 'LOCK', 'UNLOCK', 'MOVE', 'BAN', 'UNBAN', 'ERASE_PERSONAL_DATA')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"moderation_subject\" AS ENUM('COMMENT', 'THREAD', 'EXPERIENCE', 'USER')");
    await queryRunner.query(
      'CREATE TABLE "moderation_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" "public"."moderation_action_kind" NOT NULL, "subject_kind" "public"."moderation_subject" NOT NULL, "subject_id" uuid NOT NULL, "reason" text NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_152a7fb29b5a2bfc5fa43a96806" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "moderation_action_recent_idx" ON "moderation_action"  ("created_at", "id") ');
    await queryRunner.query(
      'CREATE INDEX "moderation_action_subject_idx" ON "moderation_action"  ("subject_kind", "subject_id", "created_at") ',
    );
    await queryRunner.query('ALTER TABLE "user_account" ADD "email_verified_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "user_account" ADD "banned_until" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "user_account" ADD "ban_reason" text');
    await queryRunner.query('ALTER TABLE "user_account" ADD "erased_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "thread" ADD "locked_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "thread" ADD "lock_reason" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "hidden_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "thread" ADD "hidden_reason" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "hidden_automatically" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "comment" ADD "hidden_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "comment" ADD "hidden_reason" text');
    await queryRunner.query('ALTER TABLE "comment" ADD "hidden_automatically" boolean NOT NULL DEFAULT false');
    await queryRunner.query('ALTER TABLE "experience" ADD "hidden_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "experience" ADD "hidden_reason" text');
    await queryRunner.query('ALTER TABLE "experience" ADD "hidden_automatically" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'ALTER TABLE "flag" ADD CONSTRAINT "FK_2282b18481752210ae3c063bda1" FOREIGN KEY ("reporter_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "moderation_action" ADD CONSTRAINT "FK_c0eab4be8324aa6e556d0c6104c" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "moderation_action" DROP CONSTRAINT "FK_c0eab4be8324aa6e556d0c6104c"');
    await queryRunner.query('ALTER TABLE "flag" DROP CONSTRAINT "FK_2282b18481752210ae3c063bda1"');
    await queryRunner.query('ALTER TABLE "experience" DROP COLUMN "hidden_automatically"');
    await queryRunner.query('ALTER TABLE "experience" DROP COLUMN "hidden_reason"');
    await queryRunner.query('ALTER TABLE "experience" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "hidden_automatically"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "hidden_reason"');
    await queryRunner.query('ALTER TABLE "comment" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "hidden_automatically"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "hidden_reason"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "hidden_at"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "lock_reason"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "locked_at"');
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "erased_at"');
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "ban_reason"');
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "banned_until"');
    await queryRunner.query('ALTER TABLE "user_account" DROP COLUMN "email_verified_at"');
    await queryRunner.query('DROP INDEX "public"."moderation_action_subject_idx"');
    await queryRunner.query('DROP INDEX "public"."moderation_action_recent_idx"');
    await queryRunner.query('DROP TABLE "moderation_action"');
    await queryRunner.query('DROP TYPE "public"."moderation_subject"');
    await queryRunner.query('DROP TYPE "public"."moderation_action_kind"');
    await queryRunner.query('DROP INDEX "public"."flag_open_target_idx"');
    await queryRunner.query('DROP INDEX "public"."flag_open_reporter_uq"');
    await queryRunner.query('DROP INDEX "public"."IDX_2282b18481752210ae3c063bda"');
    await queryRunner.query('DROP TABLE "flag"');
    await queryRunner.query('DROP TYPE "public"."flag_resolution"');
    await queryRunner.query('DROP TYPE "public"."flag_reason"');
    await queryRunner.query('DROP TYPE "public"."content_kind"');
  }
}
