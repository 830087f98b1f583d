import * as fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import { migrate } from '@krisenfest/database';
import { decodeGemeindeverzeichnis, importOfficialMunicipalities, parseGemeindeverzeichnis } from '@krisenfest/municipalities';
import { openConfiguredDatabase } from './database-target';

/**
 * `krisenfest import-municipalities FILE`: the official list of municipalities (Destatis GV-ISys, GV100AD_*.txt)
 * into the configured database, keyed by AGS, with each Gemeinde's Landkreis. Safe to run again with a newer file.
 */
export async function importMunicipalities(file: string | undefined): Promise<void> {
  if (!file) throw new Error('usage: krisenfest import-municipalities GV100AD_DDMMYYYY.txt (the text file from the Destatis ZIP)');
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  const parsed = parseGemeindeverzeichnis(decodeGemeindeverzeichnis(fs.readFileSync(file)));
  if (!parsed.municipalities.length) {
    throw new Error(`${file} has no Kreis (Satzart 40) or Gemeinde (Satzart 60) records: is it a GV100AD text file?`);
  }
  const db = await openConfiguredDatabase();
  const bar = new SingleBar({ format: 'importing {bar} {value}/{total} municipalities', hideCursor: true, noTTYOutput: true });
  try {
    await migrate(db.dataSource);
    bar.start(parsed.municipalities.length, 0);
    const result = await importOfficialMunicipalities(db.dataSource, parsed.municipalities, (done) => bar.update(done));
    bar.stop();
    console.log(
      `Gebietsstand ${parsed.asOf ?? 'unknown'}: ${result.inserted} added, ${result.updated} updated, ${parsed.skipped} records skipped` +
        ' (Länder, Regierungsbezirke, Gemeindeverbände, gemeindefreie Gebiete)',
    );
    if (result.withoutParent.length) {
      console.log(
        `${result.withoutParent.length} Gemeinden without their Landkreis in the file or the database: ${result.withoutParent.slice(0, 10).join(', ')}`,
      );
    }
  } finally {
    bar.stop();
    await db.close();
  }
}
