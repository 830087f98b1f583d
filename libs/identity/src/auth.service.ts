import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG, AuthUser, BadUserInputError, ConflictError, RequestContext, UnauthenticatedError } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { ChangePasswordInput, LoginInput, RegisterInput } from './auth.inputs';
import { AccountRecoveryService } from './account-recovery.service';
import { AccountTokenPurpose } from './account-token.entity';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher';
import { currentRequestMeta } from './request-meta';
import { assertPasswordAllowed } from './password-policy';
import { User } from './user.entity';
import { SessionService, sessionOf, SessionUser } from './session.service';
import { UserSession } from './user-session.entity';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
  /** Opaque; exchanged once for a new pair by refreshSession. */
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

/** A development secret kept beside the embedded database, so tokens survive a restart. */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, '.jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly jwt: JwtService,
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
    const { ip } = currentRequestMeta();
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
  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<{ user: User; signedOutSessions: number }> {
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
    return { user, signedOutSessions };
  }

  /**
   * Reads the bearer token of a request; never throws for a bad token, so it cannot turn into a 500.
   * The token's session (`sid`) is looked up by primary key on every authenticated request, so signing out,
   * revoking a device, a changed password and detected token reuse take effect at once, not only when the
   * access token expires.
   */
  async authenticate(authorization: string | undefined): Promise<{ user: AuthUser | null; error: string | null }> {
    if (!authorization) return { user: null, error: null };
    const match = /^Bearer ([A-Za-z0-9._-]{10,2000})$/.exec(authorization.trim());
    if (!match) return { user: null, error: 'The Authorization header must be "Bearer <accessToken>".' };
    let payload: { sub?: string; sid?: string };
    try {
      payload = await this.jwt.verifyAsync<{ sub: string; sid?: string }>(match[1]);
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      return { user: null, error: expired ? 'Your session has expired; please sign in again.' : 'The access token is not valid.' };
    }
    // Tokens from before sessions existed carry no sid; they are refused like any other invalid token.
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) {
      return { user: null, error: 'The access token is not valid.' };
    }
    const user: SessionUser | null = await this.sessions.check(payload.sid, payload.sub);
    if (!user) return { user: null, error: 'This sign-in has ended; please sign in again.' };
    return { user, error: null };
  }

  private withPasswordHash(ctx: RequestContext) {
    return this.db.repository(ctx, User).createQueryBuilder('u').addSelect('u.passwordHash');
  }

  private issue(user: User, { session, refreshToken }: { session: UserSession; refreshToken: string }): IssuedToken {
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = this.jwt.sign({ sub: user.id, sid: session.id }, { expiresIn: ttl });
    return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000), refreshToken, refreshTokenExpiresAt: session.expiresAt, user };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
