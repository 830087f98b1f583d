import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '@krisenfest/core';

@ObjectType('User', { implements: () => [Node], description: 'A person on Krisenfest.' })
export class UserModel extends Node {
  @Field() displayName: string;
  @Field(() => String, { nullable: true, description: 'Only visible to the user themselves.' })
  email: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) accessToken: string;
  @Field() expiresAt: Date;
  @Field(() => UserModel) user: object;
}
