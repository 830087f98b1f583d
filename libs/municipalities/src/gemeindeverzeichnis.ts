import { DataSource } from 'typeorm';
import { Bundesland, MunicipalityKind } from './municipality.entity';

/**
 * The official list of municipalities: the Gemeindeverzeichnis of the Statistisches Bundesamt (GV-ISys), as the
 * fixed-width text file `GV100AD_DDMMYYYY.txt` in the ZIP that Destatis offers for download. One record per line;
 * the positions used here (1-based, inclusive, as the Datensatzbeschreibung counts them):
 *
 *   1–2     Satzart: 40 Kreis, 60 Gemeinde (10 Land, 20 Regierungsbezirk, 30 Region, 50 Gemeindeverband are skipped)
 *   3–10    Gebietsstand, JJJJMMTT
 *   11–12   Land, 13 Regierungsbezirk, 14–15 Kreis (together the 5-digit Kreisschlüssel)
 *   16–18   Gemeinde (with 11–15 the 8-digit Amtlicher Gemeindeschlüssel)
 *   19–22   Gemeindeverband
 *   23–72   Name
 *   123–124 Kennzeichen: Kreis 41 kreisfreie Stadt, 42 Stadtkreis, 43 Kreis, 44 Landkreis, 45 Regionalverband;
 *           Gemeinde 60 Markt, 61 kreisfreie Stadt, 62 Stadtkreis, 63 Stadt, 64 kreisangehörige Gemeinde,
 *           65/66 gemeindefreies Gebiet, 67 Große Kreisstadt
 *   140–150 Bevölkerung insgesamt (Gemeinden)
 *
 * The file is read as UTF-8, or as ISO 8859-1 when it is not valid UTF-8 (older exports).
 */
export interface OfficialMunicipality {
  /** 5-digit Kreisschlüssel or 8-digit AGS. */
  key: string;
  name: string;
  kind: MunicipalityKind;
  state: Bundesland;
  /** The Landkreis a Gemeinde belongs to (its 5-digit key), none for kreisfreie Städte. */
  parentKey: string | null;
  population: number | null;
}

export interface ParsedGemeindeverzeichnis {
  /** Landkreise first, then Gemeinden. */
  municipalities: OfficialMunicipality[];
  /** Gebietsstand of the file, YYYY-MM-DD. */
  asOf: string | null;
  /** Records of other kinds, gemeindefreie Gebiete, lines that are not records. */
  skipped: number;
}

const STATES: Record<string, Bundesland> = {
  '01': Bundesland.SH,
  '02': Bundesland.HH,
  '03': Bundesland.NI,
  '04': Bundesland.HB,
  '05': Bundesland.NW,
  '06': Bundesland.HE,
  '07': Bundesland.RP,
  '08': Bundesland.BW,
  '09': Bundesland.BY,
  '10': Bundesland.SL,
  '11': Bundesland.BE,
  '12': Bundesland.BB,
  '13': Bundesland.MV,
  '14': Bundesland.SN,
  '15': Bundesland.ST,
  '16': Bundesland.TH,
};

/** Kreise that are Landkreise in Krisenfest, with the word their name is shown with. */
const KREIS_KINDS: Record<string, string> = { '43': 'Kreis', '44': 'Landkreis', '45': 'Regionalverband' };

const GEMEINDE_KINDS: Record<string, MunicipalityKind> = {
  '60': MunicipalityKind.GEMEINDE,
  '61': MunicipalityKind.KREISFREIE_STADT,
  '62': MunicipalityKind.KREISFREIE_STADT,
  '63': MunicipalityKind.STADT,
  '64': MunicipalityKind.GEMEINDE,
  '67': MunicipalityKind.GROSSE_KREISSTADT,
};

/** Berlin and Hamburg are Land, Kreis and Gemeinde in one. */
const CITY_STATES = new Set(['02000000', '11000000']);

const field = (line: string, from: number, to: number) => line.slice(from - 1, to);

/** Text of the file: UTF-8 if it is valid UTF-8, else ISO 8859-1. */
export function decodeGemeindeverzeichnis(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/** "Plochingen, Stadt" is shown as "Stadt Plochingen"; other additions stay as the list writes them. */
function displayName(name: string): string {
  const city = /^(.*), Stadt$/.exec(name);
  return city ? `Stadt ${city[1]}` : name;
}

export function parseGemeindeverzeichnis(content: string): ParsedGemeindeverzeichnis {
  const kreise: OfficialMunicipality[] = [];
  const gemeinden: OfficialMunicipality[] = [];
  let asOf: string | null = null;
  let skipped = 0;
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (!line) continue;
    const type = field(line, 1, 2);
    const date = field(line, 3, 10);
    if (/^\d{8}$/.test(date)) asOf ??= `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    const state = STATES[field(line, 11, 12)];
    const name = field(line, 23, 72).trim();
    const mark = field(line, 123, 124);
    if (type === '40' && state && name && KREIS_KINDS[mark]) {
      kreise.push({
        key: field(line, 11, 15),
        name: `${KREIS_KINDS[mark]} ${name}`,
        kind: MunicipalityKind.LANDKREIS,
        state,
        parentKey: null,
        population: null,
      });
    } else if (type === '60' && state && name && GEMEINDE_KINDS[mark]) {
      const key = field(line, 11, 18);
      if (!/^\d{8}$/.test(key)) {
        skipped += 1;
        continue;
      }
      const kind = CITY_STATES.has(key) ? MunicipalityKind.STADTSTAAT : GEMEINDE_KINDS[mark];
      const population = Number(field(line, 140, 150).trim());
      gemeinden.push({
        key,
        name:
          kind === MunicipalityKind.KREISFREIE_STADT || kind === MunicipalityKind.STADTSTAAT
            ? name.replace(/, .*$/, '')
            : displayName(name),
        kind,
        state,
        parentKey: kind === MunicipalityKind.KREISFREIE_STADT || kind === MunicipalityKind.STADTSTAAT ? null : key.slice(0, 5),
        population: Number.isFinite(population) && field(line, 140, 150).trim() ? population : null,
      });
    } else {
      // Land, Regierungsbezirk, Region, Gemeindeverband, kreisfreie Städte as Kreis, gemeindefreie Gebiete.
      skipped += 1;
    }
  }
  return { municipalities: [...kreise, ...gemeinden], asOf, skipped };
}

export interface ImportResult {
  inserted: number;
  updated: number;
  /** Gemeinden whose Landkreis is neither in the file nor in the database: imported without one. */
  withoutParent: string[];
}

const BATCH = 500;

/**
 * Writes the official list into the municipality table, keyed by the official key: new ones are added, known ones
 * (also those the seed or an admin added with the key) take the official name, kind, Land, Landkreis and population.
 * Running it again changes nothing. One transaction: a broken file leaves the table as it was.
 */
export async function importOfficialMunicipalities(
  dataSource: DataSource,
  municipalities: OfficialMunicipality[],
  onProgress: (done: number) => void = () => undefined,
): Promise<ImportResult> {
  return dataSource.transaction(async (manager) => {
    const result: ImportResult = { inserted: 0, updated: 0, withoutParent: [] };
    const ids = new Map<string, string>();
    let done = 0;
    const write = async (batch: OfficialMunicipality[], parents: (string | null)[]) => {
      const rows = (await manager.query(
        `INSERT INTO municipality (name, kind, official_key, state, parent_id, population)
         SELECT * FROM unnest($1::text[], $2::municipality_kind[], $3::varchar[], $4::bundesland[], $5::uuid[], $6::int[])
         ON CONFLICT (official_key) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, state = EXCLUDED.state,
           parent_id = EXCLUDED.parent_id, population = coalesce(EXCLUDED.population, municipality.population)
         RETURNING id, official_key, (xmax = 0) AS inserted`,
        [
          batch.map((m) => m.name),
          batch.map((m) => m.kind),
          batch.map((m) => m.key),
          batch.map((m) => m.state),
          parents,
          batch.map((m) => m.population),
        ],
      )) as { id: string; official_key: string; inserted: boolean }[];
      for (const row of rows) {
        ids.set(row.official_key, row.id);
        if (row.inserted) result.inserted += 1;
        else result.updated += 1;
      }
      done += batch.length;
      onProgress(done);
    };
    const kreise = municipalities.filter((m) => m.key.length === 5);
    const gemeinden = municipalities.filter((m) => m.key.length === 8);
    for (let i = 0; i < kreise.length; i += BATCH) {
      const batch = kreise.slice(i, i + BATCH);
      await write(
        batch,
        batch.map(() => null),
      );
    }
    // Landkreise already in the database (a partial file, e.g. one Land) are parents too.
    const wanted = [...new Set(gemeinden.map((g) => g.parentKey).filter((k): k is string => !!k && !ids.has(k)))];
    if (wanted.length) {
      const known = (await manager.query('SELECT id, official_key FROM municipality WHERE official_key = ANY($1::varchar[])', [
        wanted,
      ])) as {
        id: string;
        official_key: string;
      }[];
      for (const row of known) ids.set(row.official_key, row.id);
    }
    for (let i = 0; i < gemeinden.length; i += BATCH) {
      const batch = gemeinden.slice(i, i + BATCH);
      const parents = batch.map((g) => {
        if (!g.parentKey) return null;
        const id = ids.get(g.parentKey) ?? null;
        if (!id) result.withoutParent.push(g.key);
        return id;
      });
      await write(batch, parents);
    }
    return result;
  });
}
