import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@krisenfest/core';
import { FollowLevel, FollowService, FollowTarget } from '@krisenfest/notifications';
import { VolunteerGroupModel } from './volunteer-group.model';
import { VolunteerGroupView } from './volunteer-group.rows';

@Resolver(() => VolunteerGroupModel)
export class VolunteerGroupFollowsResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => FollowLevel, {
    nullable: true,
    description: 'How you follow new lessons written for this group; null: not at all.',
  })
  async viewerFollowLevel(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.VOLUNTEER_GROUP, g.id))?.level ?? null;
  }
}
