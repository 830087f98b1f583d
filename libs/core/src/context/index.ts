export * from './request-context';
export * from './sql-statements';
