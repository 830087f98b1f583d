import { Module } from '@nestjs/common';
import { DiscussionsModule } from '@krisenfest/discussions';
import { ExperiencesModule } from '@krisenfest/experiences';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { SeminarsModule } from '@krisenfest/seminars';
import { ContentModerationService } from './content-moderation.service';
import { FlagService } from './flag.service';
import {
  CommentModerationResolver,
  ExperienceModerationResolver,
  ThreadModerationResolver,
  UserModerationResolver,
} from './moderation-fields.resolver';
import { ModerationLogService } from './moderation-log.service';
import { FlagResolver, ModerationActionResolver, ModerationResolver } from './moderation.resolver';
import { UserModerationService } from './user-moderation.service';

@Module({
  imports: [IdentityModule, MembershipsModule, DiscussionsModule, ExperiencesModule, SeminarsModule],
  providers: [
    ModerationLogService,
    FlagService,
    ContentModerationService,
    UserModerationService,
    ModerationResolver,
    FlagResolver,
    ModerationActionResolver,
    CommentModerationResolver,
    ThreadModerationResolver,
    ExperienceModerationResolver,
    UserModerationResolver,
  ],
  exports: [ModerationLogService],
})
export class ModerationModule {}
