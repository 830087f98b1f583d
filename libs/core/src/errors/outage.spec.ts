import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { ErrorCode } from './error-code';
import { formatGraphQLError } from './format-error';
import { OutageLog, outageOf } from './outage';

/** An error as node-postgres raises it for a SQLSTATE. */
function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** What a failed statement looks like by the time it leaves a resolver. */
function throughResolver(driverError: Error): [GraphQLFormattedError, GraphQLError] {
  const failed = new QueryFailedError('SELECT 1', [], driverError);
  const error = new GraphQLError(failed.message, { path: ['thread'], originalError: failed });
  return [{ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error];
}

describe('outages', () => {
  it.each([
    ['a statement timeout', pgError('57014', 'canceling statement due to statement timeout'), 'statement timeout'],
    ['a lock timeout', pgError('55P03', 'canceling statement due to lock timeout'), 'lock timeout'],
    ['a terminated backend', pgError('57P01', 'terminating connection due to administrator command'), 'server shutting down'],
    ['a server still starting', pgError('57P03', 'the database system is starting up'), 'server starting'],
    ['too many connections', pgError('53300', 'sorry, too many clients already'), 'server out of resources'],
    ['a broken connection', pgError('08006', 'connection failure'), 'connection failure'],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect'), 'pool exhausted'],
    ['a lost connection', new Error('Connection terminated unexpectedly'), 'connection lost'],
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'network (ECONNREFUSED)'],
  ])('answers %s with SERVICE_UNAVAILABLE, a message for people and a retry time', (_what, driverError, reason) => {
    expect(outageOf(new QueryFailedError('SELECT 1', [], driverError))).toMatchObject({ dependency: 'database', reason });
    const reported: string[] = [];
    const internal: unknown[] = [];
    const out = formatGraphQLError(...throughResolver(driverError), {
      onOutage: (outage) => reported.push(outage.reason),
      onInternalError: (e) => internal.push(e),
    });
    expect(out.extensions).toEqual({ code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: expect.any(Number) });
    expect(out.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(out.message).toMatch(/try again/);
    expect(out.message).not.toContain(driverError.message);
    expect(out.path).toEqual(['thread']);
    expect(reported).toEqual([reason]);
    expect(internal).toEqual([]);
  });

  it.each([
    ['a unique violation (the client raced itself)', pgError('23505', 'duplicate key value')],
    ['a syntax error (a bug)', pgError('42601', 'syntax error at or near "SELEC"')],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
  ])('does not take %s for an outage', (_what, error) => {
    expect(outageOf(new QueryFailedError('SELECT 1', [], error))).toBeNull();
  });

  it('says an outage once when it starts, sums it up every 30 s, and once when it ends', () => {
    const log = new OutageLog();
    const lines: string[] = [];
    const logger = { error: (m: string) => lines.push(`error ${m}`), log: (m: string) => lines.push(`log ${m}`) };
    Object.assign(log, { log: logger });
    const outage = outageOf(pgError('57P01', 'terminating connection due to administrator command'))!;
    const t0 = 1_000_000;
    for (let i = 0; i < 100; i++) log.report(outage, new Error('terminating connection due to administrator command'), t0 + i * 100);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error database failing \(server shutting down\): terminating connection/);
    log.report(outage, new Error('again'), t0 + 31_000);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/still failing .*: 101 requests answered SERVICE_UNAVAILABLE in the last 31 s/);
    expect(log.ongoing).toBe(true);
    log.recovered(t0 + 40_000);
    log.recovered(t0 + 41_000);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('log database answering again after 40 s; 101 requests were answered SERVICE_UNAVAILABLE');
    expect(log.ongoing).toBe(false);
  });
});
