import { ICalCalendarMethod } from 'ical-generator';
import { MailAttachment } from '@krisenfest/mail';
import { SessionAnnouncement, sessionCalendar, sessionPageUrl, sessionWhen, speakerLines } from './seminar-calendar';

/** The mails of a registration, in German; the calendar entry goes with those that give a seat. */
export type RegistrationMailKind = 'registered' | 'waitlisted' | 'promoted' | 'reminder' | 'cancelled';

export interface RegistrationMailFacts extends SessionAnnouncement {
  appUrl: string;
  /** 1-based, for 'waitlisted'. */
  waitlistPosition?: number;
  /** Whether a reminder will come, and how many hours before. */
  reminderHours?: number | null;
}

const SIGNATURE = 'Ihr Krisenfest-Team';

export function registrationMail(
  kind: RegistrationMailKind,
  facts: RegistrationMailFacts,
): { subject: string; text: string; attachments: MailAttachment[] } {
  const { session, series } = facts;
  const page = sessionPageUrl(facts.appUrl, session.id);
  const about = [
    session.title,
    series ? `Reihe: ${series.title}` : null,
    sessionWhen(session),
    ...(facts.speakers.length ? ['Referierende:', ...speakerLines(facts.speakers).map((l) => `– ${l}`)] : []),
  ].filter((line): line is string => !!line);
  const access = session.onlineUrl
    ? ['Zugangslink zum Online-Raum:', session.onlineUrl]
    : ['Den Zugangslink finden Sie vor Beginn auf der Seite der Veranstaltung:', page];
  const reminder = facts.reminderHours ? `Wir erinnern Sie ${facts.reminderHours} Stunden vor Beginn per E-Mail.` : null;
  const cancelHint = `Falls Sie nicht teilnehmen können, melden Sie sich bitte ab, damit jemand von der Warteliste nachrücken kann: ${page}`;
  const entry = (): MailAttachment[] => [
    {
      filename: 'termin.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: sessionCalendar([facts], {
        appUrl: facts.appUrl,
        name: session.title,
        withOnlineUrl: kind !== 'cancelled',
        method: ICalCalendarMethod.PUBLISH,
      }),
    },
  ];

  const mail = (subject: string, paragraphs: (string | string[] | null)[], attachments: MailAttachment[] = []) => ({
    subject,
    text: ['Guten Tag,', ...paragraphs.filter((p) => p !== null).map((p) => (Array.isArray(p) ? p.join('\n') : p)), SIGNATURE].join('\n\n'),
    attachments,
  });

  switch (kind) {
    case 'registered':
      return mail(
        `Anmeldung bestätigt: ${session.title}`,
        [
          'Sie sind angemeldet für:',
          about,
          access,
          'Den Termin für Ihren Kalender finden Sie im Anhang (termin.ics).',
          reminder,
          cancelHint,
        ],
        entry(),
      );
    case 'waitlisted':
      return mail(`Warteliste: ${session.title}`, [
        'die Veranstaltung ist ausgebucht. Sie stehen auf der Warteliste' +
          (facts.waitlistPosition ? ` (Platz ${facts.waitlistPosition}):` : ':'),
        about,
        'Sobald jemand absagt, rücken Sie in der Reihenfolge der Anmeldung nach; dann schreiben wir Ihnen mit dem Zugangslink.',
        `Sie möchten nicht mehr warten? Dann melden Sie sich hier ab: ${page}`,
      ]);
    case 'promoted':
      return mail(
        `Platz frei: Sie sind angemeldet für ${session.title}`,
        [
          'ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt und angemeldet für:',
          about,
          access,
          'Den Termin für Ihren Kalender finden Sie im Anhang (termin.ics).',
          reminder,
          cancelHint,
        ],
        entry(),
      );
    case 'reminder':
      return mail(`Erinnerung: ${session.title} – ${sessionWhen(session)}`, [
        'wir erinnern Sie an die Veranstaltung, für die Sie angemeldet sind:',
        about,
        access,
        `Nach der Veranstaltung geht das Gespräch im Diskussionsfaden weiter: ${page}`,
      ]);
    case 'cancelled':
      return mail(
        `Abgesagt: ${session.title}`,
        [
          'die Veranstaltung, für die Sie angemeldet waren, wurde von den Organisierenden abgesagt:',
          about,
          session.cancelReason ? `Begründung: ${session.cancelReason}` : null,
          'Der Kalendereintrag im Anhang nimmt den Termin aus Ihrem Kalender.',
        ],
        entry(),
      );
  }
}
