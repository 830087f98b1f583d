import { MigrationInterface, QueryRunner } from 'typeorm';

/** Client-chosen keys that make creating comments, threads and experiences safe to retry. */
export class IdempotencyKeys1795537825396 implements MigrationInterface {
  name = 'IdempotencyKeys1795537825396';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "operation" character varying(40) NOT NULL, "key" character varying(100) NOT NULL, "request_hash" character(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_acef6145ac09cfef2b6c6683c0e" PRIMARY KEY ("user_id", "operation", "key"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
