// Decorators record their design types only if reflect-metadata is loaded before any decorated class.
import 'reflect-metadata';
export * from './test-env';
export * from './test-database';
export * from './test-app';
export * from './client';
export { Factories } from './factories';
export { graphql } from './gql';
export * from './fixtures';
export * from './mailbox';
export * from './redis-probe';
export * from './ports';
export * from './subscriptions';
export * from './api-process';
