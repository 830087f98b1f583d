import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@krisenfest/core';
import { FollowLevel, FollowService, FollowTarget } from '@krisenfest/notifications';
import { MunicipalityModel } from './municipality.model';
import { MunicipalityView } from './municipality.rows';

@Resolver(() => MunicipalityModel)
export class MunicipalityFollowsResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => FollowLevel, {
    nullable: true,
    description: 'How you follow new lessons from here (a Landkreis: also from its Gemeinden); null: not at all.',
  })
  async viewerFollowLevel(m: MunicipalityView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.MUNICIPALITY, m.id))?.level ?? null;
  }
}
