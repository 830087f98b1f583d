export * from './data-source';
export * from './embedded-postgres';
export * from './sql-statement-logger';
export * from './transactional-connection';
export * from './snake-naming.strategy';
export * from './idempotency';
export * from './hidden-state';
export * from './row-shape';
