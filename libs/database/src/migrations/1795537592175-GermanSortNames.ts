import { MigrationInterface, QueryRunner } from 'typeorm';

/** German sort order for names (DIN 5007), independent of the database collation. */
export class GermanSortNames1795537592175 implements MigrationInterface {
  name = 'GermanSortNames1795537592175';

  async up(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query(
      "ALTER TABLE \"municipality\" ADD \"sort_name\" text GENERATED ALWAYS AS (lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))) STORED NOT NULL",
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'municipality',
        'GENERATED_COLUMN',
        'sort_name',
        "lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))",
      ],
    );
    await queryRunner.query(
      "ALTER TABLE \"volunteer_group\" ADD \"sort_name\" text GENERATED ALWAYS AS (lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))) STORED NOT NULL",
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5, $6)',
      [
        database,
        'public',
        'volunteer_group',
        'GENERATED_COLUMN',
        'sort_name',
        "lower(replace(translate(name, 'ÄÖÜäöü', 'AOUaou'), 'ß', 'ss'))",
      ],
    );
    await queryRunner.query('CREATE INDEX "IDX_b32f340456916b02158b41a99c" ON "municipality"  ("sort_name", "id") ');
    await queryRunner.query('CREATE INDEX "IDX_7490817ce29119b872daf05b84" ON "volunteer_group"  ("sort_name", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const database = await queryRunner.getCurrentDatabase();
    await queryRunner.query('DROP INDEX "public"."IDX_7490817ce29119b872daf05b84"');
    await queryRunner.query('DROP INDEX "public"."IDX_b32f340456916b02158b41a99c"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'sort_name', database, 'public', 'volunteer_group'],
    );
    await queryRunner.query('ALTER TABLE "volunteer_group" DROP COLUMN "sort_name"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = $3 AND "schema" = $4 AND "table" = $5',
      ['GENERATED_COLUMN', 'sort_name', database, 'public', 'municipality'],
    );
    await queryRunner.query('ALTER TABLE "municipality" DROP COLUMN "sort_name"');
  }
}
