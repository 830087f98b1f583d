import { DomainError, ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE, pageRequest, toConnection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected an error');
}

function expectBadAfter(cursor: string, arity = 2): void {
  const error = thrown(() => decodeCursor(cursor, arity));
  expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(error.extensions.fields).toEqual([{ field: 'after', message: expect.any(String) }]);
  expect(error.message).toMatch(/^after: /);
}

describe('cursors', () => {
  it('round-trip their sort key', () => {
    const values = ['Bad Neuenahr-Ahrweiler', '0f8fad5b-d9cb-469f-a165-70867728950e'];
    expect(decodeCursor(encodeCursor(values), 2)).toEqual(values);
    expect(decodeCursor(encodeCursor(['2021-07-14 22:10:00.123456+00', 7, null]), 3)).toEqual(['2021-07-14 22:10:00.123456+00', 7, null]);
    expect(decodeCursor(encodeCursor(['Düren – Müllverbrennung']), 1)).toEqual(['Düren – Müllverbrennung']);
  });

  it('are opaque and URL-safe', () => {
    const cursor = encodeCursor(['Altenahr', 'id']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('Altenahr');
  });

  it('refuses a tampered cursor as BAD_USER_INPUT naming `after`', () => {
    const cursor = encodeCursor(['Altenahr', '0f8fad5b-d9cb-469f-a165-70867728950e']);
    expectBadAfter(cursor.slice(0, -3)); // truncated
    expectBadAfter(`x${cursor}`); // shifted
    expectBadAfter(cursor.replace(/[A-Za-z]/, (c) => (c === 'a' ? 'b' : 'a'))); // one character changed
  });

  it.each([
    ['empty', ''],
    ['not base64 JSON', 'garbage'],
    ['JSON that is not a list', Buffer.from('{"name":"x"}').toString('base64url')],
    ['a list of another length', encodeCursor(['only one'])],
    ['objects inside', Buffer.from('[{"a":1},"x"]').toString('base64url')],
    ['booleans inside', Buffer.from('[true,"x"]').toString('base64url')],
    ['an over-long value', encodeCursor(['x'.repeat(201), 'y'])],
    ['10 KB', 'A'.repeat(10 * 1024)],
  ])('refuses a cursor that is %s', (_what, cursor) => {
    expectBadAfter(cursor);
  });
});

describe('pages', () => {
  const rows = Array.from({ length: 4 }, (_, i) => ({ name: `M${i}`, id: String(i) }));

  it('defaults to the default page size', () => {
    expect(pageRequest({})).toEqual({ first: DEFAULT_PAGE_SIZE, after: undefined });
    expect(pageRequest({ first: 5, after: 'c' })).toEqual({ first: 5, after: 'c' });
  });

  it('uses the extra row only to say that there is a next page', () => {
    const page = toConnection(rows, { first: 3 }, (r) => [r.name, r.id]);
    expect(page.nodes.map((r) => r.name)).toEqual(['M0', 'M1', 'M2']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(page.pageInfo.endCursor!, 2)).toEqual(['M2', '2']);
    expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
  });

  it('ends without a next page, and an empty page has no cursors', () => {
    const last = toConnection(rows.slice(0, 2), { first: 3, after: 'c' }, (r) => [r.name, r.id]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(toConnection([], { first: 3 }, () => []).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
