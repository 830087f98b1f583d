import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { BadUserInputError, ConflictError, DomainError, ForbiddenError, NotFoundError, UnauthenticatedError } from './domain-error';
import { CLIENT_ERROR_CODES, ErrorCode } from './error-code';
import { formatGraphQLError } from './format-error';

/** What Apollo hands formatError for an error a resolver threw. */
function fromResolver(original: Error): [GraphQLFormattedError, GraphQLError] {
  const error = new GraphQLError(original.message, { path: ['municipality'], originalError: original });
  return [{ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error];
}

describe('formatGraphQLError', () => {
  it.each([
    [
      new BadUserInputError('Please check your input', [{ field: 'email', message: 'email must be an e-mail address' }]),
      ErrorCode.BAD_USER_INPUT,
    ],
    [new NotFoundError('Municipality', 'abc'), ErrorCode.NOT_FOUND],
    [new UnauthenticatedError(), ErrorCode.UNAUTHENTICATED],
    [new ForbiddenError(), ErrorCode.FORBIDDEN],
    [new ConflictError('An account with this e-mail address exists already.'), ErrorCode.CONFLICT],
    [new DomainError(ErrorCode.RATE_LIMITED, 'Slow down.'), ErrorCode.RATE_LIMITED],
  ])('gives a DomainError (%s) its own code and message', (domainError, code) => {
    const out = formatGraphQLError(...fromResolver(domainError));
    expect(out.extensions?.code).toBe(code);
    expect(out.message).toBe(domainError.message);
    expect(out.path).toEqual(['municipality']);
    expect(out.extensions).not.toHaveProperty('stacktrace');
  });

  it('keeps the invalid fields of a BAD_USER_INPUT', () => {
    const out = formatGraphQLError(...fromResolver(BadUserInputError.field('first', 'first must be between 1 and 100')));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', message: 'first must be between 1 and 100' }] });
  });

  it('hides a plain Error behind INTERNAL_SERVER_ERROR with a generic message, no stack, and reports it', () => {
    const bug = new Error('Cannot read properties of undefined (reading "id") at /srv/app/secret.js:12');
    const reported: unknown[] = [];
    const out = formatGraphQLError(...fromResolver(bug), { exposeInternals: false, onInternalError: (e) => reported.push(e) });
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toContain('undefined');
    expect(out.message).not.toContain('secret');
    expect(JSON.stringify(out)).not.toContain('secret.js');
    expect(reported).toEqual([bug]);
  });

  it('hides internals by default too', () => {
    const out = formatGraphQLError(...fromResolver(new TypeError('x is not a function')));
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toContain('x is not a function');
  });

  it('shows message and stack of a bug in development (exposeInternals)', () => {
    const out = formatGraphQLError(...fromResolver(new Error('kaputt')), { exposeInternals: true });
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(out.message).toBe('kaputt');
    expect(out.extensions?.stacktrace).toEqual(expect.arrayContaining([expect.stringContaining('kaputt')]));
  });

  it('maps a unique violation (23505) to CONFLICT without leaking the SQL', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "IDX_user_email"'), { code: '23505' });
    const failed = new QueryFailedError('INSERT INTO "user" ("email") VALUES ($1)', ['a@b.de'], driverError);
    const out = formatGraphQLError(...fromResolver(failed));
    expect(out.extensions).toEqual({ code: 'CONFLICT' });
    expect(out.message).not.toMatch(/INSERT|IDX_user_email|a@b\.de/);
  });

  it('maps a QueryFailedError-like object by its driverError code', () => {
    const like = Object.assign(new Error('query failed'), { driverError: { code: '23505' } });
    expect(formatGraphQLError(...fromResolver(like)).extensions).toEqual({ code: 'CONFLICT' });
    const tooLong = Object.assign(new Error('query failed'), { driverError: { code: '22001' } });
    expect(formatGraphQLError(...fromResolver(tooLong)).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('treats other SQL failures as bugs', () => {
    const like = Object.assign(new Error('relation "x" does not exist'), { driverError: { code: '42P01' } });
    const out = formatGraphQLError(...fromResolver(like));
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toContain('relation');
  });

  it('turns errors graphql-js raises about the document into BAD_USER_INPUT', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatGraphQLError(validation.toJSON(), validation).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const coercion = new GraphQLError('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"');
    const out = formatGraphQLError(coercion.toJSON(), coercion);
    // The variable as the document spells it ("$first").
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: expect.stringMatching(/^\$?first$/), message: coercion.message }],
    });
  });

  it('only ever answers with a code from the closed list', () => {
    const inputs: [GraphQLFormattedError, unknown][] = [
      fromResolver(new Error('x')),
      fromResolver(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })),
      [{ message: 'weird', extensions: { code: 'SOMETHING_ELSE' } }, new GraphQLError('weird', { originalError: new RangeError('r') })],
      [{ message: 'not even an error' }, 'a string was thrown'],
      [{ message: 'null' }, null],
    ];
    for (const [formatted, error] of inputs) {
      expect(CLIENT_ERROR_CODES).toContain(formatGraphQLError(formatted, error).extensions?.code);
    }
  });
});
