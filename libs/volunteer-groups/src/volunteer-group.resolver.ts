import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, NotFoundError, pageRequest, parseGlobalId, Permission, RequestContext } from '@krisenfest/core';
import {
  ConfirmVolunteerGroupInput,
  RegisterVolunteerGroupInput,
  RejectVolunteerGroupInput,
  UpdateVolunteerGroupInput,
  VolunteerGroupArgs,
  VolunteerGroupsArgs,
} from './volunteer-group.inputs';
import { VolunteerGroupConnection, VolunteerGroupModel, VolunteerGroupPayload } from './volunteer-group.model';
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

  @Mutation(() => VolunteerGroupPayload, {
    description:
      'Registers a volunteer group (needs a confirmed e-mail address). It stays PENDING, seen only by you and those who decide, ' +
      'until a platform admin or an admin of a municipality it serves confirms it; then you are its verified LEAD.',
  })
  @Allow(Permission.RegisterVolunteerGroup)
  async registerVolunteerGroup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterVolunteerGroupInput,
  ): Promise<VolunteerGroupPayload> {
    return { volunteerGroup: await this.service.register(ctx, input) };
  }

  @Mutation(() => VolunteerGroupPayload, {
    description: 'Confirms a pending group (platform admins, admins of a municipality it serves or is based in, or of its Landkreis).',
  })
  @Allow(Permission.DecideVolunteerGroup)
  async confirmVolunteerGroup(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmVolunteerGroupInput,
  ): Promise<VolunteerGroupPayload> {
    return { volunteerGroup: await this.service.confirm(ctx, input.id) };
  }

  @Mutation(() => VolunteerGroupPayload, { description: 'Rejects a pending group with a reason shown to its registrant (as confirming).' })
  @Allow(Permission.DecideVolunteerGroup)
  async rejectVolunteerGroup(@Ctx() ctx: RequestContext, @Args('input') input: RejectVolunteerGroupInput): Promise<VolunteerGroupPayload> {
    return { volunteerGroup: await this.service.reject(ctx, input.id, input.reason) };
  }

  @Mutation(() => VolunteerGroupPayload, {
    description: 'Changes a group (its verified leads, platform admins; its registrant while pending); empty texts clear.',
  })
  @Allow(Permission.EditVolunteerGroup)
  async updateVolunteerGroup(@Ctx() ctx: RequestContext, @Args('input') input: UpdateVolunteerGroupInput): Promise<VolunteerGroupPayload> {
    return { volunteerGroup: await this.service.update(ctx, input) };
  }
}
