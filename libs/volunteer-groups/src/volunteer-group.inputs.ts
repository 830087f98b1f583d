import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { VolunteerGroupKind, VolunteerGroupStatus } from './volunteer-group.entity';

@ArgsType()
export class VolunteerGroupsArgs extends ConnectionArgs {
  @Field(() => VolunteerGroupKind, { nullable: true }) @IsOptional() @IsEnum(VolunteerGroupKind) kind?: VolunteerGroupKind;
  @Field(() => ID, {
    nullable: true,
    description: 'Only groups based in or serving this municipality; a Landkreis includes its Gemeinden.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
  @Field({ nullable: true, description: 'Part of the name, case-insensitive (e.g. "tafel").' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameContains?: string;
  @Field(() => VolunteerGroupStatus, {
    defaultValue: VolunteerGroupStatus.CONFIRMED,
    description:
      'PENDING lists the registrations waiting for a decision: those you may decide (platform and municipal admins) and your own.',
  })
  @IsOptional()
  @IsEnum(VolunteerGroupStatus)
  status?: VolunteerGroupStatus;
}

@ArgsType()
export class VolunteerGroupArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };
/** At most this many municipalities served by one group. */
export const MAX_MUNICIPALITIES_SERVED = 50;

/** The municipalities a group serves, as global ids: at least one. */
const MunicipalityIds = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1, { message: 'municipalityIdsServed must name at least one municipality' }),
    ArrayMaxSize(MAX_MUNICIPALITIES_SERVED),
    IsString({ each: true }),
    MaxLength(200, { each: true }),
  );

@InputType({ isAbstract: true })
class GroupFields {
  @Field({ nullable: true, description: 'What the group does (Markdown or plain text); when editing, an empty text clears it.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  description?: string;
  @Field({ nullable: true, description: "The group's website, an http(s):// address; when editing, an empty text clears it." })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, value) => value !== '')
  @IsUrl(WEBSITE, { message: 'website must be an http:// or https:// address' })
  @MaxLength(2000)
  website?: string;
  @Field(() => ID, { nullable: true, description: 'Where the group is based; when editing, an empty text clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  homeMunicipalityId?: string;
}

@InputType()
export class RegisterVolunteerGroupInput extends GroupFields {
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field(() => VolunteerGroupKind) @IsEnum(VolunteerGroupKind) kind: VolunteerGroupKind;
  @Field(() => [ID], { description: 'The municipalities the group works in (1 to 50).' })
  @MunicipalityIds()
  municipalityIdsServed: string[];
}

@InputType()
export class UpdateVolunteerGroupInput extends GroupFields {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ nullable: true }) @IsOptional() @Transform(trim) @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @Field(() => VolunteerGroupKind, { nullable: true }) @IsOptional() @IsEnum(VolunteerGroupKind) kind?: VolunteerGroupKind;
  @Field(() => [ID], { nullable: true, description: 'Replaces the municipalities served (1 to 50).' })
  @IsOptional()
  @MunicipalityIds()
  municipalityIdsServed?: string[];
}

@InputType()
export class ConfirmVolunteerGroupInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}

@InputType()
export class RejectVolunteerGroupInput {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
  @Field({ description: 'Why, for the registrant.' }) @Transform(trim) @IsString() @MinLength(3) @MaxLength(1000) reason: string;
}
