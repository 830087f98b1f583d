import { Module } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '@krisenfest/core';
import { MailModule } from '@krisenfest/mail';
import { AccountRecoveryResolver } from './account-recovery.resolver';
import { AccountRecoveryService } from './account-recovery.service';
import { AccessTokens } from './access-tokens';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';
import { UserFieldsResolver } from './user-fields.resolver';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [MailModule],
  providers: [
    AccessTokens,
    AuthService,
    UserService,
    SessionService,
    UserResolver,
    UserFieldsResolver,
    SessionResolver,
    AccountRecoveryService,
    AccountRecoveryResolver,
    // Its own counters beside the rate limits' (same Redis and key prefix): see LoginAttemptStore.
    { provide: LoginThrottle, inject: [APP_CONFIG], useFactory: (config: AppConfig) => LoginThrottle.forConfig(config) },
  ],
  exports: [AuthService, UserService, SessionService],
})
export class IdentityModule {}
