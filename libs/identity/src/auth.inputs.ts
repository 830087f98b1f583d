import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT } from './password-policy';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RegisterInput {
  @Field() @Transform(trim) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;

  // The length is checked here as well as by checkPassword (in register), so a too-short password is reported
  // together with the other invalid fields.
  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: PASSWORD_TOO_SHORT })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: PASSWORD_TOO_LONG })
  password: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'displayName must be at least 2 characters long' })
  @MaxLength(80)
  displayName: string;
}

@InputType()
export class LoginInput {
  @Field() @Transform(trim) @IsString() @MinLength(1) @MaxLength(254) email: string;
  @Field() @IsString() @MinLength(1) @MaxLength(200) password: string;
}

@InputType()
export class RefreshSessionInput {
  @Field({ description: 'The refreshToken of the last register, login or refreshSession.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID) @IsString() @MaxLength(200) sessionId: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH) currentPassword: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `new${PASSWORD_TOO_SHORT.replace('p', 'P')}` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `new${PASSWORD_TOO_LONG.replace('p', 'P')}` })
  newPassword: string;
}
