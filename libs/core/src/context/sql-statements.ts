/** Counts the SQL statements one request sends; TransactionalConnection increments it for each one. */
export interface SqlStatementCounter {
  statements: number;
}
