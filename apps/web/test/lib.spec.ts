import { describeDevice } from '../src/lib/devices';
import { apiFilter, filtersFromSearch, searchFromFilters } from '../src/lib/filters';
import { describeProblem, fieldMessage } from '../src/lib/errors';
import { formatDay, formatSessionTime, formatWhen } from '../src/lib/format';

describe('lesson filters in the address', () => {
  it('round-trips every filter and the order through the query string, in a fixed order', () => {
    const filters = filtersFromSearch('?sortierung=hilfreich&krise=Q3Jpc2lz&kommune=TXVu&land=RP&phase=RESPONSE&gefahr=FLOOD');
    expect(filters).toEqual({
      hazard: 'FLOOD',
      phase: 'RESPONSE',
      state: 'RP',
      municipalityId: 'TXVu',
      crisisId: 'Q3Jpc2lz',
      order: 'MOST_HELPFUL',
    });
    expect(searchFromFilters(filters)).toBe('gefahr=FLOOD&phase=RESPONSE&land=RP&kommune=TXVu&krise=Q3Jpc2lz&sortierung=hilfreich');
    expect(apiFilter(filters)).toEqual({ hazard: 'FLOOD', phase: 'RESPONSE', state: 'RP', municipalityId: 'TXVu', crisisId: 'Q3Jpc2lz' });
  });

  it('leaves out values that cannot be valid instead of sending them to the API', () => {
    expect(filtersFromSearch('?gefahr=<script>&kommune=a%20b&land=rp')).toEqual({ order: 'NEWEST' });
    expect(searchFromFilters({ order: 'NEWEST' })).toBe('');
  });
});

describe('API errors in German words', () => {
  it('names the problem by code, offers a retry where it can help, and puts field errors by their field', () => {
    const problem = describeProblem({
      graphQLErrors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.title', message: 'title must be longer than or equal to 5 characters' },
              { field: 'summary', message: 'summary should not be empty' },
            ],
          },
        },
      ],
    });
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Bitte prüfen Sie Ihre Eingaben.',
      retryable: false,
      fields: { title: 'Mindestens 5 Zeichen.', summary: 'Bitte ausfüllen.' },
    });
    expect(describeProblem({ graphQLErrors: [{ extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 } }] })).toMatchObject({
      retryable: true,
      retryAfterSeconds: 2,
      message: expect.stringContaining('versuchen Sie es gleich noch einmal'),
    });
  });

  it('treats a missing response as the network and an unknown code as our fault, never showing a raw message', () => {
    expect(describeProblem({ graphQLErrors: [], networkError: new Error('Failed to fetch') })).toMatchObject({
      code: 'NETWORK',
      retryable: true,
    });
    expect(describeProblem({ graphQLErrors: [{ extensions: { code: 'SOMETHING_NEW' } }] })).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Da ist bei uns etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.',
    });
    expect(fieldMessage('whatever the API says')).toBe('Bitte prüfen Sie diese Angabe.');
    expect(fieldMessage('password must not contain your display name')).toBe('Das Passwort darf Ihren Namen nicht enthalten.');
  });
});

describe('times in Europe/Berlin', () => {
  it('shows a session at its Berlin time, also across the change to summer time', () => {
    expect(formatSessionTime('2023-01-25T12:30:00Z', '2023-01-25T13:45:00Z')).toBe('Mittwoch, 25. Januar 2023 um 13:30–14:45 Uhr');
    expect(formatSessionTime('2024-04-03T11:30:00Z', '2024-04-03T12:45:00Z')).toBe('Mittwoch, 3. April 2024 um 13:30–14:45 Uhr');
  });

  it('shows calendar days as they are, whatever the time zone', () => {
    expect(formatDay('2021-07-14')).toBe('14. Juli 2021');
    expect(formatDay('2023-01-25T23:30:00Z')).toBe('26. Januar 2023');
    const now = new Date('2026-12-07T12:00:00Z');
    expect(formatWhen('2026-12-07T11:55:00Z', now)).toBe('vor 5 Minuten');
    expect(formatWhen('2026-12-07T09:00:00Z', now)).toBe('vor 3 Stunden');
    expect(formatWhen('2026-11-30T12:00:00Z', now)).toBe('am 30. November 2026');
  });
});

describe('devices by their User-Agent', () => {
  it('names browser and system as people recognise them', () => {
    expect(
      describeDevice('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36'),
    ).toBe('Chrome auf Linux');
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari auf iPhone/iPad');
    expect(describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox auf Windows');
    expect(
      describeDevice(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toBe('Edge auf macOS');
    expect(
      describeDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'),
    ).toBe('Chrome auf Android');
    expect(describeDevice('curl/8.5.0')).toBe('Browser');
    expect(describeDevice(null)).toBe('Unbekanntes Gerät');
  });
});
