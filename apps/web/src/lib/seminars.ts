/** German words for the seminars' enums and states. */

export const SPEAKER_CONFIRMATION: Record<string, string> = {
  CONFIRMED: 'zugesagt',
  REQUESTED: 'angefragt',
  DECLINED: 'abgesagt',
};

/** "Platz sicher", "Warteliste, Platz 2", "abgemeldet". */
export function registrationState(status: string, waitlistPosition?: number | null): string {
  if (status === 'REGISTERED') return 'Platz sicher';
  if (status === 'WAITLISTED') return waitlistPosition ? `Warteliste, Platz ${waitlistPosition}` : 'Warteliste';
  return 'abgemeldet';
}

/** The address of a session's calendar entry, as the API serves it. */
export function sessionIcsUrl(sessionId: string): string {
  return `/seminars/${encodeURIComponent(sessionId)}.ics`;
}

/** The address of a series' calendar feed (for subscribing in a calendar program). */
export function seriesIcsUrl(seriesId: string): string {
  return `/seminar-series/${encodeURIComponent(seriesId)}.ics`;
}
