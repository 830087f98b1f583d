import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, ModerationNoticeModel, Node, Visibility } from '@krisenfest/core';
import { ThreadKind } from './thread.entity';
import { ReactionKind } from './reaction.entity';

registerEnumType(ThreadKind, {
  name: 'ThreadKind',
  valuesMap: {
    EXPERIENCE: { description: 'The discussion of an experience (Erfahrungsbericht).' },
    SEMINAR_SESSION: { description: 'A follow-up to a seminar session.' },
    GENERAL: { description: 'A discussion of its own.' },
  },
});

registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  valuesMap: { HELPFUL: { description: 'hilfreich' }, THANKS: { description: 'danke' } },
});

@ObjectType('Thread', { implements: () => [Node], description: 'A discussion.' })
export class ThreadModel extends Node {
  @Field(() => ThreadKind) kind: ThreadKind;
  @Field(() => Visibility) visibility: Visibility;
  @Field({ description: 'A notice while hidden by the moderation (except for its author and moderators).' }) title: string;
  @Field({ description: 'The opening post as Markdown; a notice while hidden by the moderation.' }) body: string;
  @Field({ description: 'The opening post as sanitized HTML.' }) bodyHtml: string;
  @Field(() => Int, { description: 'Comments and replies that are not deleted.' }) commentCount: number;
  @Field() createdAt: Date;
  @Field() lastActivityAt: Date;
  @Field({ description: 'A locked thread takes no new comments.' }) locked: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is locked.' }) lockReason: string | null;
  @Field(() => Date, { nullable: true, description: 'Closed with a conclusion: no new comments.' }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The written conclusion (Markdown), shown on top.' }) conclusion: string | null;
  @Field(() => String, { nullable: true, description: 'The conclusion as sanitized HTML.' }) conclusionHtml: string | null;
  @Field(() => ModerationNoticeModel, { nullable: true, description: 'Set while the moderation hides it; public.' })
  moderation: ModerationNoticeModel | null;
}

@ObjectType()
export class ThreadConnection extends ConnectionType(ThreadModel, 'Thread') {}

@ObjectType('Comment', { implements: () => [Node], description: 'A comment or a reply in a thread.' })
export class CommentModel extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'Markdown; null once deleted, or while hidden by the moderation (except for its author and moderators).',
  })
  body: string | null;
  @Field(() => String, { nullable: true, description: 'Sanitized HTML; null once deleted or while hidden.' }) bodyHtml: string | null;
  @Field({ description: 'A deleted comment keeps its place (and its replies) in the thread.' }) deleted: boolean;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) editedAt: Date | null;
  @Field(() => Int) replyCount: number;
  @Field(() => Int) helpfulCount: number;
  @Field(() => Int) thanksCount: number;
  @Field(() => [ReactionKind], { description: "The signed-in user's reactions to this comment." }) viewerReactions: ReactionKind[];
  @Field(() => ModerationNoticeModel, { nullable: true, description: 'Set while the moderation hides it; public.' })
  moderation: ModerationNoticeModel | null;
}

@ObjectType()
export class CommentConnection extends ConnectionType(CommentModel, 'Comment') {}

@ObjectType()
export class ThreadPayload {
  @Field(() => ThreadModel) thread: object;
}

@ObjectType()
export class CommentPayload {
  @Field(() => CommentModel) comment: object;
}

@ObjectType()
export class ReactionPayload {
  @Field(() => ReactionKind) kind: ReactionKind;
  @Field({ description: 'Whether the signed-in user now has this reaction on the target.' }) active: boolean;
  @Field(() => Node, { description: 'The comment or experience, with its updated counts.' }) target: object;
}
