import { Args, Context, Field, Int, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { Allow, BadUserInputError, Ctx, GraphQLContext, Permission, RequestContext, requireUser } from '@krisenfest/core';
import { LiveChannels, LiveEvents, mapStream } from '@krisenfest/live';
import { NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

@ObjectType()
export class NotificationAddedEvent {
  @Field(() => String, {
    nullable: true,
    description: 'The id of this event: pass the last one you received as `after` when you subscribe again.',
  })
  eventId: string | null;
  @Field({ description: 'True once when the backlog no longer reaches back to `after`: refetch your notifications.' }) resync: boolean;
  @Field(() => NotificationModel, { nullable: true }) notification: object | null;
  @Field(() => Int, { description: 'Your unread notifications now (counted up to 100).' }) unreadCount: number;
}

/** Your new notifications as they happen (graphql-ws), each read with your rights when it is sent. */
@Resolver()
export class NotificationLiveResolver {
  constructor(
    private readonly notifications: NotificationService,
    private readonly live: LiveEvents,
  ) {}

  @Subscription(() => NotificationAddedEvent, { description: 'Your new notifications.', resolve: (event: NotificationAddedEvent) => event })
  @Allow(Permission.ReadNotifications)
  async notificationAdded(
    @Ctx() ctx: RequestContext,
    @Context() subscription: GraphQLContext,
    @Args('after', { type: () => String, nullable: true, description: 'The eventId you received last, to get what you missed.' })
    after?: string,
  ): Promise<AsyncIterableIterator<NotificationAddedEvent>> {
    const user = requireUser(ctx);
    if (after != null && !this.live.isEventId(after)) throw BadUserInputError.field('after', 'is not an eventId of this subscription');
    const subscriber = ctx.user;
    return mapStream(
      this.live.subscribe<{ notificationId: string }>(LiveChannels.notifications(user.id), after ?? undefined),
      async (event) => {
        // A fresh context for every event, also for the event's fields (no stale loaders over a long subscription).
        const reader = new RequestContext(subscriber);
        subscription.ctx = reader;
        const unreadCount = await this.notifications.unreadCount(reader, user.id);
        if (event.resync) return { eventId: null, resync: true, notification: null, unreadCount };
        const notification = await this.notifications.visibleById(reader, user.id, event.data.notificationId);
        return notification ? { eventId: event.id, resync: false, notification, unreadCount } : undefined;
      },
    );
  }
}
