import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { NotificationsModule } from '@krisenfest/notifications';
import { SeminarsModule } from '@krisenfest/seminars';
import { NotificationDiscussionFieldsResolver, ThreadFollowFieldsResolver, ThreadSeenResolver } from './discussion-follows.resolver';
import { CommentFollowUpFieldsResolver, FollowUpResolver, ThreadFollowUpFieldsResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';
import { DiscussionLiveResolver } from './discussion-live.resolver';
import { CommentFieldsResolver } from './comment-fields.resolver';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { NewAccountLimits } from './new-account-limits';
import { ReactionService } from './reaction.service';
import { SeminarFollowUpResolver } from './seminar-threads.resolver';
import { ThreadFieldsResolver } from './thread-fields.resolver';
import { ThreadResolver } from './thread.resolver';
import { ThreadService } from './thread.service';

@Module({
  imports: [IdentityModule, MembershipsModule, SeminarsModule, NotificationsModule],
  providers: [
    ThreadService,
    CommentService,
    ReactionService,
    NewAccountLimits,
    ThreadResolver,
    ThreadFieldsResolver,
    CommentResolver,
    CommentFieldsResolver,
    SeminarFollowUpResolver,
    ThreadSeenResolver,
    ThreadFollowFieldsResolver,
    NotificationDiscussionFieldsResolver,
    FollowUpService,
    DiscussionLiveResolver,
    FollowUpResolver,
    CommentFollowUpFieldsResolver,
    ThreadFollowUpFieldsResolver,
  ],
  exports: [ThreadService, CommentService, ReactionService, NewAccountLimits, FollowUpService],
})
export class DiscussionsModule {}
