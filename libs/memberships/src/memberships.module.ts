import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { AccessService } from './access.service';
import { MembershipFieldsResolver, UserMembershipsResolver } from './membership-fields.resolver';
import { MembershipResolver } from './membership.resolver';
import { MembershipService } from './membership.service';
import { VisibilityPolicy } from './visibility.policy';

@Module({
  imports: [IdentityModule, MunicipalitiesModule, VolunteerGroupsModule],
  providers: [AccessService, VisibilityPolicy, MembershipService, MembershipResolver, MembershipFieldsResolver, UserMembershipsResolver],
  exports: [AccessService, VisibilityPolicy, MembershipService],
})
export class MembershipsModule {}
