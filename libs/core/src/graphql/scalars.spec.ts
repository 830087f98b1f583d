import fc from 'fast-check';
import { berlinOffsetMinutes, toBerlinIso, toBerlinIsoByIntl, toBerlinMinute } from './scalars';

describe('Europe/Berlin times', () => {
  it('writes the wall-clock time and offset people in Germany read', () => {
    expect(toBerlinIso(new Date('2023-01-25T12:30:00Z'))).toBe('2023-01-25T13:30:00+01:00');
    expect(toBerlinIso(new Date('2021-07-14T22:05:09.120Z'))).toBe('2021-07-15T00:05:09.120+02:00');
    expect(toBerlinMinute(new Date('2026-12-01T13:04:01Z'))).toBe('2026-12-01 14:05 (Europe/Berlin)');
  });

  it('switches to summer time at 01:00 UTC on the last Sunday of March and back on the last Sunday of October', () => {
    expect(berlinOffsetMinutes(Date.parse('2024-03-31T00:59:59.999Z'))).toBe(60);
    expect(berlinOffsetMinutes(Date.parse('2024-03-31T01:00:00Z'))).toBe(120);
    expect(toBerlinIso(new Date('2024-03-31T01:00:00Z'))).toBe('2024-03-31T03:00:00+02:00');
    expect(berlinOffsetMinutes(Date.parse('2024-10-27T00:59:59.999Z'))).toBe(120);
    expect(toBerlinIso(new Date('2024-10-27T01:00:00Z'))).toBe('2024-10-27T02:00:00+01:00');
  });

  it('agrees with the time zone database for any instant from 1970 to 2100', () => {
    const instant = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instant, (date) => toBerlinIso(date) === toBerlinIsoByIntl(date)),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the time zone database around every change of the clocks since 1996', () => {
    for (let year = 1996; year <= 2060; year++) {
      for (const month of [2, 9]) {
        for (let day = 20; day <= 31; day++) {
          for (const minute of [0, 59, 60, 61, 119, 120, 121, 179, 180]) {
            const date = new Date(Date.UTC(year, month, day, 0, minute));
            expect(toBerlinIso(date)).toBe(toBerlinIsoByIntl(date));
          }
        }
      }
    }
  });
});
