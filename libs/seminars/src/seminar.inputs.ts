import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { SpeakerConfirmation } from './seminar.entity';
import { SeminarTimeFilter } from './seminar.model';

@ArgsType()
export class SeminarSessionsArgs extends ConnectionArgs {
  @Field(() => SeminarTimeFilter, { defaultValue: SeminarTimeFilter.ALL })
  @IsOptional()
  @IsEnum(SeminarTimeFilter)
  when?: SeminarTimeFilter;
  @Field(() => ID, { nullable: true, description: 'Only the sessions of this series.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seriesId?: string;
}

@ArgsType()
export class SeminarSessionArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

@ArgsType()
export class SeminarSeriesArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
const ONLINE_URL = { protocols: ['https'], require_protocol: true, require_tld: false };

/** Up to 10 names of organisations, as a series presents its organisers. */
const OrganiserNames = () =>
  applyDecorators(
    Transform(trimAll),
    IsArray(),
    ArrayMaxSize(10),
    IsString({ each: true }),
    MinLength(2, { each: true }),
    MaxLength(200, { each: true }),
  );

/** An optional list of up to 10 global ids. */
const OptionalIdList = () =>
  applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(10), IsString({ each: true }), MaxLength(200, { each: true }));

@InputType()
export class CreateSeminarSeriesInput {
  @Field() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) title: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) description?: string;
  @Field(() => [String], { description: 'The organisations running the series as they present themselves, in order.' })
  @OrganiserNames()
  organisers: string[];
  @Field(() => [ID], {
    nullable: true,
    description: 'Municipalities whose verified staff organise the series; without the ORGANIZER role, only your own.',
  })
  @OptionalIdList()
  organisingMunicipalityIds?: string[];
  @Field(() => [ID], {
    nullable: true,
    description: 'Volunteer groups whose verified members organise the series; without the ORGANIZER role, only your own.',
  })
  @OptionalIdList()
  organisingVolunteerGroupIds?: string[];
}

@InputType()
export class UpdateSeminarSeriesInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(5000) description?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @OrganiserNames()
  organisers?: string[];
}

/** The fields of a session that organisers set; all optional when editing. */
@InputType({ isAbstract: true })
class SessionFields {
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200) topic?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(10000) description?: string;
  @Field({ nullable: true, description: 'The link to join (https), shown to registrants.' })
  @IsOptional()
  @IsUrl(ONLINE_URL, { message: 'onlineUrl must be an https:// address' })
  @MaxLength(2000)
  onlineUrl?: string;
  @Field({ nullable: true, description: 'IANA time zone the session is announced in (default Europe/Berlin).' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Berlin' })
  timeZone?: string;
  @Field(() => Int, { nullable: true, description: 'Seats; without it, no limit.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number;
  @Field({ nullable: true, description: 'When registration opens (default: at once).' })
  @IsOptional()
  @IsDate({ message: 'registrationOpensAt must be a date and time' })
  registrationOpensAt?: Date;
  @Field({ nullable: true, description: 'When registration closes (default: when the session starts).' })
  @IsOptional()
  @IsDate({ message: 'registrationClosesAt must be a date and time' })
  registrationClosesAt?: Date;
  @Field(() => [String], { nullable: true, description: 'Up to 10 questions the session sets out to discuss.' })
  @IsOptional()
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(3, { each: true })
  @MaxLength(500, { each: true })
  guidingQuestions?: string[];
}

@InputType()
export class CreateSeminarSessionInput extends SessionFields {
  @Field(() => ID) @IsString() @MaxLength(200) seriesId: string;
  @Field() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) title: string;
  @Field({ description: 'An instant with its offset, e.g. 2023-01-25T13:30:00+01:00.' })
  @IsDate({ message: 'startsAt must be a date and time' })
  startsAt: Date;
  @Field() @IsDate({ message: 'endsAt must be a date and time' }) endsAt: Date;
}

@InputType()
export class UpdateSeminarSessionInput extends SessionFields {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MinLength(3) @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate({ message: 'startsAt must be a date and time' }) startsAt?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate({ message: 'endsAt must be a date and time' }) endsAt?: Date;
}

@InputType()
export class CancelSeminarSessionInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ description: 'Why, for the registrants.' }) @Transform(trim) @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}

@InputType({ isAbstract: true })
class SpeakerFields {
  @Field({ nullable: true, description: 'e.g. "Bürgermeister der Stadt Plochingen".' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  role?: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(300) organisation?: string;
  @Field(() => ID, { nullable: true, description: 'The municipality the speaker speaks for.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
  @Field(() => ID, { nullable: true, description: 'The volunteer group the speaker speaks for.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  volunteerGroupId?: string;
  @Field(() => ID, { nullable: true, description: "The speaker's own account, if they have one." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  userId?: string;
  @Field(() => SpeakerConfirmation, { nullable: true, description: 'Default REQUESTED (angefragt).' })
  @IsOptional()
  @IsEnum(SpeakerConfirmation)
  confirmation?: SpeakerConfirmation;
}

@InputType()
export class AddSeminarSpeakerInput extends SpeakerFields {
  @Field(() => ID) @IsString() @MaxLength(200) sessionId: string;
  @Field() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) name: string;
}

@InputType()
export class UpdateSeminarSpeakerInput extends SpeakerFields {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) name?: string;
}

@InputType()
export class RemoveSeminarSpeakerInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

@InputType()
export class RegisterForSeminarSessionInput {
  @Field(() => ID) @IsString() @MaxLength(200) sessionId: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A reminder mail before the session (SEMINAR_REMINDER_HOURS, default 24 h); default true.',
  })
  @IsOptional()
  @IsBoolean()
  reminder?: boolean;
}

@InputType()
export class CancelSeminarRegistrationInput {
  @Field(() => ID) @IsString() @MaxLength(200) sessionId: string;
}

@InputType()
export class SetSeminarReminderInput {
  @Field(() => ID) @IsString() @MaxLength(200) sessionId: string;
  @Field() @IsBoolean() reminder: boolean;
}

@InputType()
export class MarkSeminarAttendanceInput {
  @Field(() => ID, { description: 'A SeminarRegistration id, from SeminarSession.registrations.' })
  @IsString()
  @MaxLength(200)
  registrationId: string;
  @Field() @IsBoolean() attended: boolean;
}

@InputType()
export class RecordSeminarSessionInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ nullable: true, description: 'Minutes (Markdown); an empty text removes them.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50000)
  minutes?: string;
  @Field({ nullable: true, description: 'A link (https) to the recording; an empty text removes it.' })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, value) => value !== '')
  @IsUrl(ONLINE_URL, { message: 'recordingUrl must be an https:// address' })
  @MaxLength(2000)
  recordingUrl?: string;
}

@InputType()
export class SetSeminarRemindersInput {
  @Field({ description: 'true: a reminder mail before each session you registered for; false: none.' }) @IsBoolean() reminders: boolean;
}
