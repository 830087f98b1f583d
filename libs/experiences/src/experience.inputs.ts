import { ArgsType, Field, ID, InputType, PickType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, Visibility } from '@krisenfest/core';
import { Hazard } from '@krisenfest/crises';
import { Bundesland } from '@krisenfest/municipalities';
import { CrisisPhase, ExperienceStatus, RecommendationAddressee, RecommendationStatus } from './experience.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;
const LONG_TEXT = 20000;

export enum ExperienceOrder {
  NEWEST = 'NEWEST',
  MOST_HELPFUL = 'MOST_HELPFUL',
}
registerEnumType(ExperienceOrder, {
  name: 'ExperienceOrder',
  valuesMap: { NEWEST: { description: 'Newest first.' }, MOST_HELPFUL: { description: 'Most HELPFUL reactions first.' } },
});

@InputType()
export class ExperienceFilter {
  @Field(() => Hazard, { nullable: true }) @IsOptional() @IsEnum(Hazard) hazard?: Hazard;
  @Field(() => CrisisPhase, { nullable: true }) @IsOptional() @IsEnum(CrisisPhase) phase?: CrisisPhase;
  @Field(() => ID, { nullable: true, description: 'A municipality; a Landkreis includes its Gemeinden.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) crisisId?: string;
  @Field(() => ID, { nullable: true, description: 'The lessons its authors wrote for this volunteer group.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  volunteerGroupId?: string;
  @Field(() => Bundesland, { nullable: true }) @IsOptional() @IsEnum(Bundesland) state?: Bundesland;
  @Field(() => ExperienceStatus, { nullable: true, description: 'PUBLISHED (default), or DRAFT for your own drafts.' })
  @IsOptional()
  @IsEnum(ExperienceStatus)
  status?: ExperienceStatus;
}

@ArgsType()
export class ExperiencesArgs extends ConnectionArgs {
  @Field(() => ExperienceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExperienceFilter)
  filter?: ExperienceFilter;
  @Field(() => ExperienceOrder, { nullable: true, defaultValue: ExperienceOrder.NEWEST })
  @IsOptional()
  @IsEnum(ExperienceOrder)
  orderBy?: ExperienceOrder;
}

@InputType()
export class RecommendationInput {
  @Field() @Transform(trim) @IsString() @MinLength(3, { message: 'text must be at least 3 characters long' }) @MaxLength(2000) text: string;
  @Field(() => RecommendationAddressee) @IsEnum(RecommendationAddressee) addressee: RecommendationAddressee;
  @Field(() => RecommendationStatus, { nullable: true }) @IsOptional() @IsEnum(RecommendationStatus) status?: RecommendationStatus;
}

/** The fields an author writes; all optional here, required ones are enforced in CreateExperienceInput. */
@InputType({ isAbstract: true })
abstract class ExperienceContentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(LONG_TEXT) situation?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(LONG_TEXT) actions?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(LONG_TEXT) outcome?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(LONG_TEXT) rootCause?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Transform(trim) @IsString() @MaxLength(LONG_TEXT) transferability?: string;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Transform(trimAll)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(80, { each: true })
  fieldsOfAction?: string[];
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Transform(trimAll)
  @IsString({ each: true })
  @MinLength(2, { each: true })
  @MaxLength(120, { each: true })
  actors?: string[];
  @Field(() => [RecommendationInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RecommendationInput)
  recommendations?: RecommendationInput[];
  @Field(() => ID, { nullable: true, description: 'The crisis it belongs to; on update, null takes the link off.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  crisisId?: string | null;
  @Field(() => Visibility, {
    nullable: true,
    description: 'Who may read it once published (default PUBLIC); MEMBERS: the staff of its municipality, or the members of its group.',
  })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility;
  @Field(() => ID, { nullable: true, description: 'The seminar session this lesson came from; on update, null takes the link off.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  seminarSessionId?: string | null;
}

@InputType()
export class CreateExperienceInput extends ExperienceContentInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'title must be at least 5 characters long' })
  @MaxLength(200)
  title: string;
  @Field({ description: 'At most 300 characters.' })
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'summary must be at least 10 characters long' })
  @MaxLength(300, { message: 'summary must be at most 300 characters long' })
  summary: string;
  @Field(() => [Hazard])
  @IsArray()
  @ArrayMinSize(1, { message: 'hazards must name at least one hazard' })
  @ArrayMaxSize(5)
  @IsEnum(Hazard, { each: true })
  hazards: Hazard[];
  @Field(() => CrisisPhase) @IsEnum(CrisisPhase) phase: CrisisPhase;
  @Field(() => ID, { description: 'Where it happened; you speak for it unless volunteerGroupId is set.' })
  @IsString()
  @MaxLength(200)
  municipalityId: string;
  @Field(() => ID, { nullable: true, description: 'Write on behalf of this volunteer group.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  volunteerGroupId?: string;
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
export class UpdateExperienceInput extends ExperienceContentInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'title must be at least 5 characters long' })
  @MaxLength(200)
  title?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'summary must be at least 10 characters long' })
  @MaxLength(300, { message: 'summary must be at most 300 characters long' })
  summary?: string;
  @Field(() => [Hazard], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEnum(Hazard, { each: true })
  hazards?: Hazard[];
  @Field(() => CrisisPhase, { nullable: true }) @IsOptional() @IsEnum(CrisisPhase) phase?: CrisisPhase;
}

@InputType()
export class PublishExperienceInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

/** What a lesson drawn from a discussion needs besides the discussion: the same fields, and checks, as createExperience. */
@InputType()
export class DraftLessonFromThreadInput extends PickType(
  CreateExperienceInput,
  ['hazards', 'phase', 'municipalityId', 'volunteerGroupId'] as const,
  InputType,
) {
  @Field(() => ID, { description: 'The discussion to draw the lesson from.' }) @IsString() @MaxLength(200) threadId: string;
}
