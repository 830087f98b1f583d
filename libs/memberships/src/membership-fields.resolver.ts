import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { MunicipalityModel, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { NotificationModel, NotificationView } from '@krisenfest/notifications';
import { VolunteerGroupModel, VolunteerGroupService, VolunteerGroupView } from '@krisenfest/volunteer-groups';
import { Membership } from './membership.entity';
import { MembershipModel } from './membership.model';
import { MembershipService } from './membership.service';

@Resolver(() => MembershipModel)
export class MembershipFieldsResolver {
  constructor(
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
  ) {}

  @ResolveField(() => ID)
  id(m: Membership): string {
    return toGlobalId('Membership', m.id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  user(m: Membership, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> {
    return this.users.byId(ctx, m.userId);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true })
  municipality(m: Membership, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView | null> | null {
    return m.municipalityId ? this.municipalities.byId(ctx, m.municipalityId) : null;
  }

  @ResolveField(() => VolunteerGroupModel, { nullable: true })
  volunteerGroup(m: Membership, _args: unknown, { ctx }: GraphQLContext): Promise<VolunteerGroupView | null> | null {
    return m.volunteerGroupId ? this.groups.byId(ctx, m.volunteerGroupId) : null;
  }
}

/** A user's memberships: all of them for the user, the verified ones for everybody else. */
@Resolver(() => UserModel)
export class UserMembershipsResolver {
  constructor(private readonly service: MembershipService) {}

  @ResolveField(() => [MembershipModel])
  memberships(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<Membership[]> {
    return this.service.ofUser(ctx, user.id);
  }
}

/** The membership a notification is about (its holder sees it). */
@Resolver(() => NotificationModel)
export class NotificationMembershipFieldsResolver {
  constructor(private readonly memberships: MembershipService) {}

  @ResolveField(() => MembershipModel, { nullable: true, description: 'For MEMBERSHIP_APPROVED and MEMBERSHIP_REJECTED.' })
  membership(notification: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<Membership | null> | null {
    return notification.membershipId ? this.memberships.visibleById(ctx, notification.membershipId) : null;
  }
}
