import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, Ctx, pageRequest, Permission, RequestContext, toGlobalId } from '@krisenfest/core';
import { User, UserModel, UserService } from '@krisenfest/identity';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { CreateThreadInput, ThreadsArgs } from './discussion.inputs';
import { CommentConnection, ThreadConnection, ThreadModel, ThreadPayload } from './discussion.models';
import { Thread } from './thread.entity';
import { ThreadService } from './thread.service';

@Resolver(() => ThreadModel)
export class ThreadResolver {
  constructor(
    private readonly threadService: ThreadService,
    private readonly commentService: CommentService,
    private readonly users: UserService,
  ) {}

  @Query(() => ThreadModel, { description: 'A thread by id; NOT_FOUND if it does not exist or is not visible to you.' })
  @Allow(Permission.Read)
  thread(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Thread> {
    return this.threadService.require(ctx, id, 'id');
  }

  @Query(() => ThreadConnection, { description: 'Published threads, most recently active first.' })
  @Allow(Permission.Read)
  threads(@Ctx() ctx: RequestContext, @Args() args: ThreadsArgs): Promise<Connection<Thread>> {
    return this.threadService.page(ctx, args, pageRequest(args));
  }

  @Mutation(() => ThreadPayload, { description: 'Opens a general thread, or a follow-up thread of a seminar session.' })
  @Allow(Permission.CreateThread)
  async createThread(@Ctx() ctx: RequestContext, @Args('input') input: CreateThreadInput): Promise<ThreadPayload> {
    return { thread: await this.threadService.create(ctx, input) };
  }

  @ResolveField(() => ID)
  id(@Parent() thread: Thread): string {
    return toGlobalId('Thread', thread.id);
  }

  @ResolveField(() => UserModel)
  author(@Ctx() ctx: RequestContext, @Parent() thread: Thread): Promise<User | null> {
    return this.users.byId(ctx, thread.authorId);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first; replies hang below each.' })
  comments(@Ctx() ctx: RequestContext, @Parent() thread: Thread, @Args() args: ConnectionArgs): Promise<Connection<Comment>> {
    return this.commentService.page(ctx, thread, pageRequest(args));
  }
}
