import { describeDevice } from '../src/lib/devices';
import { apiFilter, filtersFromSearch, searchFromFilters } from '../src/lib/filters';
import { describeProblem, fieldMessage } from '../src/lib/errors';
import { formatDay, formatSessionTime, formatWhen } from '../src/lib/format';
import {
  checkDraft,
  emptyDraft,
  fromLesson,
  LessonDraft,
  newRecommendation,
  sameContent,
  toCreateInput,
  toUpdateInput,
} from '../src/lib/lessonDraft';

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

describe('a lesson in the form, checked as the API checks it', () => {
  const valid = (): LessonDraft => ({
    ...emptyDraft('TXVuaWNpcGFsaXR5OjE'),
    title: 'Hitzeschutz im Bauhof',
    summary: 'Trinkwasserstellen in drei Tagen aufgebaut.',
    hazards: ['HEAT'],
    phase: 'PREPAREDNESS',
  });

  it('lets a draft be saved with title, summary, hazard, phase and place, and asks for the report only to publish', () => {
    expect(checkDraft(valid(), { publishing: false })).toEqual({});
    expect(Object.keys(checkDraft(valid(), { publishing: true }))).toEqual(['situation', 'actions', 'outcome']);
    expect(Object.keys(checkDraft(emptyDraft(), { publishing: false }))).toEqual([
      'title',
      'summary',
      'hazards',
      'phase',
      'municipalityId',
    ]);
  });

  it('holds the limits of the API: lengths, counts, and each recommendation with its addressee', () => {
    const draft: LessonDraft = {
      ...valid(),
      title: '  Kurz ',
      summary: 'x'.repeat(301),
      hazards: ['FLOOD', 'HEAT', 'STORM', 'DROUGHT', 'PANDEMIC', 'OTHER'],
      fieldsOfAction: 'Krisenkommunikation\nX',
      actors: Array.from({ length: 21 }, (_, i) => `Stelle ${i}`).join('\n'),
      recommendations: [{ ...newRecommendation(), text: 'ok' }],
    };
    expect(checkDraft(draft, { publishing: false })).toEqual({
      title: 'Bitte geben Sie einen Titel mit mindestens 5 Zeichen an.',
      summary: 'Höchstens 300 Zeichen.',
      hazards: 'Höchstens 5 Gefahrenarten.',
      fieldsOfAction: 'Jeder Eintrag braucht 2 bis 80 Zeichen.',
      actors: 'Höchstens 20 Einträge.',
      'recommendations.0.text': 'Bitte mindestens 3 Zeichen.',
      'recommendations.0.addressee': 'Bitte wählen Sie, an wen sich die Empfehlung richtet.',
    });
  });

  it('sends lists as lists, leaves empty links out on creation and takes them off with null on update', () => {
    const draft: LessonDraft = {
      ...valid(),
      fieldsOfAction: ' Gesundheitsschutz \n\nÖffentlicher Raum\n',
      recommendations: [{ ...newRecommendation(), text: ' Vorab planen ', addressee: 'KOMMUNE' }],
    };
    const created = toCreateInput(draft, 'lesson-1');
    expect(created.fieldsOfAction).toEqual(['Gesundheitsschutz', 'Öffentlicher Raum']);
    expect(created.recommendations).toEqual([{ text: 'Vorab planen', addressee: 'KOMMUNE', status: 'PROPOSED' }]);
    expect(created).not.toHaveProperty('crisisId');
    expect(created).not.toHaveProperty('volunteerGroupId');
    expect(toUpdateInput('RXhw', draft)).toMatchObject({ id: 'RXhw', crisisId: null, seminarSessionId: null });
    expect(toUpdateInput('RXhw', draft)).not.toHaveProperty('municipalityId');
  });

  it('reads a saved lesson back into the same form content', () => {
    const draft: LessonDraft = {
      ...valid(),
      actors: 'Bauhof\nFeuerwehr',
      recommendations: [{ ...newRecommendation(), text: 'Vorab planen', addressee: 'KOMMUNE' }],
    };
    // As the API answers for what toCreateInput sent.
    const input = toCreateInput(draft, 'lesson-2');
    const back = fromLesson({
      ...input,
      situation: '',
      actions: '',
      outcome: '',
      rootCause: null,
      transferability: null,
      visibility: 'PUBLIC',
      fieldsOfAction: input.fieldsOfAction ?? [],
      actors: input.actors ?? [],
      municipality: { id: draft.municipalityId },
      crisis: null,
      recommendations: [{ text: 'Vorab planen', addressee: 'KOMMUNE', status: 'PROPOSED' }],
    });
    expect(sameContent(back, draft)).toBe(true);
  });

  it("keeps a list entry's place in the API's field errors", () => {
    const problem = describeProblem({
      graphQLErrors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'recommendations.1.text', message: 'text must be at least 3 characters long' }],
          },
        },
      ],
    });
    expect(problem.fields).toEqual({ 'recommendations.1.text': 'Mindestens 3 Zeichen.' });
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
