import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { VolunteerGroupFieldsResolver } from './volunteer-group-fields.resolver';
import { VolunteerGroupResolver } from './volunteer-group.resolver';
import { VolunteerGroupService } from './volunteer-group.service';

@Module({
  imports: [IdentityModule, MunicipalitiesModule],
  providers: [VolunteerGroupService, VolunteerGroupResolver, VolunteerGroupFieldsResolver],
  exports: [VolunteerGroupService],
})
export class VolunteerGroupsModule {}
