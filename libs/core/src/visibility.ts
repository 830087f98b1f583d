import { registerEnumType } from '@nestjs/graphql';

/** Who may read an experience or a thread (and everything under it). */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  /** Signed-in users with a verified membership anywhere. */
  VERIFIED = 'VERIFIED',
  /** Only the verified members of the owning municipality or group. */
  MEMBERS = 'MEMBERS',
}

registerEnumType(Visibility, {
  name: 'Visibility',
  valuesMap: {
    PUBLIC: { description: 'öffentlich: everyone, also without an account' },
    VERIFIED: { description: 'signed-in users with a verified membership in any municipality or group' },
    MEMBERS: { description: 'only the verified members of the owning municipality or volunteer group' },
  },
});
