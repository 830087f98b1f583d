import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts the SQL statements one request sends; the database logger increments it. */
export interface SqlStatementCounter {
  statements: number;
}

export const sqlStatementScope = new AsyncLocalStorage<SqlStatementCounter>();

export function countSqlStatement(): void {
  const counter = sqlStatementScope.getStore();
  if (counter) counter.statements += 1;
}
