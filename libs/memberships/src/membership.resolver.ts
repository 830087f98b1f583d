import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@krisenfest/core';
import { Membership } from './membership.entity';
import { DecideMembershipInput, RequestMembershipInput, RevokeMembershipInput } from './membership.inputs';
import { MembershipModel, MembershipPayload } from './membership.model';
import { MembershipService } from './membership.service';

@Resolver()
export class MembershipResolver {
  constructor(private readonly service: MembershipService) {}

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
}
