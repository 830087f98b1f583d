import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { SeminarOrganisingResolver } from './seminar-organising.resolver';
import { SeminarOrganisingService } from './seminar-organising.service';
import {
  SeminarSeriesFieldsResolver,
  SeminarSessionFieldsResolver,
  SeminarSpeakerFieldsResolver,
  UserSpeakingResolver,
} from './seminar-fields.resolver';
import { SeminarResolver } from './seminar.resolver';
import { SeminarService } from './seminar.service';

@Module({
  imports: [MunicipalitiesModule, VolunteerGroupsModule, IdentityModule],
  providers: [
    SeminarService,
    SeminarOrganisingService,
    SeminarResolver,
    SeminarOrganisingResolver,
    SeminarSeriesFieldsResolver,
    SeminarSessionFieldsResolver,
    SeminarSpeakerFieldsResolver,
    UserSpeakingResolver,
  ],
  exports: [SeminarService],
})
export class SeminarsModule {}
