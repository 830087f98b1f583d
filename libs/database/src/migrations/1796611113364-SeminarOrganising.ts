import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeminarOrganising1796611113364 implements MigrationInterface {
  name = 'SeminarOrganising1796611113364';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seminar_series" ADD "organising_municipality_ids" uuid array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "seminar_series" ADD "organising_volunteer_group_ids" uuid array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "seminar_series" ADD "created_by_id" uuid');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "time_zone" text NOT NULL DEFAULT \'Europe/Berlin\'');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "capacity" integer');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "registration_opens_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "registration_closes_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "cancelled_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "cancel_reason" text');
    await queryRunner.query('ALTER TABLE "seminar_speaker" ADD "volunteer_group_id" uuid');
    await queryRunner.query('ALTER TABLE "seminar_speaker" ADD "user_id" uuid');
    await queryRunner.query('CREATE INDEX "IDX_63510876d62abb3ffb13d868ed" ON "seminar_speaker"  ("user_id") ');
    await queryRunner.query(
      'ALTER TABLE "seminar_speaker" ADD CONSTRAINT "FK_3af4795cc1fe5dfaebe20f72c38" FOREIGN KEY ("volunteer_group_id") REFERENCES "volunteer_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_speaker" ADD CONSTRAINT "FK_63510876d62abb3ffb13d868ede" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP CONSTRAINT "FK_63510876d62abb3ffb13d868ede"');
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP CONSTRAINT "FK_3af4795cc1fe5dfaebe20f72c38"');
    await queryRunner.query('DROP INDEX "public"."IDX_63510876d62abb3ffb13d868ed"');
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP COLUMN "user_id"');
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP COLUMN "volunteer_group_id"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "cancel_reason"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "cancelled_at"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "registration_closes_at"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "registration_opens_at"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "capacity"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "time_zone"');
    await queryRunner.query('ALTER TABLE "seminar_series" DROP COLUMN "created_by_id"');
    await queryRunner.query('ALTER TABLE "seminar_series" DROP COLUMN "organising_volunteer_group_ids"');
    await queryRunner.query('ALTER TABLE "seminar_series" DROP COLUMN "organising_municipality_ids"');
  }
}
