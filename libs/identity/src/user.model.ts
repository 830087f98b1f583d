import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node, PlatformRole } from '@krisenfest/core';

registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'A role on the whole platform, beside memberships in municipalities and groups.',
  valuesMap: {
    MODERATOR: { description: 'Moderation: review queue, hiding, locking, bans.' },
    ADMIN: { description: 'Administration: everything a moderator may, and every membership decision.' },
    ORGANIZER: { description: 'Organises seminars for the whole platform.' },
  },
});

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
  @Field(() => [PlatformRole], {
    nullable: true,
    description: 'Your roles on the whole platform (e.g. to offer the moderation pages); null on anyone else’s account.',
  })
  platformRoles: PlatformRole[] | null;
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
