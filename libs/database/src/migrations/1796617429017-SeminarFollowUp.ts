import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeminarFollowUp1796617429017 implements MigrationInterface {
  name = 'SeminarFollowUp1796617429017';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_question" ("comment_id" uuid NOT NULL, "speaker_id" uuid NOT NULL, CONSTRAINT "PK_c22363515980fd0adcc9cef353b" PRIMARY KEY ("comment_id", "speaker_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_054271acf5bf90d833606611d8" ON "comment_question"  ("speaker_id") ');
    await queryRunner.query(
      'CREATE TABLE "accepted_answer" ("question_id" uuid NOT NULL, "answer_id" uuid NOT NULL, "accepted_by_id" uuid NOT NULL, "accepted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1a0d869fdb359d03c901d46507" PRIMARY KEY ("question_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_4bcef55e9cd590e3e7d1b1a058" ON "accepted_answer"  ("answer_id") ');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "guiding_questions" text array NOT NULL DEFAULT \'{}\'');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "minutes" text');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "minutes_html" text');
    await queryRunner.query('ALTER TABLE "seminar_session" ADD "recording_url" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "closed_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "thread" ADD "closed_by_id" uuid');
    await queryRunner.query('ALTER TABLE "thread" ADD "conclusion" text');
    await queryRunner.query('ALTER TABLE "thread" ADD "conclusion_html" text');
    await queryRunner.query('ALTER TABLE "experience" ADD "source_thread_id" uuid');
    await queryRunner.query('ALTER TYPE "public"."notification_kind" ADD VALUE \'QUESTION_TO_YOU\'');
    await queryRunner.query('ALTER TYPE "public"."notification_kind" ADD VALUE \'ANSWER_ACCEPTED\'');
    await queryRunner.query(
      'ALTER TABLE "comment_question" ADD CONSTRAINT "FK_e27c4dc3ca22a4cbbf35b3bfb16" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_question" ADD CONSTRAINT "FK_054271acf5bf90d833606611d8b" FOREIGN KEY ("speaker_id") REFERENCES "seminar_speaker"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "accepted_answer" ADD CONSTRAINT "FK_d1a0d869fdb359d03c901d46507" FOREIGN KEY ("question_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "accepted_answer" ADD CONSTRAINT "FK_4bcef55e9cd590e3e7d1b1a058f" FOREIGN KEY ("answer_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "accepted_answer" ADD CONSTRAINT "FK_ad85859839efb956394bbf4b50e" FOREIGN KEY ("accepted_by_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_a1f1afda7512a6546409b643e13" FOREIGN KEY ("source_thread_id") REFERENCES "thread"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_a1f1afda7512a6546409b643e13"');
    await queryRunner.query('ALTER TABLE "accepted_answer" DROP CONSTRAINT "FK_ad85859839efb956394bbf4b50e"');
    await queryRunner.query('ALTER TABLE "accepted_answer" DROP CONSTRAINT "FK_4bcef55e9cd590e3e7d1b1a058f"');
    await queryRunner.query('ALTER TABLE "accepted_answer" DROP CONSTRAINT "FK_d1a0d869fdb359d03c901d46507"');
    await queryRunner.query('ALTER TABLE "comment_question" DROP CONSTRAINT "FK_054271acf5bf90d833606611d8b"');
    await queryRunner.query('ALTER TABLE "comment_question" DROP CONSTRAINT "FK_e27c4dc3ca22a4cbbf35b3bfb16"');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind_old\" AS ENUM('REPLY', 'THREAD_COMMENT', 'REGISTRATION_PROMOTED', 'SESSION_CANCELLED')",
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ALTER COLUMN "kind" TYPE "public"."notification_kind_old" USING "kind"::"text"::"public"."notification_kind_old"',
    );
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('ALTER TYPE "public"."notification_kind_old" RENAME TO "notification_kind"');
    await queryRunner.query('ALTER TABLE "experience" DROP COLUMN "source_thread_id"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "conclusion_html"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "conclusion"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "closed_by_id"');
    await queryRunner.query('ALTER TABLE "thread" DROP COLUMN "closed_at"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "recording_url"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "minutes_html"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "minutes"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP COLUMN "guiding_questions"');
    await queryRunner.query('DROP INDEX "public"."IDX_4bcef55e9cd590e3e7d1b1a058"');
    await queryRunner.query('DROP TABLE "accepted_answer"');
    await queryRunner.query('DROP INDEX "public"."IDX_054271acf5bf90d833606611d8"');
    await queryRunner.query('DROP TABLE "comment_question"');
  }
}
