/** Dates and times as people in Germany read them, always in Europe/Berlin whatever the device's zone. */

const ZONE = 'Europe/Berlin';

const DAY = new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const WEEKDAY_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const TIME = new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });

/** "25. Januar 2023" for a timestamp or a calendar day ('YYYY-MM-DD', which has no zone). */
export function formatDay(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-').map(Number);
    return new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(Date.UTC(y, m - 1, d)),
    );
  }
  return DAY.format(new Date(value));
}

/** "Mittwoch, 25. Januar 2023, 13:30–14:45 Uhr" in Berlin time. */
export function formatSessionTime(startsAt: string, endsAt: string): string {
  return `${WEEKDAY_TIME.format(new Date(startsAt))}–${TIME.format(new Date(endsAt))} Uhr`;
}

/** "am 7. Dezember 2026" or "vor 5 Minuten" for recent moments. */
export function formatWhen(value: string, now: Date = new Date()): string {
  const seconds = Math.round((now.getTime() - new Date(value).getTime()) / 1000);
  if (seconds >= 0 && seconds < 60) return 'gerade eben';
  if (seconds >= 0 && seconds < 3600) return `vor ${Math.floor(seconds / 60)} Minute${seconds < 120 ? '' : 'n'}`;
  if (seconds >= 0 && seconds < 86400) return `vor ${Math.floor(seconds / 3600)} Stunde${seconds < 7200 ? '' : 'n'}`;
  return `am ${formatDay(value)}`;
}
