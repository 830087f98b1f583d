export { rateLimitsOf } from './rate-limit.options';
export { RateLimitModule } from './rate-limit.module';
export { RateLimits } from './rate-limits';
export { DEFAULT_REDIS_TIMING, FailOpenRedis, failFastRedis, RedisTiming } from './fail-open-redis';
