import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { ConnectionArgs } from '@krisenfest/core';
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
