import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MailModule } from '@krisenfest/mail';
import { NotificationsModule } from '@krisenfest/notifications';
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
import { SeminarCalendarController } from './seminar-calendar.controller';
import { SeminarResolver } from './seminar.resolver';
import { SeminarService } from './seminar.service';
import {
  SeminarRegistrationFieldsResolver,
  SeminarRegistrationResolver,
  NotificationSeminarFieldsResolver,
  SeminarSeriesFollowFieldsResolver,
  SeminarSessionRegistrationFieldsResolver,
  UserSeminarRegistrationsResolver,
} from './seminar-registration.resolver';
import { SeminarRegistrationService } from './seminar-registration.service';

@Module({
  imports: [MunicipalitiesModule, VolunteerGroupsModule, IdentityModule, MailModule, NotificationsModule],
  controllers: [SeminarCalendarController],
  providers: [
    SeminarService,
    SeminarOrganisingService,
    SeminarResolver,
    SeminarOrganisingResolver,
    SeminarSeriesFieldsResolver,
    SeminarSessionFieldsResolver,
    SeminarSpeakerFieldsResolver,
    UserSpeakingResolver,
    SeminarRegistrationService,
    SeminarRegistrationResolver,
    SeminarRegistrationFieldsResolver,
    SeminarSessionRegistrationFieldsResolver,
    UserSeminarRegistrationsResolver,
    NotificationSeminarFieldsResolver,
    SeminarSeriesFollowFieldsResolver,
  ],
  exports: [SeminarService, SeminarRegistrationService],
})
export class SeminarsModule {}
