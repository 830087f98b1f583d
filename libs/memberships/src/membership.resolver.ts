import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext, toGlobalId } from '@krisenfest/core';
import { Membership, User, UserModel, UserService } from '@krisenfest/identity';
import { Municipality, MunicipalityModel, MunicipalityService } from '@krisenfest/municipalities';
import { VolunteerGroup, VolunteerGroupModel, VolunteerGroupService } from '@krisenfest/volunteer-groups';
import { DecideMembershipInput, RequestMembershipInput, RevokeMembershipInput } from './membership.inputs';
import { MembershipModel, MembershipPayload } from './membership.model';
import { MembershipService } from './membership.service';

@Resolver(() => MembershipModel)
export class MembershipResolver {
  constructor(
    private readonly service: MembershipService,
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
  ) {}

  @Query(() => [MembershipModel], {
    description: 'Open membership requests you may decide on (municipal admins, group leads, platform admins), oldest first.',
  })
  @Allow(Permission.DecideMembership)
  membershipRequests(@Ctx() ctx: RequestContext): Promise<Membership[]> {
    return this.service.decidable(ctx);
  }

  @Mutation(() => MembershipPayload, {
    description: 'Asks to be verified as staff of a municipality or as member/lead of a volunteer group.',
  })
  @Allow(Permission.RequestMembership)
  async requestMembership(@Ctx() ctx: RequestContext, @Args('input') input: RequestMembershipInput): Promise<MembershipPayload> {
    return { membership: await this.service.request(ctx, input) };
  }

  @Mutation(() => MembershipPayload, { description: 'Approves or rejects (with a reason) a membership request.' })
  @Allow(Permission.DecideMembership)
  async decideMembership(@Ctx() ctx: RequestContext, @Args('input') input: DecideMembershipInput): Promise<MembershipPayload> {
    return { membership: await this.service.decide(ctx, input) };
  }

  @Mutation(() => MembershipPayload, { description: 'Ends a membership: your own (leaving), or one you may decide on (with a reason).' })
  @Allow(Permission.DecideMembership)
  async revokeMembership(@Ctx() ctx: RequestContext, @Args('input') input: RevokeMembershipInput): Promise<MembershipPayload> {
    return { membership: await this.service.revoke(ctx, input) };
  }

  @ResolveField(() => ID)
  id(@Parent() m: Membership): string {
    return toGlobalId('Membership', m.id);
  }

  @ResolveField(() => UserModel)
  user(@Ctx() ctx: RequestContext, @Parent() m: Membership): Promise<User | null> {
    return this.users.byId(ctx, m.userId);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  municipality(@Ctx() ctx: RequestContext, @Parent() m: Membership): Promise<Municipality | null> | null {
    return m.municipalityId ? this.municipalities.byId(ctx, m.municipalityId) : null;
  }

  @ResolveField(() => VolunteerGroupModel, { nullable: true })
  volunteerGroup(@Ctx() ctx: RequestContext, @Parent() m: Membership): Promise<VolunteerGroup | null> | null {
    return m.volunteerGroupId ? this.groups.byId(ctx, m.volunteerGroupId) : null;
  }
}

/** A user's memberships: all of them for the user, the verified ones for everybody else. */
@Resolver(() => UserModel)
export class UserMembershipsResolver {
  constructor(private readonly service: MembershipService) {}

  @ResolveField(() => [MembershipModel])
  memberships(@Ctx() ctx: RequestContext, @Parent() user: User): Promise<Membership[]> {
    return this.service.ofUser(ctx, user.id);
  }
}
