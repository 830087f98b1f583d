import { createTestApp, errorFields, expectErrorCode, graphql, SignedUpUser, TEST_PASSWORD, TestApp } from '@krisenfest/testing';

const REGISTER = graphql(`
  mutation IdentityRegister($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        id
        displayName
      }
    }
  }
`);

const LOGIN = graphql(`
  mutation IdentityLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
      }
    }
  }
`);

const VIEWER = graphql(`
  query IdentityViewer {
    viewer {
      id
      email
    }
  }
`);

const ROLES = graphql(`
  query IdentityPlatformRoles($id: ID!) {
    viewer {
      platformRoles
    }
    node(id: $id) {
      ... on User {
        displayName
        platformRoles
      }
    }
  }
`);

describe('identity: password policy and hashing', () => {
  let t: TestApp;

  const userCount = async (): Promise<number> => (await t.dataSource.query('SELECT count(*)::int AS n FROM user_account'))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('accepts the password the test harness signs up with', async () => {
    const user = await t.signUp('Harness Check');
    expect(user.password).toBe(TEST_PASSWORD);
  });

  it.each([
    ['too short', { email: 'kurz@example.org', displayName: 'Kurt Kurz', password: 'Ahr-Flut1' }, /at least 10 characters/],
    [
      'too long',
      { email: 'lang@example.org', displayName: 'Lena Lang', password: 'Pegel Altenahr '.repeat(14).slice(0, 201) },
      /at most 200 characters/,
    ],
    [
      'a common password, in another case',
      { email: 'common@example.org', displayName: 'Carla Common', password: 'Password123' },
      /most common passwords/,
    ],
    [
      'one character repeated',
      { email: 'repeat@example.org', displayName: 'Rita Repeat', password: 'zzzzzzzzzzzz' },
      /single character repeated/,
    ],
    [
      'containing the display name',
      { email: 'hw@example.org', displayName: 'Hildegard Wagner', password: 'ich bin HILDEGARD WAGNER 2021' },
      /display name/,
    ],
    [
      'containing the e-mail local part',
      { email: 'Feuerwehr.Mayen@example.org', displayName: 'Wehrleitung', password: 'feuerwehr.mayen-112!' },
      /e-mail address/,
    ],
  ])('refuses a password %s, naming the field, and stores nothing', async (_rule, input, reason) => {
    const before = await userCount();
    const { body } = await t.as(null).request(REGISTER, { input });
    expect(body.data).toBeNull();
    const error = expectErrorCode(body, 'BAD_USER_INPUT');
    expect(errorFields(error)).toEqual(['password']);
    expect(error.extensions?.fields?.[0].message).toMatch(reason);
    expect(error.message).toMatch(reason);
    expect(await userCount()).toBe(before);
  });

  it('allows a short display name or e-mail local part inside the password', async () => {
    const { register } = await t.as(null).data(REGISTER, {
      input: { email: 'al@example.org', displayName: 'Al', password: 'Al misst den Pegel am Al-Ufer' },
    });
    expect(register.user.displayName).toBe('Al');
  });

  it('registers with a good password, stores an argon2id hash of it, and signs in with it', async () => {
    const before = await userCount();
    const input = { email: 'Greta.Gut@example.org', displayName: 'Greta Gut', password: 'Sandsäcke am Deich, 14. Juli' };
    const { register } = await t.as(null).data(REGISTER, { input });
    const userId = register.user.id;
    expect(await userCount()).toBe(before + 1);

    const [row] = await t.dataSource.query('SELECT password_hash FROM user_account WHERE email = $1', ['greta.gut@example.org']);
    const [, algorithm, version, params] = (row.password_hash as string).split('$');
    // argon2 writes the parameters sorted (m, p, t); the values are what counts.
    expect({ algorithm, version, params: params.split(',').sort() }).toEqual({
      algorithm: 'argon2id',
      version: 'v=19',
      params: ['m=19456', 'p=1', 't=2'],
    });
    expect(row.password_hash).not.toContain('Sandsäcke');

    const { login } = await t.as(null).data(LOGIN, { input: { email: 'greta.gut@example.org', password: input.password } });
    expect(login.user.id).toBe(userId);
    // Greta as the sign-in just made: its access token, not the one of the registration.
    const greta: SignedUpUser = { ...input, email: 'greta.gut@example.org', userId, token: login.accessToken };
    expect((await t.as(greta).data(VIEWER)).viewer).toEqual({ id: userId, email: 'greta.gut@example.org' });

    await t
      .as(null)
      .error(LOGIN, 'UNAUTHENTICATED', { input: { email: 'greta.gut@example.org', password: 'Sandsäcke am Deich, 15. Juli' } });
  });

  it('answers a burst of sign-ins and registrations, all of them correctly', async () => {
    const user = await t.signUp('Burst Tester');
    const logins = Array.from({ length: 8 }, (_, i) =>
      t.as(null).request(LOGIN, { input: { email: user.email, password: i % 2 ? user.password : 'not the password' } }),
    );
    const registrations = Array.from({ length: 4 }, (_, i) =>
      t.as(null).request(REGISTER, { input: { email: `burst-${i}@example.org`, displayName: `Burst ${i}`, password: TEST_PASSWORD } }),
    );
    const answers = await Promise.all(logins);
    answers.forEach(({ body }, i) => {
      if (i % 2) {
        expect(body.errors).toBeUndefined();
        expect(body.data?.login.user.id).toBe(user.userId);
      } else expectErrorCode(body, 'UNAUTHENTICATED');
    });
    const registered = await Promise.all(registrations);
    for (const { body } of registered) expect(body.errors).toBeUndefined();
    expect(registered.map(({ body }) => body.data?.register.user.displayName)).toEqual(['Burst 0', 'Burst 1', 'Burst 2', 'Burst 3']);
  });

  it('tells each person their own platform roles (to offer the moderation pages), not those of others', async () => {
    const moderator = await t.signUp('Mona Moderation');
    const volunteer = await t.signUp('Veit Volunteer');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    // Read with the session on the next request: no new sign-in needed.
    expect(await t.as(moderator).data(ROLES, { id: moderator.userId })).toEqual({
      viewer: { platformRoles: ['MODERATOR'] },
      node: { displayName: 'Mona Moderation', platformRoles: ['MODERATOR'] },
    });
    expect(await t.as(volunteer).data(ROLES, { id: moderator.userId })).toEqual({
      viewer: { platformRoles: [] },
      node: { displayName: 'Mona Moderation', platformRoles: null },
    });
    expect(await t.as(null).data(ROLES, { id: moderator.userId })).toEqual({
      viewer: null,
      node: { displayName: 'Mona Moderation', platformRoles: null },
    });
  });
});
