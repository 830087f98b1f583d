import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { toGlobalId } from '@krisenfest/core';
import { SpeakerConfirmation } from './seminar.entity';
import { SeminarSeriesView, SeminarSessionView, SeminarSpeakerView } from './seminar.rows';

/** One session with what a calendar entry or a mail says about it. */
export interface SessionAnnouncement {
  session: SeminarSessionView;
  series: SeminarSeriesView | null;
  speakers: SeminarSpeakerView[];
}

export interface CalendarOptions {
  /** Where people open Krisenfest (PUBLIC_APP_URL); each entry links to its session's page. */
  appUrl: string;
  /** The calendar's name, e.g. the series title. */
  name: string;
  /** Only in a registrant's own entry (the confirmation mail's attachment): the link to the online room. */
  withOnlineUrl?: boolean;
  /** REQUEST for an entry mailed to one person, PUBLISH for a feed. */
  method?: ICalCalendarMethod;
}

/** Where the app shows a session. */
export function sessionPageUrl(appUrl: string, sessionId: string): string {
  return `${appUrl}/seminare/${toGlobalId('SeminarSession', sessionId)}`;
}

/** "Frank Buß (Bürgermeister, Stadt Plochingen)"; requested speakers are marked as such, declined ones left out. */
export function speakerLines(speakers: SeminarSpeakerView[]): string[] {
  return speakers
    .filter((s) => s.confirmation !== SpeakerConfirmation.DECLINED)
    .map((s) => {
      const about = [s.role, s.organisation].filter(Boolean).join(', ');
      return `${s.name}${about ? ` (${about})` : ''}${s.confirmation === SpeakerConfirmation.REQUESTED ? ' – angefragt' : ''}`;
    });
}

/**
 * An iCalendar (RFC 5545) document of sessions, with times in each session's own time zone (a VTIMEZONE is
 * included, so calendars show 13:30 in Berlin on both sides of a change to summer time). Cancelled sessions stay
 * in, marked CANCELLED, so subscribed calendars take them out.
 */
export function sessionCalendar(entries: SessionAnnouncement[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Krisenfest', product: 'Seminare', language: 'DE' },
    method: options.method,
    timezone: { name: 'Europe/Berlin', generator: getVtimezoneComponent },
    // A feed is read again by calendars every few hours.
    ttl: 3 * 3600,
  });
  for (const { session, series, speakers } of entries) {
    const zone = session.timeZone;
    const url = sessionPageUrl(options.appUrl, session.id);
    const description = [
      session.topic ? `Thema: ${session.topic}` : null,
      session.description,
      speakers.length
        ? `Referierende:\n${speakerLines(speakers)
            .map((l) => `– ${l}`)
            .join('\n')}`
        : null,
      series ? `Reihe: ${series.title}` : null,
      options.withOnlineUrl && session.onlineUrl ? `Zugang: ${session.onlineUrl}` : null,
      `Auf Krisenfest: ${url}`,
      session.cancelledAt ? `Abgesagt${session.cancelReason ? `: ${session.cancelReason}` : ''}` : null,
    ]
      .filter((part): part is string => !!part)
      .join('\n\n');
    calendar.createEvent({
      id: `${session.id}@krisenfest`,
      start: DateTime.fromJSDate(session.startsAt, { zone }),
      end: DateTime.fromJSDate(session.endsAt, { zone }),
      timezone: zone,
      summary: session.cancelledAt ? `Abgesagt: ${session.title}` : session.title,
      description,
      location: options.withOnlineUrl && session.onlineUrl ? session.onlineUrl : 'Online',
      url,
      status: session.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

const WHEN_DAY = (zone: string) => new Intl.DateTimeFormat('de-DE', { timeZone: zone, dateStyle: 'full' });
const WHEN_TIME = (zone: string) => new Intl.DateTimeFormat('de-DE', { timeZone: zone, hour: '2-digit', minute: '2-digit' });

/** "Montag, 25. Januar 2027, 13:30–14:45 Uhr" in the session's time zone (its name added unless Europe/Berlin). */
export function sessionWhen(session: Pick<SeminarSessionView, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const zone = session.timeZone;
  const day = WHEN_DAY(zone);
  const time = WHEN_TIME(zone);
  const sameDay = day.format(session.startsAt) === day.format(session.endsAt);
  const text = sameDay
    ? `${day.format(session.startsAt)}, ${time.format(session.startsAt)}–${time.format(session.endsAt)} Uhr`
    : `${day.format(session.startsAt)}, ${time.format(session.startsAt)} Uhr bis ${day.format(session.endsAt)}, ${time.format(session.endsAt)} Uhr`;
  return zone === 'Europe/Berlin' ? text : `${text} (${zone})`;
}
