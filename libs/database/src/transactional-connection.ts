import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Pool, PoolClient, QueryConfig } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryFailedError, QueryRunner, Repository } from 'typeorm';
import { observePool, outageLog, RequestContext, SqlStatementCounter } from '@krisenfest/core';

/** Statements slower than this are logged (with their text, without parameters). */
const SLOW_STATEMENT_MS = 1000;
/** Distinct statement texts prepared per process; beyond that, statements run unnamed. */
const MAX_PREPARED_STATEMENTS = 2000;

/** What the query runners of a request carry, so the SQL logger counts their statements for it. */
export interface CountedQueryRunnerData {
  sqlStatements?: SqlStatementCounter;
}

/**
 * The handle services use for SQL. Every statement is counted for the request whose context it runs in.
 * Inside `transaction(ctx, …)` every repository and statement obtained with the transaction's context runs
 * in that transaction, so a service writing twice cannot pick the wrong handle; when it commits, the
 * request's loaders are cleared, so what the request reads next (e.g. a mutation's payload) is fresh.
 *
 * Hot reads use `query`/`prepared` with plain rows: straight to the pg pool (or the transaction's client),
 * no entity hydration. `prepared` names the statement, so PostgreSQL plans it once per connection; use it for
 * statements whose generic plan is as good as a fresh one (keyset pages, lookups by id), not for search.
 */
@Injectable()
export class TransactionalConnection implements OnApplicationShutdown {
  private readonly log = new Logger('SQL');
  private readonly statementNames = new Map<string, string>();
  private readonly managers = new WeakMap<SqlStatementCounter, EntityManager>();
  /** Work to do once a transaction has committed (e.g. wake the mail outbox), by transaction. */
  private readonly commitHooks = new WeakMap<object, (() => void)[]>();
  private readonly stopObserving: () => void;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {
    this.stopObserving = observePool({
      read: () => {
        const pool = this.pool as Pool & { totalCount: number; idleCount: number; waitingCount: number };
        return { in_use: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount };
      },
    });
  }

  onApplicationShutdown(): void {
    this.stopObserving();
  }

  private get pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  /** The transaction's manager, or one whose statements count for the request. */
  manager(ctx: RequestContext): EntityManager {
    if (ctx.transaction) return ctx.transaction as EntityManager;
    let manager = this.managers.get(ctx.sql);
    if (!manager) {
      manager = new EntityManager(countingDataSource(this.dataSource, ctx.sql));
      this.managers.set(ctx.sql, manager);
    }
    return manager;
  }

  repository<T extends ObjectLiteral>(ctx: RequestContext, entity: EntityTarget<T>): Repository<T> {
    return this.manager(ctx).getRepository(entity);
  }

  /** One statement, planned for its parameters; returns its rows. */
  query<T = unknown>(ctx: RequestContext, text: string, values: unknown[] = []): Promise<T[]> {
    return this.run<T>(ctx, { text, values });
  }

  /** One statement as a named prepared statement (planned once per connection); returns its rows. */
  prepared<T = unknown>(ctx: RequestContext, text: string, values: unknown[] = []): Promise<T[]> {
    let name = this.statementNames.get(text);
    if (!name && this.statementNames.size < MAX_PREPARED_STATEMENTS) {
      name = `k${this.statementNames.size + 1}`;
      this.statementNames.set(text, name);
    }
    return this.run<T>(ctx, name ? { name, text, values } : { text, values });
  }

  /** Runs `work` in one transaction (or in the one already open for `ctx`); then the request reads fresh. */
  async transaction<T>(ctx: RequestContext, work: (txCtx: RequestContext) => Promise<T>): Promise<T> {
    if (ctx.transaction) return work(ctx);
    let hooks: (() => void)[] | undefined;
    const result = await this.manager(ctx).transaction(async (manager) => {
      const done = await work(ctx.withTransaction(manager));
      hooks = this.commitHooks.get(manager);
      return done;
    });
    ctx.clearLoaders();
    for (const hook of hooks ?? []) hook();
    return result;
  }

  /**
   * Runs `hook` once the transaction of `ctx` has committed (never if it rolls back); outside a transaction, now.
   * For signals to other parts of the process, not for writes.
   */
  afterCommit(ctx: RequestContext, hook: () => void): void {
    const tx = ctx.transaction as object | null;
    if (!tx) return hook();
    const hooks = this.commitHooks.get(tx) ?? [];
    hooks.push(hook);
    this.commitHooks.set(tx, hooks);
  }

  private async run<T>(ctx: RequestContext, config: QueryConfig): Promise<T[]> {
    ctx.sql.statements += 1;
    const started = Date.now();
    try {
      const client: Pool | PoolClient = ctx.transaction ? await transactionClient(ctx.transaction as EntityManager) : this.pool;
      const result = await client.query(config);
      outageLog.recovered();
      // Only answered statements: one that failed (a timeout, say) is reported with its error, once per outage.
      const ms = Date.now() - started;
      if (ms > SLOW_STATEMENT_MS) this.log.warn(`slow SQL (${ms} ms): ${config.text.slice(0, 500)}`);
      return result.rows as T[];
    } catch (error) {
      // The same error type as the repositories' (the API edge maps its PostgreSQL code once).
      throw new QueryFailedError(config.text, config.values ?? [], error as Error);
    }
  }
}

/** The pg client holding the transaction's connection. */
async function transactionClient(manager: EntityManager): Promise<PoolClient> {
  const runner = manager.queryRunner as (QueryRunner & { connect(): Promise<PoolClient> }) | undefined;
  if (!runner) throw new Error('a transaction context without a query runner');
  return runner.connect();
}

/**
 * The data source as seen by one request: the same in every way, except that the query runners it hands out
 * count their statements into `counter` (see SqlStatementLogger).
 */
function countingDataSource(dataSource: DataSource, counter: SqlStatementCounter): DataSource {
  const counting = Object.create(dataSource) as DataSource;
  counting.createQueryRunner = (mode) => {
    const runner = dataSource.createQueryRunner(mode);
    (runner.data as CountedQueryRunnerData).sqlStatements = counter;
    return runner;
  };
  return counting;
}
