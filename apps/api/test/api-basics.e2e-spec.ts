import { createTestApp, errorFields, expectErrorCode, GraphQLResponse, sqlStatements, TEST_PASSWORD, TestApp } from '@krisenfest/testing';
import { decodeGlobalId } from '@krisenfest/core';

const REGISTER = `mutation($input: RegisterInput!){ register(input:$input){ accessToken user{ id displayName email } } }`;
const LOGIN = `mutation($input: LoginInput!){ login(input:$input){ accessToken user{ id } } }`;
const VIEWER = `{ viewer { id displayName email } }`;
const MUNICIPALITIES = `query($first: Int, $after: String){ municipalities(first: $first, after: $after){ nodes { id name } pageInfo { hasNextPage endCursor } } }`;

describe('API basics (identity, validation, limits, health)', () => {
  let t: TestApp;

  /** Every request of this file goes through here: the API must never answer with a 5xx. */
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>> {
    const response = await t.gql<T>(query, variables, options);
    expect(response.status).toBeLessThan(500);
    return response;
  }

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('register and login', () => {
    it('registers an account and returns a token for it', async () => {
      const { status, body } = await gql<{ register: { accessToken: string; user: { id: string; displayName: string; email: string } } }>(
        REGISTER,
        {
          input: { email: '  Anna.Schmidt@Example.org ', password: TEST_PASSWORD, displayName: ' Anna Schmidt ' },
        },
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const { accessToken, user } = body.data!.register;
      expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(decodeGlobalId(user.id)?.type).toBe('User');
      expect(user.displayName).toBe('Anna Schmidt');

      const viewer = await gql<{ viewer: { id: string; email: string } }>(VIEWER, {}, { token: accessToken });
      expect(viewer.body.data?.viewer).toEqual({ id: user.id, displayName: 'Anna Schmidt', email: 'anna.schmidt@example.org' });
    });

    it('refuses a second account with the same e-mail address (any case) as CONFLICT', async () => {
      const { email } = await t.signUp('First Owner');
      const again = await gql(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Second Owner' } });
      expect(again.body.data).toBeNull();
      expectErrorCode(again.body, 'CONFLICT');
      const upper = await gql(REGISTER, { input: { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Third Owner' } });
      expectErrorCode(upper.body, 'CONFLICT');
    });

    it('refuses a bad e-mail, a short password and an empty display name, naming each field', async () => {
      const { body } = await gql(REGISTER, { input: { email: 'not-an-email', password: 'short', displayName: '' } });
      expect(body.data).toBeNull();
      const error = expectErrorCode(body, 'BAD_USER_INPUT');
      expect(new Set(errorFields(error))).toEqual(new Set(['email', 'password', 'displayName']));
    });

    it.each([
      ['email', { email: 'anna@', password: TEST_PASSWORD, displayName: 'Anna' }],
      ['password', { email: 'anna2@example.org', password: '123456789', displayName: 'Anna' }],
      ['displayName', { email: 'anna3@example.org', password: TEST_PASSWORD, displayName: '   ' }],
    ])('names only the invalid field (%s)', async (field, input) => {
      const { body } = await gql(REGISTER, { input });
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual([field]);
    });

    it('refuses an unknown input field instead of ignoring it', async () => {
      const { status, body } = await gql(REGISTER, {
        input: { email: 'x@example.org', password: TEST_PASSWORD, displayName: 'X', isAdmin: true },
      });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('logs in with the right password', async () => {
      const user = await t.signUp('Login Tester');
      const { body } = await gql<{ login: { accessToken: string; user: { id: string } } }>(LOGIN, {
        input: { email: user.email, password: user.password },
      });
      expect(body.errors).toBeUndefined();
      expect(body.data?.login.user.id).toBe(user.userId);
      const viewer = await gql<{ viewer: { id: string } }>(VIEWER, {}, { token: body.data!.login.accessToken });
      expect(viewer.body.data?.viewer.id).toBe(user.userId);
    });

    it('refuses a wrong password and an unknown e-mail alike as UNAUTHENTICATED', async () => {
      const user = await t.signUp('Wrong Password');
      const wrong = await gql(LOGIN, { input: { email: user.email, password: 'not the password' } });
      expect(wrong.body.data).toBeNull();
      const wrongError = expectErrorCode(wrong.body, 'UNAUTHENTICATED');
      const unknown = await gql(LOGIN, { input: { email: 'nobody@example.org', password: 'not the password' } });
      const unknownError = expectErrorCode(unknown.body, 'UNAUTHENTICATED');
      // Same answer, so the login does not tell who has an account.
      expect(unknownError.message).toBe(wrongError.message);
    });
  });

  describe('viewer and tokens', () => {
    it('returns the signed-in user with the e-mail address', async () => {
      const user = await t.signUp('Viewer Tester');
      const { body } = await gql<{ viewer: { id: string; displayName: string; email: string } }>(VIEWER, {}, { token: user.token });
      expect(body.errors).toBeUndefined();
      expect(body.data?.viewer).toEqual({ id: user.userId, displayName: 'Viewer Tester', email: user.email });
    });

    it('is null without a token', async () => {
      const { status, body } = await gql(VIEWER);
      expect(status).toBe(200);
      expect(body).toMatchObject({ data: { viewer: null } });
      expect(body.errors).toBeUndefined();
    });

    it.each([
      ['a garbage bearer token', 'Bearer garbage-garbage-garbage'],
      [
        'a token signed with another secret',
        `Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwZjhmYWQ1Yi1kOWNiLTQ2OWYtYTE2NS03MDg2NzcyODk1MGUifQ.${'A'.repeat(43)}`,
      ],
      ['a header without "Bearer"', 'Token abcdefghijklmnop'],
      ['an over-long header', `Bearer ${'a'.repeat(5000)}`],
    ])('refuses %s as UNAUTHENTICATED', async (_what, authorization) => {
      const { body } = await gql(VIEWER, {}, { headers: { authorization } });
      expect(body.data?.viewer ?? null).toBeNull();
      expectErrorCode(body, 'UNAUTHENTICATED');
    });
  });

  describe('lists', () => {
    beforeAll(async () => {
      await t.dataSource.query(
        `INSERT INTO municipality (name, kind, state, official_key) VALUES
           ('Altenahr', 'GEMEINDE', 'RP', '07131001'), ('Bad Münstereifel', 'STADT', 'NW', '05366008'), ('Schuld', 'GEMEINDE', 'RP', '07131077')`,
      );
    });

    it('pages through municipalities by name', async () => {
      const first = await gql<{ municipalities: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        MUNICIPALITIES,
        { first: 2 },
      );
      expect(first.body.data?.municipalities.nodes.map((m) => m.name)).toEqual(['Altenahr', 'Bad Münstereifel']);
      expect(first.body.data?.municipalities.pageInfo.hasNextPage).toBe(true);
      const next = await gql<{ municipalities: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(MUNICIPALITIES, {
        first: 2,
        after: first.body.data!.municipalities.pageInfo.endCursor,
      });
      expect(next.body.data?.municipalities.nodes.map((m) => m.name)).toEqual(['Schuld']);
      expect(next.body.data?.municipalities.pageInfo.hasNextPage).toBe(false);
    });

    it.each([0, -1, 101, 1000])('refuses first: %i as BAD_USER_INPUT naming first', async (first) => {
      const { body } = await gql(MUNICIPALITIES, { first });
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['first']);
    });

    it('refuses a tampered cursor as BAD_USER_INPUT naming after', async () => {
      const { body } = await gql(MUNICIPALITIES, { first: 1, after: 'dGFtcGVyZWQ' });
      expect(errorFields(expectErrorCode(body, 'BAD_USER_INPUT'))).toEqual(['after']);
    });

    it('fetches a municipality through node(id:) and answers null for a garbage id without an error', async () => {
      const list = await gql<{ municipalities: { nodes: { id: string; name: string }[] } }>(MUNICIPALITIES, { first: 1 });
      const { id } = list.body.data!.municipalities.nodes[0];
      const found = await gql(`query($id: ID!){ node(id: $id){ id ... on Municipality { name } } }`, { id });
      expect(found.body).toMatchObject({ data: { node: { id, name: 'Altenahr' } } });

      const garbage = await gql(`{ node(id: "garbage") { id } }`);
      expect(garbage.status).toBe(200);
      expect(garbage.body.errors).toBeUndefined();
      expect(garbage.body.data).toEqual({ node: null });
    });
  });

  describe('documents the API refuses', () => {
    it('an unknown field: BAD_USER_INPUT with HTTP 400', async () => {
      const { status, body } = await gql(`{ viewer { id doesNotExist } }`);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a syntax error: BAD_USER_INPUT with HTTP 400', async () => {
      const { status, body } = await gql(`{ viewer { id `);
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a variable of the wrong type: BAD_USER_INPUT', async () => {
      const { status, body } = await gql(MUNICIPALITIES, { first: 'twenty' });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a document over 15 000 characters: BAD_USER_INPUT', async () => {
      const query = `{ viewer { id } }\n# ${'padding '.repeat(2000)}`;
      expect(query.length).toBeGreaterThan(15_000);
      const { body } = await gql(query);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('20 aliases: refused', async () => {
      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
      const { status, body } = await gql(`{ ${aliases} }`);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('depth 20: refused', async () => {
      let selection = 'id';
      for (let i = 0; i < 17; i++) selection = `parent { ${selection} }`;
      const query = `{ municipalities(first: 1) { edges { node { ${selection} } } } }`;
      const { status, body } = await gql(query);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('still accepts a document at the limits a real client needs', async () => {
      const aliases = Array.from({ length: 5 }, (_, i) => `a${i}: viewer { id }`).join(' ');
      const { status, body } = await gql(`{ ${aliases} municipalities(first: 1) { edges { node { parent { parent { id } } } } } }`);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  describe('operations', () => {
    it('GET /health answers 200', async () => {
      const response = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/health' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('GET /ready answers 200 while the database is up', async () => {
      const response = await t.app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/ready' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
    });

    it('with QUERY_STATS=1 every response counts its SQL statements', async () => {
      const anonymous = await gql(VIEWER);
      expect(typeof anonymous.body.extensions?.sqlStatements).toBe('number');
      expect(sqlStatements(anonymous.body)).toBe(0);

      const list = await gql(MUNICIPALITIES, { first: 10 });
      expect(sqlStatements(list.body)).toBeGreaterThanOrEqual(1);

      const refused = await gql(MUNICIPALITIES, { first: 0 });
      expect(typeof refused.body.extensions?.sqlStatements).toBe('number');
    });
  });
});
