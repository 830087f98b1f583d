import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '@krisenfest/core';
import { MailModule } from '@krisenfest/mail';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AccountRecoveryService } from './account-recovery.service';
import { AuthService, resolveJwtSecret } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { requestMetaOf, requestMetaScope } from './request-meta';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

interface HookableRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
}
interface HookableServer {
  addHook(name: 'onRequest', hook: (request: HookableRequest, reply: unknown, done: () => void) => void): unknown;
}

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: resolveJwtSecret(config),
        signOptions: { algorithm: 'HS256', issuer: 'krisenfest' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'krisenfest' },
      }),
    }),
    MailModule,
  ],
  providers: [
    AuthService,
    UserService,
    SessionService,
    UserResolver,
    SessionResolver,
    AccountRecoveryService,
    AccountRecoveryResolver,
    // Its own counters beside the rate limits' (same Redis and key prefix): see LoginAttemptStore.
    { provide: LoginThrottle, inject: [APP_CONFIG], useFactory: (config: AppConfig) => LoginThrottle.forConfig(config) },
  ],
  exports: [AuthService, UserService, SessionService],
})
export class IdentityModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Records each request's User-Agent and client address (Fastify's request.ip honours trustProxy) for new sessions. */
  onModuleInit(): void {
    const server = this.adapterHost.httpAdapter?.getInstance?.() as HookableServer | undefined;
    if (typeof server?.addHook !== 'function') return; // the CLI builds the schema without an HTTP server
    server.addHook('onRequest', (request, _reply, done) => requestMetaScope.run(requestMetaOf(request.headers, request.ip), done));
  }
}
