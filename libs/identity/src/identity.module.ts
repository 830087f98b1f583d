import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '@krisenfest/core';
import { AuthService, resolveJwtSecret } from './auth.service';
import { UserResolver } from './user.resolver';
import { UserService } from './user.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: resolveJwtSecret(config), signOptions: { algorithm: 'HS256', issuer: 'krisenfest' }, verifyOptions: { algorithms: ['HS256'], issuer: 'krisenfest' } }),
    }),
  ],
  providers: [AuthService, UserService, UserResolver],
  exports: [AuthService, UserService],
})
export class IdentityModule {}
