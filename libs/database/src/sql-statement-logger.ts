import { Logger as TypeOrmLogger } from 'typeorm';
import { countSqlStatement } from '@krisenfest/core';

/**
 * Counts every statement for the request in flight (see QUERY_STATS) and reports failures and slow
 * statements; it does not print ordinary queries.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  constructor(private readonly sink: { warn(msg: string): void; error(msg: string): void } = console) {}

  logQuery(): void {
    countSqlStatement();
  }

  logQueryError(error: string | Error, query: string): void {
    countSqlStatement();
    // Expected failures (e.g. a unique violation turned into CONFLICT) are handled by the caller.
    if (process.env.LOG_SQL_ERRORS === '1') this.sink.error(`SQL failed: ${String(error)} in ${query}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn(`slow SQL (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.NODE_ENV !== 'test') this.sink.warn(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink.warn(String(message));
  }
}
