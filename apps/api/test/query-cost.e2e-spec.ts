import { createTestApp, expectErrorCode, TestApp } from '@krisenfest/testing';

describe('query cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('admits a thread page of 100 comments with 10 replies each', async () => {
    const res = await t.gql(`{ threads(first: 1) { nodes { comments(first: 100) { nodes { body author { displayName }
      replies(first: 10) { nodes { body author { displayName } } } } } } } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('refuses nested lists that could load a million objects, before running anything, with the cost', async () => {
    const res = await t.gql(
      `{ experiences(first: 100) { nodes { thread { comments(first: 100) { nodes { replies(first: 100) { nodes { id } } } } } } } }`,
    );
    expect(res.status).toBe(400);
    const error = expectErrorCode(res.body, 'BAD_USER_INPUT');
    expect(error.extensions?.cost).toBeGreaterThan(1_000_000);
    expect(error.extensions?.maxCost).toBe(25000);
    expect(res.body.extensions?.sqlStatements ?? 0).toBe(0);
  });

  it('counts a list without first as 20 items', async () => {
    const nested = `{ experiences { nodes { thread { comments { nodes { replies { nodes { replies { nodes { id } } } } } } } } } }`;
    const res = await t.gql(nested);
    expectErrorCode(res.body, 'BAD_USER_INPUT');
    expect(res.body.errors?.[0].extensions?.cost).toBeGreaterThan(25000);
  });

  it('decides the same document anew for each page size and @include it is sent with', async () => {
    const doc = `query($n: Int, $deep: Boolean!) { experiences(first: $n) { nodes { thread {
      comments(first: $n) { nodes { id replies(first: $n) @include(if: $deep) { nodes { id } } } } } } } }`;
    const cost = async (variables: Record<string, unknown>) => (await t.gql(doc, variables)).body.errors?.[0]?.extensions?.cost;
    expect(await cost({ n: 5, deep: true })).toBeUndefined();
    expect(await cost({ n: 100, deep: true })).toBeGreaterThan(25000);
    expect(await cost({ n: 100, deep: false })).toBeUndefined();
    expect(await cost({ n: 5, deep: true })).toBeUndefined();
    expect(await cost({ n: 100, deep: true })).toBeGreaterThan(25000);
  });
});
