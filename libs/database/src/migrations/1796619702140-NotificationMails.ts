import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationMails1796619702140 implements MigrationInterface {
  name = 'NotificationMails1796619702140';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"mail_delivery\" AS ENUM('IMMEDIATE', 'DAILY', 'NEVER')");
    await queryRunner.query(
      'CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "delivery" "public"."mail_delivery" NOT NULL, CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_digest_state" ("user_id" uuid NOT NULL, "last_digest_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_11769ac9943b4d3b7afc120d9c7" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query('ALTER TABLE "notification" ADD "emailed_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('CREATE INDEX "notification_unmailed" ON "notification"  ("emailed_at") WHERE emailed_at IS NULL');
    await queryRunner.query(
      'ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_digest_state" ADD CONSTRAINT "FK_11769ac9943b4d3b7afc120d9c7" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification_digest_state" DROP CONSTRAINT "FK_11769ac9943b4d3b7afc120d9c7"');
    await queryRunner.query('ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"');
    await queryRunner.query('DROP INDEX "public"."notification_unmailed"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "emailed_at"');
    await queryRunner.query('DROP TABLE "notification_digest_state"');
    await queryRunner.query('DROP TABLE "notification_preference"');
    await queryRunner.query('DROP TYPE "public"."mail_delivery"');
  }
}
