/**
 * What the person reads when the API refuses or fails: German words for each code of the API's closed list
 * (`extensions.code`), never its raw message. Field errors (BAD_USER_INPUT with `fields`) are shown where the
 * field is; retryable failures offer to try again.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

export interface ApiProblem {
  code: ErrorCode;
  /** The sentence to show. */
  message: string;
  /** Whether trying again later can help (offer a button). */
  retryable: boolean;
  /** Seconds the API asked to wait, if it did. */
  retryAfterSeconds?: number;
  /** Per input field: what is wrong with it (the API's words for the field, shown next to it). */
  fields: Record<string, string>;
}

const MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Bitte prüfen Sie Ihre Eingaben.',
  UNAUTHENTICATED: 'Bitte melden Sie sich an.',
  FORBIDDEN: 'Dafür fehlt Ihnen die Berechtigung.',
  NOT_FOUND: 'Das gibt es nicht (mehr), oder Sie dürfen es nicht sehen.',
  CONFLICT: 'Das geht gerade nicht, weil sich der Stand geändert hat.',
  RATE_LIMITED: 'Zu viele Anfragen in kurzer Zeit. Bitte warten Sie einen Moment.',
  SERVICE_UNAVAILABLE: 'Krisenfest ist gerade überlastet oder nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  INTERNAL_SERVER_ERROR: 'Da ist bei uns etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.',
  NETWORK: 'Keine Verbindung zu Krisenfest. Bitte prüfen Sie Ihre Internetverbindung.',
};

const RETRYABLE = new Set<ErrorCode>(['RATE_LIMITED', 'SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'NETWORK']);
const KNOWN = new Set<string>(Object.keys(MESSAGES));

/** The shape of a GraphQL error as urql and the API give it. */
export interface GraphQLErrorLike {
  extensions?: { code?: unknown; fields?: unknown; retryAfterSeconds?: unknown } | null;
}

/** The problem of a failed request: its first error's code (unknown codes count as our fault), or the network. */
export function describeProblem(
  error: { graphQLErrors?: readonly GraphQLErrorLike[]; networkError?: unknown } | null | undefined,
): ApiProblem {
  const first = error?.graphQLErrors?.[0];
  const raw = first?.extensions?.code;
  const code: ErrorCode = first ? (typeof raw === 'string' && KNOWN.has(raw) ? (raw as ErrorCode) : 'INTERNAL_SERVER_ERROR') : 'NETWORK';
  const fields: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const list = e.extensions?.fields;
    if (!Array.isArray(list)) continue;
    for (const f of list as { field?: unknown; message?: unknown }[]) {
      if (typeof f.field === 'string' && typeof f.message === 'string') fields[leafField(f.field)] ??= fieldMessage(f.message);
    }
  }
  const retryAfter = first?.extensions?.retryAfterSeconds;
  return {
    code,
    message: MESSAGES[code],
    retryable: RETRYABLE.has(code),
    ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
    fields,
  };
}

/** `input.title` and `title` name the same form field; a list's entry keeps its place (`recommendations.2.text`). */
function leafField(path: string): string {
  return path.replace(/^input\./, '');
}

/**
 * The API words its field messages in English for developers ("must not be empty"); people read these German
 * ones for the common rules and a general hint otherwise.
 */
export function fieldMessage(message: string): string {
  const rules: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
    [/must not be empty|should not be empty|is required/i, 'Bitte ausfüllen.'],
    [/crisis is a duplicate/i, 'Diese Krise ist ein Duplikat einer anderen; bitte wählen Sie die andere.'],
    [/crisis was rejected/i, 'Diese Krise hat die Moderation abgelehnt; bitte wählen Sie eine andere.'],
    [/must name at least one hazard/i, 'Bitte wählen Sie mindestens eine Gefahrenart.'],
    [/at least (\d+) characters/i, (m) => `Mindestens ${m[1]} Zeichen.`],
    [/at most (\d+) characters/i, (m) => `Höchstens ${m[1]} Zeichen.`],
    [/must be shorter than or equal to (\d+)/i, (m) => `Höchstens ${m[1]} Zeichen.`],
    [/must be longer than or equal to (\d+)/i, (m) => `Mindestens ${m[1]} Zeichen.`],
    [/must be an email/i, 'Bitte eine gültige E-Mail-Adresse angeben.'],
    [/must be a URL|must be an URL/i, 'Bitte eine vollständige Adresse mit https:// angeben.'],
    [/must not be before the start/i, 'Das Ende darf nicht vor dem Beginn liegen.'],
    [/must not be in the future/i, 'Das Datum darf nicht in der Zukunft liegen.'],
    [/contain your display name/i, 'Das Passwort darf Ihren Namen nicht enthalten.'],
    [/contain the first part of your e-mail/i, 'Das Passwort darf den Teil Ihrer E-Mail-Adresse vor dem @ nicht enthalten.'],
    [/most common passwords|single character repeated/i, 'Dieses Passwort ist zu bekannt oder zu einfach. Bitte wählen Sie ein anderes.'],
    // Seminar sessions (SeminarOrganisingService's rules).
    [/endsAt must be after startsAt/i, 'Das Ende muss nach dem Beginn liegen.'],
    [/lasts at most 7 days/i, 'Ein Termin dauert höchstens 7 Tage.'],
    [/must close before the session ends/i, 'Die Anmeldung muss vor dem Ende des Termins schließen.'],
    [/must close after it opens/i, 'Die Anmeldung muss schließen, nachdem sie geöffnet hat.'],
    [/must open before the session starts/i, 'Die Anmeldung muss vor dem Beginn des Termins öffnen.'],
    [/must be an https:\/\/ address/i, 'Bitte eine vollständige Adresse mit https:// angeben.'],
    [
      /^(\d+) people are registered; the capacity cannot be lower/i,
      (m) => `${m[1]} Personen haben einen Platz; weniger Plätze gehen nicht.`,
    ],
    [/must not be less than (\d+)/i, (m) => `Mindestens ${m[1]}.`],
  ];
  for (const [pattern, text] of rules) {
    const match = message.match(pattern);
    if (match) return typeof text === 'string' ? text : text(match);
  }
  return 'Bitte prüfen Sie diese Angabe.';
}
