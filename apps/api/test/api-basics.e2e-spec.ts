import {
  createTestApp,
  errorFields,
  expectErrorCode,
  graphql,
  sqlStatements,
  TEST_PASSWORD,
  TestApp,
  Variables,
} from '@krisenfest/testing';
import { decodeGlobalId } from '@krisenfest/core';

const REGISTER = graphql(`
  mutation ApiBasicsRegister($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        id
        displayName
        email
      }
    }
  }
`);

const LOGIN = graphql(`
  mutation ApiBasicsLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
      }
    }
  }
`);

const VIEWER = graphql(`
  query ApiBasicsViewer {
    viewer {
      id
      displayName
      email
    }
  }
`);

const MUNICIPALITIES = graphql(`
  query ApiBasicsMunicipalities($first: Int, $after: String) {
    municipalities(first: $first, after: $after) {
      nodes {
        id
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MUNICIPALITY_NODE = graphql(`
  query ApiBasicsMunicipalityNode($id: ID!) {
    node(id: $id) {
      id
      ... on Municipality {
        name
      }
    }
  }
`);

const GARBAGE_NODE = graphql(`
  query ApiBasicsGarbageNode {
    node(id: "garbage") {
      id
    }
  }
`);

const AT_THE_LIMITS = graphql(`
  query ApiBasicsAtTheLimits {
    a0: viewer {
      id
    }
    a1: viewer {
      id
    }
    a2: viewer {
      id
    }
    a3: viewer {
      id
    }
    a4: viewer {
      id
    }
    municipalities(first: 1) {
      edges {
        node {
          parent {
            parent {
              id
            }
          }
        }
      }
    }
  }
`);

type RegisterInput = Variables<typeof REGISTER>['input'];

describe('API basics (identity, validation, limits, health)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('register and login', () => {
    it('registers an account and returns a token for it', async () => {
      const { status, body } = await t.as(null).request(REGISTER, {
        input: { email: '  Anna.Schmidt@Example.org ', password: TEST_PASSWORD, displayName: ' Anna Schmidt ' },
      });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const { accessToken, user } = body.data!.register;
      expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(decodeGlobalId(user.id)?.type).toBe('User');
      expect(user.displayName).toBe('Anna Schmidt');

      // The account just registered, signed in with the token the registration returned.
      const anna = {
        token: accessToken,
        userId: user.id,
        email: 'anna.schmidt@example.org',
        password: TEST_PASSWORD,
        displayName: 'Anna Schmidt',
      };
      expect((await t.as(anna).data(VIEWER)).viewer).toEqual({
        id: user.id,
        displayName: 'Anna Schmidt',
        email: 'anna.schmidt@example.org',
      });
    });

    it('refuses a second account with the same e-mail address (any case) as CONFLICT', async () => {
      const { email } = await t.signUp('First Owner');
      const again = await t.as(null).request(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Second Owner' } });
      expect(again.body.data).toBeNull();
      expectErrorCode(again.body, 'CONFLICT');
      await t.as(null).error(REGISTER, 'CONFLICT', {
        input: { email: email.toUpperCase(), password: TEST_PASSWORD, displayName: 'Third Owner' },
      });
    });

    it('refuses a bad e-mail, a short password and an empty display name, naming each field', async () => {
      const { body } = await t.as(null).request(REGISTER, { input: { email: 'not-an-email', password: 'short', displayName: '' } });
      expect(body.data).toBeNull();
      const error = expectErrorCode(body, 'BAD_USER_INPUT');
      expect(new Set(errorFields(error))).toEqual(new Set(['email', 'password', 'displayName']));
    });

    it.each<[string, RegisterInput]>([
      ['email', { email: 'anna@', password: TEST_PASSWORD, displayName: 'Anna' }],
      ['password', { email: 'anna2@example.org', password: '123456789', displayName: 'Anna' }],
      ['displayName', { email: 'anna3@example.org', password: TEST_PASSWORD, displayName: '   ' }],
    ])('names only the invalid field (%s)', async (field, input) => {
      expect(errorFields(await t.as(null).error(REGISTER, 'BAD_USER_INPUT', { input }))).toEqual([field]);
    });

    it('refuses an unknown input field instead of ignoring it', async () => {
      const { status, body } = await t.as(null).raw(REGISTER, {
        input: { email: 'x@example.org', password: TEST_PASSWORD, displayName: 'X', isAdmin: true },
      });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('logs in with the right password', async () => {
      const user = await t.signUp('Login Tester');
      const { login } = await t.as(null).data(LOGIN, { input: { email: user.email, password: user.password } });
      expect(login.user.id).toBe(user.userId);
      // The new sign-in: the same user with the token of this login.
      const { viewer } = await t.as({ ...user, token: login.accessToken }).data(VIEWER);
      expect(viewer?.id).toBe(user.userId);
    });

    it('refuses a wrong password and an unknown e-mail alike as UNAUTHENTICATED', async () => {
      const user = await t.signUp('Wrong Password');
      const wrong = await t.as(null).request(LOGIN, { input: { email: user.email, password: 'not the password' } });
      expect(wrong.body.data).toBeNull();
      const wrongError = expectErrorCode(wrong.body, 'UNAUTHENTICATED');
      const unknownError = await t.as(null).error(LOGIN, 'UNAUTHENTICATED', {
        input: { email: 'nobody@example.org', password: 'not the password' },
      });
      // Same answer, so the login does not tell who has an account.
      expect(unknownError.message).toBe(wrongError.message);
    });
  });

  describe('viewer and tokens', () => {
    it('returns the signed-in user with the e-mail address', async () => {
      const user = await t.signUp('Viewer Tester');
      const { viewer } = await t.as(user).data(VIEWER);
      expect(viewer).toEqual({ id: user.userId, displayName: 'Viewer Tester', email: user.email });
    });

    it('is null without a token', async () => {
      const { status, body } = await t.as(null).request(VIEWER);
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
      const { body } = await t.gql(String(VIEWER), {}, { headers: { authorization } });
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
      const first = (await t.as(null).data(MUNICIPALITIES, { first: 2 })).municipalities;
      expect(first.nodes.map((m) => m.name)).toEqual(['Altenahr', 'Bad Münstereifel']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (await t.as(null).data(MUNICIPALITIES, { first: 2, after: first.pageInfo.endCursor })).municipalities;
      expect(next.nodes.map((m) => m.name)).toEqual(['Schuld']);
      expect(next.pageInfo.hasNextPage).toBe(false);
    });

    it.each([0, -1, 101, 1000])('refuses first: %i as BAD_USER_INPUT naming first', async (first) => {
      expect(errorFields(await t.as(null).error(MUNICIPALITIES, 'BAD_USER_INPUT', { first }))).toEqual(['first']);
    });

    it('refuses a tampered cursor as BAD_USER_INPUT naming after', async () => {
      expect(errorFields(await t.as(null).error(MUNICIPALITIES, 'BAD_USER_INPUT', { first: 1, after: 'dGFtcGVyZWQ' }))).toEqual(['after']);
    });

    it('fetches a municipality through node(id:) and answers null for a garbage id without an error', async () => {
      const list = await t.as(null).data(MUNICIPALITIES, { first: 1 });
      const { id } = list.municipalities.nodes[0];
      expect(await t.as(null).data(MUNICIPALITY_NODE, { id })).toEqual({ node: { id, name: 'Altenahr' } });

      const garbage = await t.as(null).request(GARBAGE_NODE);
      expect(garbage.status).toBe(200);
      expect(garbage.body.errors).toBeUndefined();
      expect(garbage.body.data).toEqual({ node: null });
    });
  });

  describe('documents the API refuses', () => {
    it('an unknown field: BAD_USER_INPUT with HTTP 400', async () => {
      const { status, body } = await t.gql(`{ viewer { id doesNotExist } }`);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a syntax error: BAD_USER_INPUT with HTTP 400', async () => {
      const { status, body } = await t.gql(`{ viewer { id `);
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a variable of the wrong type: BAD_USER_INPUT', async () => {
      const { status, body } = await t.as(null).raw(MUNICIPALITIES, { first: 'twenty' });
      expect(status).toBe(400);
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('a document over 15 000 characters: BAD_USER_INPUT', async () => {
      const query = `{ viewer { id } }\n# ${'padding '.repeat(2000)}`;
      expect(query.length).toBeGreaterThan(15_000);
      const { body } = await t.gql(query);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('20 aliases: refused', async () => {
      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
      const { status, body } = await t.gql(`{ ${aliases} }`);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('depth 20: refused', async () => {
      let selection = 'id';
      for (let i = 0; i < 17; i++) selection = `parent { ${selection} }`;
      const query = `{ municipalities(first: 1) { edges { node { ${selection} } } } }`;
      const { status, body } = await t.gql(query);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      expectErrorCode(body, 'BAD_USER_INPUT');
    });

    it('still accepts a document at the limits a real client needs', async () => {
      const { status, body } = await t.as(null).request(AT_THE_LIMITS);
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
      const anonymous = await t.as(null).request(VIEWER);
      expect(sqlStatements(anonymous.body)).toBe(0);

      const list = await t.as(null).request(MUNICIPALITIES, { first: 10 });
      expect(list.body.errors).toBeUndefined();
      expect(sqlStatements(list.body)).toBeGreaterThanOrEqual(1);

      const refused = await t.as(null).request(MUNICIPALITIES, { first: 0 });
      expectErrorCode(refused.body, 'BAD_USER_INPUT');
      expect(typeof refused.body.extensions?.sqlStatements).toBe('number');
    });
  });
});
