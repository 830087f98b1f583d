import { ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, GraphQLContext, NestedPageArgs, nestedPageRequest, PageArgs } from '@krisenfest/core';
import { SeminarSessionModel, SeminarSessionView } from '@krisenfest/seminars';
import { ThreadConnection } from './discussion.models';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

/** A seminar session's follow-up threads; here because discussions build on seminars. */
@Resolver(() => SeminarSessionModel)
export class SeminarFollowUpResolver {
  constructor(private readonly threads: ThreadService) {}

  @PageArgs()
  @ResolveField(() => ThreadConnection, { description: 'Threads that carry the conversation on after the session.' })
  followUpThreads(session: SeminarSessionView, args: NestedPageArgs, { ctx }: GraphQLContext): Promise<Connection<ThreadView>> {
    return this.threads.followUps(ctx, session.id, nestedPageRequest(args));
  }
}
