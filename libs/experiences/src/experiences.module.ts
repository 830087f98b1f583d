import { Module } from '@nestjs/common';
import { CrisesModule } from '@krisenfest/crises';
import { DiscussionsModule } from '@krisenfest/discussions';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { SeminarsModule } from '@krisenfest/seminars';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { ExperienceFieldsResolver, ThreadExperienceResolver } from './experience-fields.resolver';
import { ExperienceResolver } from './experience.resolver';
import { ExperienceService } from './experience.service';

@Module({
  imports: [
    IdentityModule,
    MembershipsModule,
    MunicipalitiesModule,
    VolunteerGroupsModule,
    CrisesModule,
    SeminarsModule,
    DiscussionsModule,
  ],
  providers: [ExperienceService, ExperienceResolver, ExperienceFieldsResolver, ThreadExperienceResolver],
  exports: [ExperienceService],
})
export class ExperiencesModule {}
