import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RegisterInput {
  @Field() @Transform(trim) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;

  @Field({ description: 'At least 10 characters.' })
  @IsString() @MinLength(10, { message: 'password must be at least 10 characters long' }) @MaxLength(200) password: string;

  @Field() @Transform(trim) @IsString()
  @MinLength(2, { message: 'displayName must be at least 2 characters long' }) @MaxLength(80) displayName: string;
}

@InputType()
export class LoginInput {
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
}
