export { rateLimitsOf } from './rate-limit.options';
export { RateLimitModule } from './rate-limit.module';
export { FailOpenRedis } from './fail-open-redis';
