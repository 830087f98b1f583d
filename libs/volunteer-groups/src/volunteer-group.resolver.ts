import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  Ctx,
  NotFoundError,
  pageRequest,
  parseGlobalId,
  Permission,
  RequestContext,
  toGlobalId,
} from '@krisenfest/core';
import { Municipality, MunicipalityModel, MunicipalityService } from '@krisenfest/municipalities';
import { VolunteerGroup } from './volunteer-group.entity';
import { VolunteerGroupArgs, VolunteerGroupsArgs } from './volunteer-group.inputs';
import { VolunteerGroupConnection, VolunteerGroupModel } from './volunteer-group.model';
import { VolunteerGroupService } from './volunteer-group.service';

@Resolver(() => VolunteerGroupModel)
export class VolunteerGroupResolver {
  constructor(
    private readonly service: VolunteerGroupService,
    private readonly municipalities: MunicipalityService,
  ) {}

  @Query(() => VolunteerGroupConnection, { description: 'Volunteer groups, by name.' })
  @Allow(Permission.Read)
  volunteerGroups(@Ctx() ctx: RequestContext, @Args() args: VolunteerGroupsArgs): Promise<Connection<VolunteerGroup>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => VolunteerGroupModel, { description: 'One volunteer group by id.' })
  @Allow(Permission.Read)
  async volunteerGroup(@Ctx() ctx: RequestContext, @Args() args: VolunteerGroupArgs): Promise<VolunteerGroup> {
    const found = await this.service.byId(ctx, parseGlobalId(args.id, 'VolunteerGroup'));
    if (!found) throw new NotFoundError('VolunteerGroup', args.id);
    return found;
  }

  @ResolveField(() => ID)
  id(@Parent() g: VolunteerGroup): string {
    return toGlobalId('VolunteerGroup', g.id);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'Where the group is based.' })
  homeMunicipality(@Ctx() ctx: RequestContext, @Parent() g: VolunteerGroup): Promise<Municipality | null> | null {
    return g.homeMunicipalityId ? this.municipalities.byId(ctx, g.homeMunicipalityId) : null;
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the group works in, by name.' })
  municipalitiesServed(@Ctx() ctx: RequestContext, @Parent() g: VolunteerGroup): Promise<Municipality[]> {
    return this.service.municipalitiesServed(ctx, g.id);
  }
}
