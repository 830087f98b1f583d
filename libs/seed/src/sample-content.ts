/**
 * Krisenfest's sample content (Beispielinhalt).
 *
 * Real are only: the seminar series #kommunalEngagiert, its session of 25 January 2023 with its three
 * speakers, the municipalities with their official keys, and the crises as events. Every user account,
 * every Erfahrungsbericht, every comment and the groups marked "Beispielinhalt" are invented to show
 * how the forum is used.
 *
 * Official keys (AGS / Kreisschlüssel) and populations were checked against the German Wikipedia
 * infoboxes ("Gemeindeschlüssel" / "Kreisschlüssel", "Einwohner" with its Stand); where nothing was
 * verified the value is null. Populations: Stand 31.12.2020 (Plochingen, Bad Neuenahr-Ahrweiler) or
 * 31.12.2023 (Landkreis Esslingen, Landkreis Nürnberger Land, Lauf, Nürnberg).
 */
import type { SampleContent } from './sample-content.types';
import { Bundesland, MunicipalityKind } from '@krisenfest/municipalities';
import { VolunteerGroupKind } from '@krisenfest/volunteer-groups';
import { Hazard } from '@krisenfest/crises';
import { CrisisPhase, RecommendationAddressee, RecommendationStatus } from '@krisenfest/experiences';
import { SpeakerConfirmation } from '@krisenfest/seminars';
import { MembershipRole } from '@krisenfest/memberships';

/** Joins lines of Markdown. */
const md = (...lines: string[]): string => lines.join('\n');

const SAMPLE_NOTE = '_Beispielinhalt: fiktiver Erfahrungsbericht zur Veranschaulichung._';

const SEMINAR_SESSION_KEY = 'kommunal-engagiert-2023-01-25-krisenresilienz';

export const SAMPLE_CONTENT: SampleContent = {
  municipalities: [
    {
      key: 'lk-esslingen',
      name: 'Landkreis Esslingen',
      kind: MunicipalityKind.LANDKREIS,
      officialKey: '08116',
      state: Bundesland.BW,
      population: 542582,
    },
    {
      key: 'plochingen',
      name: 'Stadt Plochingen',
      kind: MunicipalityKind.STADT,
      officialKey: '08116056',
      state: Bundesland.BW,
      parentKey: 'lk-esslingen',
      population: 14490,
    },
    {
      key: 'lk-ahrweiler',
      name: 'Landkreis Ahrweiler',
      kind: MunicipalityKind.LANDKREIS,
      officialKey: '07131',
      state: Bundesland.RP,
      population: null,
    },
    {
      key: 'bad-neuenahr-ahrweiler',
      name: 'Stadt Bad Neuenahr-Ahrweiler',
      kind: MunicipalityKind.STADT,
      officialKey: '07131007',
      state: Bundesland.RP,
      parentKey: 'lk-ahrweiler',
      population: 28634,
    },
    {
      // A Verbandsgemeinde has a 9-digit Verbandsschlüssel, not an 8-digit AGS.
      key: 'vg-altenahr',
      name: 'Verbandsgemeinde Altenahr',
      kind: MunicipalityKind.VERBANDSGEMEINDE,
      officialKey: null,
      state: Bundesland.RP,
      parentKey: 'lk-ahrweiler',
      population: null,
    },
    {
      key: 'lk-nuernberger-land',
      name: 'Landkreis Nürnberger Land',
      kind: MunicipalityKind.LANDKREIS,
      officialKey: '09574',
      state: Bundesland.BY,
      population: 172941,
    },
    {
      key: 'lauf-an-der-pegnitz',
      name: 'Stadt Lauf an der Pegnitz',
      kind: MunicipalityKind.STADT,
      officialKey: '09574138',
      state: Bundesland.BY,
      parentKey: 'lk-nuernberger-land',
      population: 26413,
    },
    {
      key: 'nuernberg',
      name: 'Stadt Nürnberg',
      kind: MunicipalityKind.KREISFREIE_STADT,
      officialKey: '09564000',
      state: Bundesland.BY,
      population: 526606,
    },
  ],

  volunteerGroups: [
    {
      key: 'win-win-nuernberger-land',
      name: 'Freiwilligenagentur Win-Win im Landkreis Nürnberger Land',
      kind: VolunteerGroupKind.FREIWILLIGENAGENTUR,
      description:
        'Freiwilligenagentur im Landkreis Nürnberger Land: bringt Menschen, die sich engagieren wollen, mit Vereinen, Initiativen und Einrichtungen zusammen. Die Konten und Beiträge dieser Gruppe auf Krisenfest sind Beispielinhalt.',
      homeMunicipalityKey: 'lk-nuernberger-land',
      servesMunicipalityKeys: ['lk-nuernberger-land', 'lauf-an-der-pegnitz'],
    },
    {
      key: 'spontanhelfende-ahrtal',
      name: 'Helfernetz Ahrtal',
      kind: VolunteerGroupKind.SPONTANHELFENDE,
      description:
        'Beispielinhalt: fiktives Netzwerk von Spontanhelfenden, wie es nach dem Hochwasser im Juli 2021 vielerorts entstand – Sammelpunkt außerhalb des Tals, Shuttle zu den Einsatzstellen, Abstimmung über Messenger-Gruppen mit Einsatzleitung und Ortsgemeinden.',
      homeMunicipalityKey: 'bad-neuenahr-ahrweiler',
      servesMunicipalityKeys: ['bad-neuenahr-ahrweiler', 'vg-altenahr', 'lk-ahrweiler'],
    },
    {
      key: 'nachbarschaftshilfe-plochingen',
      name: 'Nachbarschaftshilfe Füreinander',
      kind: VolunteerGroupKind.INITIATIVE,
      description:
        'Beispielinhalt: fiktive Nachbarschaftsinitiative, im März 2020 entstanden. Einkaufshilfe, Botengänge zur Apotheke und eine Telefonkette für ältere und allein lebende Menschen; heute Besuchs- und Telefondienst.',
      homeMunicipalityKey: 'plochingen',
      servesMunicipalityKeys: ['plochingen'],
    },
    {
      key: 'ankommen-lauf',
      name: 'Ankommen & Bleiben Lauf e. V.',
      kind: VolunteerGroupKind.VEREIN,
      description:
        'Beispielinhalt: fiktiver Verein, 2015 aus einem Helferkreis für Geflüchtete hervorgegangen. Patenschaften, Deutschtreff, Begleitung zu Behörden, Dolmetscherpool; seit 2022 auch Unterstützung für Menschen aus der Ukraine.',
      homeMunicipalityKey: 'lauf-an-der-pegnitz',
      servesMunicipalityKeys: ['lauf-an-der-pegnitz', 'lk-nuernberger-land'],
    },
  ],

  users: [
    {
      key: 'miriam-haegele',
      displayName: 'Miriam Hägele',
      email: 'miriam.haegele@beispiel.krisenfest.de',
      memberships: [
        {
          municipalityKey: 'plochingen',
          role: MembershipRole.MUNICIPAL_ADMIN,
          position: 'Leiterin Ordnungsamt, zuständig für Bevölkerungsschutz',
        },
      ],
    },
    {
      key: 'gisela-woerner',
      displayName: 'Gisela Wörner',
      email: 'gisela.woerner@beispiel.krisenfest.de',
      memberships: [
        { volunteerGroupKey: 'nachbarschaftshilfe-plochingen', role: MembershipRole.LEAD, position: 'Sprecherin der Initiative' },
      ],
    },
    {
      key: 'jana-luetzenkirchen',
      displayName: 'Jana Lützenkirchen',
      email: 'jana.luetzenkirchen@beispiel.krisenfest.de',
      memberships: [
        {
          municipalityKey: 'lk-ahrweiler',
          role: MembershipRole.STAFF,
          position: 'Sachbearbeiterin Brand- und Katastrophenschutz, Kreisverwaltung',
        },
      ],
    },
    {
      key: 'markus-dreesen',
      displayName: 'Markus Dreesen',
      email: 'markus.dreesen@beispiel.krisenfest.de',
      memberships: [
        {
          municipalityKey: 'bad-neuenahr-ahrweiler',
          role: MembershipRole.MUNICIPAL_ADMIN,
          position: 'Fachbereich Bürgerdienste, Koordination Wiederaufbau',
        },
      ],
    },
    {
      key: 'lena-hoffmeister',
      displayName: 'Lena Hoffmeister',
      email: 'lena.hoffmeister@beispiel.krisenfest.de',
      memberships: [
        { volunteerGroupKey: 'spontanhelfende-ahrtal', role: MembershipRole.LEAD, position: 'Mitgründerin, Einsatzkoordination' },
      ],
    },
    {
      key: 'paul-schwertfeger',
      displayName: 'Paul Schwertfeger',
      email: 'paul.schwertfeger@beispiel.krisenfest.de',
      memberships: [{ volunteerGroupKey: 'spontanhelfende-ahrtal', role: MembershipRole.MEMBER, position: 'Fahrdienst und Materiallager' }],
    },
    {
      key: 'katrin-osswald',
      displayName: 'Katrin Oßwald',
      email: 'katrin.osswald@beispiel.krisenfest.de',
      memberships: [
        { volunteerGroupKey: 'win-win-nuernberger-land', role: MembershipRole.LEAD, position: 'Ehrenamtliche Teamleitung Krisenhilfe' },
      ],
    },
    {
      key: 'stefan-poehlmann',
      displayName: 'Stefan Pöhlmann',
      email: 'stefan.poehlmann@beispiel.krisenfest.de',
      memberships: [
        { municipalityKey: 'lk-nuernberger-land', role: MembershipRole.STAFF, position: 'Sachgebiet Asyl und Integration, Landratsamt' },
      ],
    },
    {
      key: 'aylin-demir',
      displayName: 'Aylin Demir',
      email: 'aylin.demir@beispiel.krisenfest.de',
      memberships: [
        { volunteerGroupKey: 'ankommen-lauf', role: MembershipRole.LEAD, position: 'Vorsitzende' },
        { volunteerGroupKey: 'win-win-nuernberger-land', role: MembershipRole.MEMBER, position: 'Ehrenamtliche Beraterin' },
      ],
    },
    {
      key: 'juergen-weissbach',
      displayName: 'Jürgen Weißbach',
      email: 'juergen.weissbach@beispiel.krisenfest.de',
      memberships: [
        { municipalityKey: 'lauf-an-der-pegnitz', role: MembershipRole.STAFF, position: 'Integrations- und Ehrenamtsbeauftragter' },
      ],
    },
    {
      key: 'olga-bondarenko',
      displayName: 'Olga Bondarenko',
      email: 'olga.bondarenko@beispiel.krisenfest.de',
      memberships: [
        { municipalityKey: 'nuernberg', role: MembershipRole.STAFF, position: 'Koordination Sprachmittlung, Sozialamt' },
        { volunteerGroupKey: 'ankommen-lauf', role: MembershipRole.MEMBER, position: 'Ehrenamtliche Dolmetscherin (Ukrainisch, Russisch)' },
      ],
    },
    {
      // Organiser account for the seminar series: belongs to no municipality or group, organises with the platform role.
      key: 'henrike-albers',
      displayName: 'Henrike Albers (Orga #kommunalEngagiert)',
      email: 'henrike.albers@beispiel.krisenfest.de',
      memberships: [],
      platformRoles: ['ORGANIZER'],
    },
    {
      // Sample moderator, to try the review queue (moderationQueue), hiding, locking and bans.
      key: 'moderation',
      displayName: 'Moderation Krisenfest',
      email: 'moderation@beispiel.krisenfest.de',
      memberships: [],
      platformRoles: ['MODERATOR'],
    },
    {
      // Sample platform admin: decides every membership request, may ban moderators and erase their data.
      key: 'admin',
      displayName: 'Administration Krisenfest',
      email: 'admin@beispiel.krisenfest.de',
      memberships: [],
      platformRoles: ['ADMIN'],
    },
  ],

  crises: [
    {
      key: 'flut-juli-2021',
      name: 'Hochwasser- und Flutkatastrophe Juli 2021',
      hazards: [Hazard.FLOOD, Hazard.HEAVY_RAIN],
      description:
        'Extremer Starkregen am 14. und 15. Juli 2021 führte in Teilen von Rheinland-Pfalz und Nordrhein-Westfalen zu Sturzfluten und Hochwasser; an der Ahr mit vielen Todesopfern und der Zerstörung von Häusern, Brücken, Straßen und Versorgungsnetzen. Der Wiederaufbau dauert Jahre.',
      startsOn: '2021-07-14',
      endsOn: null,
      affectedMunicipalityKeys: ['lk-ahrweiler', 'bad-neuenahr-ahrweiler', 'vg-altenahr'],
    },
    {
      key: 'corona-pandemie',
      name: 'Corona-Pandemie',
      hazards: [Hazard.PANDEMIC],
      description:
        'Ab März 2020 Kontaktbeschränkungen, Schließungen und Schutzmaßnahmen. Für Kommunen und Ehrenamt: Versorgung von Risikogruppen und Menschen in Quarantäne, Einsamkeit, später Test- und Impfzentren.',
      startsOn: '2020-03-01',
      endsOn: null,
      affectedMunicipalityKeys: ['plochingen', 'lk-esslingen', 'lk-ahrweiler', 'lk-nuernberger-land', 'lauf-an-der-pegnitz', 'nuernberg'],
    },
    {
      key: 'fluchtbewegung-2015',
      name: 'Fluchtbewegung 2015/16',
      hazards: [Hazard.REFUGEE_ARRIVAL],
      description:
        'Ab Spätsommer 2015 kamen in kurzer Zeit sehr viele Schutzsuchende nach Deutschland. Kommunen mussten Notunterkünfte schaffen; Helferkreise entstanden in fast jedem Ort.',
      startsOn: '2015-09-01',
      endsOn: null,
      affectedMunicipalityKeys: ['plochingen', 'lk-esslingen', 'lauf-an-der-pegnitz', 'lk-nuernberger-land', 'nuernberg'],
    },
    {
      key: 'ukraine-2022',
      name: 'Ankunft von Geflüchteten aus der Ukraine 2022',
      hazards: [Hazard.REFUGEE_ARRIVAL],
      description:
        'Nach dem russischen Angriff auf die Ukraine am 24. Februar 2022 kamen binnen Wochen viele Menschen, vor allem Frauen, Kinder und Ältere. Viele wurden zunächst privat aufgenommen; Sprachmittlung und Wohnraum wurden zu Engpässen.',
      startsOn: '2022-02-24',
      endsOn: null,
      affectedMunicipalityKeys: ['nuernberg', 'lk-nuernberger-land', 'lauf-an-der-pegnitz', 'plochingen', 'lk-esslingen', 'lk-ahrweiler'],
    },
  ],

  seminarSeries: [
    {
      key: 'kommunal-engagiert',
      title: '#kommunalEngagiert',
      description:
        'Veranstaltungsreihe zur Engagementförderung in Kommunen: Praxisimpulse aus Städten, Gemeinden und Landkreisen und Austausch darüber, wie Hauptamt und Ehrenamt gut zusammenarbeiten.',
      organisers: [
        'Deutsche Stiftung für Engagement und Ehrenamt (DSEE)',
        'Deutscher Landkreistag',
        'Deutscher Städte- und Gemeindebund (DStGB)',
      ],
      sessions: [
        {
          key: SEMINAR_SESSION_KEY,
          title: 'Krisenresilienz von Kommune und Ehrenamt',
          topic: 'Krisenresilienz',
          description:
            'Online-Seminar mit Impulsen aus Plochingen, dem Landkreis Ahrweiler und dem Nürnberger Land: Wie werden Kommunen und Ehrenamt gemeinsam krisenfester – vor, in und nach der Krise? Anschließend Austausch der Teilnehmenden.',
          startsAt: '2023-01-25T13:30:00+01:00',
          endsAt: '2023-01-25T14:45:00+01:00',
          onlineUrl: null,
          speakers: [
            {
              name: 'Frank Buß',
              role: 'Bürgermeister der Stadt Plochingen, Vorsitzender des Ausschusses für Soziales, Jugend und Gesundheit des DStGB',
              organisation: 'Stadt Plochingen',
              municipalityKey: 'plochingen',
              confirmation: SpeakerConfirmation.CONFIRMED,
            },
            {
              name: 'Michaela Wolff',
              role: 'Programm „Hauptamt stärkt Ehrenamt“',
              organisation: 'Landkreis Ahrweiler',
              municipalityKey: 'lk-ahrweiler',
              confirmation: SpeakerConfirmation.CONFIRMED,
            },
            {
              name: 'Kerstin Stocker',
              role: 'Impuls aus der Freiwilligenagentur',
              organisation: 'Freiwilligenagentur Win-Win im Landkreis Nürnberger Land',
              municipalityKey: 'lk-nuernberger-land',
              confirmation: SpeakerConfirmation.REQUESTED,
            },
          ],
          followUpThread: {
            key: 'kommunal-engagiert-2023-01-25-nachgespraech',
            title: 'Nachgespräch: Krisenresilienz von Kommune und Ehrenamt',
            authorKey: 'henrike-albers',
            openedAt: '2023-01-25T15:00:00+01:00',
            body: md(
              'Vielen Dank an alle, die heute beim Online-Seminar **„Krisenresilienz von Kommune und Ehrenamt“** der Reihe #kommunalEngagiert dabei waren!',
              '',
              'In 75 Minuten ließ sich nicht alles besprechen. Hier setzen wir die Diskussion fort – mit den Leitfragen der Veranstaltung:',
              '',
              '1. **Gemeinsam krisenfest:** Wie können Kommunen und Ehrenamt gemeinsam krisenfester werden?',
              '2. **Vor der Krise:** Welche Strukturen braucht es schon vorher, damit spontane Hilfsbereitschaft im Ernstfall wirksam wird und nicht ins Leere läuft?',
              '3. **In der Krise:** Wie gelingt die Zusammenarbeit von Hauptamt und Ehrenamt bei der Bewältigung – wer koordiniert, wer entscheidet, wer informiert?',
              '4. **Aus Erfahrung:** Was lernen wir aus der Flut 2021, der Corona-Pandemie und den Fluchtbewegungen 2015/16 und 2022?',
              '',
              'Erzählen Sie gern, was bei Ihnen funktioniert hat – und was nicht. Konkrete Beispiele können Sie auch als eigenen **Erfahrungsbericht** anlegen und hier verlinken.',
            ),
            comments: [
              {
                authorKey: 'miriam-haegele',
                minutesAfterStart: 25,
                body: 'Zu Frage 2: Bei uns war der wichtigste Baustein eine schlichte Liste – welche Vereine haben Räume, Fahrzeuge, Telefone, Leute mit Zeit unter der Woche? Die haben wir 2020 in Eile erstellt. Heute pflegen wir sie zweimal im Jahr.',
                replies: [
                  {
                    authorKey: 'katrin-osswald',
                    minutesAfterStart: 41,
                    body: 'Genau so etwas fragen uns Gemeinden oft an. Tipp: nicht nur Ressourcen erfassen, sondern auch eine zweite Ansprechperson pro Verein. In der Krise ist die erste oft selbst betroffen oder im Einsatz.',
                  },
                ],
              },
              {
                authorKey: 'jana-luetzenkirchen',
                minutesAfterStart: 58,
                body: 'Zu Frage 3: Nach der Flut war unser größtes Problem nicht fehlende Hilfsbereitschaft, sondern dass niemand im Stab ausdrücklich für die Spontanhelfenden zuständig war. Ich habe das als Erfahrungsbericht aufgeschrieben („Hochwasser 2021: Spontanhelfende über eine zentrale Anlaufstelle koordinieren“).',
                replies: [
                  {
                    authorKey: 'lena-hoffmeister',
                    minutesAfterStart: 73,
                    body: 'Aus Sicht der Helfenden kann ich das nur bestätigen. Wir hätten in den ersten Tagen schon eine Telefonnummer gebraucht, unter der jemand sagen kann: „Dort nicht hin, dort werden Leute gebraucht.“',
                  },
                  {
                    authorKey: 'markus-dreesen',
                    minutesAfterStart: 96,
                    body: 'Und umgekehrt: Wir in der Verwaltung brauchten jemanden auf Seiten der Helfenden, der verbindlich für eine Gruppe sprechen konnte. Das hat sich erst nach gut einer Woche eingespielt.',
                  },
                ],
              },
              {
                authorKey: 'gisela-woerner',
                minutesAfterStart: 130,
                body: 'Was mir im Seminar gefallen hat: dass Ehrenamt nicht nur als „Personalreserve“ gesehen wurde. Unsere Telefonkette aus der Corona-Zeit läuft bis heute – weil die Stadt sie als eigenes Angebot ernst nimmt und uns nicht nur in der Krise anruft.',
              },
              {
                authorKey: 'aylin-demir',
                minutesAfterStart: 185,
                body: 'Zu Frage 4: 2015 und 2022 waren sehr verschieden. 2022 gab es viel mehr private Aufnahme und dadurch viel mehr Fragen von Gastgebenden. Wir hätten uns gewünscht, dass die Erfahrungen von 2015 (feste Ansprechperson im Rathaus, Jour fixe) sofort wieder aktiviert werden.',
                replies: [
                  {
                    authorKey: 'juergen-weissbach',
                    minutesAfterStart: 240,
                    body: 'Berechtigter Punkt. Der Jour fixe ist bei uns 2018 eingeschlafen, weil er nicht mehr gebraucht wurde. Wir haben jetzt beschlossen, ihn einmal im Quartal weiterzuführen – auch ohne akute Lage.',
                  },
                ],
              },
              {
                authorKey: 'stefan-poehlmann',
                minutesAfterStart: 1320,
                body: 'Eine Frage in die Runde: Wer hat Vereinbarungen mit Freiwilligenagenturen, die im Ereignisfall *automatisch* greifen (z. B. Registrierung von Spontanhelfenden), ohne dass erst ein Auftrag erteilt werden muss? Wie ist das haftungsrechtlich gelöst?',
                replies: [
                  {
                    authorKey: 'katrin-osswald',
                    minutesAfterStart: 1405,
                    body: 'Wir arbeiten an so etwas. Knackpunkt ist die Versicherung der Helfenden – da lohnt ein früher Blick auf die Sammelverträge des Landes für Ehrenamtliche.',
                  },
                ],
              },
              {
                authorKey: 'henrike-albers',
                minutesAfterStart: 2880,
                body: 'Danke für die vielen Beiträge! Wir sammeln die Punkte für die Dokumentation der Reihe. Wer einen Erfahrungsbericht angelegt hat, kann ihn gern mit dem Seminar verknüpfen, dann erscheint er auf der Seminarseite.',
              },
            ],
          },
        },
      ],
    },
  ],

  experiences: [
    {
      key: 'hochwasser-2021-spontanhelfende-anlaufstelle',
      title: 'Hochwasser 2021: Spontanhelfende über eine zentrale Anlaufstelle koordinieren',
      summary:
        'Nach der Flut an der Ahr kamen sehr viele Spontanhelfende. Erst eine zentrale Anlaufstelle mit Registrierung, Einsatzbörse und festen Ansprechpersonen brachte Ordnung – nach Tagen. Was wir vorbereiten würden, damit Hilfe ab dem ersten Tag wirkt.',
      situation: md(
        'In der Nacht vom 14. auf den 15. Juli 2021 traf das Hochwasser das Ahrtal mit voller Wucht. Schon am Morgen danach machten sich Menschen aus der Region und bald aus ganz Deutschland auf den Weg, um zu helfen – mit Schaufeln, Pumpen, Traktoren und Spenden.',
        '',
        'Straßen und Brücken waren zerstört, die wenigen Zufahrten verstopft. Einsatzkräfte mussten zugleich retten, versorgen und den Verkehr regeln. Im Krisenstab gab es keine Funktion, die für Spontanhelfende zuständig war; Anfragen landeten bei der Bürgerhotline, der Polizei oder einzelnen Ortsbürgermeistern.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Am vierten Tag hat der Stab eine Verbindungsperson „Spontanhelfende“ benannt, mit eigener Telefonnummer und Lagebesprechung zweimal täglich.',
        '- Eine zentrale Anlaufstelle außerhalb des Schadensgebiets: Registrierung mit Name und Telefonnummer, kurze Sicherheitsunterweisung (Schlamm, Heizöl, einsturzgefährdete Gebäude), Ausgabe von Handschuhen und Masken.',
        '- Eine einfache Einsatzbörse: Ortsgemeinden und Betroffene meldeten Bedarfe, die Anlaufstelle teilte Gruppen mit Gruppenleitung zu.',
        '- Tägliche Information in den sozialen Medien und im Radio: wo Hilfe gebraucht wird, wo *nicht*, welche Sachspenden nicht mehr angenommen werden.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Sobald es die Anlaufstelle gab, kamen Helfende deutlich gezielter an. Die Gruppenleitungen wurden zu wichtigen Ansprechpersonen für die Einsatzabschnitte. Unfälle unter Helfenden blieben selten.',
        '',
        '**Was nicht funktioniert hat:** Die ersten drei Tage liefen ohne Steuerung – mit Staus auf Rettungswegen und Helfenden in Gefahrenbereichen. Die Registrierung lief zuerst auf Papier, später in einer Tabelle; Doppelerfassungen und fehlende Rückmeldungen waren die Folge. Sachspenden überforderten die Lager.',
      ),
      rootCause:
        'Spontanhelfende waren in Plänen und Übungen nicht vorgesehen. Niemand hatte eine Zuständigkeit, ein Werkzeug für die Registrierung oder einen vorab abgestimmten Ort für eine Anlaufstelle.',
      transferability:
        'Übertragbar auf jeden Kreis. Nötig sind: eine benannte Funktion im Stab mit Vertretung, zwei bis drei vorab geprüfte Orte für Anlaufstellen, eine vorbereitete Registrierung (auch offline) und Textbausteine für die Krisenkommunikation.',
      hazards: [Hazard.FLOOD, Hazard.HEAVY_RAIN],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Spontanhelfendenkoordination', 'Krisenkommunikation', 'Stabsarbeit', 'Sachspenden'],
      actors: ['Kreisverwaltung', 'Krisenstab', 'Feuerwehr', 'THW', 'Ortsgemeinden', 'Spontanhelfende'],
      authorKey: 'jana-luetzenkirchen',
      municipalityKey: 'lk-ahrweiler',
      crisisKey: 'flut-juli-2021',
      seminarSessionKey: SEMINAR_SESSION_KEY,
      publishedAt: '2022-07-14T10:00:00+02:00',
      recommendations: [
        {
          text: 'Im Katastrophenschutzplan eine Funktion „Koordination Spontanhelfende“ im Stab verankern – mit Vertretung und festem Kommunikationsweg zu den Einsatzabschnitten.',
          addressee: RecommendationAddressee.KREIS,
          status: RecommendationStatus.IN_PROGRESS,
        },
        {
          text: 'Eine landesweit einheitliche, datensparsame Registrierung für Spontanhelfende bereitstellen, die Kreise im Ereignisfall sofort nutzen können.',
          addressee: RecommendationAddressee.LAND,
          status: RecommendationStatus.PROPOSED,
        },
        {
          text: 'Freiwilligenagenturen und Vereine als feste Partner für den Betrieb von Anlaufstellen einplanen und einmal im Jahr gemeinsam üben.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.PROPOSED,
        },
      ],
      comments: [
        {
          authorKey: 'lena-hoffmeister',
          minutesAfterStart: 95,
          body: 'Danke für die ehrliche Darstellung. Aus Helfendensicht waren die ersten drei Tage genau so: viel Energie, wenig Richtung. Die Sicherheitsunterweisung an der Anlaufstelle war später Gold wert.',
        },
        {
          authorKey: 'stefan-poehlmann',
          minutesAfterStart: 410,
          body: 'Welche Tabelle bzw. welches Werkzeug haben Sie für die Registrierung genutzt? Wir überlegen gerade, was wir für das Nürnberger Land vorbereiten.',
          replies: [
            {
              authorKey: 'jana-luetzenkirchen',
              minutesAfterStart: 530,
              body: 'Zunächst eine geteilte Tabelle, später ein Formular mit Export. Wichtiger als das Werkzeug: vorher festlegen, welche Daten man *wirklich* braucht (Name, Telefon, Fähigkeiten, Zeitraum) – und wann sie gelöscht werden.',
            },
          ],
        },
        {
          authorKey: 'miriam-haegele',
          minutesAfterStart: 2900,
          body: 'Den Punkt mit den Sachspenden nehmen wir mit. Wir haben in unseren Textbausteinen jetzt einen Satz „Bitte keine Sachspenden ohne Rücksprache“ für die ersten Stunden.',
        },
      ],
      helpfulBy: ['lena-hoffmeister', 'stefan-poehlmann', 'miriam-haegele', 'katrin-osswald'],
    },

    {
      key: 'shuttle-spontanhelfende-flutgebiet',
      title: 'Shuttle statt Stau: Anreise von Spontanhelfenden im Flutgebiet bündeln',
      summary:
        'Private Autos verstopften nach dem Hochwasser die Zufahrten. Unser Netzwerk hat Helfende an einem Sammelpunkt außerhalb des Tals gesammelt und mit Kleinbussen gezielt zu den Einsatzstellen gebracht. Was es dafür braucht und wo wir an Grenzen kamen.',
      situation: md(
        'In den Wochen nach dem Hochwasser im Juli 2021 kamen vor allem an Wochenenden sehr viele Spontanhelfende ins Tal. Fast alle reisten mit dem eigenen Auto an. Die wenigen befahrbaren Straßen waren zugleich Wege für Bagger, Container-Lkw und Rettungsdienst. Helfende parkten an Böschungen und in Zufahrten und standen stundenlang im Stau, bevor sie überhaupt anfangen konnten.',
        '',
        'Einige von uns kannten sich aus der Vereinsarbeit, die meisten nicht. Aus einer Messenger-Gruppe wurde innerhalb weniger Tage ein Netzwerk.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Sammelpunkt auf einer großen Parkfläche außerhalb des Tals, abgestimmt mit Eigentümer und Ordnungsamt.',
        '- Kleinbusse und Traktoren mit Anhänger von Unternehmen und Landwirten aus der Umgebung; feste Abfahrtszeiten morgens, Rückfahrt am Nachmittag.',
        '- Bedarfsmeldungen aus den Ortsteilen über feste Ansprechpersonen, die wir „Straßenpaten“ nannten; Einteilung in Gruppen von 8–15 Personen mit einer Gruppenleitung.',
        '- Material (Schaufeln, Schubkarren, Stemmhämmer) zentral am Sammelpunkt statt in jedem Auto.',
        '- Ab der zweiten Woche ein kurzer täglicher Austausch mit der Einsatzleitung.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Weniger Verkehr in den Orten, Helfende kamen dort an, wo sie gebraucht wurden. Die Gruppenleitungen waren Ansprechpersonen für Betroffene und Einsatzkräfte.',
        '',
        '**Was nicht funktioniert hat:** Die Abhängigkeit von wenigen sehr engagierten Organisierenden – nach sechs Wochen waren mehrere von uns völlig erschöpft. Versicherungsfragen (Fahrten, Maschinen) blieben lange ungeklärt. Die Kommunikation mit der Verwaltung hing an einzelnen persönlichen Kontakten.',
      ),
      rootCause:
        'Selbstorganisation füllte eine Lücke, die es in der Planung gab. Sie war schnell, aber nicht abgesichert: keine Rechtsform, keine Versicherung, keine Vertretungsregel.',
      transferability:
        'Das Prinzip „Sammelpunkt außerhalb, gebündelte Anreise, Gruppenleitungen“ passt zu jedem Schadensgebiet mit wenigen Zufahrten. Kommunen können Flächen und Ansprechpersonen vorab benennen; Netzwerke sollten früh eine verbindliche Kontaktperson festlegen.',
      hazards: [Hazard.FLOOD],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Spontanhelfendenkoordination', 'Logistik', 'Verkehrslenkung'],
      actors: ['Spontanhelfende', 'Einsatzleitung', 'Ordnungsamt', 'örtliche Unternehmen', 'Landwirtschaft'],
      authorKey: 'lena-hoffmeister',
      municipalityKey: 'bad-neuenahr-ahrweiler',
      volunteerGroupKey: 'spontanhelfende-ahrtal',
      crisisKey: 'flut-juli-2021',
      publishedAt: '2022-09-06T18:30:00+02:00',
      recommendations: [
        {
          text: 'Geeignete Sammelplätze außerhalb gefährdeter Lagen (Parkflächen, Gewerbegebiete) vorab festlegen und mit den Eigentümern vereinbaren.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.PROPOSED,
        },
        {
          text: 'Selbstorganisierte Netzwerke benennen in den ersten Tagen eine erreichbare Kontaktperson samt Vertretung für die Einsatzleitung.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Das Lagebild der Einsatzleitung um Einsatzorte und Stärke der Spontanhelfenden ergänzen.',
          addressee: RecommendationAddressee.KREIS,
          status: RecommendationStatus.IN_PROGRESS,
        },
      ],
      comments: [
        {
          authorKey: 'paul-schwertfeger',
          minutesAfterStart: 60,
          body: 'Kleine Ergänzung aus dem Materiallager: Beschriftet Werkzeug mit Farbe oder Nummern. Wir haben in den ersten zwei Wochen sicher ein Drittel der Schaufeln verloren.',
        },
        {
          authorKey: 'markus-dreesen',
          minutesAfterStart: 300,
          body: 'Aus Sicht der Stadt: Der Sammelpunkt hat uns enorm entlastet. Was wir heute anders machen würden: von Anfang an eine Person aus der Verwaltung am Sammelpunkt, damit Fragen zu Sperrungen und Gefahren sofort geklärt werden.',
          replies: [
            {
              authorKey: 'lena-hoffmeister',
              minutesAfterStart: 340,
              body: 'Ja, bitte! Das hätte uns viele Telefonate erspart.',
            },
          ],
        },
        {
          authorKey: 'katrin-osswald',
          minutesAfterStart: 1500,
          body: 'Zur Erschöpfung: Habt ihr irgendwann feste Schichten für die Organisierenden eingeführt? Wir empfehlen, dass niemand länger als zwei Wochen am Stück koordiniert.',
          replies: [
            {
              authorKey: 'lena-hoffmeister',
              minutesAfterStart: 1620,
              body: 'Zu spät, ehrlich gesagt. Ab Woche sieben hatten wir ein Rotationsprinzip mit Übergabe am Sonntagabend. Das gehört von Anfang an dazu.',
            },
          ],
        },
      ],
      helpfulBy: ['markus-dreesen', 'jana-luetzenkirchen', 'katrin-osswald'],
    },

    {
      key: 'nach-dem-hochwasser-ehrenamt-wiederaufbau',
      title: 'Nach dem Hochwasser: Ehrenamtliche Hilfe in den Wiederaufbau überführen',
      summary:
        'Nach der Akutphase gingen viele Spontanhelfende, der Bedarf blieb. Eine hauptamtliche Ehrenamtskoordination, Infopunkte in den Stadtteilen und Wiederaufbau-Lotsen haben geholfen. Die Finanzierung dieser Stellen bleibt die größte Lücke.',
      situation: md(
        'Einige Wochen nach dem Hochwasser ließ der Strom der Spontanhelfenden nach. Zugleich begann die lange Phase des Wiederaufbaus: Trocknung, Anträge auf Hilfen, Handwerkersuche, Wohnungslosigkeit auf Zeit. Viele Betroffene waren erschöpft, ältere Menschen oft überfordert mit Formularen.',
        '',
        'Vereine und Initiativen wollten weiter helfen, wussten aber nicht, wo. In der Verwaltung fehlte eine Stelle, die Ehrenamt über die Akutphase hinaus begleitet.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Einrichtung einer hauptamtlichen Ehrenamtskoordination in der Stadtverwaltung (zunächst befristet).',
        '- Infopunkte in besonders betroffenen Stadtteilen: feste Sprechzeiten, gemeinsam besetzt von Verwaltung und Ehrenamtlichen.',
        '- Ehrenamtliche „Wiederaufbau-Lotsen“, geschult zu Antragsverfahren und Anlaufstellen; sie begleiteten Haushalte über Monate.',
        '- Regelmäßiger Runder Tisch mit Helfernetzwerken, Kirchengemeinden, Vereinen und Hilfsorganisationen.',
        '- Angebote zur Entlastung für Helfende: Austauschabende, Hinweise auf psychosoziale Beratung.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Die Infopunkte wurden schnell angenommen, gerade von Menschen ohne Internet. Die Lotsen haben viele Anträge überhaupt erst möglich gemacht. Der Runde Tisch hat Doppelstrukturen abgebaut.',
        '',
        '**Was nicht funktioniert hat:** Die Befristung der Koordinationsstelle erzeugte jedes Jahr Unsicherheit. Einige Lotsen waren selbst Betroffene und haben sich übernommen. Die Übergabe von den Spontanhelfenden an die dauerhaften Strukturen war holprig, Kontaktdaten gingen verloren.',
      ),
      rootCause:
        'Krisenhilfe wird meist für die Akutphase gedacht und finanziert. Für die Jahre danach gibt es wenig Struktur – obwohl dort der Bedarf an Begleitung am größten ist.',
      transferability:
        'Das Modell Infopunkt + Lotsen + Runder Tisch lässt sich auf andere Schadenslagen übertragen (z. B. Großbrand, Sturm). Voraussetzung ist eine verlässlich finanzierte Koordinationsstelle für mindestens zwei Jahre.',
      hazards: [Hazard.FLOOD],
      phase: CrisisPhase.RECOVERY,
      fieldsOfAction: ['Ehrenamtskoordination', 'Wiederaufbau', 'Beratung Betroffener', 'Psychosoziale Unterstützung'],
      actors: ['Stadtverwaltung', 'Helfernetzwerke', 'Kirchengemeinden', 'Vereine', 'Hilfsorganisationen'],
      authorKey: 'markus-dreesen',
      municipalityKey: 'bad-neuenahr-ahrweiler',
      crisisKey: 'flut-juli-2021',
      seminarSessionKey: SEMINAR_SESSION_KEY,
      publishedAt: '2023-02-02T11:00:00+01:00',
      recommendations: [
        {
          text: 'Eine hauptamtliche Ehrenamtskoordination über die Akutphase hinaus für mindestens zwei Jahre sichern.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Förderprogramme für den Wiederaufbau um eine Pauschale für Ehrenamtskoordination und Qualifizierung von Lotsen ergänzen.',
          addressee: RecommendationAddressee.LAND,
          status: RecommendationStatus.PROPOSED,
        },
        {
          text: 'Psychosoziale Unterstützung ausdrücklich auch für ehrenamtlich Helfende in die Krisennachsorge aufnehmen.',
          addressee: RecommendationAddressee.BUND,
          status: RecommendationStatus.PROPOSED,
        },
      ],
      comments: [
        {
          authorKey: 'henrike-albers',
          minutesAfterStart: 120,
          body: 'Danke fürs Verknüpfen mit dem Seminar! Das Thema „Hauptamt stärkt Ehrenamt“ kam in der Diskussion mehrfach auf.',
        },
        {
          authorKey: 'gisela-woerner',
          minutesAfterStart: 700,
          body: 'Die Lotsen-Idee finde ich stark. Wie lange dauerte die Schulung?',
          replies: [
            {
              authorKey: 'markus-dreesen',
              minutesAfterStart: 1010,
              body: 'Zwei Abende à drei Stunden, dazu ein Handbuch und monatliche Fallbesprechungen. Die Fallbesprechungen waren wichtiger als die Schulung.',
            },
          ],
        },
        {
          authorKey: 'jana-luetzenkirchen',
          minutesAfterStart: 4300,
          body: 'Zum Punkt „Kontaktdaten gingen verloren“: Wir bitten Spontanhelfende bei der Registrierung jetzt um eine Einwilligung, später für andere Engagementangebote angeschrieben zu werden. Freiwillig, aber die Hälfte stimmt zu.',
        },
      ],
      helpfulBy: ['jana-luetzenkirchen', 'gisela-woerner', 'henrike-albers'],
    },

    {
      key: 'corona-nachbarschaftshilfe-einkauf-telefonkette',
      title: 'Corona-Nachbarschaftshilfe: Einkaufshilfe und Telefonkette in einer Woche aufgebaut',
      summary:
        'Im März 2020 haben wir mit der Stadt eine Einkaufshilfe und eine Telefonkette für ältere und allein lebende Menschen aufgebaut. Entscheidend waren eine Hotline ohne Internet, klare Regeln für Bargeld und Abstand – und dass die Telefonkette bis heute weiterläuft.',
      situation: md(
        'Mit den Kontaktbeschränkungen im März 2020 sollten ältere und vorerkrankte Menschen zu Hause bleiben. Viele hatten keine Angehörigen in der Nähe, manche kein Smartphone. Gleichzeitig meldeten sich in wenigen Tagen Dutzende Nachbarinnen und Nachbarn, die helfen wollten – über Zettel im Treppenhaus, Aufrufe in sozialen Medien und beim Rathaus.',
        '',
        'Es gab Angebote, aber keinen Weg, wie Hilfesuchende und Helfende zusammenfinden.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Die Stadt schaltete eine Telefonnummer frei, die werktags besetzt war; wir übernahmen die Vermittlung an Helfende.',
        '- Einkaufshilfe mit festen Paaren (eine helfende Person, ein Haushalt), damit möglichst wenige Kontakte entstehen.',
        '- Regeln auf einem Blatt: Einkauf vor die Tür, Bezahlung per Umschlag mit Kassenbon, keine Wohnungen betreten, bei Anzeichen von Not die Hotline informieren.',
        '- Telefonkette: jeden Tag ein kurzer Anruf bei allein lebenden Menschen, die das wollten; Vertretungsplan für Urlaub und Krankheit.',
        '- Apotheken und zwei Supermärkte unterstützten mit Abholfächern und festen Zeiten.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Nach einer Woche lief die Vermittlung, nach zwei Wochen waren alle Anfragen versorgt. Die Telefonkette hat Einsamkeit spürbar gemildert und mehrfach geholfen, gesundheitliche Notlagen früh zu erkennen.',
        '',
        '**Was nicht funktioniert hat:** Es meldeten sich weit mehr Helfende als gebraucht – viele waren enttäuscht, nicht eingesetzt zu werden. Ohne Angebot über die Krise hinaus wären sie verloren gegangen. Die Bargeldabwicklung blieb heikel; einmal gab es einen Streit um einen fehlenden Betrag.',
      ),
      rootCause:
        'Hilfsbereitschaft war da, Vermittlung nicht. Dass die Stadt mit ihrer bekannten Telefonnummer den Einstieg übernahm, schuf Vertrauen, gerade bei älteren Menschen.',
      transferability:
        'Einfach übertragbar, auch für Hitzewellen oder längere Stromausfälle. Nötig: eine bekannte Telefonnummer, eine kleine Gruppe für die Vermittlung, schriftliche Regeln und eine Vertretungsliste.',
      hazards: [Hazard.PANDEMIC],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Nachbarschaftshilfe', 'Versorgung vulnerabler Gruppen', 'Einsamkeit', 'Ehrenamtskoordination'],
      actors: ['Nachbarschaftsinitiative', 'Stadtverwaltung', 'Apotheken', 'Einzelhandel', 'Seniorinnen und Senioren'],
      authorKey: 'gisela-woerner',
      municipalityKey: 'plochingen',
      volunteerGroupKey: 'nachbarschaftshilfe-plochingen',
      crisisKey: 'corona-pandemie',
      seminarSessionKey: SEMINAR_SESSION_KEY,
      publishedAt: '2023-01-30T16:15:00+01:00',
      recommendations: [
        {
          text: 'Eine bekannte städtische Telefonnummer als Einstieg für Hilfesuchende ohne Internet vorhalten und im Krisenplan benennen.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Regeln für Bargeld, Quittungen und Kontakt schriftlich festhalten und allen Helfenden vor dem ersten Einsatz mitgeben.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Die Telefonkette als dauerhaftes Angebot gegen Einsamkeit weiterführen – sie ist zugleich eine Struktur, die in der nächsten Krise sofort trägt.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IN_PROGRESS,
        },
      ],
      comments: [
        {
          authorKey: 'miriam-haegele',
          minutesAfterStart: 45,
          body: 'Aus dem Rathaus: Die Hotline war personell eine Herausforderung, aber sie war die richtige Entscheidung. Wir haben die Nummer inzwischen in unseren Notfallplan für längere Stromausfälle übernommen.',
        },
        {
          authorKey: 'katrin-osswald',
          minutesAfterStart: 380,
          body: 'Der Punkt „zu viele Helfende“ ist so typisch! Wir haben damals eine Warteliste mit regelmäßigem Newsletter gemacht – so blieben viele dabei und sind heute in anderen Projekten aktiv.',
          replies: [
            {
              authorKey: 'gisela-woerner',
              minutesAfterStart: 455,
              body: 'Gute Idee. Wir haben die Leute damals nur vertröstet – ein Rundbrief hätte viel gebracht.',
            },
          ],
        },
        {
          authorKey: 'juergen-weissbach',
          minutesAfterStart: 1800,
          body: 'Wie viele Haushalte umfasst die Telefonkette heute noch? Wir überlegen, etwas Ähnliches für den Sommer als Hitzetelefon einzurichten.',
          replies: [
            {
              authorKey: 'gisela-woerner',
              minutesAfterStart: 1950,
              body: 'Um die dreißig, mit etwa zwanzig Anrufenden. Im Sommer fragen wir inzwischen auch nach Trinken und kühlen Räumen – das passt gut zusammen.',
            },
          ],
        },
        {
          authorKey: 'henrike-albers',
          minutesAfterStart: 2600,
          body: 'Ein schönes Beispiel für die Frage aus dem Seminar, wie Strukturen *vor* der nächsten Krise entstehen. Danke!',
        },
      ],
      helpfulBy: ['miriam-haegele', 'juergen-weissbach', 'katrin-osswald', 'henrike-albers'],
    },

    {
      key: 'fluchtbewegung-2015-ehrenamtskoordination',
      title: 'Fluchtbewegung 2015/16: Von der spontanen Kleiderkammer zur abgestimmten Ehrenamtskoordination',
      summary:
        'Im Herbst 2015 wurde eine Turnhalle in wenigen Tagen zur Notunterkunft. Aus spontaner Hilfe wurde ein Helferkreis mit Patenschaften, Deutschtreff und Begleitung zu Behörden. Der Schlüssel: eine feste Ansprechperson im Rathaus und ein wöchentlicher Jour fixe.',
      situation: md(
        'Im Herbst 2015 wurde kurzfristig eine Turnhalle als Notunterkunft für rund hundert Menschen belegt. Die Stadt erfuhr davon wenige Tage vorher. Sofort kamen Sachspenden in großen Mengen, die Halle wurde zur improvisierten Kleiderkammer. Viele Menschen wollten helfen, aber niemand wusste, wer was darf, wer die Bewohnerinnen und Bewohner betreut und wer Ansprechperson ist.',
        '',
        'Sprachmittlung fehlte fast völlig; Termine bei Behörden und Ärzten scheiterten oft an der Verständigung.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Gründung eines Helferkreises mit Arbeitsgruppen: Kleiderkammer, Deutschtreff, Begleitung, Kinder und Freizeit, Dolmetschen.',
        '- Die Stadt benannte eine feste Ansprechperson; wöchentlicher Jour fixe mit Unterkunftsleitung, Sozialdienst und Helferkreis.',
        '- Sachspenden nur noch nach Bedarfsliste, Lager in einem leer stehenden Ladenlokal.',
        '- Aufbau eines kleinen Dolmetscherpools aus Menschen mit Fluchtgeschichte, die schon länger in der Stadt lebten.',
        '- 2016 Gründung eines Vereins, um Fördermittel annehmen und Versicherungsschutz klären zu können.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Der Jour fixe hat Missverständnisse früh aufgelöst. Patenschaften hielten oft über Jahre und haben Ausbildung und Wohnungssuche erleichtert.',
        '',
        '**Was nicht funktioniert hat:** In den ersten Wochen gab es Konflikte zwischen Helfenden und Unterkunftsbetreiber über Zuständigkeiten. Einige Ehrenamtliche übernahmen Aufgaben, die Hauptamtliche hätten leisten müssen (Rechtsberatung, Behördenschriftverkehr), und brannten aus. Nach dem Auszug aus der Halle zerfiel der Kontakt zu vielen Familien, weil sie auf andere Orte verteilt wurden.',
      ),
      rootCause:
        'Die Belegung kam kurzfristig und ohne Einbindung der Stadt. Rollen zwischen Betreiber, Sozialdienst, Stadt und Ehrenamt waren nicht geklärt – das musste vor Ort und unter Druck ausgehandelt werden.',
      transferability:
        'Sehr gut übertragbar; 2022 haben wir vieles davon innerhalb einer Woche wieder aktiviert. Wichtig: Rollen schriftlich klären, Ehrenamt bewusst von hauptamtlichen Aufgaben abgrenzen, Kontakte nach dem Auszug weitergeben.',
      hazards: [Hazard.REFUGEE_ARRIVAL],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Unterbringung', 'Ehrenamtskoordination', 'Sachspenden', 'Sprachmittlung', 'Integration'],
      actors: ['Helferkreis / Verein', 'Stadtverwaltung', 'Landratsamt', 'Unterkunftsbetreiber', 'Sozialdienst'],
      authorKey: 'aylin-demir',
      municipalityKey: 'lauf-an-der-pegnitz',
      volunteerGroupKey: 'ankommen-lauf',
      crisisKey: 'fluchtbewegung-2015',
      publishedAt: '2023-05-10T19:00:00+02:00',
      recommendations: [
        {
          text: 'Eine feste Ansprechperson im Rathaus für den Helferkreis benennen und einen regelmäßigen Jour fixe vereinbaren – auch nach der akuten Phase.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Belegungen neuer Unterkünfte frühzeitig an Gemeinden und Helferkreise melden.',
          addressee: RecommendationAddressee.KREIS,
          status: RecommendationStatus.IN_PROGRESS,
        },
        {
          text: 'Ehrenamtskoordination in der Flüchtlingshilfe dauerhaft statt projektweise fördern.',
          addressee: RecommendationAddressee.LAND,
          status: RecommendationStatus.NOT_PURSUED,
        },
        {
          text: 'Ehrenamtliche nicht mit Rechtsberatung oder Behördenschriftverkehr allein lassen, sondern an Fachstellen verweisen.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.IMPLEMENTED,
        },
      ],
      comments: [
        {
          authorKey: 'juergen-weissbach',
          minutesAfterStart: 90,
          body: 'Aus Sicht der Stadt kann ich das unterschreiben. Der Jour fixe war anfangs mühsam, hat uns aber viele Eskalationen erspart.',
        },
        {
          authorKey: 'stefan-poehlmann',
          minutesAfterStart: 640,
          body: 'Zur Empfehlung an den Kreis: Wir informieren die Gemeinden inzwischen mit mindestens einer Woche Vorlauf, sofern die Zuweisung das zulässt. 2015 war das schlicht nicht möglich – aber der Kritikpunkt ist berechtigt.',
          replies: [
            {
              authorKey: 'aylin-demir',
              minutesAfterStart: 720,
              body: 'Danke, das merken wir. 2022 war die Vorwarnzeit deutlich besser.',
            },
          ],
        },
        {
          authorKey: 'olga-bondarenko',
          minutesAfterStart: 3100,
          body: 'Der Dolmetscherpool aus Menschen, die selbst geflüchtet sind, ist ein wichtiger Punkt. Sie kennen beide Seiten – brauchen aber auch Schutz vor Vereinnahmung. Mehr dazu in meinem Bericht zur Ukraine-Ankunft.',
        },
      ],
      helpfulBy: ['juergen-weissbach', 'olga-bondarenko', 'katrin-osswald'],
    },

    {
      key: 'ukraine-2022-dolmetscherpool',
      title: 'Ankunft aus der Ukraine 2022: Ehrenamtlichen Dolmetscherpool organisieren',
      summary:
        'Im März 2022 fehlten bei Registrierung, Ämtern und Ärzten Dolmetschende für Ukrainisch und Russisch. Ein Pool aus Ehrenamtlichen mit Einsatzplan, Kurzschulung und Supervision half schnell. Er kann qualifizierte Sprachmittlung aber nicht dauerhaft ersetzen.',
      situation: md(
        'Ab Anfang März 2022 kamen täglich Menschen aus der Ukraine in der Stadt an, viele mit dem Zug. An Ankunftspunkt, Registrierung, Sozialamt und in Arztpraxen fehlte Sprachmittlung. Hunderte Menschen mit Ukrainisch- oder Russischkenntnissen boten ihre Hilfe an – über Vereine, Kirchengemeinden, soziale Medien und direkt an den Schaltern.',
        '',
        'Die Einsätze waren anfangs ungeplant: Wer gerade da war, übersetzte, oft stundenlang und auch in belastenden Gesprächen.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Zentrale Registrierung der Ehrenamtlichen mit Sprachen, Verfügbarkeit und Einsatzwünschen.',
        '- Schichtplan für Ankunftspunkt und Registrierung; maximal vier Stunden pro Schicht.',
        '- Kurzschulung (90 Minuten) vor dem ersten Einsatz: Rolle, Vertraulichkeit, Grenzen, was bei belastenden Inhalten zu tun ist.',
        '- Einsatzvermittlung für Termine bei Ämtern über ein einfaches Buchungssystem.',
        '- Monatliche Supervision in der Gruppe und eine feste hauptamtliche Ansprechperson.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Nach zwei Wochen waren die Schalter in den Kernzeiten abgedeckt. Die Kurzschulung hat Missverständnisse über die Rolle deutlich reduziert. Viele Dolmetschende blieben über Monate dabei.',
        '',
        '**Was nicht funktioniert hat:** In den ersten Tagen wurden einige Ehrenamtliche überlastet, gerade Menschen, die selbst erst kurz in Deutschland lebten oder Angehörige in der Ukraine hatten. Für medizinische und rechtliche Gespräche reichte ehrenamtliche Sprachmittlung oft nicht aus. Ab Sommer ließ die Zahl der Verfügbaren deutlich nach.',
      ),
      rootCause:
        'Für diese Sprachen gab es kaum professionelle Kapazitäten, und für Sprachmittlung in Behörden keine dauerhafte Finanzierung. Das Ehrenamt sprang ein – ohne dass seine Grenzen mitgedacht waren.',
      transferability:
        'Übertragbar auf jede Ankunftssituation. Eine Liste von Sprachkundigen, eine vorbereitete Kurzschulung und Regeln zu Schichtlängen lassen sich vorab anlegen. Parallel sollte klar sein, wann professionelle Dolmetschende beauftragt werden.',
      hazards: [Hazard.REFUGEE_ARRIVAL],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Sprachmittlung', 'Ehrenamtskoordination', 'Ankunft und Registrierung', 'Schutz von Helfenden'],
      actors: ['Sozialamt', 'Ausländerbehörde', 'ehrenamtliche Dolmetschende', 'Migrantenorganisationen', 'Kirchengemeinden'],
      authorKey: 'olga-bondarenko',
      municipalityKey: 'nuernberg',
      crisisKey: 'ukraine-2022',
      publishedAt: '2024-02-26T09:45:00+01:00',
      recommendations: [
        {
          text: 'Ehrenamtliche Dolmetschende mit Schichtplan, Pausen und Supervision unterstützen und nicht rund um die Uhr abrufen.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Qualifizierte Sprachmittlung in Behörden und im Gesundheitswesen dauerhaft finanzieren, statt auf Ehrenamt zu setzen.',
          addressee: RecommendationAddressee.BUND,
          status: RecommendationStatus.PROPOSED,
        },
        {
          text: 'Vertraulichkeit, Rollenklarheit und Selbstschutz in einer kurzen Schulung vor dem ersten Einsatz vermitteln.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.IMPLEMENTED,
        },
      ],
      comments: [
        {
          authorKey: 'aylin-demir',
          minutesAfterStart: 150,
          body: 'Habt ihr die Kurzschulung als Material irgendwo veröffentlicht? Wir würden sie gern für unseren Pool in Lauf übernehmen.',
          replies: [
            {
              authorKey: 'olga-bondarenko',
              minutesAfterStart: 260,
              body: 'Ich stelle die Folien und den Ablauf gern hier als Anhang ein, sobald die Freigabe da ist.',
            },
          ],
        },
        {
          authorKey: 'stefan-poehlmann',
          minutesAfterStart: 900,
          body: 'Uns ging es im Landkreis genauso. Die Verfügbarkeit im Sommer war ein echtes Problem – habt ihr Ehrenamtliche gezielt für Randzeiten gewonnen?',
        },
        {
          authorKey: 'katrin-osswald',
          minutesAfterStart: 2200,
          body: 'Sehr wichtiger Bericht. Den Punkt „Helfende, die selbst Betroffene sind“ sollten wir bei jeder Ankunftslage mitdenken.',
        },
      ],
      helpfulBy: ['aylin-demir', 'stefan-poehlmann', 'katrin-osswald', 'juergen-weissbach'],
    },

    {
      key: 'ukraine-2022-private-unterkuenfte',
      title: 'Ukraine 2022: Privaten Wohnraum für Geflüchtete vermitteln – schnell, aber mit klaren Regeln',
      summary:
        'Im Frühjahr 2022 boten viele Menschen im Landkreis Zimmer und Wohnungen an. Eine gemeinsame Wohnraumbörse von Landratsamt, Gemeinden und Freiwilligenagentur machte daraus Unterkünfte. Ohne Mindeststandards und Begleitung der Gastgebenden wäre vieles gescheitert.',
      situation: md(
        'Nach dem 24. Februar 2022 erreichten das Landratsamt innerhalb weniger Tage Hunderte Angebote für private Unterkünfte – per E-Mail, Telefon und über Gemeinden und Vereine. Gleichzeitig kamen Menschen aus der Ukraine oft direkt bei Bekannten oder über private Kontakte an, ohne dass Behörden davon wussten.',
        '',
        'Die Angebote reichten vom Gästezimmer für zwei Wochen bis zur leeren Wohnung. Wer wann wo einzog, war kaum nachvollziehbar.',
        '',
        SAMPLE_NOTE,
      ),
      actions: md(
        '- Gemeinsame Wohnraumbörse: ein Formular für alle Angebote, Sichtung durch Landratsamt und Gemeinden.',
        '- Mindeststandards (eigener Schlafraum, Zugang zu Bad und Küche, Dauer mindestens drei Monate) und nach Möglichkeit eine Besichtigung.',
        '- Die Freiwilligenagentur übernahm die Erstansprache der Gastgebenden und vermittelte bei Konflikten.',
        '- Infoabende für Gastgebende: Leistungen, Anmeldung, Mietverträge, Erwartungen.',
        '- Nach drei Monaten aktive Nachfrage bei allen Gastgebenden, ob und wie es weitergeht.',
      ),
      outcome: md(
        '**Was funktioniert hat:** Ein großer Teil der Ankommenden konnte privat statt in Sammelunterkünften wohnen. Die Infoabende nahmen viel Druck aus den Haushalten. Die neutrale Vermittlung durch die Freiwilligenagentur wurde von beiden Seiten geschätzt.',
        '',
        '**Was nicht funktioniert hat:** Viele kurzfristige Angebote endeten nach wenigen Wochen; Übergänge in eigene Wohnungen fehlten. Besichtigungen waren nicht immer möglich. Einzelne Gastgebende waren mit der Situation überfordert, ohne sich früh zu melden.',
      ),
      rootCause:
        'Die private Aufnahme war ein Geschenk an Hilfsbereitschaft – aber ohne Struktur. Die Verwaltung hatte keinen Prozess für private Unterbringung, weil sie bis dahin kaum eine Rolle gespielt hatte.',
      transferability:
        'Formular, Mindeststandards, Infoabend-Material und der Drei-Monats-Check lassen sich vorbereiten und bei jeder größeren Ankunftslage sofort aktivieren. Die Zusammenarbeit mit einer Freiwilligenagentur sollte vorab vereinbart sein.',
      hazards: [Hazard.REFUGEE_ARRIVAL],
      phase: CrisisPhase.RESPONSE,
      fieldsOfAction: ['Unterbringung', 'Ehrenamtskoordination', 'Beratung Gastgebender'],
      actors: ['Landratsamt', 'Gemeinden', 'Freiwilligenagentur', 'Gastgebende', 'Geflüchtete'],
      authorKey: 'stefan-poehlmann',
      municipalityKey: 'lk-nuernberger-land',
      crisisKey: 'ukraine-2022',
      publishedAt: '2024-11-05T14:00:00+01:00',
      recommendations: [
        {
          text: 'Eine gemeinsame Wohnraumbörse von Kreis und Gemeinden mit Mindeststandards und Besichtigung betreiben und für künftige Lagen vorhalten.',
          addressee: RecommendationAddressee.KREIS,
          status: RecommendationStatus.IMPLEMENTED,
        },
        {
          text: 'Gastgebende nach spätestens drei Monaten aktiv ansprechen und Übergänge in eigene Wohnungen planen.',
          addressee: RecommendationAddressee.KOMMUNE,
          status: RecommendationStatus.IN_PROGRESS,
        },
        {
          text: 'Freiwilligenagenturen als neutrale Vermittler zwischen Gastgebenden und Gästen einbinden.',
          addressee: RecommendationAddressee.EHRENAMT,
          status: RecommendationStatus.PROPOSED,
        },
      ],
      comments: [
        {
          authorKey: 'katrin-osswald',
          minutesAfterStart: 75,
          body: 'Aus Sicht der Freiwilligenagentur: Die Infoabende waren der wichtigste Baustein. Viele Gastgebende hatten ganz praktische Fragen (Strom, Internet, Haftpflicht), die sonst niemand beantwortet hat.',
          replies: [
            {
              authorKey: 'stefan-poehlmann',
              minutesAfterStart: 140,
              body: 'Stimmt. Die Fragen von damals haben wir inzwischen in einem FAQ für Gastgebende gesammelt.',
            },
          ],
        },
        {
          authorKey: 'juergen-weissbach',
          minutesAfterStart: 480,
          body: 'Für die Gemeinden war die zentrale Börse eine Entlastung. Bei uns in Lauf haben wir die Besichtigungen teilweise mit dem Helferkreis gemacht.',
        },
        {
          authorKey: 'olga-bondarenko',
          minutesAfterStart: 1700,
          body: 'Ein Punkt aus Nürnberg: Bei Konflikten zwischen Gastgebenden und Gästen war eine dolmetschende Person im Gespräch oft der Wendepunkt. Vielleicht lässt sich das mit der Börse verbinden.',
        },
      ],
      helpfulBy: ['katrin-osswald', 'juergen-weissbach', 'aylin-demir'],
    },
  ],

  generalThreads: [
    {
      key: 'stromausfall-notfall-anlaufstellen',
      title: 'Stromausfall: Wer hat Erfahrungen mit Notfall-Anlaufstellen (Leuchttürmen)?',
      authorKey: 'miriam-haegele',
      openedAt: '2022-10-12T09:30:00+02:00',
      body: md(
        'Wir bereiten uns gerade auf einen möglichen längeren, flächigen Stromausfall vor und planen **Notfall-Anlaufstellen** („Leuchttürme“): Orte, an denen Bürgerinnen und Bürger Notrufe absetzen, Informationen bekommen und sich aufwärmen können.',
        '',
        'Fragen an alle, die so etwas schon aufgebaut oder geübt haben:',
        '',
        '- Welche Gebäude habt ihr gewählt (Feuerwehrhaus, Schule, Rathaus) und wie versorgt ihr sie mit Notstrom?',
        '- Wie besetzt ihr die Anlaufstellen – nur Hauptamt, oder auch mit Ehrenamtlichen?',
        '- Wie macht ihr sie *vorher* bekannt, wenn im Ernstfall weder Internet noch Radio sicher funktionieren?',
      ),
      comments: [
        {
          authorKey: 'jana-luetzenkirchen',
          minutesAfterStart: 80,
          body: 'Nach der Flut hatten wir in einigen Orten wochenlang keinen Strom. Was sich bewährt hat: Anlaufstellen dort, wo Menschen ohnehin hingehen (Dorfgemeinschaftshaus, Feuerwehr), plus ein analoges Schwarzes Brett. Aushänge waren oft verlässlicher als jede App.',
        },
        {
          authorKey: 'katrin-osswald',
          minutesAfterStart: 240,
          body: 'Für die Besetzung mit Ehrenamtlichen: unbedingt vorher festlegen, wer die Verantwortung trägt, und eine kurze Einweisung geben. Freiwilligenagenturen können helfen, einen Pool aufzubauen.',
          replies: [
            {
              authorKey: 'miriam-haegele',
              minutesAfterStart: 300,
              body: 'Danke! Habt ihr dafür eine Vereinbarung mit der Gemeinde, oder läuft das über Einzelabsprachen?',
            },
            {
              authorKey: 'katrin-osswald',
              minutesAfterStart: 420,
              body: 'Bisher Einzelabsprachen, wir arbeiten an einer Mustervereinbarung. Ich teile sie hier, wenn sie fertig ist.',
            },
          ],
        },
        {
          authorKey: 'gisela-woerner',
          minutesAfterStart: 1500,
          body: 'Unsere Telefonkette würde bei Stromausfall natürlich nicht funktionieren. Wir haben deshalb eine Liste mit Adressen, die wir im Notfall zu Fuß abgehen – und die Anlaufstelle ist der Treffpunkt für die Gehenden.',
        },
        {
          authorKey: 'markus-dreesen',
          minutesAfterStart: 4400,
          body: 'Wichtig aus unserer Erfahrung: Trinkwasser, Medikamentenkühlung und Ladestationen für Hörgeräte und medizinische Geräte mitdenken. Danach wurde bei uns am häufigsten gefragt.',
        },
      ],
    },
    {
      key: 'hitzetelefon-ehrenamt',
      title: 'Hitzetelefon mit Ehrenamtlichen – lohnt sich das?',
      authorKey: 'juergen-weissbach',
      openedAt: '2024-06-18T08:15:00+02:00',
      body: md(
        'Wir überlegen, für die Sommermonate ein **Hitzetelefon** einzurichten: Ehrenamtliche rufen ältere, allein lebende Menschen an, erinnern ans Trinken und fragen, ob Hilfe gebraucht wird.',
        '',
        'Gibt es Erfahrungen? Vor allem interessiert mich, wie man die Menschen findet, die angerufen werden wollen – und wie man mit dem Datenschutz umgeht.',
      ),
      comments: [
        {
          authorKey: 'gisela-woerner',
          minutesAfterStart: 55,
          body: 'Wir haben unsere Telefonkette aus der Corona-Zeit im Sommer um Hitze-Fragen erweitert. Angerufen wird nur, wer sich selbst (oder über Angehörige) angemeldet hat; die Einwilligung liegt schriftlich vor.',
        },
        {
          authorKey: 'olga-bondarenko',
          minutesAfterStart: 600,
          body: 'Denkt an mehrsprachige Aushänge in Apotheken und Arztpraxen – dort erreicht man viele ältere Menschen, die nicht Deutsch als Erstsprache haben.',
          replies: [
            {
              authorKey: 'juergen-weissbach',
              minutesAfterStart: 690,
              body: 'Guter Hinweis, die Apotheken hatten wir als Partner noch gar nicht auf dem Zettel.',
            },
          ],
        },
      ],
    },
  ],
};
