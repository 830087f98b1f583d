import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, pageRequest, Permission, RequestContext } from '@krisenfest/core';
import { CreateThreadInput, ThreadsArgs } from './discussion.inputs';
import { ThreadConnection, ThreadModel, ThreadPayload } from './discussion.models';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

@Resolver()
export class ThreadResolver {
  constructor(private readonly threadService: ThreadService) {}

  @Query(() => ThreadModel, { description: 'A thread by id; NOT_FOUND if it does not exist or is not visible to you.' })
  @Allow(Permission.Read)
  thread(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ThreadView> {
    return this.threadService.require(ctx, id, 'id');
  }

  @Query(() => ThreadConnection, { description: 'Published threads, most recently active first.' })
  @Allow(Permission.Read)
  threads(@Ctx() ctx: RequestContext, @Args() args: ThreadsArgs): Promise<Connection<ThreadView>> {
    return this.threadService.page(ctx, args, pageRequest(args));
  }

  @Mutation(() => ThreadPayload, { description: 'Opens a general thread, or a follow-up thread of a seminar session.' })
  @Allow(Permission.CreateThread)
  async createThread(@Ctx() ctx: RequestContext, @Args('input') input: CreateThreadInput): Promise<ThreadPayload> {
    return { thread: await this.threadService.create(ctx, input) };
  }
}
