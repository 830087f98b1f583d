import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@krisenfest/core';
import { RequestPasswordResetInput, ResetPasswordInput, VerifyEmailInput } from './account-recovery.inputs';
import {
  RequestEmailVerificationPayload,
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  VerifyEmailPayload,
} from './account-recovery.models';
import { AccountRecoveryService, EMAIL_VERIFICATION_TTL_MS, PASSWORD_RESET_TTL_MS } from './account-recovery.service';

const HOURS = (ms: number) => ms / 3_600_000;

@Resolver()
export class AccountRecoveryResolver {
  constructor(private readonly recovery: AccountRecoveryService) {}

  @Mutation(() => RequestEmailVerificationPayload, {
    description:
      `Sends you a new link that confirms your e-mail address (valid ${HOURS(EMAIL_VERIFICATION_TTL_MS)} hours; at most one mail a minute). ` +
      'CONFLICT if the address is confirmed already.',
  })
  @Allow(Permission.RequestEmailVerification)
  requestEmailVerification(@Ctx() ctx: RequestContext): Promise<RequestEmailVerificationPayload> {
    return this.recovery.requestEmailVerification(ctx);
  }

  @Mutation(() => VerifyEmailPayload, {
    description: 'Confirms an e-mail address with the token from the confirmation mail; each token works once.',
  })
  @Allow(Permission.VerifyEmail)
  verifyEmail(@Ctx() ctx: RequestContext, @Args('input') input: VerifyEmailInput): Promise<VerifyEmailPayload> {
    return this.recovery.verifyEmail(ctx, input);
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      `Mails a link to choose a new password (valid ${HOURS(PASSWORD_RESET_TTL_MS)} hour), if an account uses the address. ` +
      'The answer is the same either way; at most one mail per address every five minutes.',
  })
  @Allow(Permission.RequestPasswordReset)
  requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<RequestPasswordResetPayload> {
    return this.recovery.requestPasswordReset(ctx, input);
  }

  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password with the token from the reset mail; signs out every device and confirms the e-mail address.',
  })
  @Allow(Permission.ResetPassword)
  resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput): Promise<ResetPasswordPayload> {
    return this.recovery.resetPassword(ctx, input);
  }
}
