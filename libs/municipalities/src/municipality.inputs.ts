import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { Bundesland, MunicipalityKind } from './municipality.entity';

@ArgsType()
export class MunicipalitiesArgs extends ConnectionArgs {
  @Field(() => Bundesland, { nullable: true }) @IsOptional() @IsEnum(Bundesland) state?: Bundesland;
  @Field(() => MunicipalityKind, { nullable: true }) @IsOptional() @IsEnum(MunicipalityKind) kind?: MunicipalityKind;
  @Field(() => ID, { nullable: true, description: 'Only the Gemeinden of this Landkreis.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  parentId?: string;
  @Field({ nullable: true, description: 'Part of the name, case-insensitive (e.g. "ahr").' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameContains?: string;
}

@ArgsType()
export class MunicipalityArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) id?: string;
  @Field({ nullable: true, description: 'Official key (AGS or Kreisschlüssel).' })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  officialKey?: string;
}
