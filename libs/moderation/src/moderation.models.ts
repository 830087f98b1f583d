import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, typeNameOf } from '@krisenfest/core';
import { CommentModel, ThreadModel } from '@krisenfest/discussions';
import { ExperienceModel } from '@krisenfest/experiences';
import { UserModel } from '@krisenfest/identity';
import { FlagReason } from './flag.entity';
import { ModerationActionKind } from './moderation-action.entity';

registerEnumType(FlagReason, {
  name: 'FlagReason',
  valuesMap: {
    SPAM: { description: 'Advertising or repeated posts.' },
    OFFENSIVE: { description: 'Insulting, hateful or threatening.' },
    PERSONAL_DATA: { description: 'Personal data of someone (names, addresses, health data) that should not be public.' },
    MISINFORMATION: { description: 'False or dangerous information, e.g. wrong safety advice.' },
    OTHER: { description: 'Something else; say what in the note.' },
  },
});
registerEnumType(ModerationActionKind, { name: 'ModerationActionKind' });

/** What can be flagged, hidden and restored. */
export const ModeratedContent = createUnionType({
  name: 'ModeratedContent',
  types: () => [CommentModel, ThreadModel, ExperienceModel] as const,
  resolveType: (value: object) => typeNameOf(value),
});

/** What an entry of the moderation log acted on. */
export const ModerationLogSubject = createUnionType({
  name: 'ModerationLogSubject',
  types: () => [CommentModel, ThreadModel, ExperienceModel, UserModel] as const,
  resolveType: (value: object) => typeNameOf(value),
});

@ObjectType('PublicModerationEntry', { description: 'What the moderation did to a post and why (without who).' })
export class PublicModerationEntryModel {
  @Field(() => ModerationActionKind) action: ModerationActionKind;
  @Field() reason: string;
  @Field() createdAt: Date;
}

@ObjectType('Flag', { description: 'A report of a post.' })
export class FlagModel {
  @Field(() => ID) id: string;
  @Field(() => FlagReason) reason: FlagReason;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() createdAt: Date;
  @Field(() => UserModel, { nullable: true, description: 'Who flagged it; for moderators.' }) reporter: object | null;
}

@ObjectType()
export class FlagContentPayload {
  @Field(() => FlagModel) flag: object;
  @Field(() => ModeratedContent) target: object;
  @Field({ description: 'Whether the post is hidden now (enough flags hide it until a moderator decides).' }) targetHidden: boolean;
}

@ObjectType('FlagReasonCount')
export class FlagReasonCountModel {
  @Field(() => FlagReason) reason: FlagReason;
  @Field(() => Int) count: number;
}

@ObjectType('FlaggedContent', { description: 'A post in the review queue with its open flags.' })
export class FlaggedContentModel {
  @Field(() => ModeratedContent, { description: 'The post itself, shown in full to moderators (also when hidden).' }) target: object;
  @Field(() => Int, { description: 'Open flags, one per user.' }) flagCount: number;
  @Field(() => [FlagReasonCountModel]) reasons: FlagReasonCountModel[];
  @Field() firstFlaggedAt: Date;
  @Field() lastFlaggedAt: Date;
  @Field(() => [FlagModel], { description: 'The open flags, oldest first.' }) flags: object[];
}

@ObjectType()
export class FlaggedContentConnection extends ConnectionType(FlaggedContentModel, 'FlaggedContent') {}

@ObjectType('ModerationAction', { description: 'An entry of the moderation log.' })
export class ModerationActionModel {
  @Field(() => ID) id: string;
  @Field(() => ModerationActionKind) action: ModerationActionKind;
  @Field(() => ID, { description: 'The global id of the comment, thread, experience or user acted on.' }) subjectId: string;
  @Field(() => UserModel, { nullable: true, description: 'The moderator; null for automatic actions.' }) actor: object | null;
  @Field() reason: string;
  @Field(() => Date, { nullable: true, description: 'For bans: when it ends.' }) until: Date | null;
  @Field(() => Int, { nullable: true, description: 'For automatic hiding: how many users had flagged the post.' }) flagCount: number | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class ModerationActionConnection extends ConnectionType(ModerationActionModel, 'ModerationAction') {}

@ObjectType()
export class ModerateContentPayload {
  @Field(() => ModeratedContent) target: object;
  @Field(() => ModerationActionModel) action: object;
}

@ObjectType()
export class ModerateThreadPayload {
  @Field(() => ThreadModel) thread: object;
  @Field(() => ModerationActionModel) action: object;
}

@ObjectType()
export class ModerateUserPayload {
  @Field(() => UserModel) user: object;
  @Field(() => ModerationActionModel) action: object;
}
