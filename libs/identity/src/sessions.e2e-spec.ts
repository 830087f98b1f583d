import { createHash } from 'node:crypto';
import { createTestApp, Document, errorFields, graphql, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const LOGIN = graphql(`
  mutation SessionsLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
      }
    }
  }
`);

const REFRESH = graphql(`
  mutation SessionsRefresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
        email
      }
    }
  }
`);

const SESSIONS = graphql(`
  query SessionsList {
    viewer {
      id
      sessions {
        id
        createdAt
        lastUsedAt
        userAgent
        current
      }
    }
  }
`);

const REVOKE = graphql(`
  mutation SessionsRevoke($id: ID!) {
    revokeSession(input: { sessionId: $id }) {
      sessionId
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation SessionsSignOut {
    signOut {
      sessionId
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation SessionsChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      signedOutSessions
      user {
        id
      }
    }
  }
`);

const VIEWER = graphql(`
  query SessionsViewer {
    viewer {
      id
    }
  }
`);

/** One sign-in of a user: `t.as(device)` asks with its access token; `refreshToken` is its own. */
interface Device extends SignedUpUser {
  refreshToken: string;
}

/** The sign-in a login or a refresh handed out. */
const device = (user: SignedUpUser, tokens: { accessToken: string; refreshToken: string }): Device => ({
  ...user,
  token: tokens.accessToken,
  refreshToken: tokens.refreshToken,
});

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

describe('sessions: rotating refresh tokens, devices, sign-out and password change', () => {
  let t: TestApp;

  /** As t.as(null).request(), with headers of our own: t.as() sends none. */
  const withHeaders = <R, V>(document: Document<R, V>, variables: NoInfer<V>, headers: Record<string, string>) =>
    t.gql<R>(String(document), variables as Record<string, unknown>, { headers });
  /** A login from a device that names itself (User-Agent). */
  const login = async (user: SignedUpUser, userAgent = 'Jest/1.0'): Promise<Device> => {
    const { body } = await withHeaders(LOGIN, { input: { email: user.email, password: user.password } }, { 'user-agent': userAgent });
    expect(body.errors).toBeUndefined();
    return device(user, body.data!.login);
  };
  /** Refresh tokens travel without an access token. */
  const refresh = async (refreshToken: string) => (await t.as(null).data(REFRESH, { input: { refreshToken } })).refreshSession;
  const refused = (refreshToken: string, code = 'UNAUTHENTICATED') => t.as(null).error(REFRESH, code, { input: { refreshToken } });
  const viewerId = async (user: SignedUpUser) => (await t.as(user).data(VIEWER)).viewer?.id;
  const sessions = async (user: SignedUpUser) => {
    const { viewer } = await t.as(user).data(SESSIONS);
    expect(viewer?.sessions).toEqual(expect.any(Array));
    return viewer!.sessions!;
  };
  const currentSessionId = async (user: SignedUpUser) => (await sessions(user)).find((s) => s.current)!.id;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('register and login return a refresh token; only its SHA-256 is stored', async () => {
    const anna = await t.signUp('Anna');
    const { login: signedIn } = await t.as(null).data(LOGIN, { input: { email: anna.email, password: anna.password } });
    const { refreshToken, refreshTokenExpiresAt, expiresAt } = signedIn;
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(refreshTokenExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(Date.parse(expiresAt)).toBeLessThan(Date.parse(refreshTokenExpiresAt));
    const rows = await t.dataSource.query('SELECT token_hash FROM user_session WHERE user_id = $1', [uuidOf(anna.userId)]);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).toContain(sha256(refreshToken));
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
  });

  it('rotates: a refresh returns new tokens; after the grace window the old refresh token fails', async () => {
    const ben = await t.signUp('Ben');
    const phone = await login(ben);
    const next = await refresh(phone.refreshToken);
    expect(next.refreshToken).not.toBe(phone.refreshToken);
    expect(next.accessToken).not.toBe(phone.token);
    expect(next.user).toEqual({ id: ben.userId, email: ben.email });
    const rotated = device(ben, next);
    expect(await viewerId(rotated)).toBe(ben.userId);
    // The rotated sign-in is still one device in the list.
    expect((await sessions(rotated)).filter((s) => s.current)).toHaveLength(1);

    // A client whose answer was lost tries again: within the grace window it gets the same new refresh token.
    const retried = await refresh(phone.refreshToken);
    expect(retried.refreshToken).toBe(next.refreshToken);
    expect(await viewerId(device(ben, retried))).toBe(ben.userId);
    expect(await sessions(rotated)).toHaveLength(2);

    // 31 s later (REFRESH_GRACE_SECONDS is 30) the same token is reuse.
    await t.dataSource.query(`UPDATE user_session SET last_used_at = last_used_at - interval '31 seconds' WHERE token_hash = $1`, [
      sha256(phone.refreshToken),
    ]);
    const reused = await refused(phone.refreshToken);
    expect(reused.message).toBe('This sign-in was used twice; for your safety all devices of this sign-in were signed out.');
  });

  it('reuse of a rotated refresh token revokes the whole family, and only that family, once its successor was used', async () => {
    const carla = await t.signUp('Carla');
    const phone = await login(carla, 'Phone');
    const laptop = await login(carla, 'Laptop');
    const second = device(carla, await refresh(phone.refreshToken));
    const third = device(carla, await refresh(second.refreshToken));
    expect(await viewerId(third)).toBe(carla.userId);

    // An attacker replays the first, already rotated token.
    await refused(phone.refreshToken);
    // The newest refresh token of the family fails too, and its access token is refused at once.
    await refused(third.refreshToken);
    await t.as(third).error(VIEWER, 'UNAUTHENTICATED');
    await t.as(phone).error(VIEWER, 'UNAUTHENTICATED');

    // The other sign-in (laptop) and the registration's sign-in are unaffected.
    expect(await viewerId(laptop)).toBe(carla.userId);
    expect(await viewerId(carla)).toBe(carla.userId);
    await refresh(laptop.refreshToken);
  });

  it('refuses expired, revoked and unknown refresh tokens', async () => {
    const dora = await t.signUp('Dora');
    const phone = await login(dora);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
      sha256(phone.refreshToken),
    ]);
    expect((await refused(phone.refreshToken)).message).toMatch(/expired/);

    const other = await login(dora);
    await t.as(other).data(SIGN_OUT);
    expect((await refused(other.refreshToken)).message).toMatch(/ended/);

    await refused('x'.repeat(43));
    expect(errorFields(await refused('', 'BAD_USER_INPUT'))).toEqual(['refreshToken']);
  });

  it("lists only your own sessions and revokes them; someone else's is NOT_FOUND", async () => {
    const emil = await t.signUp('Emil');
    const fritz = await t.signUp('Fritz');
    const tablet = await login(emil, 'Tablet');
    const list = await sessions(emil);
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.map((s) => s.userAgent)).toContain('Tablet');
    const tabletId = await currentSessionId(tablet);
    expect(list.find((s) => s.id === tabletId)!.current).toBe(false);

    // Only one's own: another user's viewer shows their own list, and revoking Emil's device is NOT_FOUND.
    const fritzList = await sessions(fritz);
    expect(fritzList.map((s) => s.current)).toEqual([true]);
    expect(fritzList.map((s) => s.id)).not.toContain(tabletId);
    await t.as(fritz).error(REVOKE, 'NOT_FOUND', { id: tabletId });
    expect(await viewerId(tablet)).toBe(emil.userId);
    expect(errorFields(await t.as(emil).error(REVOKE, 'BAD_USER_INPUT', { id: emil.userId }))).toEqual(['sessionId']);
    await t.as(null).error(REVOKE, 'UNAUTHENTICATED', { id: tabletId });

    expect((await t.as(emil).data(REVOKE, { id: tabletId })).revokeSession.sessionId).toBe(tabletId);
    await t.as(tablet).error(VIEWER, 'UNAUTHENTICATED');
    await refused(tablet.refreshToken);
    expect((await sessions(emil)).map((s) => s.id)).toEqual(list.filter((s) => s.id !== tabletId).map((s) => s.id));
  });

  it('signOut ends the current session only', async () => {
    const greta = await t.signUp('Greta');
    const phone = await login(greta);
    await t.as(null).error(SIGN_OUT, 'UNAUTHENTICATED');
    await t.as(phone).data(SIGN_OUT);
    const refusedViewer = await t.as(phone).error(VIEWER, 'UNAUTHENTICATED');
    expect(refusedViewer.message).toMatch(/ended/);
    await refused(phone.refreshToken);
    expect(await viewerId(greta)).toBe(greta.userId);
  });

  it('changePassword signs out the other sessions but keeps the current one', async () => {
    const hanna = await t.signUp('Hanna');
    const other = await login(hanna);
    const current = await login(hanna);
    const newPassword = 'lindenblüte am stadtbrunnen';

    const wrong = await t.as(current).error(CHANGE_PASSWORD, 'BAD_USER_INPUT', {
      input: { currentPassword: 'falsch falsch falsch', newPassword },
    });
    expect(errorFields(wrong)).toEqual(['currentPassword']);
    const weak = await t.as(current).error(CHANGE_PASSWORD, 'BAD_USER_INPUT', {
      input: { currentPassword: hanna.password, newPassword: 'password123' },
    });
    expect(errorFields(weak)).toEqual(['newPassword']);
    await t.as(null).error(CHANGE_PASSWORD, 'UNAUTHENTICATED', { input: { currentPassword: hanna.password, newPassword } });
    expect(await viewerId(other)).toBe(hanna.userId); // nothing changed yet

    const changed = await t.as(current).data(CHANGE_PASSWORD, { input: { currentPassword: hanna.password, newPassword } });
    expect(changed.changePassword).toEqual({ signedOutSessions: 2, user: { id: hanna.userId } });

    expect(await viewerId(current)).toBe(hanna.userId);
    await refresh(current.refreshToken);
    await t.as(other).error(VIEWER, 'UNAUTHENTICATED');
    await t.as(hanna).error(VIEWER, 'UNAUTHENTICATED');
    await refused(other.refreshToken);

    await t.as(null).error(LOGIN, 'UNAUTHENTICATED', { input: { email: hanna.email, password: hanna.password } });
    await login({ ...hanna, password: newPassword });
  });
});
