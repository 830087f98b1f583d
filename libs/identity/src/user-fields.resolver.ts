import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { SessionModel, UserModel } from './user.model';
import { UserView } from './user.rows';
import { SessionService } from './session.service';

/** The fields of User beyond its columns; plain functions of the view (what is private was decided when it was read). */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(private readonly sessionService: SessionService) {}

  @ResolveField(() => ID)
  id(user: UserView): string {
    return toGlobalId('User', user.id);
  }

  @ResolveField(() => [SessionModel], {
    nullable: true,
    description: "The user's signed-in devices; only for the user themselves, null for others.",
  })
  async sessions(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<SessionModel[] | null> {
    if (!user.isSelf) return null;
    const views = await this.sessionService.list(ctx, user.id);
    return views.map((v) => ({
      id: toGlobalId('Session', v.familyId),
      createdAt: v.createdAt,
      lastUsedAt: v.lastUsedAt,
      userAgent: v.userAgent,
      current: v.current,
    }));
  }
}
