import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeminarRegistration1796615508315 implements MigrationInterface {
  name = 'SeminarRegistration1796615508315';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "mail_outbox" ("id" BIGSERIAL NOT NULL, "key" text NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "send_after" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "claimed_until" TIMESTAMP(3) WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT \'0\', "sent_at" TIMESTAMP(3) WITH TIME ZONE, "failed_at" TIMESTAMP(3) WITH TIME ZONE, "last_error" text, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ee7ac3cbae441904e14b339104" ON "mail_outbox"  ("key") ');
    await queryRunner.query('CREATE INDEX "mail_outbox_due" ON "mail_outbox"  ("send_after") WHERE sent_at IS NULL AND failed_at IS NULL');
    await queryRunner.query("CREATE TYPE \"public\".\"registration_status\" AS ENUM('REGISTERED', 'WAITLISTED', 'CANCELLED')");
    await queryRunner.query(
      'CREATE TABLE "seminar_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."registration_status" NOT NULL, "registered_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "promoted_at" TIMESTAMP(3) WITH TIME ZONE, "cancelled_at" TIMESTAMP(3) WITH TIME ZONE, "reminder" boolean NOT NULL DEFAULT true, "reminder_queued_at" TIMESTAMP(3) WITH TIME ZONE, "attended" boolean, CONSTRAINT "PK_972cc1e169e2afc0e5199ee3bc3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_454e1e86035e6334b33e25a7f6" ON "seminar_registration"  ("user_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_3bad02eff80ac8d899a83dd8ba" ON "seminar_registration"  ("session_id", "status", "registered_at") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_29d458e32a4c570cce441a470c" ON "seminar_registration"  ("session_id", "user_id") ');
    await queryRunner.query(
      'ALTER TABLE "seminar_registration" ADD CONSTRAINT "FK_06a687528b83ce905811082c2ce" FOREIGN KEY ("session_id") REFERENCES "seminar_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_registration" ADD CONSTRAINT "FK_454e1e86035e6334b33e25a7f6e" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seminar_registration" DROP CONSTRAINT "FK_454e1e86035e6334b33e25a7f6e"');
    await queryRunner.query('ALTER TABLE "seminar_registration" DROP CONSTRAINT "FK_06a687528b83ce905811082c2ce"');
    await queryRunner.query('DROP INDEX "public"."IDX_29d458e32a4c570cce441a470c"');
    await queryRunner.query('DROP INDEX "public"."IDX_3bad02eff80ac8d899a83dd8ba"');
    await queryRunner.query('DROP INDEX "public"."IDX_454e1e86035e6334b33e25a7f6"');
    await queryRunner.query('DROP TABLE "seminar_registration"');
    await queryRunner.query('DROP TYPE "public"."registration_status"');
    await queryRunner.query('DROP INDEX "public"."mail_outbox_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee7ac3cbae441904e14b339104"');
    await queryRunner.query('DROP TABLE "mail_outbox"');
  }
}
