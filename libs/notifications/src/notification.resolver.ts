import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  BadUserInputError,
  Connection,
  Ctx,
  GraphQLContext,
  NestedPageArgs,
  nestedPageRequest,
  NodeRegistry,
  PageArgs,
  Permission,
  RequestContext,
  toGlobalId,
} from '@krisenfest/core';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { FollowService } from './follow.service';
import {
  FollowInput,
  FollowPayload,
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationMailSettingModel,
  NotificationModel,
  SetNotificationMailDeliveryInput,
  UnfollowInput,
  UnsubscribeNotificationMailsInput,
  UnsubscribeNotificationMailsPayload,
} from './notification.model';
import { NotificationMails } from './notification-mails';
import { NotificationService, NotificationView } from './notification.service';

/** Following things and reading one's notifications. The rules are FollowService's and NotificationService's. */
@Resolver()
export class NotificationResolver {
  constructor(
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
    private readonly nodes: NodeRegistry,
    private readonly mails: NotificationMails,
  ) {}

  @Mutation(() => FollowPayload, { description: 'Watches, tracks or mutes a thread or a seminar session (its follow-up threads).' })
  @Allow(Permission.Follow)
  async follow(@Ctx() ctx: RequestContext, @Args('input') input: FollowInput): Promise<FollowPayload> {
    const follow = await this.follows.follow(ctx, input.targetId, input.level);
    return { level: follow.level, target: await this.nodes.fetch(ctx, input.targetId) };
  }

  @Mutation(() => FollowPayload, { description: 'Stops following; replies to your own comments still notify you.' })
  @Allow(Permission.Follow)
  async unfollow(@Ctx() ctx: RequestContext, @Args('input') input: UnfollowInput): Promise<FollowPayload> {
    await this.follows.unfollow(ctx, input.targetId);
    return { level: null, target: await this.nodes.fetch(ctx, input.targetId) };
  }

  @Mutation(() => [NotificationMailSettingModel], { description: 'Chooses how one kind of notification reaches you by e-mail.' })
  @Allow(Permission.ReadNotifications)
  async setNotificationMailDelivery(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetNotificationMailDeliveryInput,
  ): Promise<NotificationMailSettingModel[]> {
    await this.mails.setDelivery(ctx, input.kind, input.delivery);
    return this.mails.settings(ctx, ctx.userId!);
  }

  @Mutation(() => UnsubscribeNotificationMailsPayload, {
    description: 'One-click unsubscribe from a notification mail: the token of its link turns that kind of mail off.',
  })
  @Allow(Permission.UnsubscribeNotificationMails)
  async unsubscribeNotificationMails(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UnsubscribeNotificationMailsInput,
  ): Promise<UnsubscribeNotificationMailsPayload> {
    const kinds = await this.mails.unsubscribe(ctx, input.token);
    return { kind: kinds[0], kinds };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some (ids) or all (all: true) of your notifications read.' })
  @Allow(Permission.ReadNotifications)
  async markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadPayload> {
    if (!input.all === !input.ids) throw BadUserInputError.field('ids', 'give either ids or all: true');
    return { unreadCount: await this.notifications.markRead(ctx, input.all ? null : input.ids!) };
  }
}

@Resolver(() => NotificationModel)
export class NotificationFieldsResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => ID)
  id(notification: NotificationView): string {
    return toGlobalId('Notification', notification.id);
  }

  @ResolveField(() => Boolean)
  read(notification: NotificationView): boolean {
    return notification.readAt !== null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did it, if someone did.' })
  actor(notification: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> | null {
    return notification.actorId ? this.users.byId(ctx, notification.actorId) : null;
  }
}

/** Declares `unreadOnly` on the field; PageArgs (above it) keeps the resolver a plain function. */
function UnreadOnlyArg(): MethodDecorator {
  return (target, key) =>
    Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false, description: 'Only unread ones.' })(target, key, 1);
}

/** The caller's own notifications, as `viewer { notifications unreadNotificationCount }`. */
@Resolver(() => UserModel)
export class UserNotificationsResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly mails: NotificationMails,
  ) {}

  @PageArgs()
  @UnreadOnlyArg()
  @ResolveField(() => NotificationConnection, {
    nullable: true,
    description: 'Your notifications, newest first (null on anyone else’s account).',
  })
  notifications(
    user: UserView,
    args: NestedPageArgs & { unreadOnly?: boolean | null },
    { ctx }: GraphQLContext,
  ): Promise<Connection<NotificationView>> | null {
    if (ctx.userId !== user.id) return null;
    return this.service.page(ctx, user.id, nestedPageRequest(args), args.unreadOnly ?? false);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Your unread notifications, counted up to 100 (null on anyone else’s account).',
  })
  unreadNotificationCount(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<number> | null {
    return ctx.userId === user.id ? this.service.unreadCount(ctx, user.id) : null;
  }

  @ResolveField(() => [NotificationMailSettingModel], {
    nullable: true,
    description: 'How each kind of notification reaches you by e-mail (null on anyone else’s account).',
  })
  notificationMailSettings(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<NotificationMailSettingModel[]> | null {
    return ctx.userId === user.id ? this.mails.settings(ctx, user.id) : null;
  }
}
