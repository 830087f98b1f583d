import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795534299973 implements MigrationInterface {
  name = 'InitialSchema1795534299973';

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(
      "CREATE TYPE \"public\".\"municipality_kind\" AS ENUM('GEMEINDE', 'STADT', 'GROSSE_KREISSTADT', 'KREISFREIE_STADT', 'LANDKREIS', 'VERBANDSGEMEINDE', 'AMT', 'SAMTGEMEINDE', 'STADTSTAAT')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"bundesland\" AS ENUM('BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH')",
    );
    await queryRunner.query(
      'CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."municipality_kind" NOT NULL, "official_key" character varying(8), "state" "public"."bundesland" NOT NULL, "parent_id" uuid, "population" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "official_key_format" CHECK (official_key IS NULL OR official_key ~ \'^([0-9]{5}|[0-9]{8})$\'), CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_6170dbd0440048ee5be32329dd" ON "municipality"  ("official_key") ');
    await queryRunner.query('CREATE INDEX "IDX_fe5d60f310977d7001671b8951" ON "municipality"  ("parent_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"hazard\" AS ENUM('FLOOD', 'HEAVY_RAIN', 'STORM', 'HEAT', 'DROUGHT', 'WILDFIRE', 'PANDEMIC', 'POWER_OUTAGE', 'REFUGEE_ARRIVAL', 'CYBER_ATTACK', 'SUPPLY_SHORTAGE', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "crisis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "hazard" "public"."hazard" NOT NULL, "description" text, "starts_on" date NOT NULL, "ends_on" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41ae40298d25cee7111828d06f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "display_name" text NOT NULL, "email" text NOT NULL, "password_hash" text NOT NULL, "platform_roles" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account"  ("email") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"volunteer_group_kind\" AS ENUM('VEREIN', 'FREIWILLIGENAGENTUR', 'INITIATIVE', 'HILFSORGANISATION', 'SPONTANHELFENDE')",
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."volunteer_group_kind" NOT NULL, "description" text, "website" text, "home_municipality_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92fadf1aaeac1074ac591ba5d56" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e6de27f87054c1532fa6dad52c" ON "volunteer_group"  ("home_municipality_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"membership_role\" AS ENUM('STAFF', 'MUNICIPAL_ADMIN', 'MEMBER', 'LEAD')");
    await queryRunner.query("CREATE TYPE \"public\".\"membership_status\" AS ENUM('PENDING', 'VERIFIED', 'REJECTED', 'REVOKED')");
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "municipality_id" uuid, "volunteer_group_id" uuid, "role" "public"."membership_role" NOT NULL, "status" "public"."membership_status" NOT NULL DEFAULT \'PENDING\', "position" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "membership_one_target" CHECK ((municipality_id IS NULL) <> (volunteer_group_id IS NULL)), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership"  ("user_id") ');
    await queryRunner.query('CREATE INDEX "IDX_cfd9548cb74ac6a513e33009e0" ON "membership"  ("municipality_id") ');
    await queryRunner.query('CREATE INDEX "IDX_be8d3447de1933e0be9ccfb3a8" ON "membership"  ("volunteer_group_id") ');
    await queryRunner.query(
      'CREATE TABLE "seminar_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "description" text, "organisers" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4855edeaef8cc321f4cd6cfd2bf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "seminar_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series_id" uuid NOT NULL, "title" text NOT NULL, "topic" text, "description" text, "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "online_url" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_28aa447c4400ab8465d898961f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_769becd8f9c09cfe67859498e8" ON "seminar_session"  ("series_id") ');
    await queryRunner.query('CREATE INDEX "IDX_ff916dce8b2c6e6d442129e577" ON "seminar_session"  ("starts_at", "id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"speaker_confirmation\" AS ENUM('CONFIRMED', 'REQUESTED', 'DECLINED')");
    await queryRunner.query(
      'CREATE TABLE "seminar_speaker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "role" text, "organisation" text, "municipality_id" uuid, "confirmation" "public"."speaker_confirmation" NOT NULL, CONSTRAINT "PK_28c8fbba3f5ff66ed00ef79283b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_be9c9e8ac7033d0b09202736fe" ON "seminar_speaker"  ("session_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"thread_kind\" AS ENUM('EXPERIENCE', 'SEMINAR_SESSION', 'GENERAL')");
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'thread',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(body, '')), 'C')",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."thread_kind" NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT \'\', "body_html" text NOT NULL DEFAULT \'\', "author_id" uuid NOT NULL, "seminar_session_id" uuid, "published" boolean NOT NULL DEFAULT true, "comment_count" integer NOT NULL DEFAULT \'0\', "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'german\', coalesce(title, \'\')), \'A\') || setweight(to_tsvector(\'german\', coalesce(body, \'\')), \'C\')) STORED NOT NULL, CONSTRAINT "PK_cabc0f3f27d7b1c70cf64623e02" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6c7b99295a0a8a53cb38f2a553" ON "thread"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "IDX_26814e92dfd08b6991f0513de3" ON "thread"  ("seminar_session_id") ');
    await queryRunner.query('CREATE INDEX "IDX_ca9abead60c160e8563e00de02" ON "thread"  ("last_activity_at", "id") ');
    await queryRunner.query(
      'CREATE TABLE "comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "reply_count" integer NOT NULL DEFAULT \'0\', "helpful_count" integer NOT NULL DEFAULT \'0\', "thanks_count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3ce66469b26697baa097f8da92" ON "comment"  ("author_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_9274735335e52c6ee1f481e6fe" ON "comment"  ("parent_id", "created_at", "id") WHERE parent_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_60b5abd3a9f1a8ef49bc398cb1" ON "comment"  ("thread_id", "created_at", "id") WHERE parent_id IS NULL',
    );
    await queryRunner.query('CREATE TYPE "public"."reaction_kind" AS ENUM(\'HELPFUL\', \'THANKS\')');
    await queryRunner.query(
      'CREATE TABLE "reaction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" "public"."reaction_kind" NOT NULL, "comment_id" uuid, "experience_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reaction_one_target" CHECK ((comment_id IS NULL) <> (experience_id IS NULL)), CONSTRAINT "PK_41fbb346da22da4df129f14b11e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_6fd99c10f1554569541de16342" ON "reaction"  ("comment_id") ');
    await queryRunner.query('CREATE INDEX "IDX_4fb042716d3c7ecdcf77fbee91" ON "reaction"  ("experience_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "reaction_unique_experience" ON "reaction"  ("user_id", "kind", "experience_id") WHERE experience_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "reaction_unique_comment" ON "reaction"  ("user_id", "kind", "comment_id") WHERE comment_id IS NOT NULL',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"crisis_phase\" AS ENUM('PREVENTION', 'PREPAREDNESS', 'RESPONSE', 'RECOVERY')");
    await queryRunner.query('CREATE TYPE "public"."experience_status" AS ENUM(\'DRAFT\', \'PUBLISHED\')');
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'experience',
        'GENERATED_COLUMN',
        'search',
        "setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(situation, '') || ' ' || coalesce(actions, '') || ' ' || coalesce(outcome, '') || ' ' || coalesce(root_cause, '') || ' ' || coalesce(transferability, '')), 'C')",
      ],
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'experience',
        'GENERATED_COLUMN',
        'search_head',
        "setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B')",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "experience" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" character varying(300) NOT NULL, "situation" text NOT NULL DEFAULT \'\', "actions" text NOT NULL DEFAULT \'\', "outcome" text NOT NULL DEFAULT \'\', "root_cause" text, "transferability" text, "hazards" "public"."hazard" array NOT NULL DEFAULT \'{}\', "phase" "public"."crisis_phase" NOT NULL, "fields_of_action" text array NOT NULL DEFAULT \'{}\', "actors" text array NOT NULL DEFAULT \'{}\', "author_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "volunteer_group_id" uuid, "crisis_id" uuid, "seminar_session_id" uuid, "thread_id" uuid NOT NULL, "status" "public"."experience_status" NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP(3) WITH TIME ZONE, "helpful_count" integer NOT NULL DEFAULT \'0\', "thanks_count" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "search" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'german\', coalesce(title, \'\')), \'A\') || setweight(to_tsvector(\'german\', coalesce(summary, \'\')), \'B\') || setweight(to_tsvector(\'german\', coalesce(situation, \'\') || \' \' || coalesce(actions, \'\') || \' \' || coalesce(outcome, \'\') || \' \' || coalesce(root_cause, \'\') || \' \' || coalesce(transferability, \'\')), \'C\')) STORED NOT NULL, "search_head" tsvector GENERATED ALWAYS AS (setweight(to_tsvector(\'german\', coalesce(title, \'\')), \'A\') || setweight(to_tsvector(\'german\', coalesce(summary, \'\')), \'B\')) STORED NOT NULL, CONSTRAINT "experience_published_has_date" CHECK (status <> \'PUBLISHED\' OR published_at IS NOT NULL), CONSTRAINT "PK_5e8d5a534100e1b17ee2efa429a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_30d5a82cb7de6ebc1d7563d39f" ON "experience"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "IDX_e840a5118423a1248aa9b915e2" ON "experience"  ("municipality_id") ');
    await queryRunner.query('CREATE INDEX "IDX_933af7929c524fdd722807de9d" ON "experience"  ("volunteer_group_id") ');
    await queryRunner.query('CREATE INDEX "IDX_2dc70c512e2c2caaaa1aa4c076" ON "experience"  ("crisis_id") ');
    await queryRunner.query('CREATE INDEX "IDX_e9e19ec2849451fb58d6fc4e46" ON "experience"  ("seminar_session_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_3c0ae41266e7032a8131505df2" ON "experience"  ("thread_id") ');
    await queryRunner.query('CREATE INDEX "experience_helpful_idx" ON "experience"  ("status", "helpful_count", "published_at", "id") ');
    await queryRunner.query('CREATE INDEX "experience_feed_idx" ON "experience"  ("status", "published_at", "id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"recommendation_addressee\" AS ENUM('KOMMUNE', 'KREIS', 'LAND', 'BUND', 'EHRENAMT')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"recommendation_status\" AS ENUM('PROPOSED', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_PURSUED')",
    );
    await queryRunner.query(
      'CREATE TABLE "experience_recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "experience_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "addressee" "public"."recommendation_addressee" NOT NULL, "status" "public"."recommendation_status" NOT NULL DEFAULT \'PROPOSED\', CONSTRAINT "PK_b732d590cae97b7982b71fa4cbd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_4a590a7cf325a81cf04200c921" ON "experience_recommendation"  ("experience_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "crisis_municipality" ("crisis_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, CONSTRAINT "PK_f0137e7ffd8b3c22ef2d3adb6e6" PRIMARY KEY ("crisis_id", "municipality_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9ffc6430e529a6311749b621e5" ON "crisis_municipality"  ("crisis_id") ');
    await queryRunner.query('CREATE INDEX "IDX_e86f6c540391c4edf56e263b5c" ON "crisis_municipality"  ("municipality_id") ');
    await queryRunner.query(
      'CREATE TABLE "volunteer_group_municipality" ("volunteer_group_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, CONSTRAINT "PK_fef0eeee8ece526404b13d2f2ae" PRIMARY KEY ("volunteer_group_id", "municipality_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_00a03e4d138469f300b47bc1a2" ON "volunteer_group_municipality"  ("volunteer_group_id") ');
    await queryRunner.query('CREATE INDEX "IDX_d826d95d0e70ac3611e589a93c" ON "volunteer_group_municipality"  ("municipality_id") ');
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "FK_fe5d60f310977d7001671b8951b" FOREIGN KEY ("parent_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_group" ADD CONSTRAINT "FK_e6de27f87054c1532fa6dad52cf" FOREIGN KEY ("home_municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_cfd9548cb74ac6a513e33009e0b" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "FK_be8d3447de1933e0be9ccfb3a8f" FOREIGN KEY ("volunteer_group_id") REFERENCES "volunteer_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_session" ADD CONSTRAINT "FK_769becd8f9c09cfe67859498e8b" FOREIGN KEY ("series_id") REFERENCES "seminar_series"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_speaker" ADD CONSTRAINT "FK_be9c9e8ac7033d0b09202736fe8" FOREIGN KEY ("session_id") REFERENCES "seminar_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "seminar_speaker" ADD CONSTRAINT "FK_779f7db0c318124d7539271a9c1" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread" ADD CONSTRAINT "FK_26814e92dfd08b6991f0513de32" FOREIGN KEY ("seminar_session_id") REFERENCES "seminar_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_be68531edd9305c665090a8a389" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment" ADD CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reaction" ADD CONSTRAINT "FK_978c984f412d09b43304e41ae9a" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reaction" ADD CONSTRAINT "FK_6fd99c10f1554569541de163428" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "reaction" ADD CONSTRAINT "FK_4fb042716d3c7ecdcf77fbee917" FOREIGN KEY ("experience_id") REFERENCES "experience"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_30d5a82cb7de6ebc1d7563d39fe" FOREIGN KEY ("author_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_e840a5118423a1248aa9b915e24" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_933af7929c524fdd722807de9d3" FOREIGN KEY ("volunteer_group_id") REFERENCES "volunteer_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_2dc70c512e2c2caaaa1aa4c076d" FOREIGN KEY ("crisis_id") REFERENCES "crisis"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_e9e19ec2849451fb58d6fc4e465" FOREIGN KEY ("seminar_session_id") REFERENCES "seminar_session"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience" ADD CONSTRAINT "FK_3c0ae41266e7032a8131505df2f" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "experience_recommendation" ADD CONSTRAINT "FK_20f7af01145f18363854a20e0d3" FOREIGN KEY ("experience_id") REFERENCES "experience"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_municipality" ADD CONSTRAINT "FK_9ffc6430e529a6311749b621e58" FOREIGN KEY ("crisis_id") REFERENCES "crisis"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "crisis_municipality" ADD CONSTRAINT "FK_e86f6c540391c4edf56e263b5c3" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_group_municipality" ADD CONSTRAINT "FK_00a03e4d138469f300b47bc1a2a" FOREIGN KEY ("volunteer_group_id") REFERENCES "volunteer_group"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_group_municipality" ADD CONSTRAINT "FK_d826d95d0e70ac3611e589a93c2" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    // Full-text search: GIN over the stored tsvectors (not expressible in the entity metadata).
    await queryRunner.query('CREATE INDEX "experience_search_idx" ON "experience" USING GIN ("search")');
    await queryRunner.query('CREATE INDEX "thread_search_idx" ON "thread" USING GIN ("search")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "thread_search_idx"');
    await queryRunner.query('DROP INDEX "experience_search_idx"');
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query('ALTER TABLE "volunteer_group_municipality" DROP CONSTRAINT "FK_d826d95d0e70ac3611e589a93c2"');
    await queryRunner.query('ALTER TABLE "volunteer_group_municipality" DROP CONSTRAINT "FK_00a03e4d138469f300b47bc1a2a"');
    await queryRunner.query('ALTER TABLE "crisis_municipality" DROP CONSTRAINT "FK_e86f6c540391c4edf56e263b5c3"');
    await queryRunner.query('ALTER TABLE "crisis_municipality" DROP CONSTRAINT "FK_9ffc6430e529a6311749b621e58"');
    await queryRunner.query('ALTER TABLE "experience_recommendation" DROP CONSTRAINT "FK_20f7af01145f18363854a20e0d3"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_3c0ae41266e7032a8131505df2f"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_e9e19ec2849451fb58d6fc4e465"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_2dc70c512e2c2caaaa1aa4c076d"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_933af7929c524fdd722807de9d3"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_e840a5118423a1248aa9b915e24"');
    await queryRunner.query('ALTER TABLE "experience" DROP CONSTRAINT "FK_30d5a82cb7de6ebc1d7563d39fe"');
    await queryRunner.query('ALTER TABLE "reaction" DROP CONSTRAINT "FK_4fb042716d3c7ecdcf77fbee917"');
    await queryRunner.query('ALTER TABLE "reaction" DROP CONSTRAINT "FK_6fd99c10f1554569541de163428"');
    await queryRunner.query('ALTER TABLE "reaction" DROP CONSTRAINT "FK_978c984f412d09b43304e41ae9a"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"');
    await queryRunner.query('ALTER TABLE "comment" DROP CONSTRAINT "FK_be68531edd9305c665090a8a389"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_26814e92dfd08b6991f0513de32"');
    await queryRunner.query('ALTER TABLE "thread" DROP CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d"');
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP CONSTRAINT "FK_779f7db0c318124d7539271a9c1"');
    await queryRunner.query('ALTER TABLE "seminar_speaker" DROP CONSTRAINT "FK_be9c9e8ac7033d0b09202736fe8"');
    await queryRunner.query('ALTER TABLE "seminar_session" DROP CONSTRAINT "FK_769becd8f9c09cfe67859498e8b"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_be8d3447de1933e0be9ccfb3a8f"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_cfd9548cb74ac6a513e33009e0b"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "FK_e9c72e8d29784031c96f5c6af8d"');
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP CONSTRAINT "FK_e6de27f87054c1532fa6dad52cf"');
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "FK_fe5d60f310977d7001671b8951b"');
    await queryRunner.query('DROP INDEX "public"."IDX_d826d95d0e70ac3611e589a93c"');
    await queryRunner.query('DROP INDEX "public"."IDX_00a03e4d138469f300b47bc1a2"');
    await queryRunner.query('DROP TABLE "volunteer_group_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_e86f6c540391c4edf56e263b5c"');
    await queryRunner.query('DROP INDEX "public"."IDX_9ffc6430e529a6311749b621e5"');
    await queryRunner.query('DROP TABLE "crisis_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_4a590a7cf325a81cf04200c921"');
    await queryRunner.query('DROP TABLE "experience_recommendation"');
    await queryRunner.query('DROP TYPE "public"."recommendation_status"');
    await queryRunner.query('DROP TYPE "public"."recommendation_addressee"');
    await queryRunner.query('DROP INDEX "public"."experience_feed_idx"');
    await queryRunner.query('DROP INDEX "public"."experience_helpful_idx"');
    await queryRunner.query('DROP INDEX "public"."IDX_3c0ae41266e7032a8131505df2"');
    await queryRunner.query('DROP INDEX "public"."IDX_e9e19ec2849451fb58d6fc4e46"');
    await queryRunner.query('DROP INDEX "public"."IDX_2dc70c512e2c2caaaa1aa4c076"');
    await queryRunner.query('DROP INDEX "public"."IDX_933af7929c524fdd722807de9d"');
    await queryRunner.query('DROP INDEX "public"."IDX_e840a5118423a1248aa9b915e2"');
    await queryRunner.query('DROP INDEX "public"."IDX_30d5a82cb7de6ebc1d7563d39f"');
    await queryRunner.query('DROP TABLE "experience"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search_head', database, 'public', 'experience'],
    );
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search', database, 'public', 'experience'],
    );
    await queryRunner.query('DROP TYPE "public"."experience_status"');
    await queryRunner.query('DROP TYPE "public"."crisis_phase"');
    await queryRunner.query('DROP INDEX "public"."reaction_unique_comment"');
    await queryRunner.query('DROP INDEX "public"."reaction_unique_experience"');
    await queryRunner.query('DROP INDEX "public"."IDX_4fb042716d3c7ecdcf77fbee91"');
    await queryRunner.query('DROP INDEX "public"."IDX_6fd99c10f1554569541de16342"');
    await queryRunner.query('DROP TABLE "reaction"');
    await queryRunner.query('DROP TYPE "public"."reaction_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_60b5abd3a9f1a8ef49bc398cb1"');
    await queryRunner.query('DROP INDEX "public"."IDX_9274735335e52c6ee1f481e6fe"');
    await queryRunner.query('DROP INDEX "public"."IDX_3ce66469b26697baa097f8da92"');
    await queryRunner.query('DROP TABLE "comment"');
    await queryRunner.query('DROP INDEX "public"."IDX_ca9abead60c160e8563e00de02"');
    await queryRunner.query('DROP INDEX "public"."IDX_26814e92dfd08b6991f0513de3"');
    await queryRunner.query('DROP INDEX "public"."IDX_6c7b99295a0a8a53cb38f2a553"');
    await queryRunner.query('DROP TABLE "thread"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'search', database, 'public', 'thread'],
    );
    await queryRunner.query('DROP TYPE "public"."thread_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_be9c9e8ac7033d0b09202736fe"');
    await queryRunner.query('DROP TABLE "seminar_speaker"');
    await queryRunner.query('DROP TYPE "public"."speaker_confirmation"');
    await queryRunner.query('DROP INDEX "public"."IDX_ff916dce8b2c6e6d442129e577"');
    await queryRunner.query('DROP INDEX "public"."IDX_769becd8f9c09cfe67859498e8"');
    await queryRunner.query('DROP TABLE "seminar_session"');
    await queryRunner.query('DROP TABLE "seminar_series"');
    await queryRunner.query('DROP INDEX "public"."IDX_be8d3447de1933e0be9ccfb3a8"');
    await queryRunner.query('DROP INDEX "public"."IDX_cfd9548cb74ac6a513e33009e0"');
    await queryRunner.query('DROP INDEX "public"."IDX_e9c72e8d29784031c96f5c6af8"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP TYPE "public"."membership_status"');
    await queryRunner.query('DROP TYPE "public"."membership_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_e6de27f87054c1532fa6dad52c"');
    await queryRunner.query('DROP TABLE "volunteer_group"');
    await queryRunner.query('DROP TYPE "public"."volunteer_group_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"');
    await queryRunner.query('DROP TABLE "user_account"');
    await queryRunner.query('DROP TABLE "crisis"');
    await queryRunner.query('DROP TYPE "public"."hazard"');
    await queryRunner.query('DROP INDEX "public"."IDX_fe5d60f310977d7001671b8951"');
    await queryRunner.query('DROP INDEX "public"."IDX_6170dbd0440048ee5be32329dd"');
    await queryRunner.query('DROP TABLE "municipality"');
    await queryRunner.query('DROP TYPE "public"."bundesland"');
    await queryRunner.query('DROP TYPE "public"."municipality_kind"');
  }
}
