/**
 * Benchmark dataset generator (set-based, INSERT … SELECT generate_series).
 *
 *   npm run bench:seed -- --experiences 100000 --comments 1000000 [--reactions N] [--threads N]
 *                         [--users 5000] [--database-url URL] [--append]
 *
 * Applies the migrations when the schema is missing (via the CLI in dist/), refuses to run on a database
 * that already has experiences unless --append, and fixes every denormalized counter at the end.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import * as cliProgress from 'cli-progress';

// ---------------------------------------------------------------------------------------------- options

interface Options {
  databaseUrl: string;
  experiences: number;
  comments: number;
  reactions: number;
  threads: number;
  users: number;
  append: boolean;
}

function parseArgs(argv: string[]): Options {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) flags.set(k, inline);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags.set(k, argv[++i]);
    else flags.set(k, true);
  }
  const int = (k: string, d: number): number => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${k} needs a non-negative integer`);
    return n;
  };
  const url = flags.get('database-url');
  const databaseUrl = typeof url === 'string' ? url : process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('no database: pass --database-url or set DATABASE_URL');
  const experiences = int('experiences', 100_000);
  const comments = int('comments', 1_000_000);
  return {
    databaseUrl,
    experiences,
    comments,
    reactions: int('reactions', Math.round((experiences + comments) / 4)),
    threads: int('threads', Math.round(experiences / 20)),
    users: int('users', 5000),
    append: flags.get('append') === true,
  };
}

// ------------------------------------------------------------------------------------------ vocabulary
// Arrays are ordered from common to rare; indexes are drawn with a power skew (floor(n * random()^k)),
// so the first entries are frequent and the last ones rare: a realistic term distribution for tsearch.

const STATES: Array<[string, string[]]> = [
  ['BW', ['Landkreis Ravensburg', 'Rhein-Neckar-Kreis', 'Ortenaukreis', 'Landkreis Konstanz']],
  ['BY', ['Landkreis Passau', 'Landkreis Rosenheim', 'Landkreis Deggendorf', 'Landkreis Würzburg', 'Landkreis Berchtesgadener Land']],
  ['BB', ['Landkreis Oder-Spree', 'Landkreis Prignitz', 'Landkreis Elbe-Elster']],
  ['HE', ['Landkreis Marburg-Biedenkopf', 'Wetteraukreis', 'Landkreis Fulda']],
  ['MV', ['Landkreis Vorpommern-Greifswald', 'Landkreis Rostock', 'Landkreis Ludwigslust-Parchim']],
  ['NI', ['Landkreis Hildesheim', 'Landkreis Lüneburg', 'Landkreis Emsland', 'Landkreis Goslar']],
  ['NW', ['Kreis Euskirchen', 'Rhein-Sieg-Kreis', 'Märkischer Kreis', 'Kreis Düren', 'Hochsauerlandkreis']],
  ['RP', ['Landkreis Ahrweiler', 'Landkreis Trier-Saarburg', 'Eifelkreis Bitburg-Prüm', 'Westerwaldkreis']],
  ['SL', ['Landkreis Saarlouis', 'Saarpfalz-Kreis']],
  ['SN', ['Landkreis Meißen', 'Landkreis Sächsische Schweiz-Osterzgebirge', 'Erzgebirgskreis', 'Landkreis Görlitz']],
  ['ST', ['Landkreis Harz', 'Salzlandkreis', 'Landkreis Stendal']],
  ['SH', ['Kreis Nordfriesland', 'Kreis Pinneberg', 'Kreis Ostholstein']],
  ['TH', ['Ilm-Kreis', 'Landkreis Greiz', 'Wartburgkreis']],
];
const CITY_STATES: Array<[string, string]> = [
  ['BE', 'Berlin'],
  ['HH', 'Hamburg'],
  ['HB', 'Bremen'],
];
const TOWN_PREFIX = [
  'Neu',
  'Ober',
  'Unter',
  'Alt',
  'Bad ',
  'Groß',
  'Klein',
  'Hohen',
  'Nieder',
  'Wald',
  'Berg',
  'Stein',
  'Mühl',
  'Eich',
  'Linden',
  'Rosen',
];
const TOWN_STEM = ['bach', 'au', 'feld', 'heim', 'stein', 'berg', 'brück', 'wald', 'rode', 'hagen', 'stedt', 'hofen'];
const TOWN_SUFFIX = ['', 'dorf', 'hausen', 'ingen', 'burg', 'kirchen', 'weiler'];

const FIRST = [
  'Anna',
  'Lukas',
  'Marie',
  'Jonas',
  'Sophie',
  'Leon',
  'Lena',
  'Felix',
  'Laura',
  'Paul',
  'Hannah',
  'Tim',
  'Julia',
  'Ben',
  'Katrin',
  'Stefan',
  'Sabine',
  'Thomas',
  'Birgit',
  'Ahmet',
  'Olga',
  'Mehmet',
  'Ingrid',
  'Jürgen',
  'Uwe',
  'Petra',
  'Heike',
  'Murat',
  'Ewa',
  'Dieter',
];
const LAST = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hartmann',
  'Lange',
  'Werner',
  'Krause',
  'Yilmaz',
  'Kowalski',
  'Lehmann',
  'Köhler',
  'Brandt',
  'Vogel',
];

// [hazard enum, topic phrase used in titles]
const TOPICS: Array<[string, string]> = [
  ['FLOOD', 'Hochwasser'],
  ['HEAVY_RAIN', 'Starkregen'],
  ['HEAT', 'Hitzewelle'],
  ['POWER_OUTAGE', 'Stromausfall'],
  ['PANDEMIC', 'Pandemie'],
  ['REFUGEE_ARRIVAL', 'Unterbringung Geflüchteter'],
  ['STORM', 'Sturm'],
  ['FLOOD', 'Flusshochwasser'],
  ['HEAVY_RAIN', 'Sturzflut'],
  ['DROUGHT', 'Dürre'],
  ['WILDFIRE', 'Waldbrand'],
  ['SUPPLY_SHORTAGE', 'Versorgungsengpass'],
  ['CYBER_ATTACK', 'Cyberangriff auf die Verwaltung'],
  ['HEAT', 'Hitzeschutz'],
  ['POWER_OUTAGE', 'Blackout'],
  ['OTHER', 'Trinkwasserverunreinigung'],
  ['STORM', 'Orkan'],
  ['OTHER', 'Bombenentschärfung'],
  ['SUPPLY_SHORTAGE', 'Gasmangellage'],
  ['OTHER', 'Tierseuche'],
];
const ASPECTS = [
  'Koordination der Spontanhelfenden',
  'Einrichtung einer Notunterkunft',
  'Arbeit im Krisenstab',
  'Warnung der Bevölkerung',
  'Ehrenamt und Hauptamt zusammenbringen',
  'Sandsäcke füllen und verteilen',
  'Versorgung älterer Menschen',
  'Kommunikation über soziale Medien',
  'Notstromversorgung kritischer Infrastruktur',
  'Betreuung von Geflüchteten',
  'Spendenlogistik',
  'Leuchttürme als Anlaufstellen',
  'Nachbarschaftshilfe organisieren',
  'Psychosoziale Notfallversorgung',
  'Evakuierung eines Pflegeheims',
  'Wiederaufbau nach der Flut',
  'Kältebus und Wärmestuben',
  'Trinkwasserversorgung sichern',
  'Katastrophenschutzübung mit Vereinen',
  'Lagebild aus Bürgermeldungen',
  'Schulen als Notunterkunft',
  'Feuerwehr und THW im Einsatz',
  'Hitzeaktionsplan umsetzen',
  'Schutzräume und Wärmeinseln',
  'Impfzentrum mit Freiwilligen',
  'Digitale Einsatzplanung',
  'Dolmetschende vermitteln',
  'Helferbörse im Internet',
];
const SENTENCES = [
  'Innerhalb weniger Stunden meldeten sich hunderte Spontanhelfende bei der Gemeindeverwaltung.',
  'Der Krisenstab tagte zweimal täglich und stimmte sich eng mit der Feuerwehr ab.',
  'Die Notunterkunft in der Turnhalle war nach einem Tag voll belegt.',
  'Wir haben eine Telefonhotline für Hilfsangebote und Hilfegesuche eingerichtet.',
  'Ohne das Ehrenamt wäre die Versorgung der Betroffenen nicht möglich gewesen.',
  'Das Hochwasser erreichte die Altstadt schneller als in allen Prognosen vorhergesagt.',
  'Sandsäcke wurden auf dem Bauhof gefüllt und mit Traktoren verteilt.',
  'Während des Stromausfalls dienten Feuerwehrhäuser als Anlaufstellen für die Bevölkerung.',
  'Die Warnung über Sirenen und Warn-App erreichte nicht alle Haushalte.',
  'Viele ältere Menschen waren während der Hitzewelle auf sich allein gestellt.',
  'Ehrenamtliche Dolmetschende begleiteten Geflüchtete zu Behörden und Arztpraxen.',
  'Die Kommunikation zwischen Verwaltung und Hilfsorganisationen lief über eine gemeinsame Lagekarte.',
  'Nach dem Starkregen standen zahlreiche Keller unter Wasser.',
  'Ein Vereinsheim wurde kurzfristig zur Ausgabestelle für Spenden umgebaut.',
  'Wir empfehlen, Zuständigkeiten für Spontanhelfende schon vor der Krise festzulegen.',
  'Die Einsatzkräfte waren nach drei Tagen erschöpft und brauchten Ablösung.',
  'Die Koordination über Messenger-Gruppen war schnell, aber unübersichtlich.',
  'Das Technische Hilfswerk unterstützte beim Auspumpen und bei der Notstromversorgung.',
  'Die Pandemie hat gezeigt, wie wichtig verlässliche Nachbarschaftsnetzwerke sind.',
  'Für die Unterbringung Geflüchteter wurden leerstehende Wohnungen angemietet.',
  'Die Trinkwasserversorgung musste über Tankwagen sichergestellt werden.',
  'Im Nachgang haben wir eine Auswertung mit allen Beteiligten durchgeführt.',
  'Die Lagebesprechung fand im Rathaus statt, der Keller war bereits geflutet.',
  'Kinder und Jugendliche aus den Sportvereinen halfen beim Aufräumen.',
  'Ein Notfalltreffpunkt pro Ortsteil hat sich sehr bewährt.',
  'Die Landkreisverwaltung stellte Feldbetten und Decken aus dem Katastrophenschutzlager bereit.',
  'Der Waldbrand bedrohte zwei Ortschaften, die Evakuierung verlief geordnet.',
  'Während der Gasmangellage richteten wir Wärmestuben in Gemeindehäusern ein.',
  'Der Cyberangriff legte die Fachverfahren der Verwaltung wochenlang lahm.',
  'Eine Checkliste für den Betrieb von Notunterkünften hätte uns viel Zeit gespart.',
  'Die Freiwilligenagentur übernahm die Registrierung und Einweisung der Helfenden.',
  'Pressearbeit und Bürgerinformation liefen über die Webseite der Stadt.',
  'Besonders wertvoll war die Ortskenntnis der örtlichen Vereine.',
  'Die Dürre führte zu Einschränkungen bei der Bewässerung öffentlicher Grünflächen.',
  'Nach dem Orkan waren viele Straßen durch umgestürzte Bäume blockiert.',
  'Die Bombenentschärfung erforderte die Räumung eines ganzen Stadtviertels.',
];
const OUTCOMES = [
  'Heute haben wir einen abgestimmten Alarmplan für Spontanhelfende.',
  'Die Zusammenarbeit mit den Vereinen ist seitdem deutlich enger.',
  'Wir haben Notstromaggregate für alle Feuerwehrhäuser beschafft.',
  'Der Hitzeaktionsplan wird jährlich überprüft und angepasst.',
  'Eine Helferdatenbank ermöglicht künftig eine schnellere Alarmierung.',
  'Die Erfahrungen flossen in die Katastrophenschutzplanung des Kreises ein.',
  'Leider fehlt bis heute eine dauerhafte Finanzierung der Koordinierungsstelle.',
  'Das Konzept der Kat-Leuchttürme wurde auf alle Ortsteile übertragen.',
];
const COMMENTS = [
  'Danke für den Bericht, das hilft uns sehr weiter.',
  'Bei uns war es ganz ähnlich, vor allem die Koordination der Helfenden war schwierig.',
  'Wie habt ihr die Versicherung der Spontanhelfenden geregelt?',
  'Gibt es die Checkliste irgendwo zum Herunterladen?',
  'Wir haben gute Erfahrungen mit einer festen Ansprechperson im Krisenstab gemacht.',
  'Die Idee mit den Anlaufstellen in Feuerwehrhäusern übernehmen wir.',
  'Wer war bei euch für die Verpflegung der Einsatzkräfte zuständig?',
  'Sehr hilfreich, besonders der Teil zur Kommunikation mit der Bevölkerung.',
  'Bei Stromausfall funktionieren Messenger-Gruppen leider nicht lange.',
  'Unsere Notunterkunft war nach zwei Tagen überfüllt, wir brauchten dringend Feldbetten.',
  'Habt ihr die Hitzeschutzmaßnahmen mit den Pflegediensten abgestimmt?',
  'Die Unterbringung Geflüchteter in Turnhallen sollte nur eine Übergangslösung sein.',
  'Vielen Dank an alle Ehrenamtlichen, die mitgeholfen haben!',
  'Wie lange hat es gedauert, bis das Technische Hilfswerk vor Ort war?',
  'Wir planen eine gemeinsame Übung mit den Vereinen im Frühjahr.',
  'Ein Tipp: Listen mit Telefonnummern unbedingt auch ausgedruckt vorhalten.',
  'Kann jemand eine gute Software für die Helferkoordination empfehlen?',
  'Beim Starkregen letzten Sommer hatten wir dieselben Probleme mit vollgelaufenen Kellern.',
  'Die Warn-App hat bei uns gut funktioniert, die Sirenen leider nicht.',
  'Das Thema Trinkwassernotversorgung wird oft unterschätzt.',
  'Wir suchen noch Erfahrungen zur Evakuierung von Pflegeeinrichtungen.',
  'Habt ihr Dolmetschende über die Freiwilligenagentur gefunden?',
];
const GROUP_KINDS = ['VEREIN', 'FREIWILLIGENAGENTUR', 'INITIATIVE', 'HILFSORGANISATION', 'SPONTANHELFENDE'];
const GROUP_NAMES = [
  'Freiwillige Feuerwehr',
  'DRK-Ortsverein',
  'Nachbarschaftshilfe',
  'Helfernetz',
  'Bürgerstiftung',
  'Malteser Hilfsdienst',
  'Sportverein',
  'Flüchtlingshilfe',
  'Tafel',
  'Spontanhelfende',
];
const PHASES = ['PREVENTION', 'PREPAREDNESS', 'RESPONSE', 'RECOVERY'];
const FIELDS = ['Bevölkerungsschutz', 'Kommunikation', 'Logistik', 'Soziales', 'Gesundheit', 'Infrastruktur'];
const ACTORS = ['Verwaltung', 'Feuerwehr', 'THW', 'Vereine', 'Spontanhelfende', 'Kirchengemeinden', 'Unternehmen'];

// ------------------------------------------------------------------------------------------------ seed

const BENCH_PASSWORD = 'bench-password-123';

function townNames(count: number, seed: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const k = seed * 31 + i * 7;
    let name =
      TOWN_PREFIX[k % TOWN_PREFIX.length] + TOWN_STEM[(k * 5 + i) % TOWN_STEM.length] + TOWN_SUFFIX[(k * 3 + seed) % TOWN_SUFFIX.length];
    name = name.replace(/^(Bad )(.)/, (_m, a: string, b: string) => a + b.toUpperCase());
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const client = new Client({ connectionString: opts.databaseUrl });
  await client.connect();
  const q = (sql: string, params?: unknown[]) => client.query(sql, params);

  // Schema: apply the migrations with the project CLI if the tables are missing.
  const {
    rows: [reg],
  } = await q(`SELECT to_regclass('public.experience') IS NOT NULL AS ok`);
  if (!reg.ok) {
    console.log('schema missing: applying migrations …');
    const cli = path.resolve(__dirname, '../apps/cli/src/main.js');
    execFileSync(process.execPath, [cli, 'migrate'], {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: opts.databaseUrl, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
    });
  }
  const {
    rows: [existing],
  } = await q('SELECT count(*)::int AS n FROM experience');
  if (existing.n > 0 && !opts.append) {
    console.error(`database already has ${existing.n} experiences; pass --append to add more`);
    process.exitCode = 2;
    await client.end();
    return;
  }
  await q(`SET synchronous_commit = off`);
  await q(`SET work_mem = '64MB'`);
  await q(`SET maintenance_work_mem = '256MB'`);
  const tag = Date.now().toString(36); // keeps emails unique for --append runs
  const timings: Array<[string, number]> = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const r = await fn();
    timings.push([name, Date.now() - t0]);
    return r;
  };

  // Reference data ------------------------------------------------------------------------------------
  await step('municipalities, crises, groups', async () => {
    const {
      rows: [m],
    } = await q(`SELECT count(*)::int AS n FROM municipality`);
    if (m.n < 50) {
      const rows: Array<[string, string, string, string | null, number]> = []; // name, kind, state, parentName, population
      CITY_STATES.forEach(([st, name], i) => rows.push([name, 'STADTSTAAT', st, null, 600_000 + i * 900_000]));
      rows.push(['Bremerhaven', 'KREISFREIE_STADT', 'HB', null, 113_000]);
      STATES.forEach(([st, kreise], si) =>
        kreise.forEach((kreis, ki) => {
          rows.push([kreis, 'LANDKREIS', st, null, 80_000 + ((si * 7 + ki * 13) % 20) * 15_000]);
          townNames(6, si * 10 + ki).forEach((town, ti) => {
            const kind = ti === 0 ? 'STADT' : ti === 1 && ki % 2 === 0 ? 'GROSSE_KREISSTADT' : 'GEMEINDE';
            rows.push([town, kind, st, kreis, 1_500 + ((si * 97 + ki * 31 + ti * 17) % 60) * 700]);
          });
        }),
      );
      await q(
        `INSERT INTO municipality (name, kind, state, population)
        SELECT n, k::municipality_kind, s::bundesland, p FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS x(n, k, s, p)
        WHERE k IN ('STADTSTAAT', 'KREISFREIE_STADT', 'LANDKREIS')`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[4])],
      );
      const towns = rows.filter((r) => r[3] !== null);
      await q(
        `INSERT INTO municipality (name, kind, state, population, parent_id)
        SELECT x.n, x.k::municipality_kind, x.s::bundesland, x.p, (SELECT id FROM municipality m WHERE m.name = x.parent AND m.kind = 'LANDKREIS' LIMIT 1)
        FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS x(n, k, s, p, parent)`,
        [towns.map((r) => r[0]), towns.map((r) => r[1]), towns.map((r) => r[2]), towns.map((r) => r[4]), towns.map((r) => r[3])],
      );
    }
    const {
      rows: [c],
    } = await q(`SELECT count(*)::int AS n FROM crisis`);
    if (c.n < 10) {
      await q(
        `INSERT INTO crisis (name, hazards, description, starts_on, ends_on, status)
        SELECT t.topic || ' ' || to_char(d, 'MM/YYYY') || ' ' || (SELECT name FROM municipality WHERE kind = 'LANDKREIS' ORDER BY id OFFSET (g * 7) % 40 LIMIT 1),
               ARRAY[t.hz::hazard], 'Krisenlage ' || t.topic, d::date, (d + interval '14 days')::date, 'CONFIRMED'
        FROM generate_series(1, 40) g
        CROSS JOIN LATERAL (SELECT ($1::text[])[1 + g % array_length($1::text[], 1)] AS topic, ($2::text[])[1 + g % array_length($2::text[], 1)] AS hz) t
        CROSS JOIN LATERAL (SELECT date '2016-01-01' + (g * 97 % 3500) AS d) dd`,
        [TOPICS.map((t) => t[1]), TOPICS.map((t) => t[0])],
      );
    }
    const {
      rows: [v],
    } = await q(`SELECT count(*)::int AS n FROM volunteer_group`);
    if (v.n < 50) {
      await q(
        `INSERT INTO volunteer_group (name, kind, description, home_municipality_id)
        SELECT ($1::text[])[1 + g % array_length($1::text[], 1)] || ' ' || m.name, ($2::text[])[1 + g % array_length($2::text[], 1)]::volunteer_group_kind,
               'Ehrenamtliche Gruppe in ' || m.name, m.id
        FROM generate_series(1, 250) g
        JOIN LATERAL (SELECT id, name FROM municipality WHERE kind <> 'LANDKREIS' ORDER BY id OFFSET g % 300 LIMIT 1) m ON true`,
        [GROUP_NAMES, GROUP_KINDS],
      );
    }
  });

  await step('users', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const argon2 = require('argon2') as { hash(p: string): Promise<string> };
    const hash = await argon2.hash(BENCH_PASSWORD);
    await q(
      `INSERT INTO user_account (display_name, email, password_hash, created_at)
      SELECT ($1::text[])[1 + g % array_length($1::text[], 1)] || ' ' || ($2::text[])[1 + (g * 7 / 3) % array_length($2::text[], 1)],
             'bench-' || $4 || '-' || g || '@example.org', $3, now() - (g % 1000) * interval '1 day'
      FROM generate_series(1, $5::int) g`,
      [FIRST, LAST, hash, tag, opts.users],
    );
  });

  // Lookup tables with dense ordinals, so random picks are hash joins on n.
  await q(`CREATE TEMP TABLE b_user AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM user_account WHERE email LIKE 'bench-%'`);
  await q(`CREATE TEMP TABLE b_muni AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, name FROM municipality`);
  await q(`CREATE TEMP TABLE b_crisis AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM crisis`);
  await q(`CREATE TEMP TABLE b_group AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM volunteer_group`);
  for (const t of ['b_user', 'b_muni', 'b_crisis', 'b_group']) await q(`CREATE UNIQUE INDEX ON ${t} (n); ANALYZE ${t}`);
  const count = async (t: string) => (await q(`SELECT count(*)::int AS n FROM ${t}`)).rows[0].n as number;
  const nUser = await count('b_user'),
    nMuni = await count('b_muni'),
    nCrisis = await count('b_crisis'),
    nGroup = await count('b_group');

  const tty = !!process.stdout.isTTY;

  const batches = async (name: string, total: number, size: number, fn: (from: number, n: number) => Promise<unknown>) => {
    const t0 = Date.now();
    const bar = new cliProgress.SingleBar(
      {
        format: ' {bar} {percentage}% | {name} | {value}/{total} | {eta_formatted} left',
        hideCursor: true,
        noTTYOutput: !tty,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { name: name.padEnd(12) });
    for (let from = 0; from < total; from += size) {
      const n = Math.min(size, total - from);
      await fn(from, n);
      bar.increment(n);
    }
    bar.stop();
    timings.push([name, Date.now() - t0]);
  };

  // Experiences (+ their threads) ---------------------------------------------------------------------
  const expParams = [TOPICS.map((t) => t[1]), TOPICS.map((t) => t[0]), ASPECTS, SENTENCES, OUTCOMES, PHASES, FIELDS, ACTORS];
  await batches('experiences', opts.experiences, 10_000, (from, n) =>
    q(
      `
    WITH src AS MATERIALIZED (
      SELECT s.*, gen_random_uuid() AS tid,
        ($1::text[])[s.ti] || ': ' || ($3::text[])[s.ai] || ' in ' || m.name AS title,
        ($2::text[])[s.ti] AS hz, m.id AS muni, u.id AS author, c.id AS crisis, gr.id AS grp
      FROM (
        SELECT g,
          1 + floor(array_length($1::text[], 1) * power(random(), 1.7))::int AS ti,
          1 + floor(array_length($3::text[], 1) * power(random(), 1.5))::int AS ai,
          1 + floor($9::int * random())::int AS mn, 1 + floor($10::int * random())::int AS un,
          CASE WHEN random() < 0.5 THEN 1 + floor($11::int * random())::int END AS cn,
          CASE WHEN random() < 0.4 THEN 1 + floor($12::int * random())::int END AS gn,
          now() - random() * interval '1500 days' AS pub,
          random() < 0.98 AS published,
          array_length($4::text[], 1) AS ns, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6
        FROM generate_series(${from + 1}, ${from + n}) g
      ) s
      JOIN b_muni m ON m.n = s.mn JOIN b_user u ON u.n = s.un
      LEFT JOIN b_crisis c ON c.n = s.cn LEFT JOIN b_group gr ON gr.n = s.gn
    ),
    t AS (
      INSERT INTO thread (id, kind, title, body, body_html, author_id, published, created_at, updated_at, last_activity_at)
      SELECT tid, 'EXPERIENCE', title, '', '', author, published, pub, pub, pub FROM src
    )
    INSERT INTO experience (title, summary, situation, actions, outcome, root_cause, transferability, hazards, phase,
      fields_of_action, actors, author_id, municipality_id, volunteer_group_id, crisis_id, thread_id, status, published_at, created_at, updated_at)
    SELECT title,
      left(($4::text[])[1 + floor(ns * power(r1, 1.3))::int] || ' ' || ($4::text[])[1 + floor(ns * r2)::int], 300),
      ($4::text[])[1 + floor(ns * r3)::int] || ' ' || ($4::text[])[1 + floor(ns * power(r4, 2))::int] || ' ' || ($4::text[])[1 + (g % ns)],
      ($4::text[])[1 + floor(ns * r5)::int] || ' ' || ($4::text[])[1 + ((g * 7) % ns)] || ' ' || ($4::text[])[1 + floor(ns * power(r6, 3))::int],
      ($5::text[])[1 + (g % array_length($5::text[], 1))],
      CASE WHEN g % 3 = 0 THEN ($4::text[])[1 + ((g * 11) % ns)] END,
      CASE WHEN g % 4 = 0 THEN ($5::text[])[1 + ((g * 5) % array_length($5::text[], 1))] END,
      ARRAY[hz]::hazard[], ($6::text[])[1 + g % 4]::crisis_phase,
      ARRAY[($7::text[])[1 + g % array_length($7::text[], 1)]], ARRAY[($8::text[])[1 + g % array_length($8::text[], 1)], ($8::text[])[1 + (g / 7) % array_length($8::text[], 1)]],
      author, muni, grp, crisis, tid,
      (CASE WHEN published THEN 'PUBLISHED' ELSE 'DRAFT' END)::experience_status, CASE WHEN published THEN pub END, pub, pub
    FROM src`,
      [...expParams, nMuni, nUser, nCrisis, nGroup],
    ),
  );

  // A few general threads (search covers those), spread over the same period.
  await batches('threads', opts.threads, 10_000, (from, n) =>
    q(
      `
    INSERT INTO thread (kind, title, body, body_html, author_id, published, created_at, updated_at, last_activity_at)
    SELECT 'GENERAL', 'Frage: ' || ($1::text[])[s.ti] || ' – ' || ($2::text[])[s.ai], s.body, '<p>' || s.body || '</p>', u.id, true, s.at, s.at, s.at
    FROM (
      SELECT g, 1 + floor(array_length($1::text[], 1) * power(random(), 1.7))::int AS ti,
        1 + floor(array_length($2::text[], 1) * power(random(), 1.5))::int AS ai, 1 + floor($4::int * random())::int AS un,
        now() - random() * interval '1500 days' AS at,
        ($3::text[])[1 + floor(array_length($3::text[], 1) * random())::int] || ' ' || ($3::text[])[1 + floor(array_length($3::text[], 1) * random())::int] AS body
      FROM generate_series(${from + 1}, ${from + n}) g
    ) s JOIN b_user u ON u.n = s.un`,
      [TOPICS.map((t) => t[1]), ASPECTS, SENTENCES, nUser],
    ),
  );

  // Threads that can take comments (published), numbered in random order so the skew is not tied to age.
  await q(`CREATE TEMP TABLE b_thread AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, created_at FROM thread WHERE published`);
  await q(`CREATE UNIQUE INDEX ON b_thread (n); ANALYZE b_thread`);
  const nThread = await count('b_thread');

  // Comments: 75 % top level with a power skew over threads, 25 % replies to earlier top-level comments.
  const replies = Math.round(opts.comments * 0.25);
  const topLevel = opts.comments - replies;
  const {
    rows: [mark],
  } = await q(`SELECT now() AS at, (SELECT coalesce(max(created_at), '-infinity') FROM comment) AS before`);
  await batches('comments', topLevel, 100_000, (_from, n) =>
    q(
      `
    INSERT INTO comment (thread_id, author_id, body, body_html, created_at)
    SELECT t.id, u.id, s.body, '<p>' || s.body || '</p>', t.created_at + s.r * (now() - t.created_at)
    FROM (
      SELECT 1 + floor($2::int * power(random(), 2))::int AS tn, 1 + floor($3::int * random())::int AS un, random() AS r,
        CASE WHEN random() < 0.6 THEN ($1::text[])[1 + floor(array_length($1::text[], 1) * power(random(), 1.4))::int]
             ELSE ($1::text[])[1 + floor(array_length($1::text[], 1) * random())::int] || ' ' || ($1::text[])[1 + floor(array_length($1::text[], 1) * random())::int] END AS body
      FROM generate_series(1, ${n}) g
    ) s JOIN b_thread t ON t.n = s.tn JOIN b_user u ON u.n = s.un`,
      [COMMENTS, nThread, nUser],
    ),
  );

  await q(
    `CREATE TEMP TABLE b_top AS SELECT row_number() OVER (ORDER BY id)::int AS n, id, thread_id, created_at FROM comment
    WHERE parent_id IS NULL AND deleted_at IS NULL AND created_at > $1`,
    [mark.before],
  );
  await q(`CREATE UNIQUE INDEX ON b_top (n); ANALYZE b_top`);
  const nTop = await count('b_top');
  await batches('replies', nTop > 0 ? replies : 0, 100_000, (_from, n) =>
    q(
      `
    INSERT INTO comment (thread_id, parent_id, author_id, body, body_html, created_at)
    SELECT p.thread_id, p.id, u.id, s.body, '<p>' || s.body || '</p>', p.created_at + s.r * (now() - p.created_at)
    FROM (
      SELECT 1 + floor($2::int * random())::int AS pn, 1 + floor($3::int * random())::int AS un, random() AS r,
        ($1::text[])[1 + floor(array_length($1::text[], 1) * power(random(), 1.2))::int] AS body
      FROM generate_series(1, ${n}) g
    ) s JOIN b_top p ON p.n = s.pn JOIN b_user u ON u.n = s.un`,
      [COMMENTS, nTop, nUser],
    ),
  );

  // Reactions: half on experiences, half on comments (skewed), duplicates skipped by the unique indexes.
  await q(`CREATE TEMP TABLE b_exp AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM experience WHERE status = 'PUBLISHED'`);
  await q(`CREATE TEMP TABLE b_com AS SELECT row_number() OVER (ORDER BY id)::int AS n, id FROM comment WHERE created_at > $1`, [
    mark.before,
  ]);
  await q(`CREATE UNIQUE INDEX ON b_exp (n); CREATE UNIQUE INDEX ON b_com (n); ANALYZE b_exp; ANALYZE b_com`);
  const nExp = await count('b_exp'),
    nCom = await count('b_com');
  const expReactions = Math.round(opts.reactions / 2);
  let inserted = 0;
  await batches('reactions', opts.reactions, 100_000, async (from, n) => {
    const onExp = from < expReactions;
    const target = onExp ? 'b_exp' : 'b_com';
    const targetCount = onExp ? nExp : nCom;
    if (targetCount === 0) return;
    const r = await q(
      `
      INSERT INTO reaction (user_id, kind, ${onExp ? 'experience_id' : 'comment_id'}, created_at)
      SELECT u.id, (CASE WHEN s.k < 0.7 THEN 'HELPFUL' ELSE 'THANKS' END)::reaction_kind, x.id, now() - s.r * interval '900 days'
      FROM (
        SELECT 1 + floor($1::int * power(random(), 2.5))::int AS xn, 1 + floor($2::int * random())::int AS un, random() AS k, random() AS r
        FROM generate_series(1, ${n}) g
      ) s JOIN ${target} x ON x.n = s.xn JOIN b_user u ON u.n = s.un
      ON CONFLICT DO NOTHING`,
      [targetCount, nUser],
    );
    inserted += r.rowCount ?? 0;
  });

  // Counters ------------------------------------------------------------------------------------------
  await step('counters', async () => {
    await q(`UPDATE comment c SET reply_count = x.n FROM (
        SELECT parent_id, count(*)::int AS n FROM comment WHERE parent_id IS NOT NULL AND deleted_at IS NULL GROUP BY parent_id) x
      WHERE c.id = x.parent_id AND c.reply_count <> x.n`);
    await q(`UPDATE comment c SET helpful_count = x.h, thanks_count = x.t FROM (
        SELECT comment_id, count(*) FILTER (WHERE kind = 'HELPFUL')::int AS h, count(*) FILTER (WHERE kind = 'THANKS')::int AS t
        FROM reaction WHERE comment_id IS NOT NULL GROUP BY comment_id) x
      WHERE c.id = x.comment_id AND (c.helpful_count, c.thanks_count) <> (x.h, x.t)`);
    await q(`UPDATE experience e SET helpful_count = x.h, thanks_count = x.t FROM (
        SELECT experience_id, count(*) FILTER (WHERE kind = 'HELPFUL')::int AS h, count(*) FILTER (WHERE kind = 'THANKS')::int AS t
        FROM reaction WHERE experience_id IS NOT NULL GROUP BY experience_id) x
      WHERE e.id = x.experience_id AND (e.helpful_count, e.thanks_count) <> (x.h, x.t)`);
    await q(`UPDATE thread t SET comment_count = x.n, last_activity_at = greatest(t.created_at, x.last) FROM (
        SELECT thread_id, count(*) FILTER (WHERE deleted_at IS NULL)::int AS n, max(created_at) AS last FROM comment GROUP BY thread_id) x
      WHERE t.id = x.thread_id AND (t.comment_count, t.last_activity_at) IS DISTINCT FROM (x.n, greatest(t.created_at, x.last))`);
  });
  await step('vacuum analyze', () => q('VACUUM (ANALYZE)'));

  const {
    rows: [tot],
  } = await q(`SELECT
    (SELECT count(*) FROM municipality)::int AS municipalities, (SELECT count(*) FROM user_account)::int AS users,
    (SELECT count(*) FROM crisis)::int AS crises, (SELECT count(*) FROM volunteer_group)::int AS volunteer_groups,
    (SELECT count(*) FROM experience)::int AS experiences, (SELECT count(*) FROM thread)::int AS threads,
    (SELECT count(*) FROM comment)::int AS comments, (SELECT count(*) FROM comment WHERE parent_id IS NOT NULL)::int AS replies,
    (SELECT count(*) FROM reaction)::int AS reactions, (SELECT max(comment_count) FROM thread)::int AS max_comments_per_thread,
    pg_size_pretty(pg_database_size(current_database())) AS database_size`);
  await client.end();

  console.log('\ntotals:');
  for (const [k, v] of Object.entries(tot)) console.log(`  ${k.padEnd(24)} ${v}`);
  console.log(`  reactions added          ${inserted} (of ${opts.reactions} drawn; duplicates skipped)`);
  console.log('timings:');
  for (const [k, ms] of timings) console.log(`  ${k.padEnd(32)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
