import { SetMetadata } from '@nestjs/common';
import { AuthUser } from '../context';

/**
 * What an operation needs. Every root query and mutation declares one with @Allow; the PermissionGuard
 * refuses an operation that declares none, so a new resolver is closed until someone decides who may call it.
 */
export enum Permission {
  /** Reading public content and the reference data. */
  Read = 'Read',
  Register = 'Register',
  Login = 'Login',
  ReadViewer = 'ReadViewer',
  /** Exchanging a refresh token; the token itself is the credential. */
  RefreshSession = 'RefreshSession',
  /** Signing out the current device; revoking one's own sessions; changing one's own password. */
  SignOut = 'SignOut',
  RevokeSession = 'RevokeSession',
  ChangePassword = 'ChangePassword',
  /** Asking for another mail with the link that confirms one's own e-mail address. */
  RequestEmailVerification = 'RequestEmailVerification',
  /** Confirming an address, asking for and using a password reset: the token from the mail is the credential. */
  VerifyEmail = 'VerifyEmail',
  RequestPasswordReset = 'RequestPasswordReset',
  ResetPassword = 'ResetPassword',
  CreateExperience = 'CreateExperience',
  UpdateExperience = 'UpdateExperience',
  PublishExperience = 'PublishExperience',
  CreateThread = 'CreateThread',
  AddComment = 'AddComment',
  EditComment = 'EditComment',
  DeleteComment = 'DeleteComment',
  React = 'React',
  RequestMembership = 'RequestMembership',
  /** Deciding, revoking and listing requests; who decides what is AccessService's rule. */
  DecideMembership = 'DecideMembership',
  FlagContent = 'FlagContent',
  /** Registering a volunteer group (it waits for a decision). */
  RegisterVolunteerGroup = 'RegisterVolunteerGroup',
  /** Changing a volunteer group; who may, for which group, is VolunteerGroupService's rule. */
  EditVolunteerGroup = 'EditVolunteerGroup',
  /** Confirming or rejecting a registered group; who decides which is VolunteerGroupService's rule. */
  DecideVolunteerGroup = 'DecideVolunteerGroup',
  /** The review queue and log; hiding, restoring, locking and moving content. */
  Moderate = 'Moderate',
  /** Banning and unbanning users, erasing personal data on request. */
  ModerateUsers = 'ModerateUsers',
  /** Creating and editing seminar series, sessions and speakers; which ones is SeminarService's rule. */
  OrganiseSeminars = 'OrganiseSeminars',
  /** Registering for seminar sessions. */
  RegisterForSeminars = 'RegisterForSeminars',
  /** Cancelling one's own registration, switching its reminder (also while banned: it frees the seat). */
  ManageOwnRegistration = 'ManageOwnRegistration',
  /** Following, tracking and muting threads and sessions; marking a thread seen. */
  Follow = 'Follow',
  /** Marking one's own notifications read. */
  ReadNotifications = 'ReadNotifications',
  /** Turning off a kind of notification mail with the link in such a mail: the token is the credential. */
  UnsubscribeNotificationMails = 'UnsubscribeNotificationMails',
  /** Proposing, changing and ending crises; who may, for which crisis, is CrisisService's rule (verified staff). */
  ProposeCrisis = 'ProposeCrisis',
  /** Confirming, rejecting and merging proposed crises. */
  ReviewCrises = 'ReviewCrises',
}

export type PermissionRule = (user: AuthUser | null) => boolean;

/** Roles on the whole platform (user_account.platform_roles), beside memberships in municipalities and groups. */
export enum PlatformRole {
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
  /** Organises seminars for the whole platform (any series), without a membership. */
  ORGANIZER = 'ORGANIZER',
}

export const MODERATOR_ROLES: readonly string[] = [PlatformRole.MODERATOR, PlatformRole.ADMIN];

/** Whether the user is banned right now. */
export function isBanned(user: AuthUser | null): boolean {
  return !!user?.bannedUntil && user.bannedUntil.getTime() > Date.now();
}

/** Moderators and admins: they moderate (an admin may do all a moderator may). */
export function isModerator(user: Pick<AuthUser, 'platformRoles'> | null): boolean {
  return !!user?.platformRoles?.some((role) => MODERATOR_ROLES.includes(role));
}

export function isAdmin(user: Pick<AuthUser, 'platformRoles'> | null): boolean {
  return !!user?.platformRoles?.includes(PlatformRole.ADMIN);
}

/** Organisers of the platform and admins: they may organise any seminar series. */
export function isPlatformOrganizer(user: Pick<AuthUser, 'platformRoles'> | null): boolean {
  return !!user?.platformRoles?.some((role) => role === PlatformRole.ORGANIZER || role === PlatformRole.ADMIN);
}

const anyone: PermissionRule = () => true;
const signedIn: PermissionRule = (user) => user !== null;
/** Writing: signed in and not banned. A banned user still reads, signs out, deletes their own comments. */
const contributor: PermissionRule = (user) => user !== null && !isBanned(user);
const moderator: PermissionRule = (user) => contributor(user) && isModerator(user);

/**
 * The one table of who may call what. Object-level rules (only the author edits) live in the services'
 * policy checks, which run after this guard.
 */
export const PERMISSION_RULES: Record<Permission, PermissionRule> = {
  [Permission.Read]: anyone,
  [Permission.Register]: anyone,
  [Permission.Login]: anyone,
  [Permission.ReadViewer]: anyone,
  [Permission.RefreshSession]: anyone,
  [Permission.SignOut]: signedIn,
  [Permission.RevokeSession]: signedIn,
  [Permission.ChangePassword]: signedIn,
  [Permission.RequestEmailVerification]: signedIn,
  [Permission.VerifyEmail]: anyone,
  [Permission.RequestPasswordReset]: anyone,
  [Permission.ResetPassword]: anyone,
  [Permission.CreateExperience]: contributor,
  [Permission.UpdateExperience]: contributor,
  [Permission.PublishExperience]: contributor,
  [Permission.CreateThread]: contributor,
  [Permission.AddComment]: contributor,
  [Permission.EditComment]: contributor,
  [Permission.DeleteComment]: signedIn,
  [Permission.React]: contributor,
  [Permission.RequestMembership]: contributor,
  [Permission.DecideMembership]: contributor,
  [Permission.FlagContent]: contributor,
  [Permission.RegisterVolunteerGroup]: contributor,
  [Permission.EditVolunteerGroup]: contributor,
  [Permission.DecideVolunteerGroup]: contributor,
  [Permission.Moderate]: moderator,
  [Permission.ModerateUsers]: moderator,
  [Permission.OrganiseSeminars]: contributor,
  [Permission.RegisterForSeminars]: contributor,
  [Permission.ManageOwnRegistration]: signedIn,
  [Permission.Follow]: signedIn,
  [Permission.ReadNotifications]: signedIn,
  [Permission.UnsubscribeNotificationMails]: anyone,
  [Permission.ProposeCrisis]: contributor,
  [Permission.ReviewCrises]: moderator,
};

export const PERMISSION_KEY = 'krisenfest:permission';

/** Declares the permission an operation needs. */
export const Allow = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);
