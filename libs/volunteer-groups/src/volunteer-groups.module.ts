import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { VolunteerGroupResolver } from './volunteer-group.resolver';
import { VolunteerGroupService } from './volunteer-group.service';

@Module({
  imports: [MunicipalitiesModule],
  providers: [VolunteerGroupService, VolunteerGroupResolver],
  exports: [VolunteerGroupService],
})
export class VolunteerGroupsModule {}
