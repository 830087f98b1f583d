import { createTestApp, expectErrorCode, graphql, TestApp } from '@krisenfest/testing';

const INTROSPECTION = graphql(`
  query ProductionModeIntrospection {
    __schema {
      queryType {
        name
      }
    }
  }
`);

/** A field the schema does not have (raw text: a typed document could not name it). */
const MISSPELLED = `{ experiencez { nodes { id } } }`;

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
  }, 180_000); // two applications: on a loaded machine each can take a while to start
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it('turns introspection off in production and keeps it in development', async () => {
    const refused = await production.as(null).request(INTROSPECTION);
    expect(refused.status).toBe(400);
    expectErrorCode(refused.body, 'BAD_USER_INPUT');
    const allowed = await development.as(null).data(INTROSPECTION);
    expect(allowed.__schema.queryType.name).toBe('Query');
  });

  it('serves the Sandbox in development only', async () => {
    const dev = await landingPage(development);
    expect(dev.status).toBe(200);
    expect(dev.body).toMatch(/sandbox/i);
    // Fastify's inject() directly, not the harness: nothing else checks this status.
    const prod = await landingPage(production);
    expect(prod.body).not.toMatch(/sandbox/i);
    expect(prod.status).toBeLessThan(500);
  });

  it('does not suggest field names in production', async () => {
    const res = await production.gql(MISSPELLED);
    expect(res.status).toBe(400);
    const refused = expectErrorCode(res.body, 'BAD_USER_INPUT');
    expect(refused.message).toMatch(/experiencez/);
    expect(refused.message).not.toMatch(/Did you mean/);
    const dev = await development.gql(MISSPELLED);
    expect(expectErrorCode(dev.body, 'BAD_USER_INPUT').message).toMatch(/Did you mean .*"experiences"/);
  });
});
