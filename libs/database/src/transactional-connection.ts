import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { RequestContext } from '@krisenfest/core';

/**
 * The handle services use for SQL. Inside `transaction(ctx, …)` every repository obtained with the
 * transaction's context runs in that transaction, so a service writing twice cannot pick the wrong handle.
 */
@Injectable()
export class TransactionalConnection {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  manager(ctx: RequestContext): EntityManager {
    return (ctx.transaction as EntityManager | null) ?? this.dataSource.manager;
  }

  repository<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  query<T = unknown>(ctx: RequestContext, sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.manager(ctx).query(sql, parameters) as Promise<T[]>;
  }

  /** Runs `work` in one transaction (or in the one already open for `ctx`). */
  async transaction<T>(ctx: RequestContext, work: (txCtx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.transaction) return work(ctx);
    return this.dataSource.transaction((manager) => work(ctx.withTransaction(manager)));
  }
}
