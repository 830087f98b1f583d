import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG, AuthUser, NotFoundError, RequestContext, UnauthenticatedError } from '@krisenfest/core';
import { resolveJwtSecret } from './access-tokens';
import { TransactionalConnection } from '@krisenfest/database';
import { UserSession } from './user-session.entity';

/** How long a refresh token lives; each rotation starts a new period (a device used monthly stays signed in). */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;
/** last_used_at is written at most this often by requests (refreshes always write it). */
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000;

export const REUSED_MESSAGE = 'This sign-in was used twice; for your safety all devices of this sign-in were signed out.';
const ENDED_MESSAGE = 'This sign-in has ended; please sign in again.';

/** The caller of a request with its session: what authenticate() puts into the RequestContext. */
export interface SessionUser extends AuthUser {
  sessionId: string;
  familyId: string;
}

/**
 * Another feature's part of what is read about the caller with each session, in the same statement: e.g. the
 * verified memberships. `select` is a SELECT expression over the caller's id (aliased by the feature); `read`
 * takes the row and gives what it adds to the caller.
 */
export interface CallerExtension {
  select(userIdSql: string): string;
  read(row: Record<string, unknown>): Partial<AuthUser>;
}

/** The session (row id and family) of the request's access token, or null. */
export function sessionOf(ctx: RequestContext): SessionUser | null {
  const user = ctx.user as Partial<SessionUser> | null;
  return user?.sessionId && user.familyId ? (user as SessionUser) : null;
}

interface CheckedSessionRow {
  id: string;
  user_id: string;
  family_id: string;
  revoked_at: Date | null;
  last_used_at: Date;
  platform_roles: string[];
  banned_until: Date | null;
  ban_reason: string | null;
}

export interface IssuedRefreshToken {
  session: UserSession;
  refreshToken: string;
}

/** A sign-in as listed to its user: one per family, with the family's first and latest rows folded together. */
export interface SessionView {
  familyId: string;
  createdAt: Date;
  lastUsedAt: Date;
  userAgent: string | null;
  current: boolean;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

@Injectable()
export class SessionService {
  private readonly extensions: CallerExtension[] = [];
  private checkSql: string | null = null;
  /** Derives a rotated refresh token from the one it replaces (see successorOf). */
  private readonly rotationKey: Buffer;
  private readonly graceMs: number;

  constructor(
    private readonly db: TransactionalConnection,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rotationKey = createHmac('sha256', resolveJwtSecret(config)).update('krisenfest refresh-token rotation').digest();
    this.graceMs = config.refreshGraceSeconds * 1000;
  }

  /**
   * The refresh token that replaces `token` at its rotation. It is derived, not random, so that within the grace
   * window the server can hand out the same new token again without storing it: only its hash is kept, and only
   * the holder of the old token (and the server's secret) can compute it.
   */
  private successorOf(token: string): string {
    return createHmac('sha256', this.rotationKey).update(token, 'utf8').digest('base64url');
  }

  /** Starts a new family (a sign-in) for `userId`. */
  start(ctx: RequestContext, userId: string): Promise<IssuedRefreshToken> {
    const id = randomUUID();
    return this.insert(ctx, { id, userId, familyId: id });
  }

  /**
   * Rotates a refresh token. Reuse of a rotated token revokes the whole family (the token was copied:
   * either the thief or the owner holds the newer one, and we cannot tell which). Except a retry: within
   * REFRESH_GRACE_SECONDS of its rotation, while its successor has not been used, the old token gets the same
   * new token again (a client whose answer was lost on the way must not be signed out for trying again).
   */
  async refresh(ctx: RequestContext, refreshToken: string): Promise<IssuedRefreshToken> {
    const tokenHash = hashRefreshToken(refreshToken);
    // The family is revoked in its own committed transaction, then the error is thrown.
    const outcome = await this.db.transaction(ctx, async (tx) => {
      const sessions = this.db.repository(tx, UserSession);
      const old = await sessions
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.tokenHash = :tokenHash', { tokenHash })
        .getOne();
      if (!old) return { error: 'The refresh token is not valid.' } as const;
      if (old.revokedAt) return { error: ENDED_MESSAGE } as const;
      if (old.replacedById) {
        const retried = await this.retryWithinGrace(tx, old, refreshToken);
        if (retried) return { issued: retried } as const;
        await this.revokeFamilies(tx, old.userId, [old.familyId]);
        return { error: REUSED_MESSAGE } as const;
      }
      if (old.expiresAt.getTime() <= Date.now()) return { error: 'Your sign-in has expired; please sign in again.' } as const;
      const issued = await this.insert(
        tx,
        { id: randomUUID(), userId: old.userId, familyId: old.familyId },
        this.successorOf(refreshToken),
      );
      await sessions.update({ id: old.id }, { replacedById: issued.session.id, lastUsedAt: issued.session.createdAt });
      return { issued } as const;
    });
    if ('error' in outcome) throw new UnauthenticatedError(outcome.error);
    return outcome.issued;
  }

  /** The rotation of `old` again, if `old` was rotated moments ago and its successor is still unused; else null. */
  private async retryWithinGrace(tx: RequestContext, old: UserSession, refreshToken: string): Promise<IssuedRefreshToken | null> {
    if (Date.now() - old.lastUsedAt.getTime() > this.graceMs) return null;
    const successor = await this.db
      .repository(tx, UserSession)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id: old.replacedById })
      .getOne();
    if (!successor || successor.revokedAt || successor.replacedById) return null;
    const token = this.successorOf(refreshToken);
    // Tokens issued before successors were derived cannot be given again.
    if (hashRefreshToken(token) !== successor.tokenHash) return null;
    return { session: successor, refreshToken: token };
  }

  /** Adds a feature's columns to the session check; features call it while the application starts. */
  extendCaller(extension: CallerExtension): void {
    this.extensions.push(extension);
    this.checkSql = null;
  }

  /**
   * Checks the session of an access token and reads the caller with it: one statement per authenticated
   * request (the session by primary key, the account's roles and ban, and what other features add, such as
   * memberships), plus at most every five minutes per session an update of last_used_at. Null when the session
   * has ended.
   */
  async check(ctx: RequestContext, sessionId: string, userId: string): Promise<SessionUser | null> {
    this.checkSql ??= `SELECT s.id, s.user_id, s.family_id, s.revoked_at, s.last_used_at, u.platform_roles, u.banned_until, u.ban_reason
        ${this.extensions.map((e) => `, ${e.select('s.user_id')}`).join('')}
      FROM user_session s JOIN user_account u ON u.id = s.user_id
      WHERE s.id = $1`;
    const [row] = await this.db.prepared<CheckedSessionRow & Record<string, unknown>>(ctx, this.checkSql, [sessionId]);
    if (!row || row.revoked_at || row.user_id !== userId) return null;
    if (Date.now() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.db.prepared(ctx, 'UPDATE user_session SET last_used_at = now() WHERE id = $1', [row.id]);
    }
    const bannedUntil = row.banned_until && row.banned_until.getTime() > Date.now() ? row.banned_until : null;
    const user: SessionUser = {
      id: userId,
      sessionId: row.id,
      familyId: row.family_id,
      platformRoles: row.platform_roles,
      bannedUntil,
      banReason: bannedUntil ? row.ban_reason : null,
    };
    for (const extension of this.extensions) Object.assign(user, extension.read(row));
    return user;
  }

  /**
   * A person as a caller, without a sign-in: their roles, ban and verified memberships, as `check` reads them for a
   * request. For work done on their behalf in the background (their notification mails are read with their rights).
   * Null for an unknown or erased account.
   */
  async callerFor(ctx: RequestContext, userId: string): Promise<AuthUser | null> {
    const [row] = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT u.id AS user_id, u.platform_roles, u.banned_until, u.ban_reason
        ${this.extensions.map((e) => `, ${e.select('u.id')}`).join('')}
       FROM user_account u WHERE u.id = $1 AND u.erased_at IS NULL`,
      [userId],
    );
    if (!row) return null;
    const bannedUntil = row.banned_until instanceof Date && row.banned_until.getTime() > Date.now() ? row.banned_until : null;
    const user: AuthUser = {
      id: userId,
      platformRoles: row.platform_roles as string[],
      bannedUntil,
      banReason: bannedUntil ? (row.ban_reason as string | null) : null,
    };
    for (const extension of this.extensions) Object.assign(user, extension.read(row));
    return user;
  }

  /** The caller's live sign-ins, newest activity first. */
  async list(ctx: RequestContext, userId: string): Promise<SessionView[]> {
    const current = sessionOf(ctx);
    const rows = await this.db.query<{ family_id: string; created_at: Date; last_used_at: Date; user_agent: string | null }>(
      ctx,
      `
      SELECT s.family_id, f.created_at, s.last_used_at, s.user_agent
      FROM user_session s JOIN user_session f ON f.id = s.family_id
      WHERE s.user_id = $1 AND s.revoked_at IS NULL AND s.replaced_by_id IS NULL AND s.expires_at > now()
      ORDER BY s.last_used_at DESC, s.family_id`,
      [userId],
    );
    return rows.map((r) => ({
      familyId: r.family_id,
      createdAt: new Date(r.created_at),
      lastUsedAt: new Date(r.last_used_at),
      userAgent: r.user_agent,
      current: r.family_id === current?.familyId,
    }));
  }

  /** Ends one of the caller's sign-ins; someone else's is NOT_FOUND, like one that never existed. */
  async revoke(ctx: RequestContext, userId: string, familyId: string): Promise<void> {
    const count = await this.revokeFamilies(ctx, userId, [familyId]);
    if (count === 0) {
      const exists = await this.db.repository(ctx, UserSession).existsBy({ id: familyId, userId });
      if (!exists) throw new NotFoundError('Session', familyId);
    }
  }

  /** Ends every sign-in of the user except `keepFamilyId`; returns how many ended. */
  async revokeOthers(ctx: RequestContext, userId: string, keepFamilyId: string): Promise<number> {
    const rows = await this.db.query<{ family_id: string }>(
      ctx,
      `SELECT DISTINCT family_id FROM user_session WHERE user_id = $1 AND family_id <> $2 AND revoked_at IS NULL`,
      [userId, keepFamilyId],
    );
    if (rows.length === 0) return 0;
    await this.revokeFamilies(
      ctx,
      userId,
      rows.map((r) => r.family_id),
    );
    return rows.length;
  }

  /** Ends every sign-in of the user (e.g. after a password reset); returns how many ended. */
  async revokeAll(ctx: RequestContext, userId: string): Promise<number> {
    const rows = await this.db.query<{ family_id: string }>(
      ctx,
      `SELECT DISTINCT family_id FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    if (rows.length === 0) return 0;
    await this.revokeFamilies(
      ctx,
      userId,
      rows.map((r) => r.family_id),
    );
    return rows.length;
  }

  /** Marks every row of the families revoked; returns the number of rows changed. */
  private async revokeFamilies(ctx: RequestContext, userId: string, familyIds: string[]): Promise<number> {
    const result = await this.db
      .repository(ctx, UserSession)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND family_id IN (:...familyIds) AND revoked_at IS NULL', { userId, familyIds })
      .execute();
    return result.affected ?? 0;
  }

  private async insert(
    ctx: RequestContext,
    ids: { id: string; userId: string; familyId: string },
    refreshToken = randomBytes(32).toString('base64url'),
  ): Promise<IssuedRefreshToken> {
    const now = new Date();
    const { userAgent, ip } = ctx.meta;
    const sessions = this.db.repository(ctx, UserSession);
    const session = await sessions.save(
      sessions.create({
        ...ids,
        tokenHash: hashRefreshToken(refreshToken),
        createdAt: now,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
        revokedAt: null,
        replacedById: null,
        userAgent,
        ip,
      }),
    );
    return { session, refreshToken };
  }
}
