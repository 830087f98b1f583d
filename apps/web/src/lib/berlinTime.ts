/**
 * Seminar times are entered as a calendar day and a time of day in Berlin, whatever the device's zone, and sent to
 * the API as an instant with Berlin's offset on that day (+01:00 in winter, +02:00 in summer).
 */

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(ms: number): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
}

/** The day ('2027-01-25') and time ('13:30') an instant has in Berlin, for a form's fields. */
export function berlinParts(instant: string | Date): { date: string; time: string } {
  const p = partsOf(new Date(instant).getTime());
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Berlin's offset from UTC in minutes at an instant. */
function offsetAt(ms: number): number {
  const p = partsOf(ms);
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** '2027-01-25' and '13:30' in Berlin as '2027-01-25T13:30:00+01:00'; null when either is not a valid value. */
export function berlinToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (m < 1 || m > 12 || day < 1 || day > 31 || h > 23 || min > 59) return null;
  const wall = Date.UTC(y, m - 1, day, h, min);
  if (new Date(wall).getUTCDate() !== day) return null;
  const offset = offsetAt(wall - offsetAt(wall) * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
