import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { VolunteerGroupKind } from './volunteer-group.entity';

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
}

@ArgsType()
export class VolunteerGroupArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}
