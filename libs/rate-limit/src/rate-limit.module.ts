import { DynamicModule, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { AppConfig } from '@krisenfest/core';
import { RateLimits } from './rate-limits';

/** Counts every request to /graphql by its client IP (Fastify's request.ip) when it arrives. */
@Injectable()
class IpLimitHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly limits: RateLimits,
  ) {}

  onModuleInit(): void {
    if (this.limits.ipPerMinute <= 0) return;
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/graphql')) return;
      const refusal = await this.limits.refusalForIp(request.ip);
      if (!refusal) return;
      // As any refusal of the API: the closed list's code and the time to wait (HTTP 200, as for execution errors).
      await reply
        .code(200)
        .header('retry-after', String(refusal.extensions.retryAfterSeconds))
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.extensions } }] }));
    });
  }
}

/**
 * Rate limits on the GraphQL API: per client IP and per signed-in user, in windows of one minute
 * (RATE_LIMIT_IP_PER_MINUTE, RATE_LIMIT_USER_PER_MINUTE; 0 = off). The per-user count happens where the request's
 * caller becomes known (the GraphQL context), through the exported RateLimits.
 */
@Module({})
export class RateLimitModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        { provide: RateLimits, useFactory: () => RateLimits.forConfig(config) },
        { provide: IpLimitHook, useClass: IpLimitHook },
      ],
      exports: [RateLimits],
    };
  }
}
