import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { MunicipalityModel, MunicipalityView } from '@krisenfest/municipalities';
import { FollowLevel, FollowService, FollowTarget } from '@krisenfest/notifications';
import { Hazard } from './crisis.entity';
import { CrisisModel } from './crisis.model';
import { CrisisView } from './crisis.rows';
import { CrisisService } from './crisis.service';

@Resolver(() => CrisisModel)
export class CrisisFieldsResolver {
  constructor(
    private readonly service: CrisisService,
    private readonly users: UserService,
    private readonly follows: FollowService,
  ) {}

  @ResolveField(() => ID)
  id(c: CrisisView): string {
    return toGlobalId('Crisis', c.id);
  }

  @ResolveField(() => Hazard, { deprecationReason: 'A crisis can have several: use `hazards`.', description: 'The first of `hazards`.' })
  hazard(c: CrisisView): Hazard {
    return c.hazards[0];
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the crisis hit, by name.' })
  affectedMunicipalities(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView[]> {
    return this.service.affectedMunicipalities(ctx, c.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it was rejected: for its proposer and the moderation, null for others.' })
  decisionReason(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): string | null {
    return this.service.decisionReasonFor(ctx, c);
  }

  @ResolveField(() => CrisisModel, { nullable: true, description: 'For a MERGED duplicate: the crisis it was merged into.' })
  mergedInto(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): Promise<CrisisView | null> | null {
    return c.mergedIntoId ? this.service.byId(ctx, c.mergedIntoId) : null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who proposed it (null for crises that came with the platform).' })
  proposedBy(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> | null {
    return c.proposedById ? this.users.byId(ctx, c.proposedById) : null;
  }

  @ResolveField(() => FollowLevel, { nullable: true, description: 'How you follow new lessons about it; null: not at all.' })
  async viewerFollowLevel(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.CRISIS, c.id))?.level ?? null;
  }
}
