import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-ins with rotating refresh tokens (only their SHA-256 is stored); access tokens name their session. */
export class Sessions1795539353737 implements MigrationInterface {
  name = 'Sessions1795539353737';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, "replaced_by_id" uuid, "user_agent" text, "ip" text, CONSTRAINT "PK_user_session" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_user_session_user_id" ON "user_session" ("user_id") ');
    await queryRunner.query('CREATE INDEX "IDX_user_session_family_id" ON "user_session" ("family_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_user_session_token_hash" ON "user_session" ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "FK_user_session_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_session" DROP CONSTRAINT "FK_user_session_user_id"');
    await queryRunner.query('DROP INDEX "public"."UQ_user_session_token_hash"');
    await queryRunner.query('DROP INDEX "public"."IDX_user_session_family_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_user_session_user_id"');
    await queryRunner.query('DROP TABLE "user_session"');
  }
}
