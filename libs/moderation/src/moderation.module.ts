import { NotificationsModule } from '@krisenfest/notifications';
import { Module } from '@nestjs/common';
import { DiscussionsModule } from '@krisenfest/discussions';
import { ExperiencesModule } from '@krisenfest/experiences';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { SeminarsModule } from '@krisenfest/seminars';
import { ContentModerationService } from './content-moderation.service';
import { FlagService } from './flag.service';
import { ModeratedPosts } from './moderated-content';
import {
  CommentModerationResolver,
  ExperienceModerationResolver,
  FlaggedContentFieldsResolver,
  FlagFieldsResolver,
  ModerationActionFieldsResolver,
  ThreadModerationResolver,
} from './moderation-fields.resolver';
import { ModerationLogService } from './moderation-log.service';
import { ModerationResolver } from './moderation.resolver';
import { UserModerationService } from './user-moderation.service';

@Module({
  imports: [IdentityModule, MembershipsModule, DiscussionsModule, ExperiencesModule, SeminarsModule, NotificationsModule],
  providers: [
    ModerationLogService,
    ModeratedPosts,
    FlagService,
    ContentModerationService,
    UserModerationService,
    ModerationResolver,
    FlaggedContentFieldsResolver,
    FlagFieldsResolver,
    ModerationActionFieldsResolver,
    CommentModerationResolver,
    ThreadModerationResolver,
    ExperienceModerationResolver,
  ],
})
export class ModerationModule {}
