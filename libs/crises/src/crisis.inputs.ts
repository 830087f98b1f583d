import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs, DateScalar } from '@krisenfest/core';
import { CrisisStatus, Hazard } from './crisis.entity';

@ArgsType()
export class CrisesArgs extends ConnectionArgs {
  @Field(() => Hazard, { nullable: true, description: 'Only crises that were (among others) of this kind.' })
  @IsOptional()
  @IsEnum(Hazard)
  hazard?: Hazard;
  @Field(() => ID, { nullable: true, description: 'Only crises that affected this municipality; a Landkreis includes its Gemeinden.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
  @Field(() => CrisisStatus, {
    defaultValue: CrisisStatus.CONFIRMED,
    description: 'PROPOSED lists the proposals waiting for the moderation; REJECTED ones only to their proposers and moderators.',
  })
  @IsOptional()
  @IsEnum(CrisisStatus)
  status?: CrisisStatus;
}

@ArgsType()
export class CrisisArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ProposeCrisisInput {
  @Field({ description: 'How people call it, e.g. "Hochwasser Juli 2021".' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name: string;

  @Field(() => [Hazard], { description: 'What kind of event it was; at least one.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ArrayUnique()
  @IsEnum(Hazard, { each: true })
  hazards: Hazard[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => DateScalar) @IsString() startsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Leave out while it is going on.' })
  @IsOptional()
  @IsString()
  endsOn?: string | null;

  @Field(() => [ID], { description: 'The municipalities it hit; at least one.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  affectedMunicipalityIds: string[];
}

@InputType()
export class UpdateCrisisInput extends PartialType(ProposeCrisisInput) {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

@InputType()
export class CrisisIdInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

@InputType()
export class RejectCrisisInput extends CrisisIdInput {
  @Field({ description: 'Why, for the person who proposed it.' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

@InputType()
export class MergeCrisisInput extends CrisisIdInput {
  @Field(() => ID, { description: 'The crisis it duplicates, which keeps its lessons, places and followers.' })
  @IsString()
  @MaxLength(200)
  intoId: string;
}

@InputType()
export class EndCrisisInput extends CrisisIdInput {
  @Field(() => DateScalar, { nullable: true, description: 'The last day; today (Europe/Berlin) when left out.' })
  @IsOptional()
  @IsString()
  endsOn?: string | null;
}
