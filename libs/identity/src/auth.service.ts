import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG, AuthUser, BadUserInputError, ConflictError, RequestContext, UnauthenticatedError } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { LoginInput, RegisterInput } from './auth.inputs';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher';
import { checkPassword } from './password-policy';
import { User } from './user.entity';

export interface IssuedToken {
  accessToken: string;
  expiresAt: Date;
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(ctx: RequestContext, input: RegisterInput): Promise<IssuedToken> {
    const email = input.email.toLowerCase();
    const refused = checkPassword(input.password, { email, displayName: input.displayName });
    // Worded like the validation pipe's errors, so clients handle both alike.
    if (refused) throw new BadUserInputError(`Please check your input: ${refused}`, [{ field: 'password', message: refused }]);
    const users = this.db.repository(ctx, User);
    if (await users.existsBy({ email })) throw new ConflictError('An account with this e-mail address exists already.');
    const passwordHash = await hashPassword(input.password);
    const user = await users.save(users.create({ email, displayName: input.displayName, passwordHash, platformRoles: [] }));
    return this.issue(user);
  }

  async login(ctx: RequestContext, input: LoginInput): Promise<IssuedToken> {
    const user = await this.db
      .repository(ctx, User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: input.email.toLowerCase() })
      .getOne();
    const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !valid) throw new UnauthenticatedError('E-mail address or password is wrong.');
    return this.issue(user);
  }

  /** Reads the bearer token of a request; never throws, so a bad token cannot turn into a 500. */
  async authenticate(authorization: string | undefined): Promise<{ user: AuthUser | null; error: string | null }> {
    if (!authorization) return { user: null, error: null };
    const match = /^Bearer ([A-Za-z0-9._-]{10,2000})$/.exec(authorization.trim());
    if (!match) return { user: null, error: 'The Authorization header must be "Bearer <accessToken>".' };
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string }>(match[1]);
      return { user: { id: payload.sub }, error: null };
    } catch (error) {
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      return { user: null, error: expired ? 'Your session has expired; please sign in again.' : 'The access token is not valid.' };
    }
  }

  private issue(user: User): IssuedToken {
    const ttl = this.config.accessTokenTtlSeconds;
    const accessToken = this.jwt.sign({ sub: user.id }, { expiresIn: ttl });
    return { accessToken, expiresAt: new Date(Date.now() + ttl * 1000), user };
  }
}
