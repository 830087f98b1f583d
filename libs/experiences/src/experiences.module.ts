import { Module } from '@nestjs/common';
import { CrisesModule } from '@krisenfest/crises';
import { DiscussionsModule } from '@krisenfest/discussions';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { NotificationsModule } from '@krisenfest/notifications';
import { SeminarsModule } from '@krisenfest/seminars';
import { VolunteerGroupsModule } from '@krisenfest/volunteer-groups';
import { ExperienceFieldsResolver, ThreadExperienceResolver, SeminarSessionLessonsResolver } from './experience-fields.resolver';
import { ExperienceResolver } from './experience.resolver';
import { LessonDraftService } from './lesson-drafts.service';
import { LessonFollows } from './lesson-follows';
import { ExperienceFollowsResolver, NotificationExperienceResolver } from './lesson-follows.resolver';
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
    NotificationsModule,
  ],
  providers: [
    ExperienceService,
    LessonDraftService,
    ExperienceResolver,
    ExperienceFieldsResolver,
    ThreadExperienceResolver,
    SeminarSessionLessonsResolver,
    LessonFollows,
    ExperienceFollowsResolver,
    NotificationExperienceResolver,
  ],
  exports: [ExperienceService],
})
export class ExperiencesModule {}
