import { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use tokens sent by mail (address confirmation, password reset); only their SHA-256 is stored. */
export class AccountTokens1796005200000 implements MigrationInterface {
  name = 'AccountTokens1796005200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."account_token_purpose" AS ENUM(\'VERIFY_EMAIL\', \'RESET_PASSWORD\')');
    await queryRunner.query(
      'CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_account_token" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_account_token_user_id_purpose" ON "account_token" ("user_id", "purpose", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_account_token_token_hash" ON "account_token" ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "account_token" ADD CONSTRAINT "FK_account_token_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "account_token" DROP CONSTRAINT "FK_account_token_user_id"');
    await queryRunner.query('DROP INDEX "public"."UQ_account_token_token_hash"');
    await queryRunner.query('DROP INDEX "public"."IDX_account_token_user_id_purpose"');
    await queryRunner.query('DROP TABLE "account_token"');
    await queryRunner.query('DROP TYPE "public"."account_token_purpose"');
  }
}
