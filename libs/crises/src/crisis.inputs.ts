import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
import { Hazard } from './crisis.entity';

@ArgsType()
export class CrisesArgs extends ConnectionArgs {
  @Field(() => Hazard, { nullable: true }) @IsOptional() @IsEnum(Hazard) hazard?: Hazard;
  @Field(() => ID, { nullable: true, description: 'Only crises that affected this municipality; a Landkreis includes its Gemeinden.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
}

@ArgsType()
export class CrisisArgs {
  @Field(() => ID) @IsString() @MaxLength(200) id: string;
}
