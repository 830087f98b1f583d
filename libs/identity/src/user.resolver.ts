import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@krisenfest/core';
import { LoginInput, RegisterInput } from './auth.inputs';
import { AuthService, IssuedToken } from './auth.service';
import { AuthPayload, UserModel } from './user.model';
import { UserView } from './user.rows';
import { UserService } from './user.service';

@Resolver()
export class UserResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Allow(Permission.ReadViewer)
  viewer(@Ctx() ctx: RequestContext): Promise<UserView | null> | null {
    return ctx.userId ? this.users.byId(ctx, ctx.userId) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  @Allow(Permission.Register)
  register(@Ctx() ctx: RequestContext, @Args('input') input: RegisterInput): Promise<IssuedToken> {
    return this.auth.register(ctx, input);
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; returns a bearer token.' })
  @Allow(Permission.Login)
  login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<IssuedToken> {
    return this.auth.login(ctx, input);
  }
}
