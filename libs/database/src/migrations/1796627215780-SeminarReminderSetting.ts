import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeminarReminderSetting1796627215780 implements MigrationInterface {
  name = 'SeminarReminderSetting1796627215780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "seminar_reminder_setting" ("user_id" uuid NOT NULL, "reminders" boolean NOT NULL, CONSTRAINT "PK_cbd0543e27857104c4daff6ef83" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_reminder_setting" ADD CONSTRAINT "FK_cbd0543e27857104c4daff6ef83" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "seminar_reminder_setting" DROP CONSTRAINT "FK_cbd0543e27857104c4daff6ef83"');
    await queryRunner.query('DROP TABLE "seminar_reminder_setting"');
  }
}
