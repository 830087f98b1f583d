import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext, toGlobalId } from '@krisenfest/core';
import { LoginInput, RegisterInput } from './auth.inputs';
import { AuthService, IssuedToken } from './auth.service';
import { AuthPayload, UserModel } from './user.model';
import { User } from './user.entity';
import { UserService } from './user.service';

/** Users who just registered or signed in: their payload may show their own e-mail address. */
const signedInNow = new WeakSet<User>();

export function markSignedInNow(user: User): void {
  signedInNow.add(user);
}

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UserService,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  @Allow(Permission.ReadViewer)
  viewer(@Ctx() ctx: RequestContext): Promise<User | null> | null {
    return ctx.userId ? this.users.byId(ctx, ctx.userId) : null;
  }

  @Mutation(() => AuthPayload, { description: 'Creates an account and signs it in.' })
  @Allow(Permission.Register)
  async register(@Ctx() ctx: RequestContext, @Args('input') input: RegisterInput): Promise<IssuedToken> {
    const issued = await this.auth.register(ctx, input);
    signedInNow.add(issued.user);
    return issued;
  }

  @Mutation(() => AuthPayload, { description: 'Signs in; returns a bearer token.' })
  @Allow(Permission.Login)
  async login(@Ctx() ctx: RequestContext, @Args('input') input: LoginInput): Promise<IssuedToken> {
    const issued = await this.auth.login(ctx, input);
    signedInNow.add(issued.user);
    return issued;
  }

  @ResolveField(() => ID)
  id(@Parent() user: User): string {
    return toGlobalId('User', user.id);
  }

  @ResolveField(() => String, { nullable: true })
  email(@Ctx() ctx: RequestContext, @Parent() user: User): string | null {
    return ctx.userId === user.id || signedInNow.has(user) ? user.email : null;
  }

  @ResolveField(() => Boolean, { nullable: true })
  emailVerified(@Ctx() ctx: RequestContext, @Parent() user: User): boolean | null {
    return ctx.userId === user.id || signedInNow.has(user) ? !!user.emailVerifiedAt : null;
  }
}
