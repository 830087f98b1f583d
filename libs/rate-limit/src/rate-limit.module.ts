import { DynamicModule, Logger, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule, ThrottlerOptions, ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AppConfig } from '@krisenfest/core';
import { GraphQLThrottlerGuard, signedInUserId } from './graphql-throttler.guard';
import { IP_THROTTLER, rateLimitsOf, USER_THROTTLER, WINDOW_MS } from './rate-limit.options';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { RetryAfterPlugin } from './retry-after';

const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

/** Where the counters live: Redis with REDIS_URL (shared by all API processes), else this process's memory. */
@Module({})
class RateLimitStorageModule {
  static forRoot(config: AppConfig, keyPrefix: string): DynamicModule {
    const redisUrl = config.redisUrl;
    const timing = { commandTimeoutMs: config.redisCommandTimeoutMs, backoffMs: config.redisBackoffMs };
    const storage: Provider = redisUrl
      ? { provide: RATE_LIMIT_STORAGE, useFactory: () => RedisThrottlerStorage.connect(redisUrl, keyPrefix, timing) }
      : { provide: RATE_LIMIT_STORAGE, useClass: ThrottlerStorageService };
    return { module: RateLimitStorageModule, providers: [storage], exports: [RATE_LIMIT_STORAGE] };
  }
}

/**
 * Rate limits on the GraphQL API: per client IP (Fastify's request.ip) and per signed-in user, in windows
 * of one minute (RATE_LIMIT_IP_PER_MINUTE, RATE_LIMIT_USER_PER_MINUTE; 0 = off). With both off nothing is
 * registered at all.
 */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    const limits = rateLimitsOf(config);
    const throttlers: ThrottlerOptions[] = [];
    if (limits.ipPerMinute > 0) throttlers.push({ name: IP_THROTTLER, ttl: WINDOW_MS, limit: limits.ipPerMinute });
    if (limits.userPerMinute > 0) {
      throttlers.push({
        name: USER_THROTTLER,
        ttl: WINDOW_MS,
        limit: limits.userPerMinute,
        skipIf: (context) => !signedInUserId(context),
        getTracker: (_req, context) => signedInUserId(context)!,
      });
    }
    if (!throttlers.length) {
      new Logger('RateLimit').log('rate limits are off');
      return { module: RateLimitModule };
    }
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStorageModule.forRoot(config, limits.keyPrefix)],
          inject: [RATE_LIMIT_STORAGE],
          useFactory: (storage: ThrottlerStorage) => ({ throttlers, storage, setHeaders: false }),
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: GraphQLThrottlerGuard }, RetryAfterPlugin],
    };
  }
}
