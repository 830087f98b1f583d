import { Args, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, GraphQLContext, Permission, RequestContext } from '@krisenfest/core';
import { FollowLevel, FollowService, FollowTarget, NotificationModel, NotificationView } from '@krisenfest/notifications';
import { UserModel, UserView } from '@krisenfest/identity';
import { CommentService } from './comment.service';
import { CommentView } from './comment-rows';
import { MarkThreadSeenInput } from './discussion.inputs';
import { CommentModel, ThreadModel, ThreadPayload } from './discussion.models';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

/** Marking a thread seen: new comments are counted from then on. */
@Resolver()
export class ThreadSeenResolver {
  constructor(
    private readonly threads: ThreadService,
    private readonly follows: FollowService,
  ) {}

  @Mutation(() => ThreadPayload, { description: 'Counts new comments from now on (Thread.viewerNewCommentCount).' })
  @Allow(Permission.Follow)
  async markThreadSeen(@Ctx() ctx: RequestContext, @Args('input') input: MarkThreadSeenInput): Promise<ThreadPayload> {
    const thread = await this.threads.require(ctx, input.threadId);
    await this.follows.markSeen(ctx, FollowTarget.THREAD, thread.id);
    return { thread: (await this.threads.visibleById(ctx, thread.id))! };
  }
}

/** How the caller follows a thread, and what is new in it for them. */
@Resolver(() => ThreadModel)
export class ThreadFollowFieldsResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly follows: FollowService,
  ) {}

  @ResolveField(() => FollowLevel, {
    nullable: true,
    description: 'How you follow this thread; null: not at all (replies to you still notify you).',
  })
  async viewerFollowLevel(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.THREAD, thread.id))?.level ?? null;
  }

  @ResolveField(() => [UserModel], { description: 'Its author and the people who commented, by name (up to 50): whom to @mention.' })
  participants(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView[]> {
    return this.comments.participants(ctx, thread);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Comments by others since you last marked the thread seen, if you watch or track it.',
  })
  viewerNewCommentCount(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<number | null> {
    return this.comments.newCommentCount(ctx, thread.id);
  }
}

/** What a notification points at in the discussions, as far as its recipient may read it. */
@Resolver(() => NotificationModel)
export class NotificationDiscussionFieldsResolver {
  constructor(
    private readonly threads: ThreadService,
    private readonly comments: CommentService,
  ) {}

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(notification: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<ThreadView | null> | null {
    return notification.threadId ? this.threads.visibleById(ctx, notification.threadId) : null;
  }

  @ResolveField(() => CommentModel, { nullable: true })
  comment(notification: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<CommentView | null> | null {
    return notification.commentId ? this.comments.visibleById(ctx, notification.commentId) : null;
  }
}
