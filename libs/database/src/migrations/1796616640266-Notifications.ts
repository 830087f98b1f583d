import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796616640266 implements MigrationInterface {
  name = 'Notifications1796616640266';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."follow_target" AS ENUM(\'THREAD\', \'SEMINAR_SESSION\')');
    await queryRunner.query("CREATE TYPE \"public\".\"follow_level\" AS ENUM('WATCHING', 'TRACKING', 'MUTED')");
    await queryRunner.query(
      'CREATE TABLE "follow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "target" "public"."follow_target" NOT NULL, "target_id" uuid NOT NULL, "level" "public"."follow_level" NOT NULL, "seen_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fda88bc28a84d2d6d06e19df6e5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_bc922a3320206bafd070d4fff0" ON "follow"  ("target", "target_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_bc9ae307f0a034f836fc6524c1" ON "follow"  ("user_id", "target", "target_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('REPLY', 'THREAD_COMMENT', 'REGISTRATION_PROMOTED', 'SESSION_CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "actor_id" uuid, "thread_id" uuid, "comment_id" uuid, "seminar_session_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "notification_unread" ON "notification"  ("user_id") WHERE read_at IS NULL');
    await queryRunner.query('CREATE INDEX "IDX_ea2023b164a9b92eb5a7e08ce2" ON "notification"  ("user_id", "created_at", "id") ');
    await queryRunner.query(
      'ALTER TABLE "follow" ADD CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"');
    await queryRunner.query('ALTER TABLE "follow" DROP CONSTRAINT "FK_d3b514cd26ff6190a8f836f9b28"');
    await queryRunner.query('DROP INDEX "public"."IDX_ea2023b164a9b92eb5a7e08ce2"');
    await queryRunner.query('DROP INDEX "public"."notification_unread"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_bc9ae307f0a034f836fc6524c1"');
    await queryRunner.query('DROP INDEX "public"."IDX_bc922a3320206bafd070d4fff0"');
    await queryRunner.query('DROP TABLE "follow"');
    await queryRunner.query('DROP TYPE "public"."follow_level"');
    await queryRunner.query('DROP TYPE "public"."follow_target"');
  }
}
