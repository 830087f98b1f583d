import { BadUserInputError } from '@krisenfest/core';

/** The one place that says how long a password may be; auth.inputs.ts validates with these too. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_TOO_SHORT = `password must be at least ${PASSWORD_MIN_LENGTH} characters long`;
export const PASSWORD_TOO_LONG = `password must be at most ${PASSWORD_MAX_LENGTH} characters long`;

/** Names and e-mail local parts shorter than this are too likely to occur by chance to refuse a password for. */
const MIN_PERSONAL_LENGTH = 3;

let commonPasswords: Set<string> | undefined;

/** ~49 000 common passwords (lower-case), read on first use and kept. */
function isCommon(lowerCased: string): boolean {
  if (!commonPasswords) {
    // Loaded here rather than imported at the top: the package carries several large word lists,
    // which only a registration needs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { dictionary } = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    commonPasswords = new Set((dictionary.passwords as string[]).map((p) => p.toLowerCase()));
  }
  return commonPasswords.has(lowerCased);
}

/** The part of an e-mail address before the (last) @. */
function localPart(email: string): string {
  const at = email.lastIndexOf('@');
  return (at < 0 ? email : email.slice(0, at)).trim();
}

/**
 * Why `password` is not acceptable for this account, in plain English, or null if it is.
 * Comparisons ignore case.
 */
export function checkPassword(password: string, account: { email: string; displayName: string }): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return PASSWORD_TOO_SHORT;
  if (password.length > PASSWORD_MAX_LENGTH) return PASSWORD_TOO_LONG;

  const lower = password.toLowerCase();
  // By code point, so a repeated emoji or umlaut counts as one character.
  if (new Set(Array.from(lower)).size === 1) return 'password must not be a single character repeated; choose another';
  if (isCommon(lower)) return 'password is one of the most common passwords; choose another';

  const name = account.displayName.trim().toLowerCase();
  if (name.length >= MIN_PERSONAL_LENGTH && lower.includes(name)) return 'password must not contain your display name';
  const local = localPart(account.email).toLowerCase();
  if (local.length >= MIN_PERSONAL_LENGTH && lower.includes(local))
    return 'password must not contain the first part of your e-mail address (before the @)';
  return null;
}

/** Refuses a password the policy does not allow as BAD_USER_INPUT on `field`, worded like the validation pipe's errors. */
export function assertPasswordAllowed(password: string, account: { email: string; displayName: string }, field: string): void {
  const refused = checkPassword(password, account);
  if (refused) throw new BadUserInputError(`Please check your input: ${refused}`, [{ field, message: refused }]);
}
