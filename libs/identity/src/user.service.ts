import { Injectable, OnModuleInit } from '@nestjs/common';
import { byIdLoader, NodeRegistry, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { USER_ROW, UserRow, userView, UserView } from './user.rows';

/** The name an account shows once its personal data were erased. */
export const ERASED_DISPLAY_NAME = 'Gelöschtes Konto';

/** What other features need to know of an account to act on it (not for display): roles, ban, erasure. */
export interface AccountFacts {
  id: string;
  platformRoles: string[];
  bannedUntil: Date | null;
  erasedAt: Date | null;
}

const BY_IDS = `SELECT ${USER_ROW.select('u')} FROM user_account u WHERE u.id = ANY($1::uuid[])`;

@Injectable()
export class UserService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', (ctx, id) => this.byId(ctx, id));
  }

  /** A user as the caller may see them. */
  byId(ctx: RequestContext, id: string): Promise<UserView | null> {
    return this.loader(ctx).load(id);
  }

  /** Users another feature read in its own statement (with USER_ROW's columns), for the request's loader. */
  prime(ctx: RequestContext, rows: UserRow[]): UserView[] {
    const loader = this.loader(ctx);
    return rows.map((row) => {
      const view = userView(ctx.user, row);
      loader.prime(row.id, view);
      return view;
    });
  }

  async accountFacts(ctx: RequestContext, id: string): Promise<AccountFacts | null> {
    const [row] = await this.db.query<{ id: string; platform_roles: string[]; banned_until: Date | null; erased_at: Date | null }>(
      ctx,
      'SELECT id, platform_roles, banned_until, erased_at FROM user_account WHERE id = $1',
      [id],
    );
    return row ? { id: row.id, platformRoles: row.platform_roles, bannedUntil: row.banned_until, erasedAt: row.erased_at } : null;
  }

  /**
   * Where to mail accounts about what they signed up for: their confirmed address, by account id. Accounts that
   * are erased or have no confirmed address are left out.
   */
  async mailRecipients(ctx: RequestContext, ids: string[]): Promise<Map<string, { email: string; displayName: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.db.query<{ id: string; email: string; display_name: string }>(
      ctx,
      `SELECT id, email, display_name FROM user_account
       WHERE id = ANY($1::uuid[]) AND erased_at IS NULL AND email_verified_at IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { email: r.email, displayName: r.display_name }]));
  }

  /**
   * Erases what identifies the person behind an account and ends every way into it: name and e-mail address
   * are replaced, the password can match nothing, sign-ins (with their devices and addresses) and mailed
   * tokens are deleted, roles and ban are gone. The row stays, as the author of what remains.
   */
  async erase(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(
      ctx,
      `
      UPDATE user_account SET display_name = $2, email = 'erased-' || id || '@erased.invalid', password_hash = '!erased',
        email_verified_at = NULL, platform_roles = '{}', banned_until = NULL, ban_reason = NULL, erased_at = now()
      WHERE id = $1`,
      [userId, ERASED_DISPLAY_NAME],
    );
    await this.db.query(ctx, 'DELETE FROM user_session WHERE user_id = $1', [userId]);
    await this.db.query(ctx, 'DELETE FROM account_token WHERE user_id = $1', [userId]);
  }

  /** Bans a user until `until` (the moderation decides who and why). */
  async ban(ctx: RequestContext, userId: string, until: Date, reason: string): Promise<void> {
    await this.db.query(ctx, 'UPDATE user_account SET banned_until = $2, ban_reason = $3 WHERE id = $1', [userId, until, reason]);
  }

  async unban(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(ctx, 'UPDATE user_account SET banned_until = NULL, ban_reason = NULL WHERE id = $1', [userId]);
  }

  /**
   * When the account stops being younger than `hours`, or null if it is older. With `lock`, its row stays locked
   * until the transaction ends, so that what a young account does is counted one action after the other.
   */
  async youngUntil(ctx: RequestContext, userId: string, hours: number, { lock }: { lock: boolean }): Promise<Date | null> {
    const [account] = await this.db.query<{ ends_at: Date }>(
      ctx,
      `SELECT created_at + $2::int * interval '1 hour' AS ends_at FROM user_account
       WHERE id = $1 AND created_at + $2::int * interval '1 hour' > now() ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [userId, hours],
    );
    return account?.ends_at ?? null;
  }

  /** SQL: the account `userId` (an SQL expression) is at least `hours` (a placeholder) old. */
  olderThanSql(userId: string, hours: string): string {
    return `EXISTS (SELECT 1 FROM user_account a WHERE a.id = ${userId} AND a.created_at <= now() - make_interval(hours => ${hours}::int))`;
  }

  /** SQL: the account `userId` (an SQL expression) has one of the platform roles `roles` (a placeholder of text[]). */
  hasPlatformRoleSql(userId: string, roles: string): string {
    return `EXISTS (SELECT 1 FROM user_account a WHERE a.id = ${userId} AND a.platform_roles && ${roles}::text[])`;
  }

  private loader(ctx: RequestContext) {
    return byIdLoader(ctx, 'User.byId', async (ids) => {
      const rows = await this.db.prepared<Record<string, unknown>>(ctx, BY_IDS, [ids]);
      return rows.map((row) => userView(ctx.user, USER_ROW.read(row)));
    });
  }
}
