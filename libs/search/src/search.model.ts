import { ArgsType, createUnionType, Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Transform } from 'class-transformer';
import { ConnectionArgs, ConnectionType, typeNameOf } from '@krisenfest/core';
import { ThreadModel } from '@krisenfest/discussions';
import { ExperienceModel } from '@krisenfest/experiences';
import { ExperienceFilter } from '@krisenfest/experiences';

export enum SearchType {
  EXPERIENCE = 'EXPERIENCE',
  THREAD = 'THREAD',
}
registerEnumType(SearchType, { name: 'SearchType' });

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [ExperienceModel, ThreadModel] as const,
  resolveType: (value: object) => typeNameOf(value),
});

@ObjectType()
export class SearchHit {
  @Field(() => SearchResult) node: object;
  @Field(() => Float, { description: 'Relevance; higher is better.' }) rank: number;
  @Field({ description: 'An excerpt as HTML, the matched words in <mark>; everything else escaped.' }) snippet: string;
}

@ObjectType()
export class SearchHitConnection extends ConnectionType(SearchHit, 'SearchHit') {}

@InputType()
export class SearchFilter extends ExperienceFilter {
  @Field(() => [SearchType], { nullable: true, description: 'What to search (default: both). Experience filters leave threads out.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[];
}

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field({ description: 'Words as in a web search: "Hochwasser Spontanhelfende", "exakte Phrase", -ausschließen, oder.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(2, { message: 'query must be at least 2 characters long' })
  @MaxLength(200)
  query: string;

  @Field(() => SearchFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SearchFilter) filter?: SearchFilter;
}
