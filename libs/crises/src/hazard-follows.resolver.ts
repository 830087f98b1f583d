import { Args, Field, InputType, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Allow, Ctx, GraphQLContext, Permission, RequestContext } from '@krisenfest/core';
import { UserModel, UserView } from '@krisenfest/identity';
import { FollowLevel, FollowService, FollowTarget } from '@krisenfest/notifications';
import { Hazard } from './crisis.entity';

@InputType()
export class FollowHazardInput {
  @Field(() => Hazard) @IsEnum(Hazard) hazard: Hazard;
  @Field(() => FollowLevel, { description: 'WATCHING: a notification for each new lesson about it.' })
  @IsEnum(FollowLevel)
  level: FollowLevel;
}

@InputType()
export class UnfollowHazardInput {
  @Field(() => Hazard) @IsEnum(Hazard) hazard: Hazard;
}

@ObjectType('HazardFollow', { description: 'A kind of hazard you follow: new lessons about it.' })
export class HazardFollowModel {
  @Field(() => Hazard) hazard: Hazard;
  @Field(() => FollowLevel, { nullable: true, description: 'null after unfollowHazard.' }) level: FollowLevel | null;
}

/** Following a kind of hazard (not a row: followed by its name). The rules are FollowService's. */
@Resolver()
export class HazardFollowsResolver {
  constructor(private readonly follows: FollowService) {}

  @Mutation(() => HazardFollowModel, { description: 'Follows a kind of hazard, e.g. FLOOD: new lessons about it.' })
  @Allow(Permission.Follow)
  async followHazard(@Ctx() ctx: RequestContext, @Args('input') input: FollowHazardInput): Promise<HazardFollowModel> {
    await this.follows.followKey(ctx, FollowTarget.HAZARD, input.hazard, input.level);
    return { hazard: input.hazard, level: input.level };
  }

  @Mutation(() => HazardFollowModel, { description: 'Stops following a kind of hazard.' })
  @Allow(Permission.Follow)
  async unfollowHazard(@Ctx() ctx: RequestContext, @Args('input') input: UnfollowHazardInput): Promise<HazardFollowModel> {
    await this.follows.unfollowKey(ctx, FollowTarget.HAZARD, input.hazard);
    return { hazard: input.hazard, level: null };
  }
}

@Resolver(() => UserModel)
export class UserHazardFollowsResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => [HazardFollowModel], {
    nullable: true,
    description: 'The kinds of hazard you follow (null on anyone else’s account).',
  })
  async followedHazards(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<HazardFollowModel[] | null> {
    if (ctx.userId !== user.id) return null;
    return (await this.follows.viewerKeyFollows(ctx, FollowTarget.HAZARD)).map((f) => ({ hazard: f.key as Hazard, level: f.level }));
  }
}
