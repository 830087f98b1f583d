import { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { CONNECTION_LOST, outageLog } from '@krisenfest/core';
import type { CountedQueryRunnerData } from './transactional-connection';

function count(queryRunner: QueryRunner | undefined): void {
  const counter = (queryRunner?.data as CountedQueryRunnerData | undefined)?.sqlStatements;
  if (counter) counter.statements += 1;
}

/**
 * Counts the statements TypeORM runs for a request (its query runners carry the request's counter, see
 * TransactionalConnection) and reports slow statements; it does not print ordinary queries.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  constructor(private readonly sink: { warn(msg: string): void; error(msg: string): void } = console) {}

  logQuery(_query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    count(queryRunner);
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    count(queryRunner);
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
    const text = String(message);
    // An idle connection the server ended (restart, failover): part of an outage, said once for all of them.
    if (text.startsWith('Postgres pool raised an error')) outageLog.report(CONNECTION_LOST, text);
    else if (level === 'warn') this.sink.warn(text);
  }
}
