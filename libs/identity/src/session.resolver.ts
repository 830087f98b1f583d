import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, parseGlobalId, RequestContext, toGlobalId, UnauthenticatedError } from '@krisenfest/core';
import { ChangePasswordInput, RefreshSessionInput, RevokeSessionInput } from './auth.inputs';
import { AuthService, IssuedToken } from './auth.service';
import { AuthPayload, ChangePasswordPayload, RevokeSessionPayload } from './user.model';
import { SessionService, sessionOf } from './session.service';

@Resolver()
export class SessionResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessionService: SessionService,
  ) {}

  @Mutation(() => AuthPayload, {
    description: 'Exchanges a refresh token for a new access token and refresh token; the old refresh token is spent.',
  })
  @Allow(Permission.RefreshSession)
  refreshSession(@Ctx() ctx: RequestContext, @Args('input') input: RefreshSessionInput): Promise<IssuedToken> {
    return this.auth.refresh(ctx, input.refreshToken);
  }

  @Mutation(() => RevokeSessionPayload, { description: 'Signs out one of your devices.' })
  @Allow(Permission.RevokeSession)
  async revokeSession(@Ctx() ctx: RequestContext, @Args('input') input: RevokeSessionInput): Promise<RevokeSessionPayload> {
    const familyId = parseGlobalId(input.sessionId, 'Session', 'sessionId');
    await this.sessionService.revoke(ctx, this.signedIn(ctx).id, familyId);
    return { sessionId: input.sessionId };
  }

  @Mutation(() => RevokeSessionPayload, { description: 'Signs out this device: its access and refresh tokens stop working.' })
  @Allow(Permission.SignOut)
  async signOut(@Ctx() ctx: RequestContext): Promise<RevokeSessionPayload> {
    const session = this.signedIn(ctx);
    await this.sessionService.revoke(ctx, session.id, session.familyId);
    return { sessionId: toGlobalId('Session', session.familyId) };
  }

  @Mutation(() => ChangePasswordPayload, {
    description: 'Changes your password and signs out all your other devices; this one stays signed in.',
  })
  @Allow(Permission.ChangePassword)
  changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput): Promise<ChangePasswordPayload> {
    return this.auth.changePassword(ctx, input);
  }

  private signedIn(ctx: RequestContext) {
    const session = sessionOf(ctx);
    if (!session) throw new UnauthenticatedError();
    return session;
  }
}
