import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, CoreModule, createValidationPipe, PassThroughGraphQLFilter, PermissionGuard } from '@krisenfest/core';
import { IdempotencyService, TransactionalConnection } from '@krisenfest/database';
import { CrisesModule } from '@krisenfest/crises';
import { DiscussionsModule } from '@krisenfest/discussions';
import { ExperiencesModule } from '@krisenfest/experiences';
import { AuthService, IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { ModerationModule } from '@krisenfest/moderation';
import { LiveModule } from '@krisenfest/live';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { NotificationsModule } from '@krisenfest/notifications';
import { RateLimitModule, RateLimits } from '@krisenfest/rate-limit';
import { SearchModule } from '@krisenfest/search';
import { SeminarsModule } from '@krisenfest/seminars';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { graphqlOptions } from './graphql/graphql-options';
import { NodeResolver } from './graphql/node.resolver';
import { SubscriptionServer } from './graphql/subscription-server';
import { HealthController } from './health/health.controller';
import { MetricsController, MetricsServer } from './metrics/metrics-endpoint';
import { ShutdownState } from './shutdown';

@Module({})
export class AppModule {
  /** The data source is opened (and migrated) before Nest starts, by main.ts or the test harness. */
  static forRoot(config: AppConfig, dataSource: DataSource, shutdown = new ShutdownState()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // Request logs come from Fastify's logger (see createApp); this one serves the application's logs.
        LoggerModule.forRoot({ pinoHttp: { level: config.logLevel }, useExisting: true }),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        TerminusModule,
        CoreModule,
        {
          module: class ConfigModule {},
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }, TransactionalConnection, IdempotencyService],
          exports: [APP_CONFIG, TransactionalConnection, IdempotencyService],
        },
        // Live events (subscriptions) between processes: through Redis with REDIS_URL.
        LiveModule.forRoot(config),
        IdentityModule,
        MunicipalitiesModule,
        VolunteerGroupsModule,
        MembershipsModule,
        CrisesModule,
        NotificationsModule,
        SeminarsModule,
        DiscussionsModule,
        ExperiencesModule,
        SearchModule,
        ModerationModule,
        // Per-IP and per-user limits on /graphql (RATE_LIMIT_*); counters in Redis with REDIS_URL.
        RateLimitModule.forRoot(config),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [AuthService, RateLimits],
          useFactory: (auth: AuthService, rateLimits: RateLimits) => graphqlOptions(config, auth, rateLimits),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        NodeResolver,
        SubscriptionServer,
        { provide: ShutdownState, useValue: shutdown },
        MetricsServer,
        { provide: APP_GUARD, useClass: PermissionGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: PassThroughGraphQLFilter },
      ],
    };
  }
}
