import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MembershipsModule } from '@krisenfest/memberships';
import { SeminarsModule } from '@krisenfest/seminars';
import { SeminarFollowUpResolver, ThreadSeminarResolver } from './seminar-threads.resolver';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { NewAccountLimits } from './new-account-limits';
import { ReactionService } from './reaction.service';
import { ThreadResolver } from './thread.resolver';
import { ThreadService } from './thread.service';

@Module({
  imports: [IdentityModule, MembershipsModule, SeminarsModule],
  providers: [
    ThreadService,
    CommentService,
    ReactionService,
    NewAccountLimits,
    ThreadResolver,
    CommentResolver,
    SeminarFollowUpResolver,
    ThreadSeminarResolver,
  ],
  exports: [ThreadService, CommentService, NewAccountLimits],
})
export class DiscussionsModule {}
