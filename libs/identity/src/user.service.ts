import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byKeys, NodeRegistry, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { User } from './user.entity';

@Injectable()
export class UserService implements OnModuleInit {
  constructor(private readonly db: TransactionalConnection, private readonly nodes: NodeRegistry) {}

  onModuleInit(): void {
    this.nodes.register('User', (ctx, id) => this.byId(ctx, id));
  }

  byId(ctx: RequestContext, id: string): Promise<User | null> {
    return this.loader(ctx).load(id);
  }

  prime(ctx: RequestContext, users: User[]): void {
    const loader = this.loader(ctx);
    for (const user of users) loader.prime(user.id, user);
  }

  private loader(ctx: RequestContext): DataLoader<string, User | null> {
    return ctx.loader('User.byId', () => new DataLoader(async (ids: readonly string[]) => {
      const rows = await this.db.repository(ctx, User).findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (u) => u.id);
    }));
  }
}
