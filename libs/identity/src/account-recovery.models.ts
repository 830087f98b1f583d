import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class RequestEmailVerificationPayload {
  @Field({ description: 'Your e-mail address, to which the link was sent.' }) sentTo: string;
  @Field({ description: 'Until when the new link is valid.' }) expiresAt: Date;
}

@ObjectType()
export class VerifyEmailPayload {
  @Field({ description: 'The address now confirmed.' }) email: string;
  @Field({ description: 'When the address was confirmed (the first time, if it was confirmed before).' }) verifiedAt: Date;
}

@ObjectType()
export class RequestPasswordResetPayload {
  @Field({ description: 'The address as understood (trimmed, lower case). The answer is the same whether or not an account uses it.' })
  email: string;
}

@ObjectType()
export class ResetPasswordPayload {
  @Field({ description: "The account's e-mail address: sign in with it and the new password." }) email: string;
  @Field(() => Int, { description: 'How many devices were signed out.' }) signedOutSessions: number;
}
