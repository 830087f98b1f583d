import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailHeaders1796626860267 implements MigrationInterface {
  name = 'MailHeaders1796626860267';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_outbox" ADD "headers" jsonb NOT NULL DEFAULT \'{}\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "mail_outbox" DROP COLUMN "headers"');
  }
}
