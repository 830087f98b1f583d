const DIGIT_0 = 48;

/** The number written in text[from, to), or NaN if a character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads a `timestamptz` as PostgreSQL writes it ('2026-12-01 21:08:37.17+00', offsets like +01 or +05:30) into a
 * Date. Lists read several per row, and the pg driver's general parser (three regular expressions per value)
 * showed up in their profiles; anything unusual (years before 100, BC, infinity, offsets with seconds) goes to
 * that parser (`parseDate`), so the result is always the same.
 */
export function parseTimestamptz(text: string, parseDate: (text: string) => unknown): unknown {
  if (text.length < 22 || text.charCodeAt(4) !== 45 || text.charCodeAt(10) !== 32) return parseDate(text);
  const year = digits(text, 0, 4);
  let i = 19;
  let ms = 0;
  if (text.charCodeAt(i) === 46) {
    let scale = 100;
    for (i++; i < text.length && text.charCodeAt(i) >= DIGIT_0 && text.charCodeAt(i) <= DIGIT_0 + 9; i++) {
      ms += (text.charCodeAt(i) - DIGIT_0) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = text.charCodeAt(i) === 43 ? 1 : text.charCodeAt(i) === 45 ? -1 : 0;
  const withMinutes = text.length === i + 6 && text.charCodeAt(i + 3) === 58;
  if (!sign || year < 100 || (text.length !== i + 3 && !withMinutes)) return parseDate(text);
  const offsetMinutes = digits(text, i + 1, i + 3) * 60 + (withMinutes ? digits(text, i + 4, i + 6) : 0);
  const utc = Date.UTC(
    year,
    digits(text, 5, 7) - 1,
    digits(text, 8, 10),
    digits(text, 11, 13),
    digits(text, 14, 16),
    digits(text, 17, 19),
    ms,
  );
  const time = utc - sign * offsetMinutes * 60_000;
  return Number.isNaN(time) ? parseDate(text) : new Date(time);
}
