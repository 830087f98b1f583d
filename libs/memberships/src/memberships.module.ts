import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { NotificationsModule } from '@krisenfest/notifications';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { AccessService } from './access.service';
import { MembershipFieldsResolver, NotificationMembershipFieldsResolver, UserMembershipsResolver } from './membership-fields.resolver';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { VisibilityPolicy } from './visibility.policy';

@Module({
  imports: [IdentityModule, MunicipalitiesModule, VolunteerGroupsModule, NotificationsModule],
  providers: [
    AccessService,
    VisibilityPolicy,
    MembershipService,
    MembershipResolver,
    MembershipFieldsResolver,
    UserMembershipsResolver,
    NotificationMembershipFieldsResolver,
  ],
  exports: [AccessService, VisibilityPolicy, MembershipService],
})
export class MembershipsModule {}
