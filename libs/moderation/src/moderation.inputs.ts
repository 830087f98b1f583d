import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { FlagReason } from './flag.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Every moderation action says why; the reason goes into the log (and, for content, onto the item). */
function Reason(description: string): PropertyDecorator {
  return (target, key) => {
    Field({ description })(target, key);
    Transform(trim)(target, key);
    IsString()(target, key);
    MinLength(3, { message: 'reason must be at least 3 characters long' })(target, key);
    MaxLength(1000)(target, key);
  };
}

@InputType()
export class FlagContentInput {
  @Field(() => ID, { description: 'A comment, thread or experience.' }) @IsString() @MaxLength(200) targetId: string;
  @Field(() => FlagReason) @IsEnum(FlagReason) reason: FlagReason;
  @Field({ nullable: true, description: 'What is wrong; required for OTHER. Seen by moderators only.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'note must say what is wrong (at least 3 characters)' })
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class ModerateContentInput {
  @Field(() => ID, { description: 'A comment, thread or experience.' }) @IsString() @MaxLength(200) targetId: string;
  @Reason('Why; shown publicly with the post.') reason: string;
}

@InputType()
export class DismissFlagsInput {
  @Field(() => ID, { description: 'A comment, thread or experience with open flags.' }) @IsString() @MaxLength(200) targetId: string;
  @Reason('Why the post stays; for the moderation log.') reason: string;
}

@InputType()
export class LockThreadInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
  @Reason('Why; shown publicly on the thread.') reason: string;
}

@InputType()
export class MoveThreadInput {
  @Field(() => ID) @IsString() @MaxLength(200) threadId: string;
  @Field(() => ID, { nullable: true, description: 'The seminar session it continues; leave out to make it a thread of its own.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seminarSessionId?: string;
  @Reason('Why; shown publicly on the thread.') reason: string;
}

@InputType()
export class BanUserInput {
  @Field(() => ID) @IsString() @MaxLength(200) userId: string;
  @Field({ description: 'When the ban ends (at most ten years ahead).' }) @IsDate({ message: 'until must be a date and time' }) until: Date;
  @Reason('Why; shown to the banned user and in the moderation log.') reason: string;
}

@InputType()
export class UnbanUserInput {
  @Field(() => ID) @IsString() @MaxLength(200) userId: string;
  @Reason('Why; for the moderation log.') reason: string;
}

@InputType()
export class ErasePersonalDataInput {
  @Field(() => ID) @IsString() @MaxLength(200) userId: string;
  @Reason('The request it fulfils (e.g. the date and channel of the request); for the moderation log.') reason: string;
}

@ArgsType()
export class ModerationLogArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only the actions on this comment, thread, experience or user.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  subjectId?: string;
}
