import { createHash } from 'node:crypto';
import { createTestApp, errorFields, expectErrorCode, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken expiresAt refreshToken refreshTokenExpiresAt user { id email } } }`;
const SESSIONS = `{ viewer { id sessions { id createdAt lastUsedAt userAgent current } } }`;
const REVOKE = `mutation($id: ID!) { revokeSession(input: { sessionId: $id }) { sessionId } }`;
const SIGN_OUT = `mutation { signOut { sessionId } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { signedOutSessions user { id } } }`;
const VIEWER = `{ viewer { id } }`;

interface Device {
  token: string;
  refreshToken: string;
}

describe('sessions: rotating refresh tokens, devices, sign-out and password change', () => {
  let t: TestApp;

  const login = async (user: SignedUpUser, userAgent = 'Jest/1.0'): Promise<Device> => {
    const body = (
      await t.gql<any>(LOGIN, { input: { email: user.email, password: user.password } }, { headers: { 'user-agent': userAgent } })
    ).body;
    expect(body.errors).toBeUndefined();
    return { token: body.data.login.accessToken, refreshToken: body.data.login.refreshToken };
  };
  const refresh = async (refreshToken: string) => (await t.gql<any>(REFRESH, { input: { refreshToken } })).body;
  const viewer = async (token: string) => (await t.gql<any>(VIEWER, {}, { token })).body;
  const sessions = async (token: string) =>
    (await t.gql<any>(SESSIONS, {}, { token })).body.data.viewer.sessions as { id: string; current: boolean; userAgent: string | null }[];
  const currentSessionId = async (token: string) => (await sessions(token)).find((s) => s.current)!.id;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('register and login return a refresh token; only its SHA-256 is stored', async () => {
    const anna = await t.signUp('Anna');
    const body = (await t.gql<any>(LOGIN, { input: { email: anna.email, password: anna.password } })).body;
    const { refreshToken, refreshTokenExpiresAt, expiresAt } = body.data.login;
    expect(refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(refreshTokenExpiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    expect(Date.parse(expiresAt)).toBeLessThan(Date.parse(refreshTokenExpiresAt));
    const rows = await t.dataSource.query('SELECT token_hash FROM user_session WHERE user_id = $1', [uuidOf(anna.userId)]);
    expect(rows.map((r: { token_hash: string }) => r.token_hash)).toContain(createHash('sha256').update(refreshToken).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(refreshToken);
  });

  it('rotates: a refresh returns new tokens, and the old refresh token then fails', async () => {
    const ben = await t.signUp('Ben');
    const device = await login(ben);
    const first = await refresh(device.refreshToken);
    expect(first.errors).toBeUndefined();
    const next = first.data.refreshSession;
    expect(next.refreshToken).not.toBe(device.refreshToken);
    expect(next.accessToken).not.toBe(device.token);
    expect(next.user).toEqual({ id: ben.userId, email: ben.email });
    expect((await viewer(next.accessToken)).data.viewer.id).toBe(ben.userId);
    // The rotated sign-in is still one device in the list.
    expect((await sessions(next.accessToken)).filter((s) => s.current)).toHaveLength(1);

    const reused = expectErrorCode(await refresh(device.refreshToken), 'UNAUTHENTICATED');
    expect(reused.message).toBe('This sign-in was used twice; for your safety all devices of this sign-in were signed out.');
  });

  it('reuse of a rotated refresh token revokes the whole family, and only that family', async () => {
    const carla = await t.signUp('Carla');
    const phone = await login(carla, 'Phone');
    const laptop = await login(carla, 'Laptop');
    const second = (await refresh(phone.refreshToken)).data.refreshSession;
    const third = (await refresh(second.refreshToken)).data.refreshSession;
    expect((await viewer(third.accessToken)).data.viewer.id).toBe(carla.userId);

    // An attacker replays the first, already rotated token.
    expectErrorCode(await refresh(phone.refreshToken), 'UNAUTHENTICATED');
    // The newest refresh token of the family fails too, and its access token is refused at once.
    expectErrorCode(await refresh(third.refreshToken), 'UNAUTHENTICATED');
    expectErrorCode(await viewer(third.accessToken), 'UNAUTHENTICATED');
    expectErrorCode(await viewer(phone.token), 'UNAUTHENTICATED');

    // The other sign-in (laptop) and the registration's sign-in are unaffected.
    expect((await viewer(laptop.token)).data.viewer.id).toBe(carla.userId);
    expect((await viewer(carla.token)).data.viewer.id).toBe(carla.userId);
    const rotated = await refresh(laptop.refreshToken);
    expect(rotated.errors).toBeUndefined();
  });

  it('refuses expired, revoked and unknown refresh tokens', async () => {
    const dora = await t.signUp('Dora');
    const device = await login(dora);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
      createHash('sha256').update(device.refreshToken).digest('hex'),
    ]);
    expect(expectErrorCode(await refresh(device.refreshToken), 'UNAUTHENTICATED').message).toMatch(/expired/);

    const other = await login(dora);
    expect((await t.gql<any>(SIGN_OUT, {}, { token: other.token })).body.errors).toBeUndefined();
    expect(expectErrorCode(await refresh(other.refreshToken), 'UNAUTHENTICATED').message).toMatch(/ended/);

    expectErrorCode(await refresh('x'.repeat(43)), 'UNAUTHENTICATED');
    expect(errorFields(expectErrorCode(await refresh(''), 'BAD_USER_INPUT'))).toEqual(['refreshToken']);
  });

  it("lists only your own sessions and revokes them; someone else's is NOT_FOUND", async () => {
    const emil = await t.signUp('Emil');
    const fritz = await t.signUp('Fritz');
    const tablet = await login(emil, 'Tablet');
    const list = await sessions(emil.token);
    expect(list).toHaveLength(2);
    expect(list.filter((s) => s.current)).toHaveLength(1);
    expect(list.map((s) => s.userAgent)).toContain('Tablet');
    const tabletId = await currentSessionId(tablet.token);
    expect(list.find((s) => s.id === tabletId)!.current).toBe(false);

    // Only one's own: another user's viewer shows their own list, and revoking Emil's device is NOT_FOUND.
    expect((await sessions(fritz.token)).map((s) => s.id)).not.toContain(tabletId);
    expectErrorCode((await t.gql<any>(REVOKE, { id: tabletId }, { token: fritz.token })).body, 'NOT_FOUND');
    expect((await viewer(tablet.token)).data.viewer.id).toBe(emil.userId);
    expect(
      errorFields(expectErrorCode((await t.gql<any>(REVOKE, { id: emil.userId }, { token: emil.token })).body, 'BAD_USER_INPUT')),
    ).toEqual(['sessionId']);
    expectErrorCode((await t.gql<any>(REVOKE, { id: tabletId })).body, 'UNAUTHENTICATED');

    expect((await t.gql<any>(REVOKE, { id: tabletId }, { token: emil.token })).body.data.revokeSession.sessionId).toBe(tabletId);
    expectErrorCode(await viewer(tablet.token), 'UNAUTHENTICATED');
    expectErrorCode(await refresh(tablet.refreshToken), 'UNAUTHENTICATED');
    expect((await sessions(emil.token)).map((s) => s.id)).not.toContain(tabletId);
  });

  it('signOut ends the current session only', async () => {
    const greta = await t.signUp('Greta');
    const device = await login(greta);
    expectErrorCode((await t.gql<any>(SIGN_OUT)).body, 'UNAUTHENTICATED');
    const body = (await t.gql<any>(SIGN_OUT, {}, { token: device.token })).body;
    expect(body.errors).toBeUndefined();
    const refused = expectErrorCode(await viewer(device.token), 'UNAUTHENTICATED');
    expect(refused.message).toMatch(/ended/);
    expectErrorCode(await refresh(device.refreshToken), 'UNAUTHENTICATED');
    expect((await viewer(greta.token)).data.viewer.id).toBe(greta.userId);
  });

  it('changePassword signs out the other sessions but keeps the current one', async () => {
    const hanna = await t.signUp('Hanna');
    const other = await login(hanna);
    const current = await login(hanna);
    const newPassword = 'lindenblüte am stadtbrunnen';

    const wrong = expectErrorCode(
      (await t.gql<any>(CHANGE_PASSWORD, { input: { currentPassword: 'falsch falsch falsch', newPassword } }, { token: current.token }))
        .body,
      'BAD_USER_INPUT',
    );
    expect(errorFields(wrong)).toEqual(['currentPassword']);
    const weak = expectErrorCode(
      (
        await t.gql<any>(
          CHANGE_PASSWORD,
          { input: { currentPassword: hanna.password, newPassword: 'password123' } },
          { token: current.token },
        )
      ).body,
      'BAD_USER_INPUT',
    );
    expect(errorFields(weak)).toEqual(['newPassword']);
    expectErrorCode(
      (await t.gql<any>(CHANGE_PASSWORD, { input: { currentPassword: hanna.password, newPassword } })).body,
      'UNAUTHENTICATED',
    );
    expect((await viewer(other.token)).data.viewer.id).toBe(hanna.userId); // nothing changed yet

    const body = (await t.gql<any>(CHANGE_PASSWORD, { input: { currentPassword: hanna.password, newPassword } }, { token: current.token }))
      .body;
    expect(body.errors).toBeUndefined();
    expect(body.data.changePassword).toEqual({ signedOutSessions: 2, user: { id: hanna.userId } });

    expect((await viewer(current.token)).data.viewer.id).toBe(hanna.userId);
    expect((await refresh(current.refreshToken)).errors).toBeUndefined();
    expectErrorCode(await viewer(other.token), 'UNAUTHENTICATED');
    expectErrorCode(await viewer(hanna.token), 'UNAUTHENTICATED');
    expectErrorCode(await refresh(other.refreshToken), 'UNAUTHENTICATED');

    expectErrorCode((await t.gql<any>(LOGIN, { input: { email: hanna.email, password: hanna.password } })).body, 'UNAUTHENTICATED');
    await login({ ...hanna, password: newPassword });
  });
});
