import { BadUserInputError } from '../errors';

export type CursorValue = string | number | null;

/** Keyset cursors: the sort key of the last row, opaque to clients. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor of `arity` values; anything else is a BAD_USER_INPUT naming `after`. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => v === null || typeof v === 'number' || (typeof v === 'string' && v.length <= 200))
  ) {
    throw BadUserInputError.field('after', 'is not a cursor of this list; use a pageInfo.endCursor you received');
  }
  return values as CursorValue[];
}

export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'int' | 'number' | 'string';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHECKS: Record<CursorPart, (v: CursorValue) => boolean> = {
  // As written by Date.toISOString(), which is how every cursor stores instants.
  timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  uuid: (v) => typeof v === 'string' && UUID_RE.test(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  string: (v) => typeof v === 'string' && !v.includes('\u0000'),
};

/** Decodes a keyset cursor and checks each value's type, so a forged cursor never reaches SQL. */
export function decodeTypedCursor(cursor: string, parts: CursorPart[]): CursorValue[] {
  const values = decodeCursor(cursor, parts.length);
  if (!parts.every((part, i) => CHECKS[part](values[i]))) {
    throw BadUserInputError.field('after', 'is not a cursor of this list; use a pageInfo.endCursor you received');
  }
  return values;
}
