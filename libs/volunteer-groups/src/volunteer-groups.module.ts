import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { NotificationsModule } from '@krisenfest/notifications';
import { VolunteerGroupFieldsResolver } from './volunteer-group-fields.resolver';
import { VolunteerGroupFollowsResolver } from './volunteer-group-follows.resolver';
import { VolunteerGroupResolver } from './volunteer-group.resolver';
import { VolunteerGroupService } from './volunteer-group.service';

@Module({
  imports: [IdentityModule, MunicipalitiesModule, NotificationsModule],
  providers: [VolunteerGroupService, VolunteerGroupResolver, VolunteerGroupFieldsResolver, VolunteerGroupFollowsResolver],
  exports: [VolunteerGroupService],
})
export class VolunteerGroupsModule {}
