import { berlinParts, berlinToIso } from '../src/lib/berlinTime';
import { describeProblem } from '../src/lib/errors';
import { registrationState } from '../src/lib/seminars';

describe('seminar times entered in Berlin', () => {
  it('gives Berlin’s offset of that day: +01:00 in winter, +02:00 in summer, around the change', () => {
    expect(berlinToIso('2027-01-25', '13:30')).toBe('2027-01-25T13:30:00+01:00');
    expect(berlinToIso('2027-07-14', '09:05')).toBe('2027-07-14T09:05:00+02:00');
    // Summer time begins on 28 March 2027 at 02:00 (then 03:00).
    expect(berlinToIso('2027-03-27', '23:00')).toBe('2027-03-27T23:00:00+01:00');
    expect(berlinToIso('2027-03-28', '04:00')).toBe('2027-03-28T04:00:00+02:00');
    expect(new Date(berlinToIso('2027-10-31', '12:00')!).toISOString()).toBe('2027-10-31T11:00:00.000Z');
  });

  it('reads an instant back as the day and time in Berlin, and refuses what is no date', () => {
    expect(berlinParts('2027-01-25T12:30:00Z')).toEqual({ date: '2027-01-25', time: '13:30' });
    expect(berlinParts('2027-07-13T22:30:00Z')).toEqual({ date: '2027-07-14', time: '00:30' });
    expect(berlinToIso('2027-02-30', '10:00')).toBeNull();
    expect(berlinToIso('2027-01-25', '')).toBeNull();
    expect(berlinToIso('', '10:00')).toBeNull();
  });

  it('names the registration state and the server’s refusals of a session in German', () => {
    expect(registrationState('REGISTERED')).toBe('Platz sicher');
    expect(registrationState('WAITLISTED', 2)).toBe('Warteliste, Platz 2');
    const problem = describeProblem({
      graphQLErrors: [
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.endsAt', message: 'endsAt must be after startsAt.' },
              {
                field: 'input.capacity',
                message: '3 people are registered; the capacity cannot be lower. They can cancel, or you keep the seats.',
              },
            ],
          },
        },
      ],
    });
    expect(problem.fields).toEqual({
      endsAt: 'Das Ende muss nach dem Beginn liegen.',
      capacity: '3 Personen haben einen Platz; weniger Plätze gehen nicht.',
    });
  });
});
