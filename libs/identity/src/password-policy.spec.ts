import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

const account = { email: 'hilde.wagner@example.org', displayName: 'Hildegard' };

describe('checkPassword', () => {
  it('accepts a long, uncommon password that has nothing to do with the account', () => {
    expect(checkPassword('correct horse battery', account)).toBeNull();
    expect(checkPassword('Sandsäcke am Deich 2021', account)).toBeNull();
  });

  it(`needs at least ${PASSWORD_MIN_LENGTH} and at most ${PASSWORD_MAX_LENGTH} characters`, () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(checkPassword('Ahr-Flut-1', account)).toBeNull();
    expect(checkPassword('Ahr-Flut1', account)).toBe('password must be at least 10 characters long');
    const longest = 'Pegel Altenahr '.repeat(20).slice(0, PASSWORD_MAX_LENGTH);
    expect(checkPassword(longest, account)).toBeNull();
    expect(checkPassword(`${longest}!`, account)).toBe('password must be at most 200 characters long');
  });

  it('refuses common passwords in any case', () => {
    for (const password of ['password123', 'Password123', 'BASKETBALL', 'qwertyuiop', '1234567890']) {
      expect(checkPassword(password, account)).toBe('password is one of the most common passwords; choose another');
    }
  });

  it('refuses one character repeated, also an umlaut or an emoji', () => {
    for (const password of ['aaaaaaaaaaaa', 'AaAaAaAaAa', '          ', 'ääääääääää', '🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥']) {
      expect(checkPassword(password, account)).toMatch(/single character repeated/);
    }
    expect(checkPassword('aaaaaaaaab', account)).toBeNull();
  });

  it('refuses a password containing the display name, in any case', () => {
    expect(checkPassword('ich bin HILDEGARD aus Mayen', account)).toBe('password must not contain your display name');
    expect(checkPassword('xx Ben Bürger xx', { email: 'b@example.org', displayName: 'Ben Bürger' })).toBe(
      'password must not contain your display name',
    );
  });

  it('refuses a password containing the part of the e-mail address before the @', () => {
    expect(checkPassword('Hilde.Wagner-2024!', account)).toBe(
      'password must not contain the first part of your e-mail address (before the @)',
    );
  });

  it('ignores display names and e-mail local parts shorter than 3 characters', () => {
    expect(checkPassword('Pegelstand Al 4,20 m', { email: 'al@example.org', displayName: 'Al' })).toBeNull();
    expect(checkPassword('Pegelstand Al 4,20 m', { email: 'b@example.org', displayName: 'Ben' })).toBeNull();
  });
});
