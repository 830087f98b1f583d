import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildIfNeeded, createTestDatabase, TestDatabase } from '@krisenfest/testing';
import { decodeGemeindeverzeichnis, importOfficialMunicipalities, parseGemeindeverzeichnis } from './gemeindeverzeichnis';

/** An excerpt of GV100AD_31122025.txt (ISO 8859-1, CRLF, fixed width), as the Destatis download has it. */
const EXCERPT = path.join(__dirname, '../test-data/GV100AD_31122025-auszug.txt');
const ROOT = path.resolve(__dirname, '../../..');

describe('the official list of municipalities (GV-ISys)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  const rows = () =>
    db.dataSource.query(
      `SELECT m.official_key, m.name, m.kind, m.state, p.official_key AS parent, m.population
       FROM municipality m LEFT JOIN municipality p ON p.id = m.parent_id WHERE m.official_key IS NOT NULL ORDER BY m.official_key`,
    );

  it('reads Landkreise and Gemeinden with their keys, kinds, Land and Landkreis, umlauts intact', () => {
    const parsed = parseGemeindeverzeichnis(decodeGemeindeverzeichnis(fs.readFileSync(EXCERPT)));
    expect(parsed.asOf).toBe('2025-12-31');
    expect(parsed.municipalities).toEqual([
      { key: '08116', name: 'Landkreis Esslingen', kind: 'LANDKREIS', state: 'BW', parentKey: null, population: null },
      { key: '09574', name: 'Landkreis Nürnberger Land', kind: 'LANDKREIS', state: 'BY', parentKey: null, population: null },
      { key: '08111000', name: 'Stuttgart', kind: 'KREISFREIE_STADT', state: 'BW', parentKey: null, population: 613392 },
      { key: '08116019', name: 'Stadt Esslingen am Neckar', kind: 'GROSSE_KREISSTADT', state: 'BW', parentKey: '08116', population: 95331 },
      { key: '08116056', name: 'Stadt Plochingen', kind: 'STADT', state: 'BW', parentKey: '08116', population: 14490 },
      { key: '08116004', name: 'Altdorf', kind: 'GEMEINDE', state: 'BW', parentKey: '08116', population: 1580 },
      { key: '09574138', name: 'Lauf a.d.Pegnitz, St', kind: 'GROSSE_KREISSTADT', state: 'BY', parentKey: '09574', population: 26799 },
      { key: '09564000', name: 'Nürnberg', kind: 'KREISFREIE_STADT', state: 'BY', parentKey: null, population: 526091 },
      { key: '02000000', name: 'Hamburg', kind: 'STADTSTAAT', state: 'HH', parentKey: null, population: 1910160 },
    ]);
    // Länder, a Regierungsbezirk, the Kreis record of Stuttgart, a Gemeindeverband and a gemeindefreies Gebiet.
    expect(parsed.skipped).toBe(7);
    // The same text in UTF-8 reads the same.
    expect(parseGemeindeverzeichnis(decodeGemeindeverzeichnis(Buffer.from(fs.readFileSync(EXCERPT, 'latin1'), 'utf8')))).toEqual(parsed);
  });

  it('imports by AGS with the Landkreis as parent, takes over a municipality added before, and changes nothing the second time', async () => {
    // Plochingen as the seed knows it, with its AGS and another name.
    await db.dataSource.query(
      `INSERT INTO municipality (name, kind, official_key, state) VALUES ('Plochingen (alt)', 'GEMEINDE', '08116056', 'BW')`,
    );
    const { municipalities } = parseGemeindeverzeichnis(decodeGemeindeverzeichnis(fs.readFileSync(EXCERPT)));
    const progress: number[] = [];
    const first = await importOfficialMunicipalities(db.dataSource, municipalities, (done) => progress.push(done));
    expect(first).toEqual({ inserted: 8, updated: 1, withoutParent: [] });
    expect(progress.at(-1)).toBe(9);
    const imported = await rows();
    expect(imported).toContainEqual({
      official_key: '08116056',
      name: 'Stadt Plochingen',
      kind: 'STADT',
      state: 'BW',
      parent: '08116',
      population: 14490,
    });
    expect(imported).toHaveLength(9);
    const second = await importOfficialMunicipalities(db.dataSource, municipalities);
    expect(second).toEqual({ inserted: 0, updated: 9, withoutParent: [] });
    expect(await rows()).toEqual(imported);
  });

  it('runs as `krisenfest import-municipalities FILE` with a clear error for a file that is not a GV100AD export', () => {
    buildIfNeeded();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-import-'));
    const cli = (file: string) =>
      execFileSync(process.execPath, ['dist/apps/cli/src/main.js', 'import-municipalities', file], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    try {
      // The embedded database of DATA_DIR, migrated by the command (running it again is the library test above).
      expect(cli(EXCERPT)).toContain('Gebietsstand 2025-12-31: 9 added, 0 updated, 7 records skipped');
      const notAList = path.join(dataDir, 'liste.csv');
      fs.writeFileSync(notAList, 'AGS;Name\n08116056;Plochingen\n');
      expect(() => cli(notAList)).toThrow(/has no Kreis \(Satzart 40\) or Gemeinde \(Satzart 60\) records/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
