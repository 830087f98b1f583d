import { Args, Context, Field, ID, ObjectType, registerEnumType, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, BadUserInputError, Ctx, GraphQLContext, Permission, RequestContext } from '@krisenfest/core';
import { LiveChannels, LiveEvents, mapStream, PerEventShared } from '@krisenfest/live';
import { CommentService } from './comment.service';
import { CommentModel, ThreadModel } from './discussion.models';
import { ThreadChange } from './thread.entity';
import { ThreadService } from './thread.service';

registerEnumType(ThreadChange, {
  name: 'ThreadChange',
  valuesMap: {
    ANSWER_ACCEPTED: { description: 'A reply was accepted as an answer (comment: the answer).' },
    CLOSED: { description: 'Closed with a conclusion.' },
    REOPENED: { description: 'Opened again.' },
    LOCKED: { description: 'Locked by the moderation.' },
    UNLOCKED: { description: 'Unlocked by the moderation.' },
  },
});

const EVENT_ID = 'The id of this event: pass the last one you received as `after` when you subscribe again.';
const RESYNC = 'True once when the backlog no longer reaches back to `after`: refetch, then carry on with what follows.';

@ObjectType()
export class CommentAddedEvent {
  @Field(() => String, { nullable: true, description: EVENT_ID }) eventId: string | null;
  @Field({ description: RESYNC }) resync: boolean;
  @Field(() => CommentModel, { nullable: true }) comment: object | null;
}

@ObjectType()
export class ThreadUpdatedEvent {
  @Field(() => String, { nullable: true, description: EVENT_ID }) eventId: string | null;
  @Field({ description: RESYNC }) resync: boolean;
  @Field(() => ThreadChange, { nullable: true }) change: ThreadChange | null;
  @Field(() => ThreadModel, { nullable: true, description: 'The thread as it is now.' }) thread: object | null;
  @Field(() => CommentModel, { nullable: true, description: 'The accepted answer, for ANSWER_ACCEPTED.' }) comment: object | null;
}

/**
 * Live updates of a thread over graphql-ws. Whether the caller may read the thread is checked when they subscribe,
 * and every event is read again with their rights before it is sent (so a hidden comment or a lost membership
 * stops what reaches them).
 */
@Resolver()
export class DiscussionLiveResolver {
  /** One request context per event and rights, shared by the subscribers it reaches (see PerEventShared). */
  private readonly eventContexts = new PerEventShared<RequestContext>();

  constructor(
    private readonly threads: ThreadService,
    private readonly comments: CommentService,
    private readonly live: LiveEvents,
  ) {}

  @Subscription(() => CommentAddedEvent, {
    description: 'New comments in a thread you may read.',
    resolve: (event: CommentAddedEvent) => event,
  })
  @Allow(Permission.Read)
  async commentAdded(
    @Ctx() ctx: RequestContext,
    @Context() subscription: GraphQLContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('after', { type: () => String, nullable: true, description: 'The eventId you received last, to get what you missed.' })
    after?: string,
  ): Promise<AsyncIterableIterator<CommentAddedEvent>> {
    const thread = await this.threads.require(ctx, threadId);
    this.checkAfter(after);
    const user = ctx.user;
    return mapStream(
      this.live.subscribe<{ commentId: string }>(LiveChannels.threadComments(thread.id), after ?? undefined),
      async (event) => {
        if (event.resync) return { eventId: null, resync: true, comment: null };
        // Read with the subscriber's rights, fresh for every event.
        const comment = await this.comments.visibleById(new RequestContext(user), event.data.commentId);
        return comment ? { eventId: event.id, resync: false, comment } : undefined;
      },
    );
  }

  @Subscription(() => ThreadUpdatedEvent, {
    description: 'Changes to a thread you may read: an accepted answer, closed or reopened, locked or unlocked.',
    resolve: (event: ThreadUpdatedEvent) => event,
  })
  @Allow(Permission.Read)
  async threadUpdated(
    @Ctx() ctx: RequestContext,
    @Context() subscription: GraphQLContext,
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('after', { type: () => String, nullable: true, description: 'The eventId you received last, to get what you missed.' })
    after?: string,
  ): Promise<AsyncIterableIterator<ThreadUpdatedEvent>> {
    const thread = await this.threads.require(ctx, threadId);
    this.checkAfter(after);
    const user = ctx.user;
    return mapStream(
      this.live.subscribe<{ change: ThreadChange; commentId?: string }>(LiveChannels.threadUpdates(thread.id), after ?? undefined),
      async (event) => {
        if (event.resync) return { eventId: null, resync: true, change: null, thread: null, comment: null };
        const reader = this.readerFor(subscription, event.id, user);
        const current = await this.threads.visibleById(reader, thread.id);
        if (!current) return undefined;
        const comment = event.data.commentId ? await this.comments.visibleById(reader, event.data.commentId) : null;
        return { eventId: event.id, resync: false, change: event.data.change, thread: current, comment };
      },
    );
  }

  /**
   * The context an event is read and resolved in: new for every event (no stale loaders over a long subscription),
   * shared by the subscribers with the same rights, and set as the subscription's GraphQL context for its fields.
   */
  private readerFor(subscription: GraphQLContext, eventId: string, user: RequestContext['user']): RequestContext {
    const reader = this.eventContexts.get(eventId, user?.id ?? 'anonymous', () => new RequestContext(user));
    subscription.ctx = reader;
    return reader;
  }

  private checkAfter(after: string | undefined | null): void {
    if (after != null && !this.live.isEventId(after)) throw BadUserInputError.field('after', 'is not an eventId of this subscription');
  }
}
