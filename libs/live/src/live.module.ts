import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@krisenfest/core';
import { LiveEvents } from './live-events';
import { MemoryLiveEvents } from './memory-live-events';
import { RedisLiveEvents } from './redis-live-events';

/** Keys of the live channels' streams in Redis. */
export const LIVE_KEY_PREFIX = 'krisenfest:live:';

function liveEvents(config: AppConfig): LiveEvents {
  if (!config.redisUrl) return new MemoryLiveEvents();
  const publisher = new Redis(config.redisUrl, {
    connectionName: 'krisenfest-live',
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(200 * attempt, 5000),
  });
  // Subscriptions are renewed by ioredis after a reconnect.
  const subscriber = new Redis(config.redisUrl, {
    connectionName: 'krisenfest-live-subscriber',
    maxRetriesPerRequest: null,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(200 * attempt, 5000),
  });
  for (const connection of [publisher, subscriber]) connection.on('error', () => undefined);
  return new RedisLiveEvents(publisher, subscriber, LIVE_KEY_PREFIX);
}

@Injectable()
class LiveEventsLifecycle implements OnApplicationShutdown {
  constructor(@Inject(LiveEvents) private readonly events: LiveEvents) {}

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
  }
}

/** LiveEvents for the whole application: through Redis with REDIS_URL, else within the process. */
@Global()
@Module({})
export class LiveModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LiveModule,
      providers: [{ provide: LiveEvents, useFactory: () => liveEvents(config) }, LiveEventsLifecycle],
      exports: [LiveEvents],
    };
  }
}
