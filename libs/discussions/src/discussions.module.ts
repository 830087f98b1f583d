import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { CommentResolver } from './comment.resolver';
import { CommentService } from './comment.service';
import { ReactionService } from './reaction.service';
import { ThreadResolver } from './thread.resolver';
import { ThreadService } from './thread.service';

@Module({
  imports: [IdentityModule],
  providers: [ThreadService, CommentService, ReactionService, ThreadResolver, CommentResolver],
  exports: [ThreadService, CommentService],
})
export class DiscussionsModule {}
