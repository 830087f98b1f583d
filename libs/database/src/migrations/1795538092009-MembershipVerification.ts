import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who decided a membership and why, and the record of every verification step. */
export class MembershipVerification1795538092009 implements MigrationInterface {
  name = 'MembershipVerification1795538092009';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"membership_action\" AS ENUM('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED', 'LEFT')");
    await queryRunner.query(
      'CREATE TABLE "membership_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "membership_id" uuid NOT NULL, "actor_id" uuid, "action" "public"."membership_action" NOT NULL, "reason" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a5bbbf1d51331d1ff4e6419c48e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6afe8f10329efe64980c380aba" ON "membership_event"  ("membership_id") ');
    await queryRunner.query('ALTER TABLE "membership" ADD "decided_by_id" uuid');
    await queryRunner.query('ALTER TABLE "membership" ADD "decision_reason" text');
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_245dee5487262b6cce3699dad70" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership_event" ADD CONSTRAINT "FK_6afe8f10329efe64980c380aba0" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership_event" ADD CONSTRAINT "FK_f654c828136b060495a0cd103db" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "membership_event" DROP CONSTRAINT "FK_f654c828136b060495a0cd103db"');
    await queryRunner.query('ALTER TABLE "membership_event" DROP CONSTRAINT "FK_6afe8f10329efe64980c380aba0"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_245dee5487262b6cce3699dad70"');
    await queryRunner.query('ALTER TABLE "membership" DROP COLUMN "decision_reason"');
    await queryRunner.query('ALTER TABLE "membership" DROP COLUMN "decided_by_id"');
    await queryRunner.query('DROP INDEX "public"."IDX_6afe8f10329efe64980c380aba"');
    await queryRunner.query('DROP TABLE "membership_event"');
    await queryRunner.query('DROP TYPE "public"."membership_action"');
  }
}
