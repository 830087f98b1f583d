import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, NotFoundError, pageRequest, parseGlobalId, Permission, RequestContext } from '@krisenfest/core';
import { VolunteerGroupArgs, VolunteerGroupsArgs } from './volunteer-group.inputs';
import { VolunteerGroupConnection, VolunteerGroupModel } from './volunteer-group.model';
import { VolunteerGroupView } from './volunteer-group.rows';
import { VolunteerGroupService } from './volunteer-group.service';

@Resolver()
export class VolunteerGroupResolver {
  constructor(private readonly service: VolunteerGroupService) {}

  @Query(() => VolunteerGroupConnection, { description: 'Volunteer groups, by name.' })
  @Allow(Permission.Read)
  volunteerGroups(@Ctx() ctx: RequestContext, @Args() args: VolunteerGroupsArgs): Promise<Connection<VolunteerGroupView>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => VolunteerGroupModel, { description: 'One volunteer group by id.' })
  @Allow(Permission.Read)
  async volunteerGroup(@Ctx() ctx: RequestContext, @Args() args: VolunteerGroupArgs): Promise<VolunteerGroupView> {
    const found = await this.service.byId(ctx, parseGlobalId(args.id, 'VolunteerGroup'));
    if (!found) throw new NotFoundError('VolunteerGroup', args.id);
    return found;
  }
}
