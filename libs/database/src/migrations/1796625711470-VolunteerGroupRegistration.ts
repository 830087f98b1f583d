import { MigrationInterface, QueryRunner } from 'typeorm';

export class VolunteerGroupRegistration1796625711470 implements MigrationInterface {
  name = 'VolunteerGroupRegistration1796625711470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"volunteer_group_status\" AS ENUM('PENDING', 'CONFIRMED', 'REJECTED')");
    // Groups added before registration existed (the seed's) count as confirmed: the default fills them in.
    await queryRunner.query('ALTER TABLE "volunteer_group" ADD "status" "public"."volunteer_group_status" NOT NULL DEFAULT \'CONFIRMED\'');
    await queryRunner.query('ALTER TABLE "volunteer_group" ADD "registered_by_id" uuid');
    await queryRunner.query('ALTER TABLE "volunteer_group" ADD "decided_by_id" uuid');
    await queryRunner.query('ALTER TABLE "volunteer_group" ADD "decided_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "volunteer_group" ADD "decision_reason" text');
    await queryRunner.query('CREATE INDEX "IDX_ca25a06e55b9332ddf1a4adc00" ON "volunteer_group"  ("registered_by_id") ');
    await queryRunner.query(
      'ALTER TABLE "volunteer_group" ADD CONSTRAINT "FK_ca25a06e55b9332ddf1a4adc003" FOREIGN KEY ("registered_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_group" ADD CONSTRAINT "FK_a285642d77690ca4556d62f0b6c" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP CONSTRAINT "FK_a285642d77690ca4556d62f0b6c"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP CONSTRAINT "FK_ca25a06e55b9332ddf1a4adc003"');
    await queryRunner.query('DROP INDEX "public"."IDX_ca25a06e55b9332ddf1a4adc00"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "decision_reason"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "decided_at"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "decided_by_id"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "registered_by_id"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "status"');
    await queryRunner.query('DROP TYPE "public"."volunteer_group_status"');
  }
}
