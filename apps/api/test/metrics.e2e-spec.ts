import { createTestApp, freePort, graphql, TestApp } from '@krisenfest/testing';

const MUNICIPALITIES = graphql(`
  query MetricsMunicipalities {
    municipalities(first: 1) {
      nodes {
        name
      }
    }
  }
`);

const TOKEN = 'metrics-token-0123456789';

/** The value of one sample in Prometheus' text format, or undefined. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('Prometheus metrics', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({ env: { METRICS_TOKEN: TOKEN, METRICS_PORT: String(port), RATE_LIMIT_IP_PER_MINUTE: '3' } });
  });
  afterAll(() => t.close());

  const scrape = async (authorization?: string) =>
    t.app
      .getHttpAdapter()
      .getInstance()
      .inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('are not public: /metrics needs the token', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape('Bearer wrong-token-0123456789')).statusCode).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}`)).statusCode).toBe(200);
  });

  it('count requests per operation, errors per code, SQL statements, pool, event loop and rate-limit refusals', async () => {
    const before = (await scrape(`Bearer ${TOKEN}`)).body;
    const ok = 'krisenfest_graphql_requests_total{operation="query municipalities",outcome="ok"}';
    const invalid = 'krisenfest_graphql_errors_total{code="BAD_USER_INPUT"}';
    await t.as(null).data(MUNICIPALITIES);
    await t.as(null).data(MUNICIPALITIES);
    expect((await t.gql('{ noSuchField }')).body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The limit is 3 a minute from one address: the fourth is refused.
    expect((await t.gql('{ __typename }')).body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');

    const after = (await scrape(`Bearer ${TOKEN}`)).body;
    expect(sample(after, ok)! - (sample(before, ok) ?? 0)).toBe(2);
    expect(sample(after, invalid)! - (sample(before, invalid) ?? 0)).toBe(1);
    expect(sample(after, 'krisenfest_rate_limit_refusals_total{limit="ip"}')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'krisenfest_sql_statements_per_operation_count{operation="query municipalities"}')).toBeGreaterThanOrEqual(2);
    expect(after).toMatch(/^krisenfest_graphql_request_duration_seconds_bucket\{le="0\.1",operation="query municipalities"\} \d+$/m);
    expect(after).toMatch(/^krisenfest_db_pool_connections\{state="idle"\} \d+$/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('are also served on a port of their own', async () => {
    const url = `http://127.0.0.1:${port}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('krisenfest_graphql_requests_total');
  });
});

describe('Prometheus metrics without a token', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('do not exist on the API port', async () => {
    const response = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
  });
});
