import { createHash, randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Mailer } from '@krisenfest/mail';
import {
  createTestApp,
  createTestDatabase,
  errorFields,
  expectErrorCode,
  graphql,
  Mailbox,
  ReceivedMail,
  SignedUpUser,
  startMailbox,
  TEST_PASSWORD,
  TestApp,
  uuidOf,
} from '@krisenfest/testing';
import { seedSampleContent } from '@krisenfest/seed';

const APP_URL = 'https://krisenfest.example.org';
const FROM = { name: 'Krisenfest', address: 'no-reply@krisenfest.local' };

const REGISTER = graphql(`
  mutation AccountRecoveryRegister($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      user {
        id
        email
        emailVerified
      }
    }
  }
`);

const LOGIN = graphql(`
  mutation AccountRecoveryLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const VIEWER = graphql(`
  query AccountRecoveryViewer {
    viewer {
      id
      email
      emailVerified
    }
  }
`);

const REQUEST_VERIFICATION = graphql(`
  mutation AccountRecoveryRequestVerification {
    requestEmailVerification {
      sentTo
      expiresAt
    }
  }
`);

const VERIFY = graphql(`
  mutation AccountRecoveryVerify($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      email
      verifiedAt
    }
  }
`);

const REQUEST_RESET = graphql(`
  mutation AccountRecoveryRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      email
    }
  }
`);

const RESET = graphql(`
  mutation AccountRecoveryReset($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      email
      signedOutSessions
    }
  }
`);

const REQUEST_MEMBERSHIP = graphql(`
  mutation AccountRecoveryRequestMembership($m: ID!) {
    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {
      membership {
        id
        status
      }
    }
  }
`);

const USER_NODE = graphql(`
  query AccountRecoveryUserNode($id: ID!) {
    node(id: $id) {
      ... on User {
        email
        emailVerified
      }
    }
  }
`);

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

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp({ env: { SMTP_URL: mailbox.url, PUBLIC_APP_URL: `${APP_URL}/` } });
  });
  afterAll(async () => {
    await t?.close();
    await mailbox?.close();
  });

  /** Waits until the mails the API has handed to its background sender are delivered. */
  const mailsDelivered = () => t.app.get(Mailer, { strict: false }).settled();
  const confirmationMailTo = (email: string) => mailbox.waitFor((m) => m.to.includes(email) && m.subject.includes('bestätigen'));
  const resetMailsTo = (email: string) => mailbox.to(email).filter((m) => m.subject.includes('Passwort'));

  /** A new account as registration leaves it: the address not yet confirmed, the confirmation mail on its way. */
  async function register(email = newAddress()): Promise<SignedUpUser> {
    const displayName = 'Hanna Hochwasser';
    const { register: registered } = await t.as(null).data(REGISTER, { input: { email, password: TEST_PASSWORD, displayName } });
    return { email, token: registered.accessToken, userId: registered.user.id, password: TEST_PASSWORD, displayName };
  }

  describe('confirming the e-mail address', () => {
    it('mails a German confirmation link on registration; the link confirms the address, once', async () => {
      const email = newAddress();
      const { register: registered } = await t.as(null).data(REGISTER, {
        input: { email, password: TEST_PASSWORD, displayName: 'Hanna Hochwasser' },
      });
      expect(registered.user).toMatchObject({ email, emailVerified: false });
      const hanna: SignedUpUser = {
        email,
        token: registered.accessToken,
        userId: registered.user.id,
        password: TEST_PASSWORD,
        displayName: 'Hanna Hochwasser',
      };

      const mail = await confirmationMailTo(email);
      expect(mail.from).toEqual(FROM);
      expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
      expect(mail.text).toContain('48 Stunden gültig');
      expect(mail.text).toContain(`${APP_URL}/konto/bestaetigen?token=`);
      // Whoever registers chooses the display name; the mail does not repeat it.
      expect(mail.text).not.toContain('Hanna');

      const { verifyEmail } = await t.as(null).data(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      expect(verifyEmail.email).toBe(email);
      expect(Date.now() - Date.parse(verifyEmail.verifiedAt)).toBeLessThan(60_000);
      expect((await t.as(hanna).data(VIEWER)).viewer).toMatchObject({ email, emailVerified: true });

      const error = await t.as(null).error(VERIFY, 'BAD_USER_INPUT', { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      expect(errorFields(error)).toEqual(['token']);
      expect(error.message).toMatch(/used already/);
    });

    it('refuses an unknown, an empty and an expired link as BAD_USER_INPUT on token, and leaves the address unconfirmed', async () => {
      const unknownError = await t.as(null).error(VERIFY, 'BAD_USER_INPUT', { input: { token: randomBytes(32).toString('base64url') } });
      expect(errorFields(unknownError)).toEqual(['token']);
      expect(unknownError.message).toMatch(/not valid/);

      expect(errorFields(await t.as(null).error(VERIFY, 'BAD_USER_INPUT', { input: { token: '' } }))).toEqual(['token']);

      const user = await register();
      const mail = await confirmationMailTo(user.email);
      await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      const expiredError = await t.as(null).error(VERIFY, 'BAD_USER_INPUT', { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      expect(errorFields(expiredError)).toEqual(['token']);
      expect(expiredError.message).toMatch(/expired/);
      expect((await t.as(user).data(VIEWER)).viewer?.emailVerified).toBe(false);
    });

    it('sends a new link on request (at most one a minute) and answers CONFLICT once the address is confirmed', async () => {
      await t.as(null).error(REQUEST_VERIFICATION, 'UNAUTHENTICATED');

      const user = await register();
      const first = await confirmationMailTo(user.email);
      // The registration mail has just gone out.
      const tooSoon = await t.as(user).error(REQUEST_VERIFICATION, 'RATE_LIMITED');
      expect(tooSoon.message).toMatch(/less than a minute ago/);

      await t.dataSource.query(`UPDATE account_token SET created_at = created_at - interval '2 minutes' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      const { requestEmailVerification } = await t.as(user).data(REQUEST_VERIFICATION);
      expect(requestEmailVerification.sentTo).toBe(user.email);
      expect(Date.parse(requestEmailVerification.expiresAt) - Date.now()).toBeGreaterThan(47 * 3600 * 1000);
      const second = await mailbox.waitFor((m) => m.to.includes(user.email) && m !== first);
      expect(tokenIn(second, '/konto/bestaetigen')).not.toBe(tokenIn(first, '/konto/bestaetigen'));

      await t.as(null).data(VERIFY, { input: { token: tokenIn(second, '/konto/bestaetigen') } });
      const conflict = await t.as(user).error(REQUEST_VERIFICATION, 'CONFLICT');
      expect(conflict.message).toMatch(/confirmed already/);
    });

    it('shows whether the address is confirmed only to the user themselves', async () => {
      const anna = await t.signUp('Anna');
      const ben = await t.signUp('Ben', { emailVerified: false });
      expect((await t.as(anna).data(USER_NODE, { id: ben.userId })).node).toEqual({ email: null, emailVerified: null });
      expect((await t.as(null).data(USER_NODE, { id: ben.userId })).node).toEqual({ email: null, emailVerified: null });
      expect((await t.as(ben).data(USER_NODE, { id: ben.userId })).node).toEqual({ email: ben.email, emailVerified: false });
      expect((await t.as(anna).data(VIEWER)).viewer?.emailVerified).toBe(true);
    });
  });

  describe('membership requests', () => {
    it('need a confirmed e-mail address', async () => {
      const town = await t.fx.municipality('Bad Neuenahr-Ahrweiler', { kind: 'STADT' });
      const user = await t.signUp('Clara', { emailVerified: false });
      const refused = await t.as(user).error(REQUEST_MEMBERSHIP, 'FORBIDDEN', { m: town.gid });
      expect(refused.message).toMatch(/confirm your e-mail address/);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM membership WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      expect(count).toBe(0);

      const mail = await confirmationMailTo(user.email);
      await t.as(null).data(VERIFY, { input: { token: tokenIn(mail, '/konto/bestaetigen') } });
      const { requestMembership } = await t.as(user).data(REQUEST_MEMBERSHIP, { m: town.gid });
      expect(requestMembership.membership.status).toBe('PENDING');
    });
  });

  describe('password reset', () => {
    it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
      const user = await t.signUp('Dora');
      const unknown = newAddress();
      const forUnknown = await t.as(null).request(REQUEST_RESET, { input: { email: unknown } });
      const forKnown = await t.as(null).request(REQUEST_RESET, { input: { email: `  ${user.email.toUpperCase()} ` } });
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
      const { login } = await t.as(null).data(LOGIN, { input: { email: user.email, password: user.password } });
      const otherDevice: SignedUpUser = { ...user, token: login.accessToken };
      await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const token = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');

      // A weak password is refused by the usual policy and does not spend the link.
      const common = await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token, newPassword: 'password123' } });
      expect(errorFields(common)).toEqual(['newPassword']);
      const personal = await t.as(null).error(RESET, 'BAD_USER_INPUT', {
        input: { token, newPassword: `${user.email.split('@')[0]}-geheim` },
      });
      expect(errorFields(personal)).toEqual(['newPassword']);
      expect(errorFields(await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token, newPassword: 'kurz' } }))).toEqual([
        'newPassword',
      ]);

      const { resetPassword } = await t.as(null).data(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(resetPassword).toEqual({ email: user.email, signedOutSessions: 2 });

      for (const device of [user, otherDevice]) await t.as(device).error(VIEWER, 'UNAUTHENTICATED');
      await t.as(null).error(LOGIN, 'UNAUTHENTICATED', { input: { email: user.email, password: user.password } });
      const signedIn = await t.as(null).data(LOGIN, { input: { email: user.email, password: NEW_PASSWORD } });
      const newDevice: SignedUpUser = { ...user, password: NEW_PASSWORD, token: signedIn.login.accessToken };
      expect((await t.as(newDevice).data(VIEWER)).viewer?.emailVerified).toBe(true);

      const reused = await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token, newPassword: 'noch ein anderes Passwort' } });
      expect(errorFields(reused)).toEqual(['token']);
      expect(reused.message).toMatch(/used already/);
    });

    it('sends no second mail within five minutes; a later link replaces the earlier one; an expired link is refused', async () => {
      const user = await t.signUp('Fritz');
      await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      const again = await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      expect(again.requestPasswordReset.email).toBe(user.email);
      await mailsDelivered();
      expect(resetMailsTo(user.email)).toHaveLength(1);
      const first = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');

      await t.dataSource.query(`UPDATE account_token SET created_at = created_at - interval '6 minutes' WHERE user_id = $1`, [
        uuidOf(user.userId),
      ]);
      await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      expect(resetMailsTo(user.email)).toHaveLength(2);
      const second = tokenIn(resetMailsTo(user.email)[1], '/konto/passwort-zuruecksetzen');

      const replaced = await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token: first, newPassword: NEW_PASSWORD } });
      expect(errorFields(replaced)).toEqual(['token']);
      expect(replaced.message).toMatch(/expired or a newer one/);

      await t.dataSource.query(
        `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND purpose = 'RESET_PASSWORD'`,
        [uuidOf(user.userId)],
      );
      const expired = await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token: second, newPassword: NEW_PASSWORD } });
      expect(errorFields(expired)).toEqual(['token']);
      // The password is unchanged.
      await t.as(null).data(LOGIN, { input: { email: user.email, password: user.password } });
    });

    it('lets only one of two simultaneous resets with the same link through', async () => {
      const user = await t.signUp('Hilde');
      await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const token = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');
      const passwords = ['Regenrückhaltebecken Nord', 'Notstromaggregat Süd'];
      const answers = await Promise.all(passwords.map((newPassword) => t.as(null).request(RESET, { input: { token, newPassword } })));
      const winners = answers.filter((a) => !a.body.errors);
      expect(winners).toHaveLength(1);
      expect(winners[0].body.data?.resetPassword).toEqual({ email: user.email, signedOutSessions: 1 });
      const loser = answers.find((a) => a.body.errors)!;
      expect(errorFields(expectErrorCode(loser.body, 'BAD_USER_INPUT'))).toEqual(['token']);
      const signIns = await Promise.all(passwords.map((password) => t.as(null).request(LOGIN, { input: { email: user.email, password } })));
      expect(signIns.filter((s) => !s.body.errors)).toHaveLength(1);
      // The password that holds is the winner's.
      expect(signIns.findIndex((s) => !s.body.errors)).toBe(answers.indexOf(winners[0]));
    });

    it('does not take a confirmation link for a reset, nor a reset link for a confirmation', async () => {
      const user = await register();
      const confirmation = tokenIn(await confirmationMailTo(user.email), '/konto/bestaetigen');
      await t.as(null).data(REQUEST_RESET, { input: { email: user.email } });
      await mailsDelivered();
      const reset = tokenIn(resetMailsTo(user.email)[0], '/konto/passwort-zuruecksetzen');
      expect(
        errorFields(await t.as(null).error(RESET, 'BAD_USER_INPUT', { input: { token: confirmation, newPassword: NEW_PASSWORD } })),
      ).toEqual(['token']);
      expect(errorFields(await t.as(null).error(VERIFY, 'BAD_USER_INPUT', { input: { token: reset } }))).toEqual(['token']);
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
    await t.as(null).data(REGISTER, { input: { email, password: TEST_PASSWORD, displayName: 'Greta' } });
    expect(await t.as(null).data(REQUEST_RESET, { input: { email } })).toEqual({ requestPasswordReset: { email } });

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
