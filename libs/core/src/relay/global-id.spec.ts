import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '../errors';
import { decodeGlobalId, parseGlobalId, toGlobalId } from './global-id';

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected an error');
}

const base64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe('global ids', () => {
  const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';

  it('round-trips type and uuid', () => {
    for (const type of ['Municipality', 'User', 'Experience', 'Thread']) {
      const id = randomUUID();
      const globalId = toGlobalId(type, id);
      expect(decodeGlobalId(globalId)).toEqual({ type, id });
      expect(parseGlobalId(globalId, type)).toBe(id);
    }
  });

  it('is opaque and URL-safe', () => {
    const globalId = toGlobalId('Municipality', uuid);
    expect(globalId).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(globalId).not.toContain(uuid);
    expect(toGlobalId('Municipality', uuid)).toBe(globalId);
    expect(toGlobalId('User', uuid)).not.toBe(globalId);
  });

  it.each([
    ['empty', ''],
    ['not base64', '!!!not*base64???'],
    ['with spaces', 'TXVuaWNp cGFsaXR5'],
    ['no type', base64url(`:${uuid}`)],
    ['no separator', base64url(`Municipality${uuid}`)],
    ['a type that is not a name', base64url(`Muni-cipality:${uuid}`)],
    ['not a uuid', base64url('Municipality:42')],
    ['a uuid with extra text', base64url(`Municipality:${uuid}; DROP TABLE municipality`)],
    ['upper-case uuid', base64url(`Municipality:${uuid.toUpperCase()}`)],
    ['10 KB', 'A'.repeat(10 * 1024)],
    ['10 KB of a valid prefix', toGlobalId('Municipality', uuid) + 'A'.repeat(10 * 1024)],
  ])('decodes a malformed id (%s) to null', (_what, globalId) => {
    expect(decodeGlobalId(globalId)).toBeNull();
  });

  it('decodes values that are not strings to null', () => {
    expect(decodeGlobalId(undefined as unknown as string)).toBeNull();
    expect(decodeGlobalId(42 as unknown as string)).toBeNull();
  });

  it.each([
    ['empty', ''],
    ['not base64', '%%%'],
    ['non-uuid', base64url('Municipality:1')],
    ['10 KB', 'x'.repeat(10 * 1024)],
  ])('refuses a malformed id (%s) as BAD_USER_INPUT naming the field', (_what, globalId) => {
    const error = thrown(() => parseGlobalId(globalId, 'Municipality', 'municipalityId'));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions).toEqual({ fields: [{ field: 'municipalityId', message: 'is not a valid id' }] });
    expect(error.message).toContain('municipalityId');
  });

  it('refuses the id of another type as BAD_USER_INPUT naming the field and both types', () => {
    const error = thrown(() => parseGlobalId(toGlobalId('User', uuid), 'Municipality', 'parentId'));
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.extensions.fields).toEqual([{ field: 'parentId', message: expect.stringMatching(/Municipality.*User/) }]);
  });

  it('accepts any of several types and names the field "id" by default', () => {
    expect(parseGlobalId(toGlobalId('Thread', uuid), ['Experience', 'Thread'])).toBe(uuid);
    const error = thrown(() => parseGlobalId('garbage', ['Experience', 'Thread']));
    expect(error.extensions.fields).toEqual([{ field: 'id', message: 'is not a valid id' }]);
  });
});
