import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MembershipRole } from './membership.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RequestMembershipInput {
  @Field(() => ID, { nullable: true, description: 'A municipality (roles STAFF, MUNICIPAL_ADMIN) …' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  municipalityId?: string;
  @Field(() => ID, { nullable: true, description: '… or a volunteer group (roles MEMBER, LEAD).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  volunteerGroupId?: string;
  @Field(() => MembershipRole) @IsEnum(MembershipRole) role: MembershipRole;
  @Field({ description: 'Your position and department, e.g. "Ordnungsamt, Sachgebiet Bevölkerungsschutz".' })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'position must be at least 3 characters long' })
  @MaxLength(300)
  position: string;
}

@InputType()
export class DecideMembershipInput {
  @Field(() => ID) @IsString() @MaxLength(200) membershipId: string;
  @Field() @IsBoolean() approve: boolean;
  @Field({ nullable: true, description: 'Required when rejecting; shown to the user.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType()
export class RevokeMembershipInput {
  @Field(() => ID) @IsString() @MaxLength(200) membershipId: string;
  @Field({ nullable: true, description: 'Required when someone else revokes it; shown to the user.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
