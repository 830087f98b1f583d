import { Crisis } from '@krisenfest/crises';
import { IdempotencyKey } from '@krisenfest/database';
import { AcceptedAnswer, Comment, CommentQuestion, Reaction, Thread } from '@krisenfest/discussions';
import { Experience, ExperienceRecommendation } from '@krisenfest/experiences';
import { AccountToken, User, UserSession } from '@krisenfest/identity';
import { Membership, MembershipEvent } from '@krisenfest/memberships';
import { Flag, ModerationAction } from '@krisenfest/moderation';
import { Municipality } from '@krisenfest/municipalities';
import { Follow, Notification, NotificationDigestState, NotificationPreference } from '@krisenfest/notifications';
import { MailOutboxEntry } from '@krisenfest/mail';
import { SeminarRegistration, SeminarReminderSetting, SeminarSeries, SeminarSession, SeminarSpeaker } from '@krisenfest/seminars';
import { VolunteerGroup } from '@krisenfest/volunteer-groups';

/** Every table Krisenfest owns; the API, the CLI and the tests open the database with this list. */
export const ENTITIES = [
  Municipality,
  VolunteerGroup,
  User,
  Membership,
  Crisis,
  SeminarSeries,
  SeminarSession,
  SeminarSpeaker,
  SeminarRegistration,
  SeminarReminderSetting,
  MailOutboxEntry,
  Follow,
  Notification,
  NotificationPreference,
  NotificationDigestState,
  Thread,
  Comment,
  Reaction,
  CommentQuestion,
  AcceptedAnswer,
  Experience,
  ExperienceRecommendation,
  IdempotencyKey,
  MembershipEvent,
  UserSession,
  Flag,
  ModerationAction,
  AccountToken,
];
