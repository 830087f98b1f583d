import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AuthUser, BadUserInputError, ConflictError, RequestContext, UnauthenticatedError } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { AccessTokens } from './access-tokens';
import { ChangePasswordInput, LoginInput, RegisterInput } from './auth.inputs';
import { AccountRecoveryService } from './account-recovery.service';
import { AccountTokenPurpose } from './account-token.entity';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher';
import { assertPasswordAllowed } from './password-policy';
import { User } from './user.entity';
import { userView, UserView } from './user.rows';
import { SessionService, sessionOf, SessionUser } from './session.service';
import { UserSession } from './user-session.entity';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
  /** Opaque; exchanged once for a new pair by refreshSession. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  /** The account, as its owner sees it. */
  user: UserView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: LoginThrottle,
    private readonly recovery: AccountRecoveryService,
  ) {}

  async register(ctx: RequestContext, input: RegisterInput): Promise<IssuedToken> {
    const email = input.email.toLowerCase();
    assertPasswordAllowed(input.password, { email, displayName: input.displayName }, 'password');
    if (await this.db.repository(ctx, User).existsBy({ email }))
      throw new ConflictError('An account with this e-mail address exists already.');
    const passwordHash = await hashPassword(input.password);
    const { issued, verification } = await this.db.transaction(ctx, async (tx) => {
      const users = this.db.repository(tx, User);
      const user = await users.save(users.create({ email, displayName: input.displayName, passwordHash, platformRoles: [] }));
      const verification = await this.recovery.issue(tx, user.id, AccountTokenPurpose.VERIFY_EMAIL);
      return { issued: this.issue(user, await this.sessions.start(tx, user.id)), verification };
    });
    // Only once the account is committed: the link must work when the mail arrives.
    this.recovery.sendVerificationMail(email, verification.token);
    return issued;
  }

  /**
   * Failed sign-ins are counted per e-mail address (known or not) and per client IP (LoginThrottle); a locked
   * account or IP is refused with RATE_LIMITED before the database or argon2 is asked.
   */
  async login(ctx: RequestContext, input: LoginInput): Promise<IssuedToken> {
    const email = input.email.toLowerCase();
    const { ip } = ctx.meta;
    await this.throttle.assertAllowed(email, ip);
    const user = await this.withPasswordHash(ctx).where('u.email = :email', { email }).getOne();
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email, ip);
      throw new UnauthenticatedError('E-mail address or password is wrong.');
    }
    await this.throttle.recordSuccess(email);
    return this.issue(user, await this.sessions.start(ctx, user.id));
  }

  /** Exchanges a refresh token for a new access token and a new refresh token (the old one is spent). */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedToken> {
    const issued = await this.sessions.refresh(ctx, refreshToken);
    const user = await this.db.repository(ctx, User).findOneBy({ id: issued.session.userId });
    if (!user) throw new UnauthenticatedError('The refresh token is not valid.');
    return this.issue(user, issued);
  }

  /**
   * Changes the caller's password and signs out every other device; the current sign-in stays. A wrong
   * current password is BAD_USER_INPUT on `currentPassword`: the caller is signed in, and UNAUTHENTICATED
   * would tell clients to drop their tokens.
   */
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<{ user: UserView; signedOutSessions: number }> {
    const session = sessionOf(ctx);
    if (!session) throw new UnauthenticatedError();
    const user = await this.withPasswordHash(ctx).where('u.id = :id', { id: session.id }).getOne();
    if (!user) throw new UnauthenticatedError();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'is not your current password');
    }
    assertPasswordAllowed(input.newPassword, user, 'newPassword');
    if (input.newPassword === input.currentPassword) throw BadUserInputError.field('newPassword', 'must differ from the current password');
    const passwordHash = await hashPassword(input.newPassword);
    const signedOutSessions = await this.db.transaction(ctx, async (tx) => {
      await this.db.repository(tx, User).update({ id: user.id }, { passwordHash });
      return this.sessions.revokeOthers(tx, user.id, session.familyId);
    });
    return { user: userView(ctx.user, user, true), signedOutSessions };
  }

  /**
   * Reads the bearer token of a request; never throws for a bad token, so it cannot turn into a 500.
   * The token's session (`sid`) is looked up by primary key on every authenticated request, so signing out,
   * revoking a device, a changed password and detected token reuse take effect at once, not only when the
   * access token expires.
   */
  async authenticate(ctx: RequestContext, authorization: string | undefined): Promise<{ user: AuthUser | null; error: string | null }> {
    if (!authorization) return { user: null, error: null };
    const match = /^Bearer ([A-Za-z0-9._-]{10,2000})$/.exec(authorization.trim());
    if (!match) return { user: null, error: 'The Authorization header must be "Bearer <accessToken>".' };
    const verified = this.tokens.verify(match[1]);
    if ('error' in verified) {
      return {
        user: null,
        error: verified.error === 'expired' ? 'Your session has expired; please sign in again.' : 'The access token is not valid.',
      };
    }
    const { sub, sid } = verified.claims;
    // Tokens from before sessions existed carry no sid; they are refused like any other invalid token.
    if (typeof sub !== 'string' || typeof sid !== 'string' || !UUID.test(sid)) {
      return { user: null, error: 'The access token is not valid.' };
    }
    const user: SessionUser | null = await this.sessions.check(ctx, sid, sub);
    if (!user) return { user: null, error: 'This sign-in has ended; please sign in again.' };
    return { user, error: null };
  }

  private withPasswordHash(ctx: RequestContext) {
    return this.db.repository(ctx, User).createQueryBuilder('u').addSelect('u.passwordHash');
  }

  private issue(user: User, { session, refreshToken }: { session: UserSession; refreshToken: string }): IssuedToken {
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = this.tokens.sign({ sub: user.id, sid: session.id }, ttl);
    return {
      accessToken,
      expiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
      user: userView(null, user, true),
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
