export * from './rate-limit.options';
export * from './rate-limit.module';
export * from './graphql-throttler.guard';
export * from './redis-throttler.storage';
export * from './retry-after';
export * from './fail-open-redis';
