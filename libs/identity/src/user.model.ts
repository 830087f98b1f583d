import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Node } from '@krisenfest/core';

@ObjectType('User', { implements: () => [Node], description: 'A person on Krisenfest.' })
export class UserModel extends Node {
  @Field() displayName: string;
  @Field(() => String, { nullable: true, description: 'Only visible to the user themselves.' })
  email: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the e-mail address is confirmed; only visible to the user themselves.' })
  emailVerified: boolean | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'While banned: until when. Only for the user themselves and moderators.' })
  bannedUntil: Date | null;
  @Field(() => String, { nullable: true, description: 'While banned: why. Only for the user themselves and moderators.' })
  banReason: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) accessToken: string;
  @Field({ description: 'When the access token expires; refresh shortly before.' }) expiresAt: Date;
  @Field({ description: 'Opaque, single use: exchange it with refreshSession for a new pair. Using it twice signs out the whole sign-in.' })
  refreshToken: string;
  @Field() refreshTokenExpiresAt: Date;
  @Field(() => UserModel) user: object;
}

@ObjectType('Session', { description: 'One signed-in device (a sign-in and all its refreshed tokens).' })
export class SessionModel {
  @Field(() => ID) id: string;
  @Field({ description: 'When this device signed in.' }) createdAt: Date;
  @Field() lastUsedAt: Date;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field({ description: 'Whether this is the session of the current request.' }) current: boolean;
}

@ObjectType()
export class RevokeSessionPayload {
  @Field(() => ID) sessionId: string;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => UserModel) user: object;
  @Field(() => Int, { description: 'How many other devices were signed out.' }) signedOutSessions: number;
}
