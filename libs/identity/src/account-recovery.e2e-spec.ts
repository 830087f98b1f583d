import { createHash, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Mailer } from '@krisenfest/mail';
import {
  createTestApp,
  createTestDatabase,
  errorFields,
  expectErrorCode,
  Fixtures,
  Mailbox,
  ReceivedMail,
  startMailbox,
  TEST_PASSWORD,
  TestApp,
  uuidOf,
} from '@krisenfest/testing';
import { seedSampleContent } from '@krisenfest/seed';

const APP_URL = 'https://krisenfest.example.org';
const FROM = { name: 'Krisenfest', address: 'no-reply@krisenfest.local' };

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id email emailVerified } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const VIEWER = `{ viewer { id email emailVerified } }`;
const REQUEST_VERIFICATION = `mutation { requestEmailVerification { sentTo expiresAt } }`;
const VERIFY = `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { email verifiedAt } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email signedOutSessions } }`;
const REQUEST_MEMBERSHIP = `mutation($m: ID!) { requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) { membership { id status } } }`;

const NEW_PASSWORD = 'Sandsack Deich Pegel 2021';

let addresses = 0;
const newAddress = () => `konto-${++addresses}-${randomBytes(4).toString('hex')}@example.org`;

/** The token of the link to `path` in a mail. */
function tokenIn(mail: ReceivedMail, path: string): string {
  const escaped = `${APP_URL}${path}`.replace(/[.?/]/g, (c) => `\\${c}`);
  const match = new RegExp(`${escaped}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in the mail: ${mail.text}`);
  return match[1];
}

describe('e-mail confirmation and password reset by mail (real SMTP)', () => {
  let mailbox: Mailbox;
  let t: TestApp;
  let fx: Fixtures;

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp({ env: { SMTP_URL: mailbox.url, PUBLIC_APP_URL: `${APP_URL}/` } });
    fx = new Fixtures(t.dataSource);
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  /** Waits until the mails the API has handed to its background sender are delivered. */
  const mailsDelivered = () => t.app.get(Mailer, { strict: false }).settled();
  const confirmationMailTo = (email: string) => mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('bestätigen'));
  const resetMailsTo = (email: string) => mailbox.to(email).filter((m) => m.subject.includes('Passwort'));

  async function register(email = newAddress()): Promise<{ email: string; token: string; userId: string }> {
    const { body } = await t.gql<any>(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Hanna Hochwasser' } });
    expect(body.errors).toBeUndefined();
    return { email, token: body.data.register.accessToken, userId: body.data.register.user.id };
  }

  describe('confirming the e-mail address', () => {
    it('mails a German confirmation link on registration; the link confirms the address, once', async () => {
      const email = newAddress();
      const { body: registered } = await t.gql<any>(REGISTER, {
        input: { email, password: TEST_PASSWORD, displayName: 'Hanna Hochwasser' },
      });
      expect(registered.data.register.user).toMatchObject({ email, emailVerified: false });
      const accessToken = registered.data.register.accessToken;

      const mail = await confirmationMailTo(email);
      expect(mail.from).toEqual(FROM);
      expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
      expect(mail.text).toContain('48 Stunden gültig');
      expect(mail.text).toContain(`${APP_URL}/konto/bestaetigen?token=`);
      // Whoever registers chooses the display name; the mail does not repeat it.
      expect(mail.text).not.toContain('Hanna');

      const { body: verified } = await t.gql<any>(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      expect(verified.errors).toBeUndefined();
      expect(verified.data.verifyEmail.email).toBe(email);
      expect(Date.now() - Date.parse(verified.data.verifyEmail.verifiedAt)).toBeLessThan(60_000);
      expect((await t.gql<any>(VIEWER, {}, { token: accessToken })).body.data.viewer).toMatchObject({ email, emailVerified: true });

      const again = await t.gql(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      const error = expectErrorCode(again.body, 'BAD_USER_INPUT');
      expect(errorFields(error)).toEqual(['token']);
      expect(error.message).toMatch(/used already/);
    });

    it('refuses an unknown, an empty and an expired link as BAD_USER_INPUT on token, and leaves the address unconfirmed', async () => {
      const unknown = await t.gql(VERIFY, { input: { token: randomBytes(32).toString('base64url') } });
      const unknownError = expectErrorCode(unknown.body, 'BAD_USER_INPUT');
      expect(errorFields(unknownError)).toEqual(['token']);
      expect(unknownError.message).toMatch(/not valid/);

      expect(errorFields(expectErrorCode((await t.gql(VERIFY, { input: { token: '' } })).body, 'BAD_USER_INPUT'))).toEqual(['token']);

      const user = await register();
      const mail = await confirmationMailTo(user.email);
      await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      const expired = await t.gql(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      const expiredError = expectErrorCode(expired.body, 'BAD_USER_INPUT');
      expect(errorFields(expiredError)).toEqual(['token']);
      expect(expiredError.message).toMatch(/expired/);
      expect((await t.gql<any>(VIEWER, {}, { token: user.token })).body.data.viewer.emailVerified).toBe(false);
    });

    it('sends a new link on request (at most one a minute) and answers CONFLICT once the address is confirmed', async () => {
      expectErrorCode((await t.gql(REQUEST_VERIFICATION)).body, 'UNAUTHENTICATED');

      const user = await register();
      const first = await confirmationMailTo(user.email);
      // The registration mail has just gone out.
      const tooSoon = expectErrorCode((await t.gql(REQUEST_VERIFICATION, {}, { token: user.token })).body, 'RATE_LIMITED');
      expect(tooSoon.message).toMatch(/less than a minute ago/);

      await t.dataSource.query(`UPDATE account_token SET created_at = created_at - interval '2 minutes' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      const { body } = await t.gql<any>(REQUEST_VERIFICATION, {}, { token: user.token });
      expect(body.errors).toBeUndefined();
      expect(body.data.requestEmailVerification.sentTo).toBe(user.email);
      expect(Date.parse(body.data.requestEmailVerification.expiresAt) - Date.now()).toBeGreaterThan(47 * 3600 * 1000);
      const second = await mailbox.waitFor((m) => m.to.includes(user.email) && m !== first);
      expect(tokenIn(second, '/konto/bestaetigen')).not.toBe(tokenIn(first, '/konto/bestaetigen'));

      expect((await t.gql(VERIFY, { input: { token: tokenIn(second, '/konto/bestaetigen') } })).body.errors).toBeUndefined();
      const conflict = expectErrorCode((await t.gql(REQUEST_VERIFICATION, {}, { token: user.token })).body, 'CONFLICT');
      expect(conflict.message).toMatch(/confirmed already/);
    });

    it('shows whether the address is confirmed only to the user themselves', async () => {
      const anna = await t.signUp('Anna');
      const ben = await t.signUp('Ben', { emailVerified: false });
      const NODE = `query($id: ID!) { node(id: $id) { ... on User { email emailVerified } } }`;
      expect((await t.gql<any>(NODE, { id: ben.userId }, { token: anna.token })).body.data.node).toEqual({
        email: null,
        emailVerified: null,
      });
      expect((await t.gql<any>(NODE, { id: ben.userId })).body.data.node).toEqual({ email: null, emailVerified: null });
      expect((await t.gql<any>(NODE, { id: ben.userId }, { token: ben.token })).body.data.node).toEqual({
        email: ben.email,
        emailVerified: false,
      });
      expect((await t.gql<any>(VIEWER, {}, { token: anna.token })).body.data.viewer.emailVerified).toBe(true);
    });
  });

  describe('membership requests', () => {
    it('need a confirmed e-mail address', async () => {
      const town = await fx.municipality('Bad Neuenahr-Ahrweiler', { kind: 'STADT' });
      const user = await t.signUp('Clara', { emailVerified: false });
      const refused = expectErrorCode((await t.gql(REQUEST_MEMBERSHIP, { m: town.gid }, { token: user.token })).body, 'FORBIDDEN');
      expect(refused.message).toMatch(/confirm your e-mail address/);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM membership WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      expect(count).toBe(0);

      const mail = await confirmationMailTo(user.email);
      expect((await t.gql(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } })).body.errors).toBeUndefined();
      const { body } = await t.gql<any>(REQUEST_MEMBERSHIP, { m: town.gid }, { token: user.token });
      expect(body.errors).toBeUndefined();
      expect(body.data.requestMembership.membership.status).toBe('PENDING');
    });
  });

  describe('password reset', () => {
    it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
      const user = await t.signUp('Dora');
      const unknown = newAddress();
      const forUnknown = await t.gql<any>(REQUEST_RESET, { input: { email: unknown } });
      const forKnown = await t.gql<any>(REQUEST_RESET, { input: { email: `  ${user.email.toUpperCase()} ` } });
      expect(forUnknown.body).toEqual({ data: { requestPasswordReset: { email: unknown } }, extensions: expect.anything() });
      expect(forKnown.body).toEqual({ data: { requestPasswordReset: { email: user.email } }, extensions: expect.anything() });

      await mailsDelivered();
      expect(resetMailsTo(user.email)).toHaveLength(1);
      expect(mailbox.to(unknown)).toHaveLength(0);
      const [mail] = resetMailsTo(user.email);
      expect(mail.from).toEqual(FROM);
      expect(mail.subject).toBe('Ihr Passwort bei Krisenfest zurücksetzen');
      expect(mail.text).toContain('1 Stunde gültig');
      expect(mail.text).toContain(`${APP_URL}/konto/passwort-zuruecksetzen?token=`);
    });

    it('sets a new password with the mailed link: every device is signed out, the old password stops working, the address counts as confirmed', async () => {
      const user = await t.signUp('Emil', { emailVerified: false });
      const otherDevice = (await t.gql<any>(LOGIN, { input: { email: user.email, password: user.password } })).body.data.login.accessToken;
      await t.gql(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const token = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');

      // A weak password is refused by the usual policy and does not spend the link.
      const common = expectErrorCode((await t.gql(RESET, { input: { token, newPassword: 'password123' } })).body, 'BAD_USER_INPUT');
      expect(errorFields(common)).toEqual(['newPassword']);
      const personal = expectErrorCode(
        (await t.gql(RESET, { input: { token, newPassword: `${user.email.split('@')[0]}-geheim` } })).body,
        'BAD_USER_INPUT',
      );
      expect(errorFields(personal)).toEqual(['newPassword']);
      expect(errorFields(expectErrorCode((await t.gql(RESET, { input: { token, newPassword: 'kurz' } })).body, 'BAD_USER_INPUT'))).toEqual([
        'newPassword',
      ]);

      const { body } = await t.gql<any>(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(body.errors).toBeUndefined();
      expect(body.data.resetPassword).toEqual({ email: user.email, signedOutSessions: 2 });

      for (const oldToken of [user.token, otherDevice])
        expectErrorCode((await t.gql(VIEWER, {}, { token: oldToken })).body, 'UNAUTHENTICATED');
      expectErrorCode((await t.gql(LOGIN, { input: { email: user.email, password: user.password } })).body, 'UNAUTHENTICATED');
      const login = await t.gql<any>(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } });
      expect(login.body.errors).toBeUndefined();
      expect((await t.gql<any>(VIEWER, {}, { token: login.body.data.login.accessToken })).body.data.viewer.emailVerified).toBe(true);

      const reused = expectErrorCode(
        (await t.gql(RESET, { input: { token, newPassword: 'noch ein anderes Passwort' } })).body,
        'BAD_USER_INPUT',
      );
      expect(errorFields(reused)).toEqual(['token']);
      expect(reused.message).toMatch(/used already/);
    });

    it('sends no second mail within five minutes; a later link replaces the earlier one; an expired link is refused', async () => {
      const user = await t.signUp('Fritz');
      await t.gql(REQUEST_RESET, { input: { email: user.email } });
      const again = await t.gql<any>(REQUEST_RESET, { input: { email: user.email } });
      expect(again.body.data.requestPasswordReset.email).toBe(user.email);
      await mailsDelivered();
      expect(resetMailsTo(user.email)).toHaveLength(1);
      const first = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');

      await t.dataSource.query(`UPDATE account_token SET created_at = created_at - interval '6 minutes' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      await t.gql(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      expect(resetMailsTo(user.email)).toHaveLength(2);
      const second = tokenIn(resetMailsTo(user.email)[1], '/konto/passwort-zuruecksetzen');

      const replaced = expectErrorCode((await t.gql(RESET, { input: { token: first, newPassword: NEW_PASSWORD } })).body, 'BAD_USER_INPUT');
      expect(errorFields(replaced)).toEqual(['token']);
      expect(replaced.message).toMatch(/expired or a newer one/);

      await t.dataSource.query(
        `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'RESET_PASSWORD'`,
        [uuidOf(user.userId)],
      );
      const expired = expectErrorCode((await t.gql(RESET, { input: { token: second, newPassword: NEW_PASSWORD } })).body, 'BAD_USER_INPUT');
      expect(errorFields(expired)).toEqual(['token']);
      // The password is unchanged.
      expect((await t.gql(LOGIN, { input: { email: user.email, password: user.password } })).body.errors).toBeUndefined();
    });

    it('lets only one of two simultaneous resets with the same link through', async () => {
      const user = await t.signUp('Hilde');
      await t.gql(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const token = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');
      const passwords = ['Regenrückhaltebecken Nord', 'Notstromaggregat Süd'];
      const answers = await Promise.all(passwords.map((newPassword) => t.gql<any>(RESET, { input: { token, newPassword } })));
      const winners = answers.filter((a) => !a.body.errors);
      expect(winners).toHaveLength(1);
      const loser = answers.find((a) => a.body.errors)!;
      expect(errorFields(expectErrorCode(loser.body, 'BAD_USER_INPUT'))).toEqual(['token']);
      const signIns = await Promise.all(passwords.map((password) => t.gql(LOGIN, { input: { email: user.email, password } })));
      expect(signIns.filter((s) => !s.body.errors)).toHaveLength(1);
    });

    it('does not take a confirmation link for a reset, nor a reset link for a confirmation', async () => {
      const user = await register();
      const confirmation = tokenIn(await confirmationMailTo(user.email), '/konto/bestaetigen');
      await t.gql(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const reset = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');
      expect(
        errorFields(
          expectErrorCode((await t.gql(RESET, { input: { token: confirmation, newPassword: NEW_PASSWORD } })).body, 'BAD_USER_INPUT'),
        ),
      ).toEqual(['token']);
      expect(errorFields(expectErrorCode((await t.gql(VERIFY, { input: { token: reset } })).body, 'BAD_USER_INPUT'))).toEqual(['token']);
    });

    it('keeps only the SHA-256 of the tokens', async () => {
      const user = await register();
      const token = tokenIn(await confirmationMailTo(user.email), '/konto/bestaetigen');
      const rows: { token_hash: string }[] = await t.dataSource.query('SELECT token_hash FROM account_token WHERE user_id = $1', [
        uuidOf(user.userId),
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    });
  });
});

describe('e-mail when the SMTP server is down', () => {
  let t: TestApp;
  let errors: jest.SpyInstance;

  beforeAll(async () => {
    // A port that was just free: nothing listens there.
    const gone = await startMailbox();
    await gone.close();
    errors = jest.spyOn(Logger.prototype, 'error');
    t = await createTestApp({ env: { SMTP_URL: gone.url } });
  });
  afterAll(async () => {
    await t?.close();
    errors?.mockRestore();
  });

  it('still registers and answers a password-reset request; the failed delivery is logged', async () => {
    const email = newAddress();
    const registered = await t.gql<any>(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Greta' } });
    expect(registered.body.errors).toBeUndefined();
    const reset = await t.gql<any>(REQUEST_RESET, { input: { email } });
    expect(reset.body).toMatchObject({ data: { requestPasswordReset: { email } } });
    expect(reset.body.errors).toBeUndefined();

    await t.app.get(Mailer, { strict: false }).settled();
    const logged = errors.mock.calls.map(([message]) => String(message)).filter((m) => m.startsWith('could not deliver'));
    expect(logged).toHaveLength(2);
    expect(logged.join('\n')).toContain(email);
  });
});

describe('sample content', () => {
  it('has confirmed e-mail addresses', async () => {
    const db = await createTestDatabase();
    try {
      await seedSampleContent(db.dataSource);
      const [row] = await db.dataSource.query(
        'SELECT count(*)::int AS accounts, count(email_verified_at)::int AS confirmed FROM user_account',
      );
      expect(row.accounts).toBeGreaterThan(0);
      expect(row.confirmed).toBe(row.accounts);
    } finally {
      await db.close();
    }
  });
});
