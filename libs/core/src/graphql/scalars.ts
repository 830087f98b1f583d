import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Instants as ISO 8601 with the Europe/Berlin offset, e.g. 2023-01-25T13:30:00+01:00: the time people
 * in German towns read, still unambiguous for machines.
 *
 * Since 1996 Germany follows the EU rule: summer time (UTC+2) from the last Sunday of March to the last
 * Sunday of October, each at 01:00 UTC; otherwise UTC+1. That is computed directly, since every list response
 * formats many instants; earlier instants (other rules) ask Intl, which knows the whole history.
 */
const EU_RULE_SINCE = Date.UTC(1996, 0, 1);

// Built once: creating a formatter per value dominated the CPU time of list responses.
const BERLIN = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The offset of Europe/Berlin from UTC in minutes at `ms`, as Intl reads it from the time zone database. */
function intlOffsetMinutes(ms: number): number {
  const parts = Object.fromEntries(BERLIN.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((local - Math.floor(ms / 1000) * 1000) / 60000);
}

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when summer time starts (March) or ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

const summerTime = new Map<number, [number, number]>();

/** The offset of Europe/Berlin from UTC in minutes at `ms`. */
export function berlinOffsetMinutes(ms: number): number {
  if (ms < EU_RULE_SINCE) return intlOffsetMinutes(ms);
  const year = new Date(ms).getUTCFullYear();
  let bounds = summerTime.get(year);
  if (!bounds) {
    bounds = [lastSundayOneUtc(year, 2), lastSundayOneUtc(year, 9)];
    summerTime.set(year, bounds);
  }
  return ms >= bounds[0] && ms < bounds[1] ? 120 : 60;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The wall-clock parts of `date` in Europe/Berlin and its offset. */
function berlinParts(date: Date): { y: number; mo: string; d: string; h: string; mi: string; s: string; ms: number; offset: number } {
  const offset = berlinOffsetMinutes(date.getTime());
  const local = new Date(date.getTime() + offset * 60_000);
  return {
    y: local.getUTCFullYear(),
    mo: pad2(local.getUTCMonth() + 1),
    d: pad2(local.getUTCDate()),
    h: pad2(local.getUTCHours()),
    mi: pad2(local.getUTCMinutes()),
    s: pad2(local.getUTCSeconds()),
    ms: local.getUTCMilliseconds(),
    offset,
  };
}

/** A moment for people to read in messages, "2026-12-01 14:05 (Europe/Berlin)", rounded up to the minute (never too early). */
export function toBerlinMinute(date: Date): string {
  const p = berlinParts(new Date(Math.ceil(date.getTime() / 60_000) * 60_000));
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi} (Europe/Berlin)`;
}

export function toBerlinIso(date: Date): string {
  const p = berlinParts(date);
  const sign = p.offset >= 0 ? '+' : '-';
  const abs = Math.abs(p.offset);
  const ms = p.ms ? `.${String(p.ms).padStart(3, '0')}` : '';
  return `${String(p.y).padStart(4, '0')}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s}${ms}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Europe/Berlin ISO text the slow way, through Intl only: what toBerlinIso must always agree with. */
export function toBerlinIsoByIntl(date: Date): string {
  const parts = Object.fromEntries(BERLIN.formatToParts(date).map((p) => [p.type, p.value]));
  const offsetMinutes = intlOffsetMinutes(date.getTime());
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const ms = date.getUTCMilliseconds();
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${ms ? '.' + String(ms).padStart(3, '0') : ''}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new TypeError('DateTime must be ISO 8601 with an offset, e.g. 2023-01-25T13:30:00+01:00');
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError('DateTime is not a valid date');
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset; output is in Europe/Berlin time, e.g. 2023-01-25T13:30:00+01:00.',
  serialize: (value) => toBerlinIso(value instanceof Date ? value : new Date(value as string)),
  parseValue: parseInstant,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('DateTime must be a string');
    return parseInstant(ast.value);
  },
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
      throw new TypeError('Date must be YYYY-MM-DD');
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !/^\d{4}-\d{2}-\d{2}$/.test(ast.value)) throw new TypeError('Date must be YYYY-MM-DD');
    return ast.value;
  },
});
