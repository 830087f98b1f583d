import fc from 'fast-check';
import { types } from 'pg';
import { parseTimestamptz as parseWith } from './timestamptz';

/** The pg driver's own parser, which parseTimestamptz must agree with. */
const parseDate = types.getTypeParser(types.builtins.TIMESTAMPTZ);
const parseTimestamptz = (text: string) => parseWith(text, parseDate);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes, with and without fractions and in other time zones', () => {
    expect(parseTimestamptz('2026-12-01 21:08:37.17+00')).toEqual(new Date('2026-12-01T21:08:37.170Z'));
    expect(parseTimestamptz('2023-01-25 13:30:00+01')).toEqual(new Date('2023-01-25T12:30:00Z'));
    expect(parseTimestamptz('2021-07-15 00:05:09.123456+05:30')).toEqual(new Date('2021-07-14T18:35:09.123Z'));
    expect(parseTimestamptz('1969-12-31 23:59:59.999-03')).toEqual(new Date('1970-01-01T02:59:59.999Z'));
  });

  it('gives exactly what the pg driver gives, also for the unusual cases it hands over', () => {
    for (const text of ['infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '0099-01-01 00:00:00+00', '2020-01-01 00:00:00+01:02:03']) {
      expect(parseTimestamptz(text)).toEqual(parseDate(text));
    }
    const stamp = fc
      .record({
        year: fc.integer({ min: 100, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        fraction: fc.option(fc.integer({ min: 0, max: 999_999 }).map((f) => String(f).padStart(6, '0').replace(/0+$/, '') || '0')),
        offsetHours: fc.integer({ min: -15, max: 15 }),
        offsetMinutes: fc.constantFrom(0, 0, 30, 45),
      })
      .map((t) => {
        const offset = `${t.offsetHours < 0 ? '-' : '+'}${pad(Math.abs(t.offsetHours))}${t.offsetMinutes ? `:${pad(t.offsetMinutes)}` : ''}`;
        const fraction = t.fraction === null ? '' : `.${t.fraction}`;
        return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${fraction}${offset}`;
      });
    fc.assert(
      fc.property(stamp, (text) => (parseTimestamptz(text) as Date).getTime() === (parseDate(text) as Date).getTime()),
      { numRuns: 20_000 },
    );
  });
});
