import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, NodeRegistry, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { User } from './user.entity';

/** The name an account shows once its personal data were erased. */
export const ERASED_DISPLAY_NAME = 'Gelöschtes Konto';

@Injectable()
export class UserService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', (ctx, id) => this.byId(ctx, id));
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

  byId(ctx: RequestContext, id: string): Promise<User | null> {
    return this.loader(ctx).load(id);
  }

  prime(ctx: RequestContext, users: User[]): void {
    const loader = this.loader(ctx);
    for (const user of users) loader.prime(user.id, user);
  }

  private loader(ctx: RequestContext): DataLoader<string, User | null> {
    return ctx.loader(
      'User.byId',
      () =>
        new DataLoader(async (ids: readonly string[]) => {
          const rows = await this.db.repository(ctx, User).findBy({ id: In([...ids]) });
          return byKeys(ids, rows, (u) => u.id);
        }),
    );
  }
}
