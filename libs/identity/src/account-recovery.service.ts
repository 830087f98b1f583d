import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import {
  AppConfig,
  APP_CONFIG,
  BadUserInputError,
  ConflictError,
  RateLimitedError,
  RequestContext,
  requireUser,
  UnauthenticatedError,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { Mailer } from '@krisenfest/mail';
import { accountLink, passwordResetMail, RESET_PASSWORD_PATH, verificationMail, VERIFY_EMAIL_PATH } from './account-mails';
import { RequestPasswordResetInput, ResetPasswordInput, VerifyEmailInput } from './account-recovery.inputs';
import { AccountToken, AccountTokenPurpose, hashAccountToken } from './account-token.entity';
import { LoginThrottle } from './login-throttle';
import { hashPassword } from './password-hasher';
import { assertPasswordAllowed } from './password-policy';
import { SessionService } from './session.service';
import { User } from './user.entity';

const HOUR_MS = 3600 * 1000;
const MINUTE_MS = 60 * 1000;

/** How long the link in a confirmation mail works. */
export const EMAIL_VERIFICATION_TTL_MS = 48 * HOUR_MS;
/** How long the link in a password-reset mail works. */
export const PASSWORD_RESET_TTL_MS = HOUR_MS;
/** At most one password-reset mail per account in this time; further requests send nothing (and say the same). */
export const PASSWORD_RESET_COOLDOWN_MS = 5 * MINUTE_MS;
/** At most one confirmation mail per account in this time (so an address cannot be flooded through resends). */
export const EMAIL_VERIFICATION_COOLDOWN_MS = MINUTE_MS;

const INVALID_LINK = 'This link is not valid. Please check that you opened or copied the whole link from the e-mail, or ask for a new one.';
const USED_LINK = 'This link has been used already; each link works once. Please ask for a new one if you still need it.';
const EXPIRED_LINK = 'This link has expired or a newer one has been sent. Please use the newest e-mail or ask for a new link.';

/** A token with the account it belongs to. */
interface UsableToken {
  token: AccountToken;
  user: User;
}

/**
 * E-mail confirmation and password reset by mail. The mails carry a single-use random token; only its
 * SHA-256 is stored (account_token). Mails leave in the background (Mailer.sendLater): a slow or failing
 * SMTP server neither delays nor fails the request, and the timing does not tell whether an account exists.
 */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores a new token for `userId` (in `ctx`'s transaction, if any) and returns it with its expiry. Send
   * the mail after the transaction commits.
   */
  async issue(ctx: RequestContext, userId: string, purpose: AccountTokenPurpose): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const ttl = purpose === AccountTokenPurpose.VERIFY_EMAIL ? EMAIL_VERIFICATION_TTL_MS : PASSWORD_RESET_TTL_MS;
    const expiresAt = new Date(Date.now() + ttl);
    const tokens = this.db.repository(ctx, AccountToken);
    await tokens.insert(tokens.create({ userId, purpose, tokenHash: hashAccountToken(token), expiresAt, usedAt: null }));
    return { token, expiresAt };
  }

  /** Sends the confirmation mail for a token from issue(…, VERIFY_EMAIL), in the background. */
  sendVerificationMail(email: string, token: string): void {
    const link = accountLink(this.config.publicAppUrl, VERIFY_EMAIL_PATH, token);
    this.mailer.sendLater(verificationMail(email, link, EMAIL_VERIFICATION_TTL_MS / HOUR_MS));
  }

  /** Sends the caller a new confirmation link; CONFLICT when the address is confirmed already. */
  async requestEmailVerification(ctx: RequestContext): Promise<{ sentTo: string; expiresAt: Date }> {
    const user = await this.db.repository(ctx, User).findOneBy({ id: requireUser(ctx).id });
    if (!user) throw new UnauthenticatedError();
    if (user.emailVerifiedAt) throw new ConflictError('Your e-mail address is confirmed already; there is nothing to do.');
    const last = await this.newestToken(ctx, user.id, AccountTokenPurpose.VERIFY_EMAIL);
    const waitMs = last ? last.createdAt.getTime() + EMAIL_VERIFICATION_COOLDOWN_MS - Date.now() : 0;
    if (waitMs > 0) {
      throw new RateLimitedError(
        `A confirmation e-mail was sent less than a minute ago; please check your inbox and spam folder, or try again in ${Math.ceil(waitMs / 1000)} seconds.`,
        waitMs,
      );
    }
    const { token, expiresAt } = await this.issue(ctx, user.id, AccountTokenPurpose.VERIFY_EMAIL);
    this.sendVerificationMail(user.email, token);
    return { sentTo: user.email, expiresAt };
  }

  /** Confirms the address of the token's account; the token is spent. */
  async verifyEmail(ctx: RequestContext, input: VerifyEmailInput): Promise<{ email: string; verifiedAt: Date }> {
    return this.db.transaction(ctx, async (tx) => {
      const { token, user } = await this.usable(tx, input.token, AccountTokenPurpose.VERIFY_EMAIL, true);
      await this.db.repository(tx, AccountToken).update({ id: token.id }, { usedAt: () => 'now()' });
      await this.db.query(tx, 'UPDATE user_account SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL', [user.id]);
      const { emailVerifiedAt } = await this.db
        .repository(tx, User)
        .findOneOrFail({ select: { id: true, emailVerifiedAt: true }, where: { id: user.id } });
      return { email: user.email, verifiedAt: emailVerifiedAt! };
    });
  }

  /**
   * Mails a reset link if an account uses the address, at most once per PASSWORD_RESET_COOLDOWN_MS; a new
   * link replaces the older unused ones. The answer is the same in every case.
   */
  async requestPasswordReset(ctx: RequestContext, input: RequestPasswordResetInput): Promise<{ email: string }> {
    const email = input.email.toLowerCase();
    const user = await this.db.repository(ctx, User).findOneBy({ email });
    if (user && !user.erasedAt) {
      const last = await this.newestToken(ctx, user.id, AccountTokenPurpose.RESET_PASSWORD);
      if (!last || last.createdAt.getTime() <= Date.now() - PASSWORD_RESET_COOLDOWN_MS) {
        const { token } = await this.db.transaction(ctx, async (tx) => {
          await this.expireUnused(tx, user.id, AccountTokenPurpose.RESET_PASSWORD);
          return this.issue(tx, user.id, AccountTokenPurpose.RESET_PASSWORD);
        });
        const link = accountLink(this.config.publicAppUrl, RESET_PASSWORD_PATH, token);
        this.mailer.sendLater(passwordResetMail(user.email, link, PASSWORD_RESET_TTL_MS / MINUTE_MS));
      }
    }
    return { email };
  }

  /**
   * Sets a new password with a reset token: the token is spent, every sign-in of the account ends, and the
   * address counts as confirmed (the person has just read mail sent to it).
   */
  async resetPassword(ctx: RequestContext, input: ResetPasswordInput): Promise<{ email: string; signedOutSessions: number }> {
    // Checked before the password, so a dead link is reported before anyone thinks of a new password.
    const { user } = await this.usable(ctx, input.token, AccountTokenPurpose.RESET_PASSWORD, false);
    assertPasswordAllowed(input.newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const signedOutSessions = await this.db.transaction(ctx, async (tx) => {
      // Again under a row lock: of two requests with the same token only one gets through.
      const { token } = await this.usable(tx, input.token, AccountTokenPurpose.RESET_PASSWORD, true);
      await this.db.repository(tx, AccountToken).update({ id: token.id }, { usedAt: () => 'now()' });
      await this.expireUnused(tx, user.id, AccountTokenPurpose.RESET_PASSWORD);
      await this.db.query(
        tx,
        'UPDATE user_account SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1',
        [user.id, passwordHash],
      );
      return this.sessions.revokeAll(tx, user.id);
    });
    // Failed sign-ins before the reset no longer lock the account.
    await this.throttle.recordSuccess(user.email);
    return { email: user.email, signedOutSessions };
  }

  /** The token if it exists, has the purpose and is neither used nor expired; else BAD_USER_INPUT on `token`. */
  private async usable(ctx: RequestContext, token: string, purpose: AccountTokenPurpose, lock: boolean): Promise<UsableToken> {
    const query = this.db
      .repository(ctx, AccountToken)
      .createQueryBuilder('t')
      .where('t.tokenHash = :tokenHash AND t.purpose = :purpose', { tokenHash: hashAccountToken(token), purpose });
    if (lock) query.setLock('pessimistic_write');
    const row = await query.getOne();
    if (!row) throw tokenError(INVALID_LINK);
    if (row.usedAt) throw tokenError(USED_LINK);
    if (row.expiresAt.getTime() <= Date.now()) throw tokenError(EXPIRED_LINK);
    const user = await this.db.repository(ctx, User).findOneBy({ id: row.userId });
    if (!user || user.erasedAt) throw tokenError(INVALID_LINK);
    return { token: row, user };
  }

  private newestToken(ctx: RequestContext, userId: string, purpose: AccountTokenPurpose): Promise<AccountToken | null> {
    return this.db.repository(ctx, AccountToken).findOne({ where: { userId, purpose }, order: { createdAt: 'DESC' } });
  }

  /** Ends the unused tokens of the purpose: they then read as expired. */
  private async expireUnused(ctx: RequestContext, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await this.db
      .repository(ctx, AccountToken)
      .update({ userId, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) }, { expiresAt: () => 'now()' });
  }
}

function tokenError(message: string): BadUserInputError {
  return new BadUserInputError(message, [{ field: 'token', message }]);
}
