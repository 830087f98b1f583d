import { createTestApp, expectErrorCode, TestApp } from '@krisenfest/testing';

const INTROSPECTION = `{ __schema { queryType { name } } }`;

async function landingPage(t: TestApp): Promise<{ status: number; body: string }> {
  const res = await t.app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url: '/graphql', headers: { accept: 'text/html' } });
  return { status: res.statusCode, body: res.body };
}

describe('production mode', () => {
  let production: TestApp;
  let development: TestApp;
  beforeAll(async () => {
    production = await createTestApp({ env: { NODE_ENV: 'production' } });
    development = await createTestApp({ env: { NODE_ENV: 'development' } });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it('turns introspection off in production and keeps it in development', async () => {
    const refused = await production.gql(INTROSPECTION);
    expect(refused.status).toBe(400);
    expectErrorCode(refused.body, 'BAD_USER_INPUT');
    const allowed = await development.gql<any>(INTROSPECTION);
    expect(allowed.body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves the Sandbox in development only', async () => {
    const dev = await landingPage(development);
    expect(dev.status).toBe(200);
    expect(dev.body).toMatch(/sandbox/i);
    const prod = await landingPage(production);
    expect(prod.body).not.toMatch(/sandbox/i);
    expect(prod.status).toBeLessThan(500);
  });

  it('does not suggest field names in production', async () => {
    const res = await production.gql(`{ experiencez { nodes { id } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).not.toMatch(/Did you mean/);
    const dev = await development.gql(`{ experiencez { nodes { id } } }`);
    expect(dev.body.errors?.[0].message).toMatch(/Did you mean .*"experiences"/);
  });
});
