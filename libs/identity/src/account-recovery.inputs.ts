import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT } from './password-policy';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Tokens are 43 characters (32 random bytes, base64url); the limit only keeps junk short. */
const TOKEN_MAX_LENGTH = 200;

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the confirmation mail (the `token` parameter).' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(TOKEN_MAX_LENGTH, { message: 'token is not valid' })
  token: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field() @Transform(trim) @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(254) email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the link in the password-reset mail (the `token` parameter).' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'token must not be empty' })
  @MaxLength(TOKEN_MAX_LENGTH, { message: 'token is not valid' })
  token: string;

  @Field({ description: `At least ${PASSWORD_MIN_LENGTH} characters.` })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `new${PASSWORD_TOO_SHORT.replace('p', 'P')}` })
  @MaxLength(PASSWORD_MAX_LENGTH, { message: `new${PASSWORD_TOO_LONG.replace('p', 'P')}` })
  newPassword: string;
}
