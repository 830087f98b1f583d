import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, Visibility } from '@krisenfest/core';
import { ReactionKind } from './reaction.entity';
import { ThreadKind } from './thread.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const MAX_COMMENT_LENGTH = 10000;
export const MAX_THREAD_BODY_LENGTH = 20000;

@ArgsType()
export class ThreadsArgs extends ConnectionArgs {
  @Field(() => ThreadKind, { nullable: true }) @IsOptional() @IsEnum(ThreadKind) kind?: ThreadKind;
  @Field(() => ID, { nullable: true, description: 'Only the follow-up threads of this seminar session.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seminarSessionId?: string;
}

@InputType()
export class CreateThreadInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters long' })
  @MaxLength(200)
  title: string;
  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(MAX_THREAD_BODY_LENGTH)
  body: string;
  @Field(() => ID, { nullable: true, description: 'Makes it a follow-up thread of this seminar session.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seminarSessionId?: string;
  @Field(() => Visibility, {
    nullable: true,
    description: 'Who may read it (default PUBLIC). MEMBERS needs ownerMunicipalityId or ownerVolunteerGroupId.',
  })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
  @Field(() => ID, {
    nullable: true,
    description: 'The municipality whose verified staff may read a MEMBERS thread; you must be one of them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerMunicipalityId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The volunteer group whose verified members may read a MEMBERS thread; you must be one of them.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ownerVolunteerGroupId?: string;
  @Field({
    nullable: true,
    description:
      'Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey?: string;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
  @Field({ description: 'Markdown.' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(MAX_COMMENT_LENGTH)
  body: string;
  @Field(() => ID, { nullable: true, description: 'Reply to this comment.' }) @IsOptional() @IsString() @MaxLength(200) parentId?: string;
  @Field(() => [ID], {
    nullable: true,
    description: "A question to speakers of the thread's seminar session (SeminarSpeaker ids): their linked accounts are notified.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  addressedSpeakerIds?: string[];
  @Field(() => [ID], {
    nullable: true,
    description: 'People mentioned in the text as @Name (User ids, e.g. from Thread.participants): they are notified.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  mentionedUserIds?: string[];
  @Field({
    nullable: true,
    description:
      'Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _' })
  idempotencyKey?: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID) @IsString() @MaxLength(200) commentId: string;
  @Field() @Transform(trim) @IsString() @MinLength(1, { message: 'body must not be empty' }) @MaxLength(MAX_COMMENT_LENGTH) body: string;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID) @IsString() @MaxLength(200) commentId: string;
}

@InputType()
export class ReactionInput {
  @Field(() => ID, { description: 'A Comment or an Experience.' }) @IsString() @MaxLength(200) targetId: string;
  @Field(() => ReactionKind) @IsEnum(ReactionKind) kind: ReactionKind;
}

@InputType()
export class MarkThreadSeenInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
}

@InputType()
export class AcceptAnswerInput {
  @Field(() => ID, { description: 'The comment that asked.' }) @IsString() @MaxLength(200) questionId: string;
  @Field(() => ID, { description: 'The reply that answers it (in the same thread).' }) @IsString() @MaxLength(200) answerId: string;
}

@InputType()
export class CloseThreadInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
  @Field({ description: 'What the discussion came to (Markdown), shown on top of the thread.' })
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'conclusion must be at least 10 characters' })
  @MaxLength(MAX_COMMENT_LENGTH)
  conclusion: string;
}

@InputType()
export class ReopenThreadInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
}
