import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, ConnectionArgs, Ctx, pageRequest, RequestContext } from '@krisenfest/core';
import { SeminarService, SeminarSession, SeminarSessionModel } from '@krisenfest/seminars';
import { ThreadConnection, ThreadModel } from './discussion.models';
import { Thread } from './thread.entity';
import { ThreadService } from './thread.service';

/** A seminar session's follow-up threads; here because discussions build on seminars. */
@Resolver(() => SeminarSessionModel)
export class SeminarFollowUpResolver {
  constructor(private readonly threads: ThreadService) {}

  @ResolveField(() => ThreadConnection, { description: 'Threads that carry the conversation on after the session.' })
  followUpThreads(
    @Ctx() ctx: RequestContext,
    @Parent() session: SeminarSession,
    @Args() args: ConnectionArgs,
  ): Promise<Connection<Thread>> {
    return this.threads.followUps(ctx, session.id, pageRequest(args));
  }
}

@Resolver(() => ThreadModel)
export class ThreadSeminarResolver {
  constructor(private readonly seminars: SeminarService) {}

  @ResolveField(() => SeminarSessionModel, { nullable: true, description: 'The seminar session this thread follows up on.' })
  seminarSession(@Ctx() ctx: RequestContext, @Parent() thread: Thread): Promise<SeminarSession | null> | null {
    return thread.seminarSessionId ? this.seminars.sessionById(ctx, thread.seminarSessionId) : null;
  }
}
