import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionType, Node } from '@krisenfest/core';
import { FollowLevel, MailDelivery, NotificationKind } from './notification.entity';

registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  valuesMap: {
    WATCHING: { description: 'beobachten: a notification for every new post' },
    TRACKING: { description: 'verfolgen: no notifications; new posts are counted (Thread.viewerNewCommentCount)' },
    MUTED: { description: 'stumm: nothing, not even replies to you' },
  },
});

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesMap: {
    REPLY: { description: 'Someone replied to your comment (comment, thread, actor).' },
    THREAD_COMMENT: { description: 'A new comment in a thread you watch (comment, thread, actor).' },
    QUESTION_TO_YOU: { description: 'A comment asks you as a speaker of the session (comment, thread, actor).' },
    ANSWER_ACCEPTED: { description: 'Your reply was accepted as the answer to a question (comment: your reply, thread, actor).' },
    MEMBERSHIP_APPROVED: { description: 'Your membership request was approved (membership, actor: who decided).' },
    MEMBERSHIP_REJECTED: { description: 'Your membership request was rejected (membership with its reason).' },
    POST_HIDDEN: { description: 'The moderation hid your post (comment or thread); you still see it with the reason.' },
    POST_RESTORED: { description: 'The moderation showed your post again (comment or thread).' },
    SESSION_ANNOUNCED: { description: 'A new session in a seminar series you watch (seminarSession, actor: who announced it).' },
    REGISTRATION_PROMOTED: { description: 'You moved up from the waitlist and have a seat (seminarSession).' },
    SESSION_CANCELLED: { description: 'A session you registered for was cancelled (seminarSession).' },
    NEW_LESSON: { description: 'A new lesson about a municipality, crisis or hazard you watch (experience, actor: its author).' },
    MENTION: { description: 'Someone mentioned you (@name) in a comment (comment, thread, actor).' },
  },
});

registerEnumType(MailDelivery, {
  name: 'MailDelivery',
  valuesMap: {
    IMMEDIATE: { description: 'sofort: a mail a few minutes after it happened, unless you read it in the app by then' },
    DAILY: { description: 'täglich: once a day, grouped by thread' },
    NEVER: { description: 'nie: only in the app' },
  },
});

@ObjectType('NotificationMailSetting', { description: 'How one kind of notification reaches you by e-mail.' })
export class NotificationMailSettingModel {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => MailDelivery) delivery: MailDelivery;
}

@InputType()
export class SetNotificationMailDeliveryInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind: NotificationKind;
  @Field(() => MailDelivery) @IsEnum(MailDelivery) delivery: MailDelivery;
}

@InputType()
export class UnsubscribeNotificationMailsInput {
  @Field({ description: 'The token from the unsubscribe link of a notification mail.' }) @IsString() @MaxLength(500) token: string;
}

@ObjectType()
export class UnsubscribeNotificationMailsPayload {
  @Field(() => NotificationKind, { description: 'The (first) kind that is not mailed any more.' }) kind: NotificationKind;
  @Field(() => [NotificationKind], { description: 'Every kind the link turned off.' }) kinds: NotificationKind[];
}

@ObjectType('Notification', { description: 'Something you should hear about. What it points at is shown as long as you may read it.' })
export class NotificationModel {
  @Field(() => ID, { description: 'For markNotificationsRead.' }) id: string;
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(NotificationModel, 'Notification') {}

@InputType()
export class FollowInput {
  @Field(() => ID, {
    description:
      'A Thread, an Experience (its discussion), a SeminarSession (its follow-up threads), a SeminarSeries (its new sessions), ' +
      'a Municipality (new lessons from there; a Landkreis with its Gemeinden), a Crisis (new lessons about it) or a VolunteerGroup ' +
      '(new lessons written for it). ' +
      'Hazards: followHazard.',
  })
  @IsString()
  @MaxLength(200)
  targetId: string;
  @Field(() => FollowLevel) @IsEnum(FollowLevel) level: FollowLevel;
}

@InputType()
export class UnfollowInput {
  @Field(() => ID) @IsString() @MaxLength(200) targetId: string;
}

@ObjectType()
export class FollowPayload {
  @Field(() => FollowLevel, { nullable: true, description: 'null after unfollow.' }) level: FollowLevel | null;
  @Field(() => Node, { nullable: true, description: 'What is followed.' }) target: object | null;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications; leave out (with all: true) for every one.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  ids?: string[];
  @Field(() => Boolean, { nullable: true, description: 'All of your notifications.' }) @IsOptional() @IsBoolean() all?: boolean;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Unread notifications left (counted up to 100).' }) unreadCount: number;
}
