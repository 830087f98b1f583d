import { AuthUser, isModerator, PlatformRole } from '@krisenfest/core';
import { RowShape } from '@krisenfest/database';

/** The columns of an account that GraphQL can show. */
export interface UserRow {
  id: string;
  displayName: string;
  email: string;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  bannedUntil: Date | null;
  banReason: string | null;
  /** MODERATOR, ADMIN, ORGANIZER (user_account.platform_roles). */
  platformRoles: string[];
}

export const USER_ROW = new RowShape<UserRow>(
  {
    id: 'id',
    displayName: 'display_name',
    email: 'email',
    emailVerifiedAt: 'email_verified_at',
    createdAt: 'created_at',
    bannedUntil: 'banned_until',
    banReason: 'ban_reason',
    platformRoles: { column: 'platform_roles', as: 'text[]' },
  },
  undefined,
  {
    always: ['id'],
    fields: { emailVerified: ['emailVerifiedAt'], bannedUntil: ['bannedUntil', 'banReason'], banReason: ['bannedUntil', 'banReason'] },
  },
);

/**
 * A user as GraphQL shows them to one caller. What is private is decided here, once per row: the e-mail
 * address and its confirmation only for the user themselves; a running ban for them and the moderation.
 */
export interface UserView {
  __typename: 'User';
  id: string;
  displayName: string;
  createdAt: Date;
  email: string | null;
  emailVerified: boolean | null;
  bannedUntil: Date | null;
  banReason: string | null;
  /** The user's roles on the whole platform; only for the user themselves (null for others). */
  platformRoles: string[] | null;
  /** Whether the caller is this user (e.g. right after signing in): fields only for them are filled. */
  isSelf: boolean;
}

export function userView(viewer: AuthUser | null, row: UserRow, isSelf = viewer?.id === row.id): UserView {
  const banned = row.bannedUntil != null && row.bannedUntil.getTime() > Date.now() && (isSelf || isModerator(viewer));
  return {
    __typename: 'User',
    id: row.id,
    displayName: row.displayName,
    createdAt: row.createdAt,
    email: isSelf ? row.email : null,
    emailVerified: isSelf ? row.emailVerifiedAt != null : null,
    bannedUntil: banned ? row.bannedUntil : null,
    banReason: banned ? row.banReason : null,
    platformRoles: isSelf ? (row.platformRoles ?? []).filter((role) => role in PlatformRole) : null,
    isSelf,
  };
}
