/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptAnswerInput = {
  /** The reply that answers it (in the same thread). */
  answerId: string | number;
  /** The comment that asked. */
  questionId: string | number;
};

export type AddCommentInput = {
  /** A question to speakers of the thread's seminar session (SeminarSpeaker ids): their linked accounts are notified. */
  addressedSpeakerIds?: Array<string | number> | null | undefined;
  /** Markdown. */
  body: string;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** People mentioned in the text as @Name (User ids, e.g. from Thread.participants): they are notified. */
  mentionedUserIds?: Array<string | number> | null | undefined;
  /** Reply to this comment. */
  parentId?: string | number | null | undefined;
  threadId: string | number;
};

export type AddSeminarSpeakerInput = {
  /** Default REQUESTED (angefragt). */
  confirmation?: SpeakerConfirmation | null | undefined;
  /** The municipality the speaker speaks for. */
  municipalityId?: string | number | null | undefined;
  name: string;
  organisation?: string | null | undefined;
  /** e.g. "Bürgermeister der Stadt Plochingen". */
  role?: string | null | undefined;
  sessionId: string | number;
  /** The speaker's own account, if they have one. */
  userId?: string | number | null | undefined;
  /** The volunteer group the speaker speaks for. */
  volunteerGroupId?: string | number | null | undefined;
};

export type BanUserInput = {
  /** Why; shown to the banned user and in the moderation log. */
  reason: string;
  /** When the ban ends (at most ten years ahead). */
  until: string;
  userId: string | number;
};

/** The 16 Länder by ISO 3166-2:DE code. */
export type Bundesland =
  /** Brandenburg */
  | 'BB'
  /** Berlin */
  | 'BE'
  /** Baden-Württemberg */
  | 'BW'
  /** Bayern */
  | 'BY'
  /** Bremen */
  | 'HB'
  /** Hessen */
  | 'HE'
  /** Hamburg */
  | 'HH'
  /** Mecklenburg-Vorpommern */
  | 'MV'
  /** Niedersachsen */
  | 'NI'
  /** Nordrhein-Westfalen */
  | 'NW'
  /** Rheinland-Pfalz */
  | 'RP'
  /** Schleswig-Holstein */
  | 'SH'
  /** Saarland */
  | 'SL'
  /** Sachsen */
  | 'SN'
  /** Sachsen-Anhalt */
  | 'ST'
  /** Thüringen */
  | 'TH';

export type CancelSeminarRegistrationInput = {
  sessionId: string | number;
};

export type CancelSeminarSessionInput = {
  id: string | number;
  /** Why, for the registrants. */
  reason: string;
};

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type CloseThreadInput = {
  /** What the discussion came to (Markdown), shown on top of the thread. */
  conclusion: string;
  threadId: string | number;
};

export type CreateExperienceInput = {
  actions?: string | null | undefined;
  actors?: Array<string> | null | undefined;
  /** The crisis it belongs to; on update, null takes the link off. */
  crisisId?: string | number | null | undefined;
  fieldsOfAction?: Array<string> | null | undefined;
  hazards: Array<Hazard>;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** Where it happened; you speak for it unless volunteerGroupId is set. */
  municipalityId: string | number;
  outcome?: string | null | undefined;
  phase: CrisisPhase;
  recommendations?: Array<RecommendationInput> | null | undefined;
  rootCause?: string | null | undefined;
  /** The seminar session this lesson came from; on update, null takes the link off. */
  seminarSessionId?: string | number | null | undefined;
  situation?: string | null | undefined;
  /** At most 300 characters. */
  summary: string;
  title: string;
  transferability?: string | null | undefined;
  /** Who may read it once published (default PUBLIC); MEMBERS: the staff of its municipality, or the members of its group. */
  visibility?: Visibility | null | undefined;
  /** Write on behalf of this volunteer group. */
  volunteerGroupId?: string | number | null | undefined;
};

export type CreateSeminarSeriesInput = {
  description?: string | null | undefined;
  /** The organisations running the series as they present themselves, in order. */
  organisers: Array<string>;
  /** Municipalities whose verified staff organise the series; without the ORGANIZER role, only your own. */
  organisingMunicipalityIds?: Array<string | number> | null | undefined;
  /** Volunteer groups whose verified members organise the series; without the ORGANIZER role, only your own. */
  organisingVolunteerGroupIds?: Array<string | number> | null | undefined;
  title: string;
};

export type CreateSeminarSessionInput = {
  /** Seats; without it, no limit. */
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  endsAt: string;
  /** Up to 10 questions the session sets out to discuss. */
  guidingQuestions?: Array<string> | null | undefined;
  /** The link to join (https), shown to registrants. */
  onlineUrl?: string | null | undefined;
  /** When registration closes (default: when the session starts). */
  registrationClosesAt?: string | null | undefined;
  /** When registration opens (default: at once). */
  registrationOpensAt?: string | null | undefined;
  seriesId: string | number;
  /** An instant with its offset, e.g. 2023-01-25T13:30:00+01:00. */
  startsAt: string;
  /** IANA time zone the session is announced in (default Europe/Berlin). */
  timeZone?: string | null | undefined;
  title: string;
  topic?: string | null | undefined;
};

export type CreateThreadInput = {
  /** Markdown. */
  body: string;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** The municipality whose verified staff may read a MEMBERS thread; you must be one of them. */
  ownerMunicipalityId?: string | number | null | undefined;
  /** The volunteer group whose verified members may read a MEMBERS thread; you must be one of them. */
  ownerVolunteerGroupId?: string | number | null | undefined;
  /** Makes it a follow-up thread of this seminar session. */
  seminarSessionId?: string | number | null | undefined;
  title: string;
  /** Who may read it (default PUBLIC). MEMBERS needs ownerMunicipalityId or ownerVolunteerGroupId. */
  visibility?: Visibility | null | undefined;
};

export type CrisisPhase =
  /** Vorbereitung */
  | 'PREPAREDNESS'
  /** Vorsorge */
  | 'PREVENTION'
  /** Wiederaufbau */
  | 'RECOVERY'
  /** Bewältigung */
  | 'RESPONSE';

/** Where a crisis stands: staff propose it, the moderation confirms, rejects or merges it. */
export type CrisisStatus =
  /** Confirmed: listed for everyone. */
  | 'CONFIRMED'
  /** A duplicate of `mergedInto`, which took over its lessons and followers. */
  | 'MERGED'
  /** Proposed by municipal staff, not yet looked at by the moderation. */
  | 'PROPOSED'
  /** Rejected, with a reason: seen only by its proposer and the moderation. */
  | 'REJECTED';

export type DecideMembershipInput = {
  approve: boolean;
  membershipId: string | number;
  /** Required when rejecting; shown to the user. */
  reason?: string | null | undefined;
};

export type DraftLessonFromThreadInput = {
  hazards: Array<Hazard>;
  /** Where it happened; you speak for it unless volunteerGroupId is set. */
  municipalityId: string | number;
  phase: CrisisPhase;
  /** The discussion to draw the lesson from. */
  threadId: string | number;
  /** Write on behalf of this volunteer group. */
  volunteerGroupId?: string | number | null | undefined;
};

export type EditCommentInput = {
  body: string;
  commentId: string | number;
};

export type ExperienceFilter = {
  crisisId?: string | number | null | undefined;
  hazard?: Hazard | null | undefined;
  /** A municipality; a Landkreis includes its Gemeinden. */
  municipalityId?: string | number | null | undefined;
  phase?: CrisisPhase | null | undefined;
  state?: Bundesland | null | undefined;
  /** PUBLISHED (default), or DRAFT for your own drafts. */
  status?: ExperienceStatus | null | undefined;
  /** The lessons its authors wrote for this volunteer group. */
  volunteerGroupId?: string | number | null | undefined;
};

export type ExperienceOrder =
  /** Most HELPFUL reactions first. */
  | 'MOST_HELPFUL'
  /** Newest first. */
  | 'NEWEST';

export type ExperienceStatus =
  /** Entwurf: only its author sees it. */
  | 'DRAFT'
  /** veröffentlicht */
  | 'PUBLISHED';

export type FlagReason =
  /** False or dangerous information, e.g. wrong safety advice. */
  | 'MISINFORMATION'
  /** Insulting, hateful or threatening. */
  | 'OFFENSIVE'
  /** Something else; say what in the note. */
  | 'OTHER'
  /** Personal data of someone (names, addresses, health data) that should not be public. */
  | 'PERSONAL_DATA'
  /** Advertising or repeated posts. */
  | 'SPAM';

export type FollowInput = {
  level: FollowLevel;
  /** A Thread, an Experience (its discussion), a SeminarSession (its follow-up threads), a SeminarSeries (its new sessions), a Municipality (new lessons from there; a Landkreis with its Gemeinden), a Crisis (new lessons about it) or a VolunteerGroup (new lessons written for it). Hazards: followHazard. */
  targetId: string | number;
};

export type FollowLevel =
  /** stumm: nothing, not even replies to you */
  | 'MUTED'
  /** verfolgen: no notifications; new posts are counted (Thread.viewerNewCommentCount) */
  | 'TRACKING'
  /** beobachten: a notification for every new post */
  | 'WATCHING';

/** The kind of event a crisis is. */
export type Hazard =
  /** Cyberangriff */
  | 'CYBER_ATTACK'
  /** Dürre */
  | 'DROUGHT'
  /** Hochwasser */
  | 'FLOOD'
  /** Hitze */
  | 'HEAT'
  /** Starkregen */
  | 'HEAVY_RAIN'
  /** Sonstiges */
  | 'OTHER'
  /** Pandemie */
  | 'PANDEMIC'
  /** Stromausfall */
  | 'POWER_OUTAGE'
  /** Ankunft Geflüchteter */
  | 'REFUGEE_ARRIVAL'
  /** Sturm */
  | 'STORM'
  /** Versorgungsengpass */
  | 'SUPPLY_SHORTAGE'
  /** Waldbrand */
  | 'WILDFIRE';

export type LoginInput = {
  email: string;
  password: string;
};

export type MailDelivery =
  /** täglich: once a day, grouped by thread */
  | 'DAILY'
  /** sofort: a mail a few minutes after it happened, unless you read it in the app by then */
  | 'IMMEDIATE'
  /** nie: only in the app */
  | 'NEVER';

export type MarkNotificationsReadInput = {
  /** All of your notifications. */
  all?: boolean | null | undefined;
  /** These notifications; leave out (with all: true) for every one. */
  ids?: Array<string | number> | null | undefined;
};

export type MarkSeminarAttendanceInput = {
  attended: boolean;
  /** A SeminarRegistration id, from SeminarSession.registrations. */
  registrationId: string | number;
};

export type MarkThreadSeenInput = {
  threadId: string | number;
};

export type MembershipRole =
  /** Leitung einer Gruppe: bestätigt Mitglieder */
  | 'LEAD'
  /** Mitglied einer Gruppe */
  | 'MEMBER'
  /** Administration der Kommune: bestätigt Mitarbeitende (im Landkreis auch die der Gemeinden) */
  | 'MUNICIPAL_ADMIN'
  /** Mitarbeiterin / Mitarbeiter einer Kommune */
  | 'STAFF';

export type MembershipStatus =
  /** beantragt */
  | 'PENDING'
  /** abgelehnt */
  | 'REJECTED'
  /** widerrufen oder beendet */
  | 'REVOKED'
  /** bestätigt */
  | 'VERIFIED';

export type ModerateContentInput = {
  /** Why; shown publicly with the post. */
  reason: string;
  /** A comment, thread or experience. */
  targetId: string | number;
};

export type ModerationActionKind =
  'AUTO_HIDE' | 'BAN' | 'DISMISS_FLAGS' | 'ERASE_PERSONAL_DATA' | 'HIDE' | 'LOCK' | 'MOVE' | 'RESTORE' | 'UNBAN' | 'UNLOCK';

export type MoveThreadInput = {
  /** Why; shown publicly on the thread. */
  reason: string;
  /** The seminar session it continues; leave out to make it a thread of its own. */
  seminarSessionId?: string | number | null | undefined;
  threadId: string | number;
};

export type MunicipalityKind =
  /** Amt */
  | 'AMT'
  /** Gemeinde */
  | 'GEMEINDE'
  /** Große Kreisstadt */
  | 'GROSSE_KREISSTADT'
  /** Kreisfreie Stadt */
  | 'KREISFREIE_STADT'
  /** Landkreis / Kreis */
  | 'LANDKREIS'
  /** Samtgemeinde */
  | 'SAMTGEMEINDE'
  /** Stadt (kreisangehörig) */
  | 'STADT'
  /** Stadtstaat (Berlin, Hamburg, Bremen) */
  | 'STADTSTAAT'
  /** Verbandsgemeinde */
  | 'VERBANDSGEMEINDE';

export type NotificationKind =
  /** Your reply was accepted as the answer to a question (comment: your reply, thread, actor). */
  | 'ANSWER_ACCEPTED'
  /** Your membership request was approved (membership, actor: who decided). */
  | 'MEMBERSHIP_APPROVED'
  /** Your membership request was rejected (membership with its reason). */
  | 'MEMBERSHIP_REJECTED'
  /** Someone mentioned you (@name) in a comment (comment, thread, actor). */
  | 'MENTION'
  /** A new lesson about a municipality, crisis or hazard you watch (experience, actor: its author). */
  | 'NEW_LESSON'
  /** The moderation hid your post (comment or thread); you still see it with the reason. */
  | 'POST_HIDDEN'
  /** The moderation showed your post again (comment or thread). */
  | 'POST_RESTORED'
  /** A comment asks you as a speaker of the session (comment, thread, actor). */
  | 'QUESTION_TO_YOU'
  /** You moved up from the waitlist and have a seat (seminarSession). */
  | 'REGISTRATION_PROMOTED'
  /** Someone replied to your comment (comment, thread, actor). */
  | 'REPLY'
  /** A new session in a seminar series you watch (seminarSession, actor: who announced it). */
  | 'SESSION_ANNOUNCED'
  /** A session you registered for was cancelled (seminarSession). */
  | 'SESSION_CANCELLED'
  /** A new comment in a thread you watch (comment, thread, actor). */
  | 'THREAD_COMMENT';

/** A role on the whole platform, beside memberships in municipalities and groups. */
export type PlatformRole =
  /** Administration: everything a moderator may, and every membership decision. */
  | 'ADMIN'
  /** Moderation: review queue, hiding, locking, bans. */
  | 'MODERATOR'
  /** Organises seminars for the whole platform. */
  | 'ORGANIZER';

export type ProposeCrisisInput = {
  /** The municipalities it hit; at least one. */
  affectedMunicipalityIds: Array<string | number>;
  description?: string | null | undefined;
  /** Leave out while it is going on. */
  endsOn?: string | null | undefined;
  /** What kind of event it was; at least one. */
  hazards: Array<Hazard>;
  /** How people call it, e.g. "Hochwasser Juli 2021". */
  name: string;
  startsOn: string;
};

export type ReactionKind =
  /** hilfreich */
  | 'HELPFUL'
  /** danke */
  | 'THANKS';

export type RecommendationAddressee =
  /** Bund */
  | 'BUND'
  /** Ehrenamt und Zivilgesellschaft */
  | 'EHRENAMT'
  /** Gemeinde / Stadt */
  | 'KOMMUNE'
  /** Landkreis */
  | 'KREIS'
  /** Bundesland */
  | 'LAND';

export type RecommendationInput = {
  addressee: RecommendationAddressee;
  status?: RecommendationStatus | null | undefined;
  text: string;
};

export type RecommendationStatus =
  /** umgesetzt */
  | 'IMPLEMENTED'
  /** in Umsetzung */
  | 'IN_PROGRESS'
  /** nicht weiterverfolgt */
  | 'NOT_PURSUED'
  /** empfohlen */
  | 'PROPOSED';

export type RecordSeminarSessionInput = {
  id: string | number;
  /** Minutes (Markdown); an empty text removes them. */
  minutes?: string | null | undefined;
  /** A link (https) to the recording; an empty text removes it. */
  recordingUrl?: string | null | undefined;
};

export type RefreshSessionInput = {
  /** The refreshToken of the last register, login or refreshSession. */
  refreshToken: string;
};

export type RegisterForSeminarSessionInput = {
  /** A reminder mail before the session (SEMINAR_REMINDER_HOURS, default 24 h); default true. */
  reminder?: boolean | null | undefined;
  sessionId: string | number;
};

export type RegisterInput = {
  displayName: string;
  email: string;
  /** At least 10 characters. */
  password: string;
};

export type RegisterVolunteerGroupInput = {
  /** What the group does (Markdown or plain text); when editing, an empty text clears it. */
  description?: string | null | undefined;
  /** Where the group is based; when editing, an empty text clears it. */
  homeMunicipalityId?: string | number | null | undefined;
  kind: VolunteerGroupKind;
  /** The municipalities the group works in (1 to 50). */
  municipalityIdsServed: Array<string | number>;
  name: string;
  /** The group's website, an http(s):// address; when editing, an empty text clears it. */
  website?: string | null | undefined;
};

export type RegistrationStatus =
  /** abgemeldet */
  | 'CANCELLED'
  /** angemeldet: has a seat */
  | 'REGISTERED'
  /** auf der Warteliste: moves up, in order of registration, when a seat frees up */
  | 'WAITLISTED';

export type RemoveSeminarSpeakerInput = {
  id: string | number;
};

export type ReopenThreadInput = {
  threadId: string | number;
};

export type RequestMembershipInput = {
  /** A municipality (roles STAFF, MUNICIPAL_ADMIN) … */
  municipalityId?: string | number | null | undefined;
  /** Your position and department, e.g. "Ordnungsamt, Sachgebiet Bevölkerungsschutz". */
  position: string;
  role: MembershipRole;
  /** … or a volunteer group (roles MEMBER, LEAD). */
  volunteerGroupId?: string | number | null | undefined;
};

export type RequestPasswordResetInput = {
  email: string;
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  newPassword: string;
  /** The token from the link in the password-reset mail (the `token` parameter). */
  token: string;
};

export type RevokeMembershipInput = {
  membershipId: string | number;
  /** Required when someone else revokes it; shown to the user. */
  reason?: string | null | undefined;
};

export type SearchFilter = {
  crisisId?: string | number | null | undefined;
  hazard?: Hazard | null | undefined;
  /** A municipality; a Landkreis includes its Gemeinden. */
  municipalityId?: string | number | null | undefined;
  phase?: CrisisPhase | null | undefined;
  state?: Bundesland | null | undefined;
  /** PUBLISHED (default), or DRAFT for your own drafts. */
  status?: ExperienceStatus | null | undefined;
  /** What to search (default: both). Experience filters leave threads out. */
  types?: Array<SearchType> | null | undefined;
  /** The lessons its authors wrote for this volunteer group. */
  volunteerGroupId?: string | number | null | undefined;
};

export type SearchType = 'EXPERIENCE' | 'THREAD';

export type SeminarTimeFilter =
  /** All sessions, most recent first. */
  | 'ALL'
  /** Sessions that have ended, most recent first. */
  | 'PAST'
  /** Sessions that have not ended yet (including running ones), soonest first. */
  | 'UPCOMING';

export type SetNotificationMailDeliveryInput = {
  delivery: MailDelivery;
  kind: NotificationKind;
};

export type SetSeminarReminderInput = {
  reminder: boolean;
  sessionId: string | number;
};

export type SpeakerConfirmation =
  /** bestätigt */
  | 'CONFIRMED'
  /** abgesagt */
  | 'DECLINED'
  /** angefragt */
  | 'REQUESTED';

export type ThreadChange =
  /** A reply was accepted as an answer (comment: the answer). */
  | 'ANSWER_ACCEPTED'
  /** Closed with a conclusion. */
  | 'CLOSED'
  /** Locked by the moderation. */
  | 'LOCKED'
  /** Opened again. */
  | 'REOPENED'
  /** Unlocked by the moderation. */
  | 'UNLOCKED';

export type ThreadKind =
  /** The discussion of an experience (Erfahrungsbericht). */
  | 'EXPERIENCE'
  /** A discussion of its own. */
  | 'GENERAL'
  /** A follow-up to a seminar session. */
  | 'SEMINAR_SESSION';

export type UnfollowInput = {
  targetId: string | number;
};

export type UnsubscribeNotificationMailsInput = {
  /** The token from the unsubscribe link of a notification mail. */
  token: string;
};

export type UpdateCrisisInput = {
  /** The municipalities it hit; at least one. */
  affectedMunicipalityIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** Leave out while it is going on. */
  endsOn?: string | null | undefined;
  /** What kind of event it was; at least one. */
  hazards?: Array<Hazard> | null | undefined;
  id: string | number;
  /** How people call it, e.g. "Hochwasser Juli 2021". */
  name?: string | null | undefined;
  startsOn?: string | null | undefined;
};

export type UpdateExperienceInput = {
  actions?: string | null | undefined;
  actors?: Array<string> | null | undefined;
  /** The crisis it belongs to; on update, null takes the link off. */
  crisisId?: string | number | null | undefined;
  fieldsOfAction?: Array<string> | null | undefined;
  hazards?: Array<Hazard> | null | undefined;
  id: string | number;
  outcome?: string | null | undefined;
  phase?: CrisisPhase | null | undefined;
  recommendations?: Array<RecommendationInput> | null | undefined;
  rootCause?: string | null | undefined;
  /** The seminar session this lesson came from; on update, null takes the link off. */
  seminarSessionId?: string | number | null | undefined;
  situation?: string | null | undefined;
  summary?: string | null | undefined;
  title?: string | null | undefined;
  transferability?: string | null | undefined;
  /** Who may read it once published (default PUBLIC); MEMBERS: the staff of its municipality, or the members of its group. */
  visibility?: Visibility | null | undefined;
};

export type UpdateSeminarSeriesInput = {
  description?: string | null | undefined;
  id: string | number;
  organisers?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

export type UpdateSeminarSessionInput = {
  /** Seats; without it, no limit. */
  capacity?: number | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  /** Up to 10 questions the session sets out to discuss. */
  guidingQuestions?: Array<string> | null | undefined;
  id: string | number;
  /** The link to join (https), shown to registrants. */
  onlineUrl?: string | null | undefined;
  /** When registration closes (default: when the session starts). */
  registrationClosesAt?: string | null | undefined;
  /** When registration opens (default: at once). */
  registrationOpensAt?: string | null | undefined;
  startsAt?: string | null | undefined;
  /** IANA time zone the session is announced in (default Europe/Berlin). */
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  topic?: string | null | undefined;
};

export type UpdateSeminarSpeakerInput = {
  /** Default REQUESTED (angefragt). */
  confirmation?: SpeakerConfirmation | null | undefined;
  id: string | number;
  /** The municipality the speaker speaks for. */
  municipalityId?: string | number | null | undefined;
  name?: string | null | undefined;
  organisation?: string | null | undefined;
  /** e.g. "Bürgermeister der Stadt Plochingen". */
  role?: string | null | undefined;
  /** The speaker's own account, if they have one. */
  userId?: string | number | null | undefined;
  /** The volunteer group the speaker speaks for. */
  volunteerGroupId?: string | number | null | undefined;
};

export type UpdateVolunteerGroupInput = {
  /** What the group does (Markdown or plain text); when editing, an empty text clears it. */
  description?: string | null | undefined;
  /** Where the group is based; when editing, an empty text clears it. */
  homeMunicipalityId?: string | number | null | undefined;
  id: string | number;
  kind?: VolunteerGroupKind | null | undefined;
  /** Replaces the municipalities served (1 to 50). */
  municipalityIdsServed?: Array<string | number> | null | undefined;
  name?: string | null | undefined;
  /** The group's website, an http(s):// address; when editing, an empty text clears it. */
  website?: string | null | undefined;
};

export type VerifyEmailInput = {
  /** The token from the link in the confirmation mail (the `token` parameter). */
  token: string;
};

export type Visibility =
  /** only the verified members of the owning municipality or volunteer group */
  | 'MEMBERS'
  /** öffentlich: everyone, also without an account */
  | 'PUBLIC'
  /** signed-in users with a verified membership in any municipality or group */
  | 'VERIFIED';

export type VolunteerGroupKind =
  /** Freiwilligenagentur */
  | 'FREIWILLIGENAGENTUR'
  /** Hilfsorganisation */
  | 'HILFSORGANISATION'
  /** Initiative */
  | 'INITIATIVE'
  /** Spontanhelfende */
  | 'SPONTANHELFENDE'
  /** Verein */
  | 'VEREIN';

/** Whether a group registered by a user has been confirmed. */
export type VolunteerGroupStatus =
  /** bestätigt */
  | 'CONFIRMED'
  /** angemeldet, wartet auf Bestätigung */
  | 'PENDING'
  /** abgelehnt */
  | 'REJECTED';

export type ApiBasicsRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type ApiBasicsRegisterMutation = {
  register: { accessToken: string; user: { id: string; displayName: string; email: string | null } };
};

export type ApiBasicsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type ApiBasicsLoginMutation = { login: { accessToken: string; user: { id: string } } };

export type ApiBasicsViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ApiBasicsViewerQuery = { viewer: { id: string; displayName: string; email: string | null } | null };

export type ApiBasicsMunicipalitiesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ApiBasicsMunicipalitiesQuery = {
  municipalities: { nodes: Array<{ id: string; name: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

export type ApiBasicsMunicipalityNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type ApiBasicsMunicipalityNodeQuery = {
  node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string; id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type ApiBasicsGarbageNodeQueryVariables = Exact<{ [key: string]: never }>;

export type ApiBasicsGarbageNodeQuery = {
  node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type ApiBasicsAtTheLimitsQueryVariables = Exact<{ [key: string]: never }>;

export type ApiBasicsAtTheLimitsQuery = {
  a0: { id: string } | null;
  a1: { id: string } | null;
  a2: { id: string } | null;
  a3: { id: string } | null;
  a4: { id: string } | null;
  municipalities: { edges: Array<{ node: { parent: { parent: { id: string } | null } | null } }> };
};

export type MatrixLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type MatrixLoginMutation = { login: { accessToken: string; refreshToken: string } };

export type MatrixSessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MatrixSessionsQuery = { viewer: { sessions: Array<{ id: string; current: boolean }> | null } | null };

export type MatrixRequestTownMembershipMutationVariables = Exact<{
  m: string | number;
}>;

export type MatrixRequestTownMembershipMutation = { requestMembership: { membership: { id: string } } };

export type MatrixFlagContentMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixFlagContentMutation = { flagContent: { targetHidden: boolean } };

export type MatrixHideContentMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixHideContentMutation = { hideContent: { action: { action: ModerationActionKind } } };

export type MatrixRestoreContentMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixRestoreContentMutation = { restoreContent: { action: { action: ModerationActionKind } } };

export type MatrixDismissFlagsMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixDismissFlagsMutation = { dismissFlags: { action: { action: ModerationActionKind } } };

export type MatrixLockThreadMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixLockThreadMutation = { lockThread: { thread: { locked: boolean } } };

export type MatrixUnlockThreadMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixUnlockThreadMutation = { unlockThread: { thread: { locked: boolean } } };

export type MatrixMoveThreadMutationVariables = Exact<{
  t: string | number;
  s: string | number;
}>;

export type MatrixMoveThreadMutation = { moveThread: { thread: { kind: ThreadKind } } };

export type MatrixBanUserMutationVariables = Exact<{
  u: string | number;
  until: string;
}>;

export type MatrixBanUserMutation = { banUser: { user: { id: string } } };

export type MatrixUnbanUserMutationVariables = Exact<{
  u: string | number;
}>;

export type MatrixUnbanUserMutation = { unbanUser: { user: { id: string } } };

export type MatrixErasePersonalDataMutationVariables = Exact<{
  u: string | number;
}>;

export type MatrixErasePersonalDataMutation = { erasePersonalData: { user: { id: string } } };

export type MatrixRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type MatrixRegisterMutation = { register: { accessToken: string } };

export type MatrixLoginOnlyMutationVariables = Exact<{
  input: LoginInput;
}>;

export type MatrixLoginOnlyMutation = { login: { accessToken: string } };

export type MatrixRefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;

export type MatrixRefreshSessionMutation = { refreshSession: { accessToken: string } };

export type MatrixRevokeSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixRevokeSessionMutation = { revokeSession: { sessionId: string } };

export type MatrixSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixSignOutMutation = { signOut: { sessionId: string } };

export type MatrixChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type MatrixChangePasswordMutation = { changePassword: { signedOutSessions: number } };

export type MatrixCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type MatrixCreateExperienceMutation = { createExperience: { experience: { id: string } } };

export type MatrixUpdateExperienceMutationVariables = Exact<{
  id: string | number;
}>;

export type MatrixUpdateExperienceMutation = { updateExperience: { experience: { id: string } } };

export type MatrixPublishExperienceMutationVariables = Exact<{
  id: string | number;
}>;

export type MatrixPublishExperienceMutation = { publishExperience: { experience: { id: string } } };

export type MatrixCreateThreadMutationVariables = Exact<{
  title: string;
}>;

export type MatrixCreateThreadMutation = { createThread: { thread: { id: string } } };

export type MatrixAddCommentMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixAddCommentMutation = { addComment: { comment: { id: string } } };

export type MatrixEditCommentMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixEditCommentMutation = { editComment: { comment: { id: string } } };

export type MatrixDeleteCommentMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixDeleteCommentMutation = { deleteComment: { comment: { id: string } } };

export type MatrixAddReactionMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixAddReactionMutation = { addReaction: { active: boolean } };

export type MatrixRemoveReactionMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixRemoveReactionMutation = { removeReaction: { active: boolean } };

export type MatrixRequestMembershipMutationVariables = Exact<{
  g: string | number;
}>;

export type MatrixRequestMembershipMutation = { requestMembership: { membership: { id: string } } };

export type MatrixDecideMembershipMutationVariables = Exact<{
  m: string | number;
}>;

export type MatrixDecideMembershipMutation = { decideMembership: { membership: { id: string } } };

export type MatrixRevokeMembershipMutationVariables = Exact<{
  m: string | number;
}>;

export type MatrixRevokeMembershipMutation = { revokeMembership: { membership: { id: string } } };

export type MatrixRequestEmailVerificationMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixRequestEmailVerificationMutation = { requestEmailVerification: { sentTo: string } };

export type MatrixVerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;

export type MatrixVerifyEmailMutation = { verifyEmail: { email: string } };

export type MatrixRequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type MatrixRequestPasswordResetMutation = { requestPasswordReset: { email: string } };

export type MatrixResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type MatrixResetPasswordMutation = { resetPassword: { email: string } };

export type MatrixCreateSeminarSeriesMutationVariables = Exact<{
  m: string | number;
}>;

export type MatrixCreateSeminarSeriesMutation = { createSeminarSeries: { series: { id: string } } };

export type MatrixUpdateSeminarSeriesMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixUpdateSeminarSeriesMutation = { updateSeminarSeries: { series: { id: string } } };

export type MatrixCreateSeminarSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixCreateSeminarSessionMutation = { createSeminarSession: { session: { id: string } } };

export type MatrixUpdateSeminarSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixUpdateSeminarSessionMutation = { updateSeminarSession: { session: { id: string } } };

export type MatrixCancelSeminarSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixCancelSeminarSessionMutation = { cancelSeminarSession: { session: { id: string } } };

export type MatrixAddSeminarSpeakerMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixAddSeminarSpeakerMutation = { addSeminarSpeaker: { session: { id: string } } };

export type MatrixUpdateSeminarSpeakerMutationVariables = Exact<{
  p: string | number;
}>;

export type MatrixUpdateSeminarSpeakerMutation = { updateSeminarSpeaker: { session: { id: string } } };

export type MatrixRemoveSeminarSpeakerMutationVariables = Exact<{
  p: string | number;
}>;

export type MatrixRemoveSeminarSpeakerMutation = { removeSeminarSpeaker: { session: { id: string } } };

export type MatrixRegisterForSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixRegisterForSessionMutation = { registerForSeminarSession: { registration: { status: RegistrationStatus } } };

export type MatrixCancelRegistrationMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixCancelRegistrationMutation = { cancelSeminarRegistration: { registration: { status: RegistrationStatus } } };

export type MatrixSetReminderMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixSetReminderMutation = { setSeminarReminder: { registration: { reminder: boolean } } };

export type MatrixSetRemindersMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixSetRemindersMutation = { setSeminarReminders: boolean };

export type MatrixMarkAttendanceMutationVariables = Exact<{
  r: string | number;
}>;

export type MatrixMarkAttendanceMutation = { markSeminarAttendance: { registration: { attended: boolean | null } } };

export type MatrixAcceptAnswerMutationVariables = Exact<{
  q: string | number;
  a: string | number;
}>;

export type MatrixAcceptAnswerMutation = { acceptAnswer: { answer: { isAcceptedAnswer: boolean } } };

export type MatrixCloseThreadMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixCloseThreadMutation = { closeThread: { thread: { closedAt: string | null } } };

export type MatrixReopenThreadMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixReopenThreadMutation = { reopenThread: { thread: { closedAt: string | null } } };

export type MatrixDraftLessonMutationVariables = Exact<{
  t: string | number;
  m: string | number;
}>;

export type MatrixDraftLessonMutation = { draftLessonFromThread: { experience: { status: ExperienceStatus } } };

export type MatrixRecordSessionMutationVariables = Exact<{
  s: string | number;
}>;

export type MatrixRecordSessionMutation = { recordSeminarSession: { session: { minutes: string | null } } };

export type MatrixSetMailDeliveryMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixSetMailDeliveryMutation = { setNotificationMailDelivery: Array<{ kind: NotificationKind }> };

export type MatrixUnsubscribeMailsMutationVariables = Exact<{
  token: string;
}>;

export type MatrixUnsubscribeMailsMutation = { unsubscribeNotificationMails: { kind: NotificationKind } };

export type MatrixFollowMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixFollowMutation = { follow: { level: FollowLevel | null } };

export type MatrixUnfollowMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixUnfollowMutation = { unfollow: { level: FollowLevel | null } };

export type MatrixMarkNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixMarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type MatrixMarkThreadSeenMutationVariables = Exact<{
  t: string | number;
}>;

export type MatrixMarkThreadSeenMutation = { markThreadSeen: { thread: { viewerNewCommentCount: number | null } } };

export type MatrixProposeCrisisMutationVariables = Exact<{
  m: string | number;
}>;

export type MatrixProposeCrisisMutation = { proposeCrisis: { crisis: { status: CrisisStatus } } };

export type MatrixUpdateCrisisMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixUpdateCrisisMutation = { updateCrisis: { crisis: { description: string | null } } };

export type MatrixEndCrisisMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixEndCrisisMutation = { endCrisis: { crisis: { endsOn: string | null } } };

export type MatrixConfirmCrisisMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixConfirmCrisisMutation = { confirmCrisis: { crisis: { status: CrisisStatus } } };

export type MatrixRejectCrisisMutationVariables = Exact<{
  c: string | number;
}>;

export type MatrixRejectCrisisMutation = { rejectCrisis: { crisis: { status: CrisisStatus } } };

export type MatrixMergeCrisisMutationVariables = Exact<{
  c: string | number;
  into: string | number;
}>;

export type MatrixMergeCrisisMutation = { mergeCrisis: { crisis: { status: CrisisStatus } } };

export type MatrixFollowHazardMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixFollowHazardMutation = { followHazard: { level: FollowLevel | null } };

export type MatrixUnfollowHazardMutationVariables = Exact<{ [key: string]: never }>;

export type MatrixUnfollowHazardMutation = { unfollowHazard: { level: FollowLevel | null } };

export type MatrixRegisterVolunteerGroupMutationVariables = Exact<{
  input: RegisterVolunteerGroupInput;
}>;

export type MatrixRegisterVolunteerGroupMutation = { registerVolunteerGroup: { volunteerGroup: { id: string } } };

export type MatrixConfirmVolunteerGroupMutationVariables = Exact<{
  g: string | number;
}>;

export type MatrixConfirmVolunteerGroupMutation = { confirmVolunteerGroup: { volunteerGroup: { status: VolunteerGroupStatus } } };

export type MatrixRejectVolunteerGroupMutationVariables = Exact<{
  g: string | number;
}>;

export type MatrixRejectVolunteerGroupMutation = { rejectVolunteerGroup: { volunteerGroup: { status: VolunteerGroupStatus } } };

export type MatrixUpdateVolunteerGroupMutationVariables = Exact<{
  g: string | number;
}>;

export type MatrixUpdateVolunteerGroupMutation = { updateVolunteerGroup: { volunteerGroup: { description: string | null } } };

export type FaultsThreadPageQueryVariables = Exact<{
  id: string | number;
}>;

export type FaultsThreadPageQuery = { thread: { title: string; comments: { nodes: Array<{ id: string; body: string | null }> } } };

export type FaultsMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>;

export type FaultsMunicipalitiesQuery = { municipalities: { nodes: Array<{ name: string }> } };

export type FaultsViewerQueryVariables = Exact<{ [key: string]: never }>;

export type FaultsViewerQuery = { viewer: { id: string } | null };

export type FaultsSearchQueryVariables = Exact<{
  q: string;
}>;

export type FaultsSearchQuery = { search: { nodes: Array<{ rank: number }> } };

export type FaultsAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type FaultsAddCommentMutation = { addComment: { comment: { id: string } } };

export type IdempotencyAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type IdempotencyAddCommentMutation = { addComment: { comment: { id: string; body: string | null } } };

export type IdempotencyCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type IdempotencyCreateThreadMutation = { createThread: { thread: { id: string } } };

export type IdempotencyCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type IdempotencyCreateExperienceMutation = { createExperience: { experience: { id: string; thread: { id: string } | null } } };

export type AcrossCommentAddedSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;

export type AcrossCommentAddedSubscription = {
  commentAdded: { eventId: string | null; resync: boolean; comment: { body: string | null } | null };
};

export type AcrossNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type AcrossNotificationAddedSubscription = {
  notificationAdded: { unreadCount: number; notification: { kind: NotificationKind } | null };
};

export type MetricsMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>;

export type MetricsMunicipalitiesQuery = { municipalities: { nodes: Array<{ name: string }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeByIdQuery = {
  node:
    | { __typename: 'Comment'; body: string | null; id: string }
    | { __typename: 'Crisis'; name: string; id: string }
    | { __typename: 'Experience'; title: string; status: ExperienceStatus; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; name: string; id: string }
    | { __typename: 'SeminarSeries'; title: string; id: string }
    | { __typename: 'SeminarSession'; title: string; id: string }
    | { __typename: 'Thread'; title: string; id: string }
    | { __typename: 'User'; displayName: string; email: string | null; id: string }
    | { __typename: 'VolunteerGroup'; name: string; id: string }
    | null;
};

export type NodeEveryTypeQueryVariables = Exact<{
  municipality: string | number;
  volunteerGroup: string | number;
  crisis: string | number;
  seminarSeries: string | number;
  seminarSession: string | number;
  user: string | number;
  thread: string | number;
  comment: string | number;
  experience: string | number;
  missing: string | number;
}>;

export type NodeEveryTypeQuery = {
  municipality:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  volunteerGroup:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  crisis:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  seminarSeries:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  seminarSession:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  user:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  thread:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  comment:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  experience:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
  missing:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
};

export type NodeUserEmailQueryVariables = Exact<{
  id: string | number;
}>;

export type NodeUserEmailQuery = {
  node:
    | { __typename: 'Comment' }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | { __typename: 'Thread' }
    | { __typename: 'User'; id: string; displayName: string; email: string | null }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type NodeViewerEmailQueryVariables = Exact<{ [key: string]: never }>;

export type NodeViewerEmailQuery = { viewer: { id: string; email: string | null } | null };

export type NodeThreadAuthorsQueryVariables = Exact<{
  t: string | number;
}>;

export type NodeThreadAuthorsQuery = {
  node:
    | { __typename: 'Comment' }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | {
        __typename: 'Thread';
        author: { id: string; email: string | null } | null;
        comments: { nodes: Array<{ author: { id: string; email: string | null } | null }> };
      }
    | { __typename: 'User' }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type ProductionModeIntrospectionQueryVariables = Exact<{ [key: string]: never }>;

export type ProductionModeIntrospectionQuery = { __schema: { queryType: { name: string | null } } };

export type QueryCostThreadPageQueryVariables = Exact<{ [key: string]: never }>;

export type QueryCostThreadPageQuery = {
  threads: {
    nodes: Array<{
      comments: {
        nodes: Array<{
          body: string | null;
          author: { displayName: string } | null;
          replies: { nodes: Array<{ body: string | null; author: { displayName: string } | null }> };
        }>;
      };
    }>;
  };
};

export type QueryCostMillionQueryVariables = Exact<{ [key: string]: never }>;

export type QueryCostMillionQuery = {
  experiences: { nodes: Array<{ thread: { comments: { nodes: Array<{ replies: { nodes: Array<{ id: string }> } }> } } | null }> };
};

export type QueryCostWithoutFirstQueryVariables = Exact<{ [key: string]: never }>;

export type QueryCostWithoutFirstQuery = {
  experiences: {
    nodes: Array<{
      thread: { comments: { nodes: Array<{ replies: { nodes: Array<{ replies: { nodes: Array<{ id: string }> } }> } }> } } | null;
    }>;
  };
};

export type QueryCostPageSizeQueryVariables = Exact<{
  n?: number | null | undefined;
  deep: boolean;
}>;

export type QueryCostPageSizeQuery = {
  experiences: {
    nodes: Array<{ thread: { comments: { nodes: Array<{ id: string; replies?: { nodes: Array<{ id: string }> } }> } } | null }>;
  };
};

export type StoryAnnounceMutationVariables = Exact<{
  series: CreateSeminarSeriesInput;
}>;

export type StoryAnnounceMutation = { createSeminarSeries: { series: { id: string } } };

export type StorySessionMutationVariables = Exact<{
  input: CreateSeminarSessionInput;
}>;

export type StorySessionMutation = {
  createSeminarSession: {
    session: {
      id: string;
      followUpThreads: { nodes: Array<{ id: string; title: string; body: string; viewerFollowLevel: FollowLevel | null }> };
    };
  };
};

export type StorySpeakerMutationVariables = Exact<{
  input: AddSeminarSpeakerInput;
}>;

export type StorySpeakerMutation = { addSeminarSpeaker: { speaker: { id: string } | null } };

export type StoryMoveMutationVariables = Exact<{
  input: UpdateSeminarSessionInput;
}>;

export type StoryMoveMutation = { updateSeminarSession: { session: { startsAt: string } } };

export type StoryRegisterMutationVariables = Exact<{
  input: RegisterForSeminarSessionInput;
}>;

export type StoryRegisterMutation = {
  registerForSeminarSession: { registration: { id: string; status: RegistrationStatus; waitlistPosition: number | null } };
};

export type StoryCancelMutationVariables = Exact<{
  input: CancelSeminarRegistrationInput;
}>;

export type StoryCancelMutation = { cancelSeminarRegistration: { registration: { status: RegistrationStatus } } };

export type StoryAttendMutationVariables = Exact<{
  input: MarkSeminarAttendanceInput;
}>;

export type StoryAttendMutation = { markSeminarAttendance: { session: { attendanceCount: number } } };

export type StoryRecordMutationVariables = Exact<{
  input: RecordSeminarSessionInput;
}>;

export type StoryRecordMutation = { recordSeminarSession: { session: { minutesHtml: string | null; recordingUrl: string | null } } };

export type StoryAskMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type StoryAskMutation = { addComment: { comment: { id: string; addressedTo: Array<{ name: string }> } } };

export type StoryAcceptMutationVariables = Exact<{
  input: AcceptAnswerInput;
}>;

export type StoryAcceptMutation = {
  acceptAnswer: { question: { acceptedAnswer: { body: string | null } | null }; answer: { isAcceptedAnswer: boolean } };
};

export type StoryConcludeMutationVariables = Exact<{
  input: CloseThreadInput;
}>;

export type StoryConcludeMutation = { closeThread: { thread: { closedAt: string | null; conclusionHtml: string | null } } };

export type StoryReopenMutationVariables = Exact<{
  input: ReopenThreadInput;
}>;

export type StoryReopenMutation = { reopenThread: { thread: { closedAt: string | null; conclusion: string | null } } };

export type StoryThreadQueryVariables = Exact<{
  id: string | number;
}>;

export type StoryThreadQuery = {
  node:
    | { closedAt: string | null; openQuestions: Array<{ body: string | null; addressedTo: Array<{ name: string }> }> }
    | Record<PropertyKey, never>
    | null;
};

export type StoryInboxQueryVariables = Exact<{ [key: string]: never }>;

export type StoryInboxQuery = {
  viewer: {
    notifications: {
      nodes: Array<{ kind: NotificationKind; actor: { displayName: string } | null; comment: { body: string | null } | null }>;
    } | null;
  } | null;
};

export type StoryDraftLessonMutationVariables = Exact<{
  input: DraftLessonFromThreadInput;
}>;

export type StoryDraftLessonMutation = {
  draftLessonFromThread: {
    experience: {
      id: string;
      title: string;
      status: ExperienceStatus;
      situation: string;
      actions: string;
      outcome: string;
      seminarSession: { title: string } | null;
      sourceThread: { title: string } | null;
    };
  };
};

export type StoryCompleteMutationVariables = Exact<{
  input: UpdateExperienceInput;
}>;

export type StoryCompleteMutation = { updateExperience: { experience: { summary: string } } };

export type StoryPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type StoryPublishMutation = { publishExperience: { experience: { status: ExperienceStatus } } };

export type StoryRecordPageQueryVariables = Exact<{
  id: string | number;
}>;

export type StoryRecordPageQuery = {
  seminarSession: {
    attendanceCount: number;
    minutesHtml: string | null;
    recordingUrl: string | null;
    lessons: Array<{ title: string; author: { displayName: string } | null }>;
  };
};

export type StoryFindQueryVariables = Exact<{
  text: string;
}>;

export type StoryFindQuery = { search: { nodes: Array<{ node: { __typename: 'Experience'; title: string } | { __typename: 'Thread' } }> } };

export type StoryLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type StoryLoginMutation = { login: { accessToken: string; user: { id: string; displayName: string } } };

export type StorySeedSessionQueryVariables = Exact<{ [key: string]: never }>;

export type StorySeedSessionQuery = {
  seminarSessions: {
    nodes: Array<{
      id: string;
      title: string;
      speakers: Array<{ id: string; name: string; confirmation: SpeakerConfirmation }>;
      followUpThreads: { nodes: Array<{ id: string; title: string; body: string }> };
    }>;
  };
  municipalities: { nodes: Array<{ id: string; name: string }> };
};

export type StoryLinkSpeakerMutationVariables = Exact<{
  input: UpdateSeminarSpeakerInput;
}>;

export type StoryLinkSpeakerMutation = { updateSeminarSpeaker: { speaker: { name: string; confirmation: SpeakerConfirmation } | null } };

export type LiveCommentAddedSubscriptionVariables = Exact<{
  threadId: string | number;
  after?: string | null | undefined;
}>;

export type LiveCommentAddedSubscription = {
  commentAdded: {
    eventId: string | null;
    resync: boolean;
    comment: { body: string | null; author: { displayName: string } | null } | null;
  };
};

export type LiveThreadUpdatedSubscriptionVariables = Exact<{
  threadId: string | number;
}>;

export type LiveThreadUpdatedSubscription = {
  threadUpdated: { change: ThreadChange | null; thread: { closedAt: string | null; conclusion: string | null } | null };
};

export type LiveNotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type LiveNotificationAddedSubscription = {
  notificationAdded: {
    eventId: string | null;
    unreadCount: number;
    notification: { kind: NotificationKind; comment: { body: string | null } | null } | null;
  };
};

export type LiveCloseMutationVariables = Exact<{
  input: CloseThreadInput;
}>;

export type LiveCloseMutation = { closeThread: { thread: { closedAt: string | null } } };

export type CrisesListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  hazard?: Hazard | null | undefined;
  municipalityId?: string | number | null | undefined;
}>;

export type CrisesListQuery = {
  crises: {
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{ id: string; name: string; hazard: Hazard; startsOn: string; endsOn: string | null }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type CrisesOneQueryVariables = Exact<{
  id: string | number;
}>;

export type CrisesOneQuery = {
  crisis: {
    id: string;
    name: string;
    hazard: Hazard;
    description: string | null;
    startsOn: string;
    endsOn: string | null;
    affectedMunicipalities: Array<{ id: string; name: string; kind: MunicipalityKind; parent: { name: string } | null }>;
  };
};

export type CrisesPageWithPlacesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type CrisesPageWithPlacesQuery = {
  crises: { nodes: Array<{ name: string; affectedMunicipalities: Array<{ name: string; parent: { name: string } | null }> }> };
};

export type CrisesNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type CrisesNodeQuery = {
  node:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; name: string; startsOn: string; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
};

export type ProposalsProposeMutationVariables = Exact<{
  input: ProposeCrisisInput;
}>;

export type ProposalsProposeMutation = {
  proposeCrisis: {
    crisis: {
      id: string;
      name: string;
      hazards: Array<Hazard>;
      hazard: Hazard;
      status: CrisisStatus;
      startsOn: string;
      endsOn: string | null;
      viewerFollowLevel: FollowLevel | null;
      proposedBy: { displayName: string } | null;
      affectedMunicipalities: Array<{ name: string }>;
    };
  };
};

export type ProposalsUpdateMutationVariables = Exact<{
  input: UpdateCrisisInput;
}>;

export type ProposalsUpdateMutation = { updateCrisis: { crisis: { name: string; hazards: Array<Hazard>; description: string | null } } };

export type ProposalsConfirmMutationVariables = Exact<{
  id: string | number;
}>;

export type ProposalsConfirmMutation = { confirmCrisis: { crisis: { status: CrisisStatus } } };

export type ProposalsRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ProposalsRejectMutation = { rejectCrisis: { crisis: { status: CrisisStatus; decisionReason: string | null } } };

export type ProposalsMergeMutationVariables = Exact<{
  id: string | number;
  intoId: string | number;
}>;

export type ProposalsMergeMutation = { mergeCrisis: { crisis: { status: CrisisStatus; mergedInto: { name: string } | null } } };

export type ProposalsEndMutationVariables = Exact<{
  id: string | number;
  endsOn?: string | null | undefined;
}>;

export type ProposalsEndMutation = { endCrisis: { crisis: { endsOn: string | null } } };

export type ProposalsOneQueryVariables = Exact<{
  id: string | number;
}>;

export type ProposalsOneQuery = {
  crisis: {
    name: string;
    status: CrisisStatus;
    decisionReason: string | null;
    viewerFollowLevel: FollowLevel | null;
    affectedMunicipalities: Array<{ name: string }>;
    mergedInto: { name: string } | null;
  };
};

export type ProposalsListQueryVariables = Exact<{
  status?: CrisisStatus | null | undefined;
  hazard?: Hazard | null | undefined;
}>;

export type ProposalsListQuery = { crises: { nodes: Array<{ name: string; status: CrisisStatus }> } };

export type ProposalsLinkMutationVariables = Exact<{
  input: UpdateExperienceInput;
}>;

export type ProposalsLinkMutation = { updateExperience: { experience: { crisis: { name: string } | null } } };

export type ProposalsLessonQueryVariables = Exact<{
  id: string | number;
}>;

export type ProposalsLessonQuery = { experience: { crisis: { name: string } | null } };

export type ProposalsFollowMutationVariables = Exact<{
  targetId: string | number;
}>;

export type ProposalsFollowMutation = { follow: { level: FollowLevel | null } };

export type DiscussionsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type DiscussionsCreateThreadMutation = {
  createThread: {
    thread: { id: string; kind: ThreadKind; title: string; bodyHtml: string; commentCount: number; author: { displayName: string } | null };
  };
};

export type DiscussionsAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type DiscussionsAddCommentMutation = {
  addComment: {
    comment: { id: string; body: string | null; bodyHtml: string | null; deleted: boolean; author: { displayName: string } | null };
  };
};

export type DiscussionsEditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type DiscussionsEditCommentMutation = { editComment: { comment: { id: string; body: string | null; editedAt: string | null } } };

export type DiscussionsDeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsDeleteCommentMutation = {
  deleteComment: {
    comment: { id: string; body: string | null; bodyHtml: string | null; deleted: boolean; author: { displayName: string } | null };
  };
};

export type DiscussionsReactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;

export type DiscussionsReactMutation = {
  addReaction: {
    active: boolean;
    kind: ReactionKind;
    target:
      | { __typename: 'Comment'; helpfulCount: number; thanksCount: number; viewerReactions: Array<ReactionKind> }
      | { __typename: 'Crisis' }
      | { __typename: 'Experience'; helpfulCount: number; viewerReactions: Array<ReactionKind> }
      | { __typename: 'Membership' }
      | { __typename: 'Municipality' }
      | { __typename: 'SeminarSeries' }
      | { __typename: 'SeminarSession' }
      | { __typename: 'Thread' }
      | { __typename: 'User' }
      | { __typename: 'VolunteerGroup' };
  };
};

export type DiscussionsUnreactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;

export type DiscussionsUnreactMutation = {
  removeReaction: { active: boolean; target: { helpfulCount: number; viewerReactions: Array<ReactionKind> } | Record<PropertyKey, never> };
};

export type DiscussionsThreadPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  replies?: number | null | undefined;
}>;

export type DiscussionsThreadPageQuery = {
  thread: {
    title: string;
    commentCount: number;
    comments: {
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          body: string | null;
          bodyHtml: string | null;
          deleted: boolean;
          createdAt: string;
          editedAt: string | null;
          helpfulCount: number;
          thanksCount: number;
          replyCount: number;
          viewerReactions: Array<ReactionKind>;
          author: { displayName: string } | null;
          replies: {
            nodes: Array<{
              id: string;
              body: string | null;
              createdAt: string;
              viewerReactions: Array<ReactionKind>;
              helpfulCount: number;
              author: { displayName: string } | null;
            }>;
            pageInfo: { hasNextPage: boolean };
          };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

export type DiscussionsCommentBodiesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type DiscussionsCommentBodiesQuery = {
  thread: { comments: { nodes: Array<{ body: string | null }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
};

export type DiscussionsCommentCountQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentCountQuery = { thread: { commentCount: number } };

export type DiscussionsCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type DiscussionsCreateExperienceMutation = {
  createExperience: { experience: { id: string; thread: { id: string; experience: { id: string } | null } | null } };
};

export type DiscussionsPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsPublishMutation = { publishExperience: { experience: { id: string } } };

export type DiscussionsThreadsQueryVariables = Exact<{ [key: string]: never }>;

export type DiscussionsThreadsQuery = { threads: { nodes: Array<{ id: string; kind: ThreadKind }> } };

export type DiscussionsAccountFragment = {
  id: string;
  email: string | null;
  emailVerified: boolean | null;
  bannedUntil: string | null;
  banReason: string | null;
  createdAt: string;
};

export type DiscussionsViewerQueryVariables = Exact<{ [key: string]: never }>;

export type DiscussionsViewerQuery = {
  viewer: {
    id: string;
    email: string | null;
    emailVerified: boolean | null;
    bannedUntil: string | null;
    banReason: string | null;
    createdAt: string;
  } | null;
};

export type DiscussionsCommentAuthorsQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentAuthorsQuery = {
  thread: {
    comments: {
      nodes: Array<{
        id: string;
        author: {
          id: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
          createdAt: string;
        } | null;
      }>;
    };
  };
};

export type DiscussionsAddCommentWithThreadMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type DiscussionsAddCommentWithThreadMutation = {
  addComment: { comment: { id: string; thread: { id: string; commentCount: number } | null } };
};

export type DiscussionsCommentFieldsFragment = {
  id: string;
  body: string | null;
  bodyHtml: string | null;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  replyCount: number;
  helpfulCount: number;
  thanksCount: number;
  viewerReactions: Array<ReactionKind>;
  moderation: { hidden: boolean } | null;
  moderationHistory: Array<{ action: ModerationActionKind }>;
  author: {
    id: string;
    displayName: string;
    createdAt: string;
    email: string | null;
    emailVerified: boolean | null;
    bannedUntil: string | null;
    banReason: string | null;
  } | null;
  thread: { id: string; title: string } | null;
};

export type DiscussionsCommentsInFullQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentsInFullQuery = {
  thread: {
    comments: {
      nodes: Array<{
        id: string;
        body: string | null;
        bodyHtml: string | null;
        deleted: boolean;
        createdAt: string;
        editedAt: string | null;
        replyCount: number;
        helpfulCount: number;
        thanksCount: number;
        viewerReactions: Array<ReactionKind>;
        replies: {
          nodes: Array<{
            id: string;
            body: string | null;
            bodyHtml: string | null;
            deleted: boolean;
            createdAt: string;
            editedAt: string | null;
            replyCount: number;
            helpfulCount: number;
            thanksCount: number;
            viewerReactions: Array<ReactionKind>;
            moderation: { hidden: boolean } | null;
            moderationHistory: Array<{ action: ModerationActionKind }>;
            author: {
              id: string;
              displayName: string;
              createdAt: string;
              email: string | null;
              emailVerified: boolean | null;
              bannedUntil: string | null;
              banReason: string | null;
            } | null;
            thread: { id: string; title: string } | null;
          }>;
        };
        moderation: { hidden: boolean } | null;
        moderationHistory: Array<{ action: ModerationActionKind }>;
        author: {
          id: string;
          displayName: string;
          createdAt: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
        } | null;
        thread: { id: string; title: string } | null;
      }>;
    };
  };
};

export type DiscussionsOneCommentQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsOneCommentQuery = {
  node:
    | {
        id: string;
        body: string | null;
        bodyHtml: string | null;
        deleted: boolean;
        createdAt: string;
        editedAt: string | null;
        replyCount: number;
        helpfulCount: number;
        thanksCount: number;
        viewerReactions: Array<ReactionKind>;
        moderation: { hidden: boolean } | null;
        moderationHistory: Array<{ action: ModerationActionKind }>;
        author: {
          id: string;
          displayName: string;
          createdAt: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
        } | null;
        thread: { id: string; title: string } | null;
      }
    | Record<PropertyKey, never>
    | null;
};

export type FollowUpSeriesMutationVariables = Exact<{
  input: CreateSeminarSeriesInput;
}>;

export type FollowUpSeriesMutation = { createSeminarSeries: { series: { id: string } } };

export type FollowUpSessionMutationVariables = Exact<{
  input: CreateSeminarSessionInput;
}>;

export type FollowUpSessionMutation = {
  createSeminarSession: { session: { id: string; followUpThreads: { nodes: Array<{ id: string }> } } };
};

export type FollowUpSpeakerMutationVariables = Exact<{
  input: AddSeminarSpeakerInput;
}>;

export type FollowUpSpeakerMutation = { addSeminarSpeaker: { speaker: { id: string } | null } };

export type FollowUpMuteMutationVariables = Exact<{
  input: FollowInput;
}>;

export type FollowUpMuteMutation = { follow: { level: FollowLevel | null } };

export type FollowUpCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type FollowUpCommentMutation = { addComment: { comment: { id: string } } };

export type FollowUpAcceptMutationVariables = Exact<{
  input: AcceptAnswerInput;
}>;

export type FollowUpAcceptMutation = { acceptAnswer: { question: { acceptedAnswer: { body: string | null } | null } } };

export type FollowUpCloseMutationVariables = Exact<{
  input: CloseThreadInput;
}>;

export type FollowUpCloseMutation = { closeThread: { thread: { closedAt: string | null } } };

export type FollowUpRecordMutationVariables = Exact<{
  input: RecordSeminarSessionInput;
}>;

export type FollowUpRecordMutation = { recordSeminarSession: { session: { recordingUrl: string | null } } };

export type FollowUpDraftLessonMutationVariables = Exact<{
  input: DraftLessonFromThreadInput;
}>;

export type FollowUpDraftLessonMutation = { draftLessonFromThread: { experience: { id: string } } };

export type FollowUpInboxQueryVariables = Exact<{ [key: string]: never }>;

export type FollowUpInboxQuery = { viewer: { notifications: { nodes: Array<{ kind: NotificationKind }> } | null } | null };

export type FollowUpViewerCanQueryVariables = Exact<{
  thread: string | number;
  question: string | number;
}>;

export type FollowUpViewerCanQuery = {
  thread: { viewerCanClose: boolean };
  node: { viewerCanAccept: boolean } | Record<PropertyKey, never> | null;
};

export type MentionsCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type MentionsCommentMutation = { addComment: { comment: { id: string } } };

export type MentionsMuteMutationVariables = Exact<{
  targetId: string | number;
}>;

export type MentionsMuteMutation = { follow: { level: FollowLevel | null } };

export type MentionsParticipantsQueryVariables = Exact<{
  id: string | number;
}>;

export type MentionsParticipantsQuery = { thread: { participants: Array<{ id: string; displayName: string }> } };

export type MentionsNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type MentionsNotificationsQuery = {
  viewer: {
    notifications: {
      nodes: Array<{ kind: NotificationKind; actor: { displayName: string } | null; comment: { body: string | null } | null }>;
    } | null;
  } | null;
};

export type NewAccountLimitsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type NewAccountLimitsCreateThreadMutation = { createThread: { thread: { id: string; kind: ThreadKind } } };

export type NewAccountLimitsAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type NewAccountLimitsAddCommentMutation = { addComment: { comment: { id: string; body: string | null } } };

export type NewAccountLimitsEditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type NewAccountLimitsEditCommentMutation = { editComment: { comment: { id: string; body: string | null } } };

export type NewAccountLimitsDeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;

export type NewAccountLimitsDeleteCommentMutation = { deleteComment: { comment: { id: string; deleted: boolean } } };

export type ExperienceHtmlQueryVariables = Exact<{
  id: string | number;
}>;

export type ExperienceHtmlQuery = {
  experience: {
    situationHtml: string;
    actionsHtml: string;
    outcomeHtml: string;
    rootCauseHtml: string | null;
    transferabilityHtml: string | null;
  };
};

export type ExperiencesCreateMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type ExperiencesCreateMutation = {
  createExperience: { experience: { id: string; status: ExperienceStatus; thread: { id: string } | null } };
};

export type ExperiencesPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type ExperiencesPublishMutation = {
  publishExperience: { experience: { id: string; status: ExperienceStatus; publishedAt: string | null } };
};

export type ExperiencesUpdateMutationVariables = Exact<{
  input: UpdateExperienceInput;
}>;

export type ExperiencesUpdateMutation = {
  updateExperience: {
    experience: {
      id: string;
      title: string;
      summary: string;
      recommendations: Array<{ text: string; addressee: RecommendationAddressee; status: RecommendationStatus }>;
      crisis: { name: string } | null;
      seminarSession: { title: string } | null;
    };
  };
};

export type ExperiencesOneQueryVariables = Exact<{
  id: string | number;
}>;

export type ExperiencesOneQuery = { experience: { id: string; title: string; status: ExperienceStatus } };

export type ExperiencesNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type ExperiencesNodeQuery = {
  node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type ExperiencesThreadQueryVariables = Exact<{
  id: string | number;
}>;

export type ExperiencesThreadQuery = { thread: { id: string } };

export type ExperiencesIdsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ExperienceFilter | null | undefined;
  orderBy?: ExperienceOrder | null | undefined;
}>;

export type ExperiencesIdsQuery = {
  experiences: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

export type ExperiencesMostHelpfulQueryVariables = Exact<{ [key: string]: never }>;

export type ExperiencesMostHelpfulQuery = { experiences: { nodes: Array<{ id: string; helpfulCount: number }> } };

export type ExperiencesSearchQueryVariables = Exact<{
  query: string;
}>;

export type ExperiencesSearchQuery = { search: { nodes: Array<{ node: { id: string } | Record<PropertyKey, never> }> } };

export type ExperiencesReactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;

export type ExperiencesReactMutation = { addReaction: { active: boolean } };

export type ExperiencesFeedFieldsFragment = {
  id: string;
  title: string;
  summary: string;
  publishedAt: string | null;
  helpfulCount: number;
  thanksCount: number;
  commentCount: number;
  viewerReactions: Array<ReactionKind>;
  author: { displayName: string } | null;
  municipality: { name: string; state: Bundesland } | null;
  volunteerGroup: { name: string } | null;
  crisis: { name: string } | null;
};

export type ExperiencesFeedQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type ExperiencesFeedQuery = {
  experiences: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        summary: string;
        publishedAt: string | null;
        helpfulCount: number;
        thanksCount: number;
        commentCount: number;
        viewerReactions: Array<ReactionKind>;
        author: { displayName: string } | null;
        municipality: { name: string; state: Bundesland } | null;
        volunteerGroup: { name: string } | null;
        crisis: { name: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ExperiencesFieldsFragment = {
  id: string;
  title: string;
  summary: string;
  situation: string;
  actions: string;
  outcome: string;
  rootCause: string | null;
  transferability: string | null;
  hazards: Array<Hazard>;
  phase: CrisisPhase;
  fieldsOfAction: Array<string>;
  actors: Array<string>;
  status: ExperienceStatus;
  visibility: Visibility;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  helpfulCount: number;
  thanksCount: number;
  commentCount: number;
  viewerReactions: Array<ReactionKind>;
  moderation: { hidden: boolean } | null;
  recommendations: Array<{ text: string; addressee: RecommendationAddressee; status: RecommendationStatus }>;
  moderationHistory: Array<{ action: ModerationActionKind }>;
  author: {
    id: string;
    displayName: string;
    createdAt: string;
    email: string | null;
    emailVerified: boolean | null;
    bannedUntil: string | null;
    banReason: string | null;
  } | null;
  municipality: {
    id: string;
    name: string;
    kind: MunicipalityKind;
    officialKey: string | null;
    state: Bundesland;
    population: number | null;
    parent: { id: string; name: string } | null;
  } | null;
  volunteerGroup: {
    id: string;
    name: string;
    kind: VolunteerGroupKind;
    description: string | null;
    website: string | null;
    homeMunicipality: { id: string } | null;
  } | null;
  crisis: { id: string; name: string; hazard: Hazard; description: string | null; startsOn: string; endsOn: string | null } | null;
  seminarSession: { id: string } | null;
  thread: { id: string; commentCount: number } | null;
};

export type ExperiencesOneInFullQueryVariables = Exact<{
  id: string | number;
}>;

export type ExperiencesOneInFullQuery = {
  experience: {
    id: string;
    title: string;
    summary: string;
    situation: string;
    actions: string;
    outcome: string;
    rootCause: string | null;
    transferability: string | null;
    hazards: Array<Hazard>;
    phase: CrisisPhase;
    fieldsOfAction: Array<string>;
    actors: Array<string>;
    status: ExperienceStatus;
    visibility: Visibility;
    publishedAt: string | null;
    createdAt: string;
    updatedAt: string;
    helpfulCount: number;
    thanksCount: number;
    commentCount: number;
    viewerReactions: Array<ReactionKind>;
    moderation: { hidden: boolean } | null;
    recommendations: Array<{ text: string; addressee: RecommendationAddressee; status: RecommendationStatus }>;
    moderationHistory: Array<{ action: ModerationActionKind }>;
    author: {
      id: string;
      displayName: string;
      createdAt: string;
      email: string | null;
      emailVerified: boolean | null;
      bannedUntil: string | null;
      banReason: string | null;
    } | null;
    municipality: {
      id: string;
      name: string;
      kind: MunicipalityKind;
      officialKey: string | null;
      state: Bundesland;
      population: number | null;
      parent: { id: string; name: string } | null;
    } | null;
    volunteerGroup: {
      id: string;
      name: string;
      kind: VolunteerGroupKind;
      description: string | null;
      website: string | null;
      homeMunicipality: { id: string } | null;
    } | null;
    crisis: { id: string; name: string; hazard: Hazard; description: string | null; startsOn: string; endsOn: string | null } | null;
    seminarSession: { id: string } | null;
    thread: { id: string; commentCount: number } | null;
  };
};

export type ExperiencesListInFullQueryVariables = Exact<{ [key: string]: never }>;

export type ExperiencesListInFullQuery = {
  experiences: {
    nodes: Array<{
      id: string;
      title: string;
      summary: string;
      situation: string;
      actions: string;
      outcome: string;
      rootCause: string | null;
      transferability: string | null;
      hazards: Array<Hazard>;
      phase: CrisisPhase;
      fieldsOfAction: Array<string>;
      actors: Array<string>;
      status: ExperienceStatus;
      visibility: Visibility;
      publishedAt: string | null;
      createdAt: string;
      updatedAt: string;
      helpfulCount: number;
      thanksCount: number;
      commentCount: number;
      viewerReactions: Array<ReactionKind>;
      moderation: { hidden: boolean } | null;
      recommendations: Array<{ text: string; addressee: RecommendationAddressee; status: RecommendationStatus }>;
      moderationHistory: Array<{ action: ModerationActionKind }>;
      author: {
        id: string;
        displayName: string;
        createdAt: string;
        email: string | null;
        emailVerified: boolean | null;
        bannedUntil: string | null;
        banReason: string | null;
      } | null;
      municipality: {
        id: string;
        name: string;
        kind: MunicipalityKind;
        officialKey: string | null;
        state: Bundesland;
        population: number | null;
        parent: { id: string; name: string } | null;
      } | null;
      volunteerGroup: {
        id: string;
        name: string;
        kind: VolunteerGroupKind;
        description: string | null;
        website: string | null;
        homeMunicipality: { id: string } | null;
      } | null;
      crisis: { id: string; name: string; hazard: Hazard; description: string | null; startsOn: string; endsOn: string | null } | null;
      seminarSession: { id: string } | null;
      thread: { id: string; commentCount: number } | null;
    }>;
  };
};

export type LessonFollowsFollowMutationVariables = Exact<{
  targetId: string | number;
  level: FollowLevel;
}>;

export type LessonFollowsFollowMutation = {
  follow: {
    level: FollowLevel | null;
    target:
      | { __typename: 'Comment' }
      | { __typename: 'Crisis' }
      | { __typename: 'Experience' }
      | { __typename: 'Membership' }
      | { __typename: 'Municipality' }
      | { __typename: 'SeminarSeries' }
      | { __typename: 'SeminarSession' }
      | { __typename: 'Thread' }
      | { __typename: 'User' }
      | { __typename: 'VolunteerGroup' }
      | null;
  };
};

export type LessonFollowsFollowHazardMutationVariables = Exact<{
  hazard: Hazard;
}>;

export type LessonFollowsFollowHazardMutation = { followHazard: { hazard: Hazard; level: FollowLevel | null } };

export type LessonFollowsUnfollowHazardMutationVariables = Exact<{
  hazard: Hazard;
}>;

export type LessonFollowsUnfollowHazardMutation = { unfollowHazard: { level: FollowLevel | null } };

export type LessonFollowsNotificationsQueryVariables = Exact<{ [key: string]: never }>;

export type LessonFollowsNotificationsQuery = {
  viewer: {
    followedHazards: Array<{ hazard: Hazard; level: FollowLevel | null }> | null;
    notifications: {
      nodes: Array<{
        kind: NotificationKind;
        actor: { displayName: string } | null;
        experience: { title: string } | null;
        thread: { title: string } | null;
      }>;
    } | null;
  } | null;
};

export type LessonFollowsLevelsQueryVariables = Exact<{
  experienceId: string | number;
  municipalityId: string | number;
}>;

export type LessonFollowsLevelsQuery = {
  experience: { viewerFollowLevel: FollowLevel | null };
  municipality: { viewerFollowLevel: FollowLevel | null };
};

export type LessonFollowsPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type LessonFollowsPublishMutation = { publishExperience: { experience: { status: ExperienceStatus } } };

export type LessonFollowsGroupLevelQueryVariables = Exact<{
  id: string | number;
}>;

export type LessonFollowsGroupLevelQuery = { volunteerGroup: { viewerFollowLevel: FollowLevel | null } };

export type AccountRecoveryRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type AccountRecoveryRegisterMutation = {
  register: { accessToken: string; user: { id: string; email: string | null; emailVerified: boolean | null } };
};

export type AccountRecoveryLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type AccountRecoveryLoginMutation = { login: { accessToken: string } };

export type AccountRecoveryViewerQueryVariables = Exact<{ [key: string]: never }>;

export type AccountRecoveryViewerQuery = { viewer: { id: string; email: string | null; emailVerified: boolean | null } | null };

export type AccountRecoveryRequestVerificationMutationVariables = Exact<{ [key: string]: never }>;

export type AccountRecoveryRequestVerificationMutation = { requestEmailVerification: { sentTo: string; expiresAt: string } };

export type AccountRecoveryVerifyMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;

export type AccountRecoveryVerifyMutation = { verifyEmail: { email: string; verifiedAt: string } };

export type AccountRecoveryRequestResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;

export type AccountRecoveryRequestResetMutation = { requestPasswordReset: { email: string } };

export type AccountRecoveryResetMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;

export type AccountRecoveryResetMutation = { resetPassword: { email: string; signedOutSessions: number } };

export type AccountRecoveryRequestMembershipMutationVariables = Exact<{
  m: string | number;
}>;

export type AccountRecoveryRequestMembershipMutation = { requestMembership: { membership: { id: string; status: MembershipStatus } } };

export type AccountRecoveryUserNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type AccountRecoveryUserNodeQuery = {
  node: { email: string | null; emailVerified: boolean | null } | Record<PropertyKey, never> | null;
};

export type IdentityRegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;

export type IdentityRegisterMutation = { register: { accessToken: string; user: { id: string; displayName: string } } };

export type IdentityLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type IdentityLoginMutation = { login: { accessToken: string; user: { id: string } } };

export type IdentityViewerQueryVariables = Exact<{ [key: string]: never }>;

export type IdentityViewerQuery = { viewer: { id: string; email: string | null } | null };

export type IdentityPlatformRolesQueryVariables = Exact<{
  id: string | number;
}>;

export type IdentityPlatformRolesQuery = {
  viewer: { platformRoles: Array<PlatformRole> | null } | null;
  node: { displayName: string; platformRoles: Array<PlatformRole> | null } | Record<PropertyKey, never> | null;
};

export type LoginThrottlingLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginThrottlingLoginMutation = { login: { accessToken: string; user: { id: string } } };

export type SessionsLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type SessionsLoginMutation = {
  login: { accessToken: string; expiresAt: string; refreshToken: string; refreshTokenExpiresAt: string; user: { id: string } };
};

export type SessionsRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;

export type SessionsRefreshMutation = {
  refreshSession: {
    accessToken: string;
    expiresAt: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: { id: string; email: string | null };
  };
};

export type SessionsListQueryVariables = Exact<{ [key: string]: never }>;

export type SessionsListQuery = {
  viewer: {
    id: string;
    sessions: Array<{ id: string; createdAt: string; lastUsedAt: string; userAgent: string | null; current: boolean }> | null;
  } | null;
};

export type SessionsRevokeMutationVariables = Exact<{
  id: string | number;
}>;

export type SessionsRevokeMutation = { revokeSession: { sessionId: string } };

export type SessionsSignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SessionsSignOutMutation = { signOut: { sessionId: string } };

export type SessionsChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type SessionsChangePasswordMutation = { changePassword: { signedOutSessions: number; user: { id: string } } };

export type SessionsViewerQueryVariables = Exact<{ [key: string]: never }>;

export type SessionsViewerQuery = { viewer: { id: string } | null };

export type MembershipsRequestMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;

export type MembershipsRequestMutation = {
  requestMembership: { membership: { id: string; role: MembershipRole; status: MembershipStatus; position: string | null } };
};

export type MembershipsDecideMutationVariables = Exact<{
  input: DecideMembershipInput;
}>;

export type MembershipsDecideMutation = {
  decideMembership: { membership: { id: string; status: MembershipStatus; decisionReason: string | null; decidedAt: string | null } };
};

export type MembershipsRevokeMutationVariables = Exact<{
  input: RevokeMembershipInput;
}>;

export type MembershipsRevokeMutation = {
  revokeMembership: { membership: { id: string; status: MembershipStatus; decisionReason: string | null } };
};

export type MembershipsMineQueryVariables = Exact<{ [key: string]: never }>;

export type MembershipsMineQuery = {
  viewer: {
    memberships: Array<{
      id: string;
      role: MembershipRole;
      status: MembershipStatus;
      decisionReason: string | null;
      municipality: { name: string } | null;
      volunteerGroup: { name: string } | null;
    }>;
  } | null;
};

export type MembershipsRequestsQueryVariables = Exact<{ [key: string]: never }>;

export type MembershipsRequestsQuery = { membershipRequests: Array<{ id: string; user: { displayName: string } | null }> };

export type MembershipsPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type MembershipsPublishMutation = { publishExperience: { experience: { status: ExperienceStatus } } };

export type MembershipsOfUserQueryVariables = Exact<{
  id: string | number;
}>;

export type MembershipsOfUserQuery = {
  node:
    | { __typename: 'Comment' }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | { __typename: 'Thread' }
    | { __typename: 'User'; memberships: Array<{ status: MembershipStatus; municipality: { name: string } | null }> }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type VisibilityExperienceQueryVariables = Exact<{
  id: string | number;
}>;

export type VisibilityExperienceQuery = { experience: { id: string } };

export type VisibilityFeedQueryVariables = Exact<{ [key: string]: never }>;

export type VisibilityFeedQuery = { experiences: { nodes: Array<{ id: string }> } };

export type VisibilityNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type VisibilityNodeQuery = {
  node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | null;
};

export type VisibilityThreadsQueryVariables = Exact<{ [key: string]: never }>;

export type VisibilityThreadsQuery = { threads: { nodes: Array<{ id: string }> } };

export type VisibilityThreadQueryVariables = Exact<{
  id: string | number;
}>;

export type VisibilityThreadQuery = { thread: { id: string; comments: { nodes: Array<{ id: string }> } } };

export type VisibilitySearchQueryVariables = Exact<{
  q: string;
}>;

export type VisibilitySearchQuery = { search: { nodes: Array<{ node: { id: string } | { id: string } }> } };

export type VisibilityReplyMutationVariables = Exact<{
  t: string | number;
}>;

export type VisibilityReplyMutation = { addComment: { comment: { id: string } } };

export type VisibilityThankMutationVariables = Exact<{
  c: string | number;
}>;

export type VisibilityThankMutation = { addReaction: { active: boolean } };

export type VisibilityCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type VisibilityCreateThreadMutation = { createThread: { thread: { id: string } } };

export type ModerationCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type ModerationCreateThreadMutation = { createThread: { thread: { id: string } } };

export type ModerationAddCommentMutationVariables = Exact<{
  t: string | number;
  body: string;
}>;

export type ModerationAddCommentMutation = { addComment: { comment: { id: string } } };

export type ModerationFlagMutationVariables = Exact<{
  id: string | number;
  reason?: FlagReason;
  note?: string | null | undefined;
}>;

export type ModerationFlagMutation = {
  flagContent: {
    targetHidden: boolean;
    flag: { id: string; reason: FlagReason; note: string | null };
    target: { __typename: 'Comment' } | { __typename: 'Experience' } | { __typename: 'Thread' };
  };
};

export type ModerationHideMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ModerationHideMutation = {
  hideContent: {
    target: { __typename: 'Comment' } | { __typename: 'Experience' } | { __typename: 'Thread' };
    action: { action: ModerationActionKind; reason: string; actor: { displayName: string } | null };
  };
};

export type ModerationRestoreMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ModerationRestoreMutation = { restoreContent: { action: { action: ModerationActionKind } } };

export type ModerationDismissMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type ModerationDismissMutation = { dismissFlags: { action: { action: ModerationActionKind } } };

export type ModerationCommentQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationCommentQuery = {
  node:
    | {
        __typename: 'Comment';
        body: string | null;
        bodyHtml: string | null;
        moderation: { hidden: boolean; reason: string | null; automatic: boolean } | null;
        moderationHistory: Array<{ action: ModerationActionKind; reason: string }>;
      }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | { __typename: 'Thread' }
    | { __typename: 'User' }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type ModerationThreadQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationThreadQuery = {
  thread: {
    title: string;
    body: string;
    bodyHtml: string;
    locked: boolean;
    lockReason: string | null;
    kind: ThreadKind;
    seminarSession: { id: string } | null;
    moderation: { hidden: boolean; reason: string | null } | null;
    moderationHistory: Array<{ action: ModerationActionKind; reason: string }>;
  };
};

export type ModerationQueueQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationQueueQuery = {
  moderationQueue: {
    nodes: Array<{
      flagCount: number;
      firstFlaggedAt: string;
      reasons: Array<{ reason: FlagReason; count: number }>;
      flags: Array<{ reason: FlagReason; note: string | null; reporter: { displayName: string } | null }>;
      target:
        | { __typename: 'Comment'; id: string; body: string | null }
        | { __typename: 'Experience'; id: string; title: string }
        | { __typename: 'Thread'; id: string; title: string };
    }>;
  };
};

export type ModerationQueueInContextQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationQueueInContextQuery = {
  moderationQueue: {
    nodes: Array<{
      target: { id: string; body: string | null; thread: { title: string; visibility: Visibility } | null } | Record<PropertyKey, never>;
    }>;
  };
};

export type ModerationQueuePageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type ModerationQueuePageQuery = {
  moderationQueue: {
    nodes: Array<{ target: { id: string } | { id: string } | { id: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ModerationQueueAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;

export type ModerationQueueAfterQuery = { moderationQueue: { nodes: Array<{ flagCount: number }> } };

export type ModerationLogQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;

export type ModerationLogQuery = {
  moderationLog: {
    nodes: Array<{
      action: ModerationActionKind;
      reason: string;
      subjectId: string;
      until: string | null;
      flagCount: number | null;
      actor: { displayName: string } | null;
    }>;
  };
};

export type ModerationLogSubjectsQueryVariables = Exact<{
  first: number;
}>;

export type ModerationLogSubjectsQuery = {
  moderationLog: {
    nodes: Array<{
      action: ModerationActionKind;
      actor: { displayName: string } | null;
      subject:
        | {
            __typename: 'Comment';
            id: string;
            body: string | null;
            author: { displayName: string } | null;
            thread: { id: string; title: string; experience: { id: string; title: string } | null } | null;
          }
        | { __typename: 'Experience'; id: string; title: string }
        | { __typename: 'Thread'; id: string; title: string; experience: { id: string } | null }
        | { __typename: 'User'; id: string; displayName: string }
        | null;
    }>;
  };
};

export type ModerationLogPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type ModerationLogPageQuery = {
  moderationLog: { nodes: Array<{ subjectId: string; action: ModerationActionKind }>; pageInfo: { endCursor: string | null } };
};

export type ModerationLogAfterQueryVariables = Exact<{
  a?: string | null | undefined;
}>;

export type ModerationLogAfterQuery = { moderationLog: { nodes: Array<{ action: ModerationActionKind }> } };

export type ModerationBanMutationVariables = Exact<{
  input: BanUserInput;
}>;

export type ModerationBanMutation = {
  banUser: {
    user: { id: string; bannedUntil: string | null; banReason: string | null };
    action: { action: ModerationActionKind; until: string | null };
  };
};

export type ModerationUnbanMutationVariables = Exact<{
  u: string | number;
}>;

export type ModerationUnbanMutation = { unbanUser: { user: { bannedUntil: string | null } } };

export type ModerationEraseMutationVariables = Exact<{
  u: string | number;
}>;

export type ModerationEraseMutation = { erasePersonalData: { user: { displayName: string }; action: { action: ModerationActionKind } } };

export type ModerationLockMutationVariables = Exact<{
  t: string | number;
}>;

export type ModerationLockMutation = { lockThread: { thread: { locked: boolean; lockReason: string | null } } };

export type ModerationUnlockMutationVariables = Exact<{
  t: string | number;
}>;

export type ModerationUnlockMutation = { unlockThread: { thread: { locked: boolean } } };

export type ModerationMoveMutationVariables = Exact<{
  input: MoveThreadInput;
}>;

export type ModerationMoveMutation = {
  moveThread: { thread: { kind: ThreadKind; seminarSession: { id: string } | null }; action: { action: ModerationActionKind } };
};

export type ModerationThreadsQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationThreadsQuery = { threads: { nodes: Array<{ id: string }> } };

export type ModerationFeedQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationFeedQuery = { experiences: { nodes: Array<{ id: string }> } };

export type ModerationSearchQueryVariables = Exact<{
  q: string;
}>;

export type ModerationSearchQuery = { search: { nodes: Array<{ node: { id: string } | { id: string } }> } };

export type ModerationHiddenExperienceQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationHiddenExperienceQuery = {
  experience: { title: string; summary: string; recommendations: Array<{ text: string }>; moderation: { reason: string | null } | null };
};

export type ModerationExperienceTitleQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationExperienceTitleQuery = { experience: { title: string } };

export type ModerationDiscussionTitleQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationDiscussionTitleQuery = {
  experience: { thread: { title: string; moderation: { reason: string | null } | null } | null };
};

export type ModerationFollowUpsQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationFollowUpsQuery = { seminarSession: { followUpThreads: { nodes: Array<{ id: string }> } } };

export type ModerationViewerBanQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationViewerBanQuery = { viewer: { bannedUntil: string | null; banReason: string | null } | null };

export type ModerationUserBanQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationUserBanQuery = {
  node:
    | { __typename: 'Comment' }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | { __typename: 'Thread' }
    | { __typename: 'User'; bannedUntil: string | null }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type ModerationDeleteCommentMutationVariables = Exact<{
  c: string | number;
}>;

export type ModerationDeleteCommentMutation = { deleteComment: { comment: { deleted: boolean } } };

export type ModerationViewerIdQueryVariables = Exact<{ [key: string]: never }>;

export type ModerationViewerIdQuery = { viewer: { id: string } | null };

export type ModerationLoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type ModerationLoginMutation = { login: { accessToken: string } };

export type ModerationErasedCommentQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationErasedCommentQuery = {
  node:
    | { __typename: 'Comment'; body: string | null; deleted: boolean; author: { displayName: string } | null }
    | { __typename: 'Crisis' }
    | { __typename: 'Experience' }
    | { __typename: 'Membership' }
    | { __typename: 'Municipality' }
    | { __typename: 'SeminarSeries' }
    | { __typename: 'SeminarSession' }
    | { __typename: 'Thread' }
    | { __typename: 'User' }
    | { __typename: 'VolunteerGroup' }
    | null;
};

export type ModerationThreadAuthorQueryVariables = Exact<{
  id: string | number;
}>;

export type ModerationThreadAuthorQuery = { thread: { author: { displayName: string } | null } };

export type MunicipalitiesListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  state?: Bundesland | null | undefined;
  kind?: MunicipalityKind | null | undefined;
  parentId?: string | number | null | undefined;
  nameContains?: string | null | undefined;
}>;

export type MunicipalitiesListQuery = {
  municipalities: {
    edges: Array<{ cursor: string; node: { id: string; name: string } }>;
    nodes: Array<{ id: string; name: string; kind: MunicipalityKind; state: Bundesland; officialKey: string | null }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type MunicipalitiesOneQueryVariables = Exact<{
  id?: string | number | null | undefined;
  officialKey?: string | null | undefined;
}>;

export type MunicipalitiesOneQuery = {
  municipality: {
    id: string;
    name: string;
    kind: MunicipalityKind;
    state: Bundesland;
    officialKey: string | null;
    population: number | null;
    parent: { id: string; name: string; kind: MunicipalityKind; officialKey: string | null; parent: { id: string } | null } | null;
  };
};

export type MunicipalitiesByKeyAndIdQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;

export type MunicipalitiesByKeyAndIdQuery = { municipality: { id: string } };

export type MunicipalitiesNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type MunicipalitiesNodeQuery = {
  node:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; name: string; id: string; parent: { name: string } | null }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
};

export type MunicipalitiesParentsQueryVariables = Exact<{ [key: string]: never }>;

export type MunicipalitiesParentsQuery = {
  municipalities: { nodes: Array<{ name: string; parent: { name: string; officialKey: string | null } | null }> };
};

export type MailSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type MailSettingsQuery = {
  viewer: { notificationMailSettings: Array<{ kind: NotificationKind; delivery: MailDelivery }> | null } | null;
};

export type MailSetDeliveryMutationVariables = Exact<{
  input: SetNotificationMailDeliveryInput;
}>;

export type MailSetDeliveryMutation = { setNotificationMailDelivery: Array<{ kind: NotificationKind; delivery: MailDelivery }> };

export type MailUnsubscribeMutationVariables = Exact<{
  input: UnsubscribeNotificationMailsInput;
}>;

export type MailUnsubscribeMutation = { unsubscribeNotificationMails: { kind: NotificationKind } };

export type MailMarkAllReadMutationVariables = Exact<{ [key: string]: never }>;

export type MailMarkAllReadMutation = { markNotificationsRead: { unreadCount: number } };

export type NotificationsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;

export type NotificationsListQuery = {
  viewer: {
    unreadNotificationCount: number | null;
    notifications: {
      nodes: Array<{
        id: string;
        kind: NotificationKind;
        read: boolean;
        actor: { displayName: string } | null;
        thread: { title: string } | null;
        comment: { body: string | null } | null;
        seminarSession: { title: string } | null;
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    } | null;
  } | null;
};

export type NotificationsOfSomeoneElseQueryVariables = Exact<{
  id: string | number;
}>;

export type NotificationsOfSomeoneElseQuery = {
  node:
    | { unreadNotificationCount: number | null; notifications: { nodes: Array<{ kind: NotificationKind }> } | null }
    | Record<PropertyKey, never>
    | null;
};

export type NotificationsFollowMutationVariables = Exact<{
  input: FollowInput;
}>;

export type NotificationsFollowMutation = {
  follow: {
    level: FollowLevel | null;
    target:
      | { title: string; viewerFollowLevel: FollowLevel | null }
      | { title: string; viewerFollowLevel: FollowLevel | null }
      | Record<PropertyKey, never>
      | null;
  };
};

export type NotificationsUnfollowMutationVariables = Exact<{
  input: UnfollowInput;
}>;

export type NotificationsUnfollowMutation = { unfollow: { level: FollowLevel | null } };

export type NotificationsMarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;

export type NotificationsMarkReadMutation = { markNotificationsRead: { unreadCount: number } };

export type NotificationsThreadStateQueryVariables = Exact<{
  id: string | number;
}>;

export type NotificationsThreadStateQuery = {
  node: { viewerFollowLevel: FollowLevel | null; viewerNewCommentCount: number | null } | Record<PropertyKey, never> | null;
};

export type NotificationsMarkSeenMutationVariables = Exact<{
  input: MarkThreadSeenInput;
}>;

export type NotificationsMarkSeenMutation = { markThreadSeen: { thread: { viewerNewCommentCount: number | null } } };

export type NotificationsCreateSeriesMutationVariables = Exact<{
  input: CreateSeminarSeriesInput;
}>;

export type NotificationsCreateSeriesMutation = { createSeminarSeries: { series: { id: string } } };

export type NotificationsCreateSessionMutationVariables = Exact<{
  input: CreateSeminarSessionInput;
}>;

export type NotificationsCreateSessionMutation = { createSeminarSession: { session: { id: string } } };

export type NotificationsRegisterMutationVariables = Exact<{
  input: RegisterForSeminarSessionInput;
}>;

export type NotificationsRegisterMutation = {
  registerForSeminarSession: { registration: { status: RegistrationStatus }; session: { viewerFollowLevel: FollowLevel | null } };
};

export type NotificationsCancelRegistrationMutationVariables = Exact<{
  input: CancelSeminarRegistrationInput;
}>;

export type NotificationsCancelRegistrationMutation = { cancelSeminarRegistration: { registration: { status: RegistrationStatus } } };

export type NotificationsFollowSeriesMutationVariables = Exact<{
  input: FollowInput;
}>;

export type NotificationsFollowSeriesMutation = {
  follow: {
    level: FollowLevel | null;
    target: { title: string; viewerFollowLevel: FollowLevel | null } | Record<PropertyKey, never> | null;
  };
};

export type NotificationsCancelSessionMutationVariables = Exact<{
  input: CancelSeminarSessionInput;
}>;

export type NotificationsCancelSessionMutation = { cancelSeminarSession: { session: { cancelledAt: string | null } } };

export type NotificationsRequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;

export type NotificationsRequestMembershipMutation = { requestMembership: { membership: { id: string } } };

export type NotificationsDecideMembershipMutationVariables = Exact<{
  input: DecideMembershipInput;
}>;

export type NotificationsDecideMembershipMutation = { decideMembership: { membership: { status: MembershipStatus } } };

export type NotificationsHideMutationVariables = Exact<{
  input: ModerateContentInput;
}>;

export type NotificationsHideMutation = { hideContent: { action: { id: string } } };

export type NotificationsRestoreMutationVariables = Exact<{
  input: ModerateContentInput;
}>;

export type NotificationsRestoreMutation = { restoreContent: { action: { id: string } } };

export type NotificationsDecisionsQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationsDecisionsQuery = {
  viewer: {
    notifications: {
      nodes: Array<{
        kind: NotificationKind;
        actor: { displayName: string } | null;
        membership: { status: MembershipStatus; decisionReason: string | null } | null;
        comment: { body: string | null; moderation: { reason: string | null } | null } | null;
      }>;
    } | null;
  } | null;
};

export type RateLimitViewerQueryVariables = Exact<{ [key: string]: never }>;

export type RateLimitViewerQuery = { viewer: { id: string } | null };

export type RateLimitViewerTwiceQueryVariables = Exact<{ [key: string]: never }>;

export type RateLimitViewerTwiceQuery = { a: { id: string } | null; b: { id: string } | null };

export type RedisOutageMunicipalitiesQueryVariables = Exact<{ [key: string]: never }>;

export type RedisOutageMunicipalitiesQuery = { municipalities: { nodes: Array<{ name: string }> } };

export type SearchHitsQueryVariables = Exact<{
  q: string;
  filter?: SearchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchHitsQuery = {
  search: {
    nodes: Array<{
      rank: number;
      snippet: string;
      node: { __typename: 'Experience'; id: string; title: string } | { __typename: 'Thread'; id: string; title: string };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type OrganisingCreateSeriesMutationVariables = Exact<{
  input: CreateSeminarSeriesInput;
}>;

export type OrganisingCreateSeriesMutation = {
  createSeminarSeries: {
    series: {
      id: string;
      title: string;
      organisers: Array<string>;
      organisingMunicipalities: Array<{ name: string }>;
      organisingVolunteerGroups: Array<{ name: string }>;
    };
  };
};

export type OrganisingUpdateSeriesMutationVariables = Exact<{
  input: UpdateSeminarSeriesInput;
}>;

export type OrganisingUpdateSeriesMutation = { updateSeminarSeries: { series: { title: string; description: string | null } } };

export type OrganisingCreateSessionMutationVariables = Exact<{
  input: CreateSeminarSessionInput;
}>;

export type OrganisingCreateSessionMutation = {
  createSeminarSession: {
    session: {
      id: string;
      title: string;
      topic: string | null;
      startsAt: string;
      endsAt: string;
      timeZone: string;
      capacity: number | null;
      onlineUrl: string | null;
      registrationClosesAt: string | null;
      isUpcoming: boolean;
      cancelledAt: string | null;
      series: { title: string } | null;
    };
  };
};

export type OrganisingUpdateSessionMutationVariables = Exact<{
  input: UpdateSeminarSessionInput;
}>;

export type OrganisingUpdateSessionMutation = {
  updateSeminarSession: { session: { title: string; topic: string | null; capacity: number | null; startsAt: string } };
};

export type OrganisingCancelSessionMutationVariables = Exact<{
  input: CancelSeminarSessionInput;
}>;

export type OrganisingCancelSessionMutation = {
  cancelSeminarSession: { session: { cancelledAt: string | null; cancelReason: string | null } };
};

export type OrganisingAddSpeakerMutationVariables = Exact<{
  input: AddSeminarSpeakerInput;
}>;

export type OrganisingAddSpeakerMutation = {
  addSeminarSpeaker: {
    speaker: { id: string; name: string; confirmation: SpeakerConfirmation } | null;
    session: { speakers: Array<{ name: string }> };
  };
};

export type OrganisingUpdateSpeakerMutationVariables = Exact<{
  input: UpdateSeminarSpeakerInput;
}>;

export type OrganisingUpdateSpeakerMutation = {
  updateSeminarSpeaker: { speaker: { name: string; confirmation: SpeakerConfirmation; role: string | null } | null };
};

export type OrganisingRemoveSpeakerMutationVariables = Exact<{
  input: RemoveSeminarSpeakerInput;
}>;

export type OrganisingRemoveSpeakerMutation = {
  removeSeminarSpeaker: {
    speaker: { name: string } | null;
    session: {
      speakers: Array<{
        name: string;
        role: string | null;
        confirmation: SpeakerConfirmation;
        municipality: { name: string } | null;
        volunteerGroup: { name: string } | null;
      }>;
    };
  };
};

export type OrganisingCanOrganiseQueryVariables = Exact<{
  seriesId: string | number;
  sessionId: string | number;
}>;

export type OrganisingCanOrganiseQuery = { seminarSeries: { viewerCanOrganise: boolean }; seminarSession: { viewerCanOrganise: boolean } };

export type OrganisingSpeakingAtQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisingSpeakingAtQuery = { viewer: { speakingAt: Array<{ title: string; startsAt: string }> } | null };

export type OrganisingTwoSpeakersQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;

export type OrganisingTwoSpeakersQuery = {
  a: { speakingAt: Array<{ title: string }> } | Record<PropertyKey, never> | null;
  b: { speakingAt: Array<{ title: string }> } | Record<PropertyKey, never> | null;
};

export type OrganisingUpcomingQueryVariables = Exact<{ [key: string]: never }>;

export type OrganisingUpcomingQuery = { seminarSessions: { nodes: Array<{ title: string; cancelledAt: string | null }> } };

export type RegistrationCreateSeriesMutationVariables = Exact<{
  input: CreateSeminarSeriesInput;
}>;

export type RegistrationCreateSeriesMutation = { createSeminarSeries: { series: { id: string } } };

export type RegistrationCreateSessionMutationVariables = Exact<{
  input: CreateSeminarSessionInput;
}>;

export type RegistrationCreateSessionMutation = { createSeminarSession: { session: { id: string } } };

export type RegistrationAddSpeakerMutationVariables = Exact<{
  input: AddSeminarSpeakerInput;
}>;

export type RegistrationAddSpeakerMutation = { addSeminarSpeaker: { speaker: { id: string } | null } };

export type RegistrationUpdateSessionMutationVariables = Exact<{
  input: UpdateSeminarSessionInput;
}>;

export type RegistrationUpdateSessionMutation = {
  updateSeminarSession: { session: { capacity: number | null; registeredCount: number; waitlistCount: number } };
};

export type RegistrationCancelSessionMutationVariables = Exact<{
  input: CancelSeminarSessionInput;
}>;

export type RegistrationCancelSessionMutation = {
  cancelSeminarSession: { session: { cancelledAt: string | null; registrationOpen: boolean } };
};

export type RegistrationRegisterMutationVariables = Exact<{
  input: RegisterForSeminarSessionInput;
}>;

export type RegistrationRegisterMutation = {
  registerForSeminarSession: {
    registration: { id: string; status: RegistrationStatus; waitlistPosition: number | null; reminder: boolean };
    session: { registeredCount: number; waitlistCount: number; seatsLeft: number | null; onlineUrl: string | null };
  };
};

export type RegistrationCancelMutationVariables = Exact<{
  input: CancelSeminarRegistrationInput;
}>;

export type RegistrationCancelMutation = {
  cancelSeminarRegistration: {
    registration: { status: RegistrationStatus; cancelledAt: string | null };
    session: { registeredCount: number; waitlistCount: number };
  };
};

export type RegistrationSetReminderMutationVariables = Exact<{
  input: SetSeminarReminderInput;
}>;

export type RegistrationSetReminderMutation = { setSeminarReminder: { registration: { reminder: boolean } } };

export type RegistrationSetRemindersMutationVariables = Exact<{
  reminders: boolean;
}>;

export type RegistrationSetRemindersMutation = { setSeminarReminders: boolean };

export type RegistrationMyRemindersQueryVariables = Exact<{ [key: string]: never }>;

export type RegistrationMyRemindersQuery = {
  viewer: {
    seminarReminders: boolean | null;
    seminarRegistrations: Array<{ reminder: boolean; session: { title: string } | null }> | null;
  } | null;
};

export type RegistrationAttendanceMutationVariables = Exact<{
  input: MarkSeminarAttendanceInput;
}>;

export type RegistrationAttendanceMutation = {
  markSeminarAttendance: { registration: { attended: boolean | null }; session: { attendanceCount: number } };
};

export type RegistrationSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type RegistrationSessionQuery = {
  seminarSession: {
    title: string;
    onlineUrl: string | null;
    registrationOpen: boolean;
    registeredCount: number;
    waitlistCount: number;
    seatsLeft: number | null;
    viewerRegistration: { status: RegistrationStatus; waitlistPosition: number | null } | null;
    registrations: {
      nodes: Array<{
        id: string;
        status: RegistrationStatus;
        waitlistPosition: number | null;
        promotedAt: string | null;
        user: { displayName: string } | null;
      }>;
    } | null;
  };
};

export type RegistrationMineQueryVariables = Exact<{ [key: string]: never }>;

export type RegistrationMineQuery = {
  viewer: { seminarRegistrations: Array<{ status: RegistrationStatus; session: { title: string } | null }> | null } | null;
};

export type SeminarsSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  when: SeminarTimeFilter;
  seriesId?: string | number | null | undefined;
}>;

export type SeminarsSessionsQuery = {
  seminarSessions: {
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{ id: string; title: string; startsAt: string; endsAt: string; isUpcoming: boolean }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type SeminarsSessionTitlesByDefaultQueryVariables = Exact<{ [key: string]: never }>;

export type SeminarsSessionTitlesByDefaultQuery = { seminarSessions: { nodes: Array<{ title: string }> } };

export type SeminarsSessionQueryVariables = Exact<{
  id: string | number;
}>;

export type SeminarsSessionQuery = {
  seminarSession: {
    id: string;
    title: string;
    topic: string | null;
    description: string | null;
    startsAt: string;
    endsAt: string;
    onlineUrl: string | null;
    isUpcoming: boolean;
    series: { id: string; title: string; organisers: Array<string> } | null;
    speakers: Array<{
      name: string;
      role: string | null;
      organisation: string | null;
      confirmation: SpeakerConfirmation;
      municipality: { id: string; name: string } | null;
    }>;
  };
};

export type SeminarsSessionsWithSpeakersQueryVariables = Exact<{
  first?: number | null | undefined;
  when: SeminarTimeFilter;
}>;

export type SeminarsSessionsWithSpeakersQuery = {
  seminarSessions: {
    nodes: Array<{
      title: string;
      series: { title: string } | null;
      speakers: Array<{ name: string; municipality: { name: string } | null }>;
    }>;
  };
};

export type SeminarsSessionNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type SeminarsSessionNodeQuery = {
  node:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; title: string; startsAt: string; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
};

export type SeminarsSeriesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SeminarsSeriesQuery = {
  seminarSeries: {
    id: string;
    title: string;
    description: string | null;
    organisers: Array<string>;
    sessions: {
      nodes: Array<{ id: string; title: string; startsAt: string }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
  };
};

export type SeminarsPastSessionsWithProgrammeQueryVariables = Exact<{ [key: string]: never }>;

export type SeminarsPastSessionsWithProgrammeQuery = {
  seminarSessions: {
    nodes: Array<{
      title: string;
      series: { title: string; sessions: { nodes: Array<{ title: string }>; pageInfo: { hasNextPage: boolean } } } | null;
    }>;
  };
};

export type SeminarsSeriesNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type SeminarsSeriesNodeQuery = {
  node:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; title: string; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; id: string }
    | null;
};

export type SeminarsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type SeminarsCreateThreadMutation = {
  createThread: {
    thread: {
      id: string;
      kind: ThreadKind;
      title: string;
      bodyHtml: string;
      author: { displayName: string } | null;
      seminarSession: { id: string; title: string } | null;
    };
  };
};

export type SeminarsFollowUpsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SeminarsFollowUpsQuery = {
  seminarSession: {
    followUpThreads: {
      nodes: Array<{ id: string; title: string; kind: ThreadKind; author: { displayName: string } | null }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

export type SeminarsThreadsOfSessionQueryVariables = Exact<{
  s?: string | number | null | undefined;
}>;

export type SeminarsThreadsOfSessionQuery = { threads: { nodes: Array<{ id: string }> } };

export type SeminarsPastSessionsWithFollowUpsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type SeminarsPastSessionsWithFollowUpsQuery = {
  seminarSessions: { nodes: Array<{ title: string; followUpThreads: { nodes: Array<{ title: string }> } }> };
};

export type FactoryCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type FactoryCreateExperienceMutation = { createExperience: { experience: { id: string; thread: { id: string } | null } } };

export type FactoryPublishExperienceMutationVariables = Exact<{
  id: string | number;
}>;

export type FactoryPublishExperienceMutation = { publishExperience: { experience: { id: string } } };

export type FactoryCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type FactoryCreateThreadMutation = { createThread: { thread: { id: string } } };

export type FactoryAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type FactoryAddCommentMutation = { addComment: { comment: { id: string } } };

export type GroupRegistrationRegisterMutationVariables = Exact<{
  input: RegisterVolunteerGroupInput;
}>;

export type GroupRegistrationRegisterMutation = {
  registerVolunteerGroup: {
    volunteerGroup: {
      id: string;
      name: string;
      kind: VolunteerGroupKind;
      status: VolunteerGroupStatus;
      description: string | null;
      website: string | null;
      viewerCanEdit: boolean;
      viewerCanDecide: boolean;
      homeMunicipality: { name: string } | null;
      municipalitiesServed: Array<{ name: string }>;
    };
  };
};

export type GroupRegistrationGroupQueryVariables = Exact<{
  id: string | number;
}>;

export type GroupRegistrationGroupQuery = {
  volunteerGroup: {
    id: string;
    name: string;
    status: VolunteerGroupStatus;
    website: string | null;
    decisionReason: string | null;
    decidedAt: string | null;
    viewerCanEdit: boolean;
    viewerCanDecide: boolean;
  };
};

export type GroupRegistrationListQueryVariables = Exact<{
  status?: VolunteerGroupStatus | null | undefined;
}>;

export type GroupRegistrationListQuery = {
  volunteerGroups: { nodes: Array<{ name: string; status: VolunteerGroupStatus; viewerCanDecide: boolean }> };
};

export type GroupRegistrationConfirmMutationVariables = Exact<{
  id: string | number;
}>;

export type GroupRegistrationConfirmMutation = {
  confirmVolunteerGroup: { volunteerGroup: { status: VolunteerGroupStatus; decidedAt: string | null; viewerCanDecide: boolean } };
};

export type GroupRegistrationRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type GroupRegistrationRejectMutation = {
  rejectVolunteerGroup: { volunteerGroup: { status: VolunteerGroupStatus; decisionReason: string | null } };
};

export type GroupRegistrationUpdateMutationVariables = Exact<{
  input: UpdateVolunteerGroupInput;
}>;

export type GroupRegistrationUpdateMutation = {
  updateVolunteerGroup: {
    volunteerGroup: {
      name: string;
      description: string | null;
      website: string | null;
      homeMunicipality: { name: string } | null;
      municipalitiesServed: Array<{ name: string }>;
    };
  };
};

export type GroupRegistrationMineQueryVariables = Exact<{ [key: string]: never }>;

export type GroupRegistrationMineQuery = {
  viewer: {
    memberships: Array<{
      role: MembershipRole;
      status: MembershipStatus;
      decisionReason: string | null;
      volunteerGroup: { name: string } | null;
    }>;
    notifications: {
      nodes: Array<{ kind: NotificationKind; membership: { role: MembershipRole; status: MembershipStatus } | null }>;
    } | null;
  } | null;
};

export type GroupRegistrationRequestsQueryVariables = Exact<{ [key: string]: never }>;

export type GroupRegistrationRequestsQuery = {
  membershipRequests: Array<{ role: MembershipRole; volunteerGroup: { name: string } | null }>;
};

export type GroupRegistrationJoinMutationVariables = Exact<{
  g: string | number;
}>;

export type GroupRegistrationJoinMutation = { requestMembership: { membership: { status: MembershipStatus } } };

export type VolunteerGroupsListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: VolunteerGroupKind | null | undefined;
  municipalityId?: string | number | null | undefined;
  nameContains?: string | null | undefined;
}>;

export type VolunteerGroupsListQuery = {
  volunteerGroups: {
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{ id: string; name: string; kind: VolunteerGroupKind }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
};

export type VolunteerGroupsOneQueryVariables = Exact<{
  id: string | number;
}>;

export type VolunteerGroupsOneQuery = {
  volunteerGroup: {
    id: string;
    name: string;
    kind: VolunteerGroupKind;
    description: string | null;
    website: string | null;
    homeMunicipality: { id: string; name: string; kind: MunicipalityKind; parent: { name: string } | null } | null;
    municipalitiesServed: Array<{ id: string; name: string; parent: { name: string } | null }>;
  };
};

export type VolunteerGroupsNodeQueryVariables = Exact<{
  id: string | number;
}>;

export type VolunteerGroupsNodeQuery = {
  node:
    | { __typename: 'Comment'; id: string }
    | { __typename: 'Crisis'; id: string }
    | { __typename: 'Experience'; id: string }
    | { __typename: 'Membership'; id: string }
    | { __typename: 'Municipality'; id: string }
    | { __typename: 'SeminarSeries'; id: string }
    | { __typename: 'SeminarSession'; id: string }
    | { __typename: 'Thread'; id: string }
    | { __typename: 'User'; id: string }
    | { __typename: 'VolunteerGroup'; name: string; id: string; municipalitiesServed: Array<{ name: string }> }
    | null;
};

export type VolunteerGroupsPageWithPlacesQueryVariables = Exact<{
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
}>;

export type VolunteerGroupsPageWithPlacesQuery = {
  volunteerGroups: {
    nodes: Array<{
      id: string;
      name: string;
      kind: VolunteerGroupKind;
      homeMunicipality: { name: string; parent: { name: string } | null } | null;
      municipalitiesServed: Array<{ id: string; name: string; parent: { name: string } | null }>;
    }>;
  };
};

export type VolunteerGroupsPageWithServedPlacesQueryVariables = Exact<{
  first?: number | null | undefined;
  nameContains?: string | null | undefined;
}>;

export type VolunteerGroupsPageWithServedPlacesQuery = {
  volunteerGroups: { nodes: Array<{ municipalitiesServed: Array<{ name: string }> }> };
};

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DiscussionsAccountFragmentDoc = new TypedDocumentString(
  `
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}
    `,
  { fragmentName: 'DiscussionsAccount' },
) as unknown as TypedDocumentString<DiscussionsAccountFragment, unknown>;
export const DiscussionsCommentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}
    `,
  { fragmentName: 'DiscussionsCommentFields' },
) as unknown as TypedDocumentString<DiscussionsCommentFieldsFragment, unknown>;
export const ExperiencesFeedFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ExperiencesFeedFields on Experience {
  id
  title
  summary
  publishedAt
  helpfulCount
  thanksCount
  commentCount
  viewerReactions
  author {
    displayName
  }
  municipality {
    name
    state
  }
  volunteerGroup {
    name
  }
  crisis {
    name
  }
}
    `,
  { fragmentName: 'ExperiencesFeedFields' },
) as unknown as TypedDocumentString<ExperiencesFeedFieldsFragment, unknown>;
export const ExperiencesFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ExperiencesFields on Experience {
  id
  title
  summary
  situation
  actions
  outcome
  rootCause
  transferability
  hazards
  phase
  fieldsOfAction
  actors
  status
  visibility
  publishedAt
  createdAt
  updatedAt
  helpfulCount
  thanksCount
  commentCount
  viewerReactions
  moderation {
    hidden
  }
  recommendations {
    text
    addressee
    status
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  municipality {
    id
    name
    kind
    officialKey
    state
    population
    parent {
      id
      name
    }
  }
  volunteerGroup {
    id
    name
    kind
    description
    website
    homeMunicipality {
      id
    }
  }
  crisis {
    id
    name
    hazard
    description
    startsOn
    endsOn
  }
  seminarSession {
    id
  }
  thread {
    id
    commentCount
  }
}
    `,
  { fragmentName: 'ExperiencesFields' },
) as unknown as TypedDocumentString<ExperiencesFieldsFragment, unknown>;
export const ApiBasicsRegisterDocument = new TypedDocumentString(`
    mutation ApiBasicsRegister($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    user {
      id
      displayName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsRegisterMutation, ApiBasicsRegisterMutationVariables>;
export const ApiBasicsLoginDocument = new TypedDocumentString(`
    mutation ApiBasicsLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsLoginMutation, ApiBasicsLoginMutationVariables>;
export const ApiBasicsViewerDocument = new TypedDocumentString(`
    query ApiBasicsViewer {
  viewer {
    id
    displayName
    email
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsViewerQuery, ApiBasicsViewerQueryVariables>;
export const ApiBasicsMunicipalitiesDocument = new TypedDocumentString(`
    query ApiBasicsMunicipalities($first: Int, $after: String) {
  municipalities(first: $first, after: $after) {
    nodes {
      id
      name
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsMunicipalitiesQuery, ApiBasicsMunicipalitiesQueryVariables>;
export const ApiBasicsMunicipalityNodeDocument = new TypedDocumentString(`
    query ApiBasicsMunicipalityNode($id: ID!) {
  node(id: $id) {
    id
    ... on Municipality {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsMunicipalityNodeQuery, ApiBasicsMunicipalityNodeQueryVariables>;
export const ApiBasicsGarbageNodeDocument = new TypedDocumentString(`
    query ApiBasicsGarbageNode {
  node(id: "garbage") {
    id
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsGarbageNodeQuery, ApiBasicsGarbageNodeQueryVariables>;
export const ApiBasicsAtTheLimitsDocument = new TypedDocumentString(`
    query ApiBasicsAtTheLimits {
  a0: viewer {
    id
  }
  a1: viewer {
    id
  }
  a2: viewer {
    id
  }
  a3: viewer {
    id
  }
  a4: viewer {
    id
  }
  municipalities(first: 1) {
    edges {
      node {
        parent {
          parent {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiBasicsAtTheLimitsQuery, ApiBasicsAtTheLimitsQueryVariables>;
export const MatrixLoginDocument = new TypedDocumentString(`
    mutation MatrixLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<MatrixLoginMutation, MatrixLoginMutationVariables>;
export const MatrixSessionsDocument = new TypedDocumentString(`
    query MatrixSessions {
  viewer {
    sessions {
      id
      current
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixSessionsQuery, MatrixSessionsQueryVariables>;
export const MatrixRequestTownMembershipDocument = new TypedDocumentString(`
    mutation MatrixRequestTownMembership($m: ID!) {
  requestMembership(input: {municipalityId: $m, role: STAFF, position: "Bauamt"}) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRequestTownMembershipMutation, MatrixRequestTownMembershipMutationVariables>;
export const MatrixFlagContentDocument = new TypedDocumentString(`
    mutation MatrixFlagContent($c: ID!) {
  flagContent(input: {targetId: $c, reason: SPAM}) {
    targetHidden
  }
}
    `) as unknown as TypedDocumentString<MatrixFlagContentMutation, MatrixFlagContentMutationVariables>;
export const MatrixHideContentDocument = new TypedDocumentString(`
    mutation MatrixHideContent($c: ID!) {
  hideContent(input: {targetId: $c, reason: "Beleidigend"}) {
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixHideContentMutation, MatrixHideContentMutationVariables>;
export const MatrixRestoreContentDocument = new TypedDocumentString(`
    mutation MatrixRestoreContent($c: ID!) {
  restoreContent(input: {targetId: $c, reason: "Vertretbar"}) {
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRestoreContentMutation, MatrixRestoreContentMutationVariables>;
export const MatrixDismissFlagsDocument = new TypedDocumentString(`
    mutation MatrixDismissFlags($c: ID!) {
  dismissFlags(input: {targetId: $c, reason: "Kein Spam"}) {
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixDismissFlagsMutation, MatrixDismissFlagsMutationVariables>;
export const MatrixLockThreadDocument = new TypedDocumentString(`
    mutation MatrixLockThread($t: ID!) {
  lockThread(input: {threadId: $t, reason: "Entgleist"}) {
    thread {
      locked
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixLockThreadMutation, MatrixLockThreadMutationVariables>;
export const MatrixUnlockThreadDocument = new TypedDocumentString(`
    mutation MatrixUnlockThread($t: ID!) {
  unlockThread(input: {threadId: $t, reason: "Wieder offen"}) {
    thread {
      locked
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUnlockThreadMutation, MatrixUnlockThreadMutationVariables>;
export const MatrixMoveThreadDocument = new TypedDocumentString(`
    mutation MatrixMoveThread($t: ID!, $s: ID!) {
  moveThread(
    input: {threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar"}
  ) {
    thread {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixMoveThreadMutation, MatrixMoveThreadMutationVariables>;
export const MatrixBanUserDocument = new TypedDocumentString(`
    mutation MatrixBanUser($u: ID!, $until: DateTime!) {
  banUser(input: {userId: $u, until: $until, reason: "Beleidigungen"}) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixBanUserMutation, MatrixBanUserMutationVariables>;
export const MatrixUnbanUserDocument = new TypedDocumentString(`
    mutation MatrixUnbanUser($u: ID!) {
  unbanUser(input: {userId: $u, reason: "Einsicht"}) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUnbanUserMutation, MatrixUnbanUserMutationVariables>;
export const MatrixErasePersonalDataDocument = new TypedDocumentString(`
    mutation MatrixErasePersonalData($u: ID!) {
  erasePersonalData(input: {userId: $u, reason: "Antrag per E-Mail"}) {
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixErasePersonalDataMutation, MatrixErasePersonalDataMutationVariables>;
export const MatrixRegisterDocument = new TypedDocumentString(`
    mutation MatrixRegister($input: RegisterInput!) {
  register(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<MatrixRegisterMutation, MatrixRegisterMutationVariables>;
export const MatrixLoginOnlyDocument = new TypedDocumentString(`
    mutation MatrixLoginOnly($input: LoginInput!) {
  login(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<MatrixLoginOnlyMutation, MatrixLoginOnlyMutationVariables>;
export const MatrixRefreshSessionDocument = new TypedDocumentString(`
    mutation MatrixRefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<MatrixRefreshSessionMutation, MatrixRefreshSessionMutationVariables>;
export const MatrixRevokeSessionDocument = new TypedDocumentString(`
    mutation MatrixRevokeSession($s: ID!) {
  revokeSession(input: {sessionId: $s}) {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<MatrixRevokeSessionMutation, MatrixRevokeSessionMutationVariables>;
export const MatrixSignOutDocument = new TypedDocumentString(`
    mutation MatrixSignOut {
  signOut {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<MatrixSignOutMutation, MatrixSignOutMutationVariables>;
export const MatrixChangePasswordDocument = new TypedDocumentString(`
    mutation MatrixChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    signedOutSessions
  }
}
    `) as unknown as TypedDocumentString<MatrixChangePasswordMutation, MatrixChangePasswordMutationVariables>;
export const MatrixCreateExperienceDocument = new TypedDocumentString(`
    mutation MatrixCreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCreateExperienceMutation, MatrixCreateExperienceMutationVariables>;
export const MatrixUpdateExperienceDocument = new TypedDocumentString(`
    mutation MatrixUpdateExperience($id: ID!) {
  updateExperience(input: {id: $id, summary: "Geänderte Zusammenfassung."}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateExperienceMutation, MatrixUpdateExperienceMutationVariables>;
export const MatrixPublishExperienceDocument = new TypedDocumentString(`
    mutation MatrixPublishExperience($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixPublishExperienceMutation, MatrixPublishExperienceMutationVariables>;
export const MatrixCreateThreadDocument = new TypedDocumentString(`
    mutation MatrixCreateThread($title: String!) {
  createThread(input: {title: $title, body: "x"}) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCreateThreadMutation, MatrixCreateThreadMutationVariables>;
export const MatrixAddCommentDocument = new TypedDocumentString(`
    mutation MatrixAddComment($t: ID!) {
  addComment(input: {threadId: $t, body: "Hallo"}) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixAddCommentMutation, MatrixAddCommentMutationVariables>;
export const MatrixEditCommentDocument = new TypedDocumentString(`
    mutation MatrixEditComment($c: ID!) {
  editComment(input: {commentId: $c, body: "Neu"}) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixEditCommentMutation, MatrixEditCommentMutationVariables>;
export const MatrixDeleteCommentDocument = new TypedDocumentString(`
    mutation MatrixDeleteComment($c: ID!) {
  deleteComment(input: {commentId: $c}) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixDeleteCommentMutation, MatrixDeleteCommentMutationVariables>;
export const MatrixAddReactionDocument = new TypedDocumentString(`
    mutation MatrixAddReaction($c: ID!) {
  addReaction(input: {targetId: $c, kind: HELPFUL}) {
    active
  }
}
    `) as unknown as TypedDocumentString<MatrixAddReactionMutation, MatrixAddReactionMutationVariables>;
export const MatrixRemoveReactionDocument = new TypedDocumentString(`
    mutation MatrixRemoveReaction($c: ID!) {
  removeReaction(input: {targetId: $c, kind: HELPFUL}) {
    active
  }
}
    `) as unknown as TypedDocumentString<MatrixRemoveReactionMutation, MatrixRemoveReactionMutationVariables>;
export const MatrixRequestMembershipDocument = new TypedDocumentString(`
    mutation MatrixRequestMembership($g: ID!) {
  requestMembership(
    input: {volunteerGroupId: $g, role: MEMBER, position: "Helfer"}
  ) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRequestMembershipMutation, MatrixRequestMembershipMutationVariables>;
export const MatrixDecideMembershipDocument = new TypedDocumentString(`
    mutation MatrixDecideMembership($m: ID!) {
  decideMembership(input: {membershipId: $m, approve: true}) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixDecideMembershipMutation, MatrixDecideMembershipMutationVariables>;
export const MatrixRevokeMembershipDocument = new TypedDocumentString(`
    mutation MatrixRevokeMembership($m: ID!) {
  revokeMembership(input: {membershipId: $m, reason: "Beendet"}) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRevokeMembershipMutation, MatrixRevokeMembershipMutationVariables>;
export const MatrixRequestEmailVerificationDocument = new TypedDocumentString(`
    mutation MatrixRequestEmailVerification {
  requestEmailVerification {
    sentTo
  }
}
    `) as unknown as TypedDocumentString<MatrixRequestEmailVerificationMutation, MatrixRequestEmailVerificationMutationVariables>;
export const MatrixVerifyEmailDocument = new TypedDocumentString(`
    mutation MatrixVerifyEmail($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<MatrixVerifyEmailMutation, MatrixVerifyEmailMutationVariables>;
export const MatrixRequestPasswordResetDocument = new TypedDocumentString(`
    mutation MatrixRequestPasswordReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<MatrixRequestPasswordResetMutation, MatrixRequestPasswordResetMutationVariables>;
export const MatrixResetPasswordDocument = new TypedDocumentString(`
    mutation MatrixResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<MatrixResetPasswordMutation, MatrixResetPasswordMutationVariables>;
export const MatrixCreateSeminarSeriesDocument = new TypedDocumentString(`
    mutation MatrixCreateSeminarSeries($m: ID!) {
  createSeminarSeries(
    input: {title: "Reihe", organisers: ["Stadt"], organisingMunicipalityIds: [$m]}
  ) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCreateSeminarSeriesMutation, MatrixCreateSeminarSeriesMutationVariables>;
export const MatrixUpdateSeminarSeriesDocument = new TypedDocumentString(`
    mutation MatrixUpdateSeminarSeries($s: ID!) {
  updateSeminarSeries(input: {id: $s, description: "Neu beschrieben"}) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateSeminarSeriesMutation, MatrixUpdateSeminarSeriesMutationVariables>;
export const MatrixCreateSeminarSessionDocument = new TypedDocumentString(`
    mutation MatrixCreateSeminarSession($s: ID!) {
  createSeminarSession(
    input: {seriesId: $s, title: "Sitzung", startsAt: "2030-03-01T17:00:00+01:00", endsAt: "2030-03-01T18:30:00+01:00"}
  ) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCreateSeminarSessionMutation, MatrixCreateSeminarSessionMutationVariables>;
export const MatrixUpdateSeminarSessionDocument = new TypedDocumentString(`
    mutation MatrixUpdateSeminarSession($s: ID!) {
  updateSeminarSession(input: {id: $s, topic: "Neues Thema"}) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateSeminarSessionMutation, MatrixUpdateSeminarSessionMutationVariables>;
export const MatrixCancelSeminarSessionDocument = new TypedDocumentString(`
    mutation MatrixCancelSeminarSession($s: ID!) {
  cancelSeminarSession(input: {id: $s, reason: "Erkrankt"}) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCancelSeminarSessionMutation, MatrixCancelSeminarSessionMutationVariables>;
export const MatrixAddSeminarSpeakerDocument = new TypedDocumentString(`
    mutation MatrixAddSeminarSpeaker($s: ID!) {
  addSeminarSpeaker(input: {sessionId: $s, name: "Referentin"}) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixAddSeminarSpeakerMutation, MatrixAddSeminarSpeakerMutationVariables>;
export const MatrixUpdateSeminarSpeakerDocument = new TypedDocumentString(`
    mutation MatrixUpdateSeminarSpeaker($p: ID!) {
  updateSeminarSpeaker(input: {id: $p, confirmation: CONFIRMED}) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateSeminarSpeakerMutation, MatrixUpdateSeminarSpeakerMutationVariables>;
export const MatrixRemoveSeminarSpeakerDocument = new TypedDocumentString(`
    mutation MatrixRemoveSeminarSpeaker($p: ID!) {
  removeSeminarSpeaker(input: {id: $p}) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRemoveSeminarSpeakerMutation, MatrixRemoveSeminarSpeakerMutationVariables>;
export const MatrixRegisterForSessionDocument = new TypedDocumentString(`
    mutation MatrixRegisterForSession($s: ID!) {
  registerForSeminarSession(input: {sessionId: $s}) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRegisterForSessionMutation, MatrixRegisterForSessionMutationVariables>;
export const MatrixCancelRegistrationDocument = new TypedDocumentString(`
    mutation MatrixCancelRegistration($s: ID!) {
  cancelSeminarRegistration(input: {sessionId: $s}) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCancelRegistrationMutation, MatrixCancelRegistrationMutationVariables>;
export const MatrixSetReminderDocument = new TypedDocumentString(`
    mutation MatrixSetReminder($s: ID!) {
  setSeminarReminder(input: {sessionId: $s, reminder: false}) {
    registration {
      reminder
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixSetReminderMutation, MatrixSetReminderMutationVariables>;
export const MatrixSetRemindersDocument = new TypedDocumentString(`
    mutation MatrixSetReminders {
  setSeminarReminders(input: {reminders: false})
}
    `) as unknown as TypedDocumentString<MatrixSetRemindersMutation, MatrixSetRemindersMutationVariables>;
export const MatrixMarkAttendanceDocument = new TypedDocumentString(`
    mutation MatrixMarkAttendance($r: ID!) {
  markSeminarAttendance(input: {registrationId: $r, attended: true}) {
    registration {
      attended
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixMarkAttendanceMutation, MatrixMarkAttendanceMutationVariables>;
export const MatrixAcceptAnswerDocument = new TypedDocumentString(`
    mutation MatrixAcceptAnswer($q: ID!, $a: ID!) {
  acceptAnswer(input: {questionId: $q, answerId: $a}) {
    answer {
      isAcceptedAnswer
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixAcceptAnswerMutation, MatrixAcceptAnswerMutationVariables>;
export const MatrixCloseThreadDocument = new TypedDocumentString(`
    mutation MatrixCloseThread($t: ID!) {
  closeThread(
    input: {threadId: $t, conclusion: "Wir halten fest: Sandsäcke im Bauhof."}
  ) {
    thread {
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixCloseThreadMutation, MatrixCloseThreadMutationVariables>;
export const MatrixReopenThreadDocument = new TypedDocumentString(`
    mutation MatrixReopenThread($t: ID!) {
  reopenThread(input: {threadId: $t}) {
    thread {
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixReopenThreadMutation, MatrixReopenThreadMutationVariables>;
export const MatrixDraftLessonDocument = new TypedDocumentString(`
    mutation MatrixDraftLesson($t: ID!, $m: ID!) {
  draftLessonFromThread(
    input: {threadId: $t, municipalityId: $m, hazards: [FLOOD], phase: RESPONSE}
  ) {
    experience {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixDraftLessonMutation, MatrixDraftLessonMutationVariables>;
export const MatrixRecordSessionDocument = new TypedDocumentString(`
    mutation MatrixRecordSession($s: ID!) {
  recordSeminarSession(input: {id: $s, minutes: "Protokoll"}) {
    session {
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRecordSessionMutation, MatrixRecordSessionMutationVariables>;
export const MatrixSetMailDeliveryDocument = new TypedDocumentString(`
    mutation MatrixSetMailDelivery {
  setNotificationMailDelivery(input: {kind: THREAD_COMMENT, delivery: NEVER}) {
    kind
  }
}
    `) as unknown as TypedDocumentString<MatrixSetMailDeliveryMutation, MatrixSetMailDeliveryMutationVariables>;
export const MatrixUnsubscribeMailsDocument = new TypedDocumentString(`
    mutation MatrixUnsubscribeMails($token: String!) {
  unsubscribeNotificationMails(input: {token: $token}) {
    kind
  }
}
    `) as unknown as TypedDocumentString<MatrixUnsubscribeMailsMutation, MatrixUnsubscribeMailsMutationVariables>;
export const MatrixFollowDocument = new TypedDocumentString(`
    mutation MatrixFollow($t: ID!) {
  follow(input: {targetId: $t, level: WATCHING}) {
    level
  }
}
    `) as unknown as TypedDocumentString<MatrixFollowMutation, MatrixFollowMutationVariables>;
export const MatrixUnfollowDocument = new TypedDocumentString(`
    mutation MatrixUnfollow($t: ID!) {
  unfollow(input: {targetId: $t}) {
    level
  }
}
    `) as unknown as TypedDocumentString<MatrixUnfollowMutation, MatrixUnfollowMutationVariables>;
export const MatrixMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MatrixMarkNotificationsRead {
  markNotificationsRead(input: {all: true}) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MatrixMarkNotificationsReadMutation, MatrixMarkNotificationsReadMutationVariables>;
export const MatrixMarkThreadSeenDocument = new TypedDocumentString(`
    mutation MatrixMarkThreadSeen($t: ID!) {
  markThreadSeen(input: {threadId: $t}) {
    thread {
      viewerNewCommentCount
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixMarkThreadSeenMutation, MatrixMarkThreadSeenMutationVariables>;
export const MatrixProposeCrisisDocument = new TypedDocumentString(`
    mutation MatrixProposeCrisis($m: ID!) {
  proposeCrisis(
    input: {name: "Starkregen Juni", hazards: [HEAVY_RAIN], startsOn: "2024-06-01", affectedMunicipalityIds: [$m]}
  ) {
    crisis {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixProposeCrisisMutation, MatrixProposeCrisisMutationVariables>;
export const MatrixUpdateCrisisDocument = new TypedDocumentString(`
    mutation MatrixUpdateCrisis($c: ID!) {
  updateCrisis(input: {id: $c, description: "Neu beschrieben"}) {
    crisis {
      description
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateCrisisMutation, MatrixUpdateCrisisMutationVariables>;
export const MatrixEndCrisisDocument = new TypedDocumentString(`
    mutation MatrixEndCrisis($c: ID!) {
  endCrisis(input: {id: $c, endsOn: "2024-06-20"}) {
    crisis {
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixEndCrisisMutation, MatrixEndCrisisMutationVariables>;
export const MatrixConfirmCrisisDocument = new TypedDocumentString(`
    mutation MatrixConfirmCrisis($c: ID!) {
  confirmCrisis(input: {id: $c}) {
    crisis {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixConfirmCrisisMutation, MatrixConfirmCrisisMutationVariables>;
export const MatrixRejectCrisisDocument = new TypedDocumentString(`
    mutation MatrixRejectCrisis($c: ID!) {
  rejectCrisis(input: {id: $c, reason: "Kein eigenes Ereignis"}) {
    crisis {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRejectCrisisMutation, MatrixRejectCrisisMutationVariables>;
export const MatrixMergeCrisisDocument = new TypedDocumentString(`
    mutation MatrixMergeCrisis($c: ID!, $into: ID!) {
  mergeCrisis(input: {id: $c, intoId: $into}) {
    crisis {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixMergeCrisisMutation, MatrixMergeCrisisMutationVariables>;
export const MatrixFollowHazardDocument = new TypedDocumentString(`
    mutation MatrixFollowHazard {
  followHazard(input: {hazard: HEAT, level: WATCHING}) {
    level
  }
}
    `) as unknown as TypedDocumentString<MatrixFollowHazardMutation, MatrixFollowHazardMutationVariables>;
export const MatrixUnfollowHazardDocument = new TypedDocumentString(`
    mutation MatrixUnfollowHazard {
  unfollowHazard(input: {hazard: HEAT}) {
    level
  }
}
    `) as unknown as TypedDocumentString<MatrixUnfollowHazardMutation, MatrixUnfollowHazardMutationVariables>;
export const MatrixRegisterVolunteerGroupDocument = new TypedDocumentString(`
    mutation MatrixRegisterVolunteerGroup($input: RegisterVolunteerGroupInput!) {
  registerVolunteerGroup(input: $input) {
    volunteerGroup {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRegisterVolunteerGroupMutation, MatrixRegisterVolunteerGroupMutationVariables>;
export const MatrixConfirmVolunteerGroupDocument = new TypedDocumentString(`
    mutation MatrixConfirmVolunteerGroup($g: ID!) {
  confirmVolunteerGroup(input: {id: $g}) {
    volunteerGroup {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixConfirmVolunteerGroupMutation, MatrixConfirmVolunteerGroupMutationVariables>;
export const MatrixRejectVolunteerGroupDocument = new TypedDocumentString(`
    mutation MatrixRejectVolunteerGroup($g: ID!) {
  rejectVolunteerGroup(input: {id: $g, reason: "Unbekannt"}) {
    volunteerGroup {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixRejectVolunteerGroupMutation, MatrixRejectVolunteerGroupMutationVariables>;
export const MatrixUpdateVolunteerGroupDocument = new TypedDocumentString(`
    mutation MatrixUpdateVolunteerGroup($g: ID!) {
  updateVolunteerGroup(input: {id: $g, description: "Neu beschrieben"}) {
    volunteerGroup {
      description
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixUpdateVolunteerGroupMutation, MatrixUpdateVolunteerGroupMutationVariables>;
export const FaultsThreadPageDocument = new TypedDocumentString(`
    query FaultsThreadPage($id: ID!) {
  thread(id: $id) {
    title
    comments(first: 10) {
      nodes {
        id
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsThreadPageQuery, FaultsThreadPageQueryVariables>;
export const FaultsMunicipalitiesDocument = new TypedDocumentString(`
    query FaultsMunicipalities {
  municipalities(first: 5) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsMunicipalitiesQuery, FaultsMunicipalitiesQueryVariables>;
export const FaultsViewerDocument = new TypedDocumentString(`
    query FaultsViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<FaultsViewerQuery, FaultsViewerQueryVariables>;
export const FaultsSearchDocument = new TypedDocumentString(`
    query FaultsSearch($q: String!) {
  search(query: $q, first: 5) {
    nodes {
      rank
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsSearchQuery, FaultsSearchQueryVariables>;
export const FaultsAddCommentDocument = new TypedDocumentString(`
    mutation FaultsAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FaultsAddCommentMutation, FaultsAddCommentMutationVariables>;
export const IdempotencyAddCommentDocument = new TypedDocumentString(`
    mutation IdempotencyAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyAddCommentMutation, IdempotencyAddCommentMutationVariables>;
export const IdempotencyCreateThreadDocument = new TypedDocumentString(`
    mutation IdempotencyCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateThreadMutation, IdempotencyCreateThreadMutationVariables>;
export const IdempotencyCreateExperienceDocument = new TypedDocumentString(`
    mutation IdempotencyCreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
      thread {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IdempotencyCreateExperienceMutation, IdempotencyCreateExperienceMutationVariables>;
export const AcrossCommentAddedDocument = new TypedDocumentString(`
    subscription AcrossCommentAdded($threadId: ID!, $after: String) {
  commentAdded(threadId: $threadId, after: $after) {
    eventId
    resync
    comment {
      body
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossCommentAddedSubscription, AcrossCommentAddedSubscriptionVariables>;
export const AcrossNotificationAddedDocument = new TypedDocumentString(`
    subscription AcrossNotificationAdded {
  notificationAdded {
    unreadCount
    notification {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossNotificationAddedSubscription, AcrossNotificationAddedSubscriptionVariables>;
export const MetricsMunicipalitiesDocument = new TypedDocumentString(`
    query MetricsMunicipalities {
  municipalities(first: 1) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MetricsMunicipalitiesQuery, MetricsMunicipalitiesQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Municipality {
      name
    }
    ... on VolunteerGroup {
      name
    }
    ... on Crisis {
      name
    }
    ... on SeminarSeries {
      title
    }
    ... on SeminarSession {
      title
    }
    ... on User {
      displayName
      email
    }
    ... on Thread {
      title
    }
    ... on Comment {
      body
    }
    ... on Experience {
      title
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodeEveryTypeDocument = new TypedDocumentString(`
    query NodeEveryType($municipality: ID!, $volunteerGroup: ID!, $crisis: ID!, $seminarSeries: ID!, $seminarSession: ID!, $user: ID!, $thread: ID!, $comment: ID!, $experience: ID!, $missing: ID!) {
  municipality: node(id: $municipality) {
    __typename
    id
  }
  volunteerGroup: node(id: $volunteerGroup) {
    __typename
    id
  }
  crisis: node(id: $crisis) {
    __typename
    id
  }
  seminarSeries: node(id: $seminarSeries) {
    __typename
    id
  }
  seminarSession: node(id: $seminarSession) {
    __typename
    id
  }
  user: node(id: $user) {
    __typename
    id
  }
  thread: node(id: $thread) {
    __typename
    id
  }
  comment: node(id: $comment) {
    __typename
    id
  }
  experience: node(id: $experience) {
    __typename
    id
  }
  missing: node(id: $missing) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodeEveryTypeQuery, NodeEveryTypeQueryVariables>;
export const NodeUserEmailDocument = new TypedDocumentString(`
    query NodeUserEmail($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      id
      displayName
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NodeUserEmailQuery, NodeUserEmailQueryVariables>;
export const NodeViewerEmailDocument = new TypedDocumentString(`
    query NodeViewerEmail {
  viewer {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<NodeViewerEmailQuery, NodeViewerEmailQueryVariables>;
export const NodeThreadAuthorsDocument = new TypedDocumentString(`
    query NodeThreadAuthors($t: ID!) {
  node(id: $t) {
    __typename
    ... on Thread {
      author {
        id
        email
      }
      comments {
        nodes {
          author {
            id
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NodeThreadAuthorsQuery, NodeThreadAuthorsQueryVariables>;
export const ProductionModeIntrospectionDocument = new TypedDocumentString(`
    query ProductionModeIntrospection {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProductionModeIntrospectionQuery, ProductionModeIntrospectionQueryVariables>;
export const QueryCostThreadPageDocument = new TypedDocumentString(`
    query QueryCostThreadPage {
  threads(first: 1) {
    nodes {
      comments(first: 100) {
        nodes {
          body
          author {
            displayName
          }
          replies(first: 10) {
            nodes {
              body
              author {
                displayName
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostThreadPageQuery, QueryCostThreadPageQueryVariables>;
export const QueryCostMillionDocument = new TypedDocumentString(`
    query QueryCostMillion {
  experiences(first: 100) {
    nodes {
      thread {
        comments(first: 100) {
          nodes {
            replies(first: 100) {
              nodes {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostMillionQuery, QueryCostMillionQueryVariables>;
export const QueryCostWithoutFirstDocument = new TypedDocumentString(`
    query QueryCostWithoutFirst {
  experiences {
    nodes {
      thread {
        comments {
          nodes {
            replies {
              nodes {
                replies {
                  nodes {
                    id
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostWithoutFirstQuery, QueryCostWithoutFirstQueryVariables>;
export const QueryCostPageSizeDocument = new TypedDocumentString(`
    query QueryCostPageSize($n: Int, $deep: Boolean!) {
  experiences(first: $n) {
    nodes {
      thread {
        comments(first: $n) {
          nodes {
            id
            replies(first: $n) @include(if: $deep) {
              nodes {
                id
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueryCostPageSizeQuery, QueryCostPageSizeQueryVariables>;
export const StoryAnnounceDocument = new TypedDocumentString(`
    mutation StoryAnnounce($series: CreateSeminarSeriesInput!) {
  createSeminarSeries(input: $series) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StoryAnnounceMutation, StoryAnnounceMutationVariables>;
export const StorySessionDocument = new TypedDocumentString(`
    mutation StorySession($input: CreateSeminarSessionInput!) {
  createSeminarSession(input: $input) {
    session {
      id
      followUpThreads(first: 5) {
        nodes {
          id
          title
          body
          viewerFollowLevel
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StorySessionMutation, StorySessionMutationVariables>;
export const StorySpeakerDocument = new TypedDocumentString(`
    mutation StorySpeaker($input: AddSeminarSpeakerInput!) {
  addSeminarSpeaker(input: $input) {
    speaker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StorySpeakerMutation, StorySpeakerMutationVariables>;
export const StoryMoveDocument = new TypedDocumentString(`
    mutation StoryMove($input: UpdateSeminarSessionInput!) {
  updateSeminarSession(input: $input) {
    session {
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<StoryMoveMutation, StoryMoveMutationVariables>;
export const StoryRegisterDocument = new TypedDocumentString(`
    mutation StoryRegister($input: RegisterForSeminarSessionInput!) {
  registerForSeminarSession(input: $input) {
    registration {
      id
      status
      waitlistPosition
    }
  }
}
    `) as unknown as TypedDocumentString<StoryRegisterMutation, StoryRegisterMutationVariables>;
export const StoryCancelDocument = new TypedDocumentString(`
    mutation StoryCancel($input: CancelSeminarRegistrationInput!) {
  cancelSeminarRegistration(input: $input) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StoryCancelMutation, StoryCancelMutationVariables>;
export const StoryAttendDocument = new TypedDocumentString(`
    mutation StoryAttend($input: MarkSeminarAttendanceInput!) {
  markSeminarAttendance(input: $input) {
    session {
      attendanceCount
    }
  }
}
    `) as unknown as TypedDocumentString<StoryAttendMutation, StoryAttendMutationVariables>;
export const StoryRecordDocument = new TypedDocumentString(`
    mutation StoryRecord($input: RecordSeminarSessionInput!) {
  recordSeminarSession(input: $input) {
    session {
      minutesHtml
      recordingUrl
    }
  }
}
    `) as unknown as TypedDocumentString<StoryRecordMutation, StoryRecordMutationVariables>;
export const StoryAskDocument = new TypedDocumentString(`
    mutation StoryAsk($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      addressedTo {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryAskMutation, StoryAskMutationVariables>;
export const StoryAcceptDocument = new TypedDocumentString(`
    mutation StoryAccept($input: AcceptAnswerInput!) {
  acceptAnswer(input: $input) {
    question {
      acceptedAnswer {
        body
      }
    }
    answer {
      isAcceptedAnswer
    }
  }
}
    `) as unknown as TypedDocumentString<StoryAcceptMutation, StoryAcceptMutationVariables>;
export const StoryConcludeDocument = new TypedDocumentString(`
    mutation StoryConclude($input: CloseThreadInput!) {
  closeThread(input: $input) {
    thread {
      closedAt
      conclusionHtml
    }
  }
}
    `) as unknown as TypedDocumentString<StoryConcludeMutation, StoryConcludeMutationVariables>;
export const StoryReopenDocument = new TypedDocumentString(`
    mutation StoryReopen($input: ReopenThreadInput!) {
  reopenThread(input: $input) {
    thread {
      closedAt
      conclusion
    }
  }
}
    `) as unknown as TypedDocumentString<StoryReopenMutation, StoryReopenMutationVariables>;
export const StoryThreadDocument = new TypedDocumentString(`
    query StoryThread($id: ID!) {
  node(id: $id) {
    ... on Thread {
      closedAt
      openQuestions {
        body
        addressedTo {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryThreadQuery, StoryThreadQueryVariables>;
export const StoryInboxDocument = new TypedDocumentString(`
    query StoryInbox {
  viewer {
    notifications(first: 10) {
      nodes {
        kind
        actor {
          displayName
        }
        comment {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryInboxQuery, StoryInboxQueryVariables>;
export const StoryDraftLessonDocument = new TypedDocumentString(`
    mutation StoryDraftLesson($input: DraftLessonFromThreadInput!) {
  draftLessonFromThread(input: $input) {
    experience {
      id
      title
      status
      situation
      actions
      outcome
      seminarSession {
        title
      }
      sourceThread {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryDraftLessonMutation, StoryDraftLessonMutationVariables>;
export const StoryCompleteDocument = new TypedDocumentString(`
    mutation StoryComplete($input: UpdateExperienceInput!) {
  updateExperience(input: $input) {
    experience {
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<StoryCompleteMutation, StoryCompleteMutationVariables>;
export const StoryPublishDocument = new TypedDocumentString(`
    mutation StoryPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<StoryPublishMutation, StoryPublishMutationVariables>;
export const StoryRecordPageDocument = new TypedDocumentString(`
    query StoryRecordPage($id: ID!) {
  seminarSession(id: $id) {
    attendanceCount
    minutesHtml
    recordingUrl
    lessons {
      title
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryRecordPageQuery, StoryRecordPageQueryVariables>;
export const StoryFindDocument = new TypedDocumentString(`
    query StoryFind($text: String!) {
  search(query: $text, first: 5) {
    nodes {
      node {
        __typename
        ... on Experience {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StoryFindQuery, StoryFindQueryVariables>;
export const StoryLoginDocument = new TypedDocumentString(`
    mutation StoryLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<StoryLoginMutation, StoryLoginMutationVariables>;
export const StorySeedSessionDocument = new TypedDocumentString(`
    query StorySeedSession {
  seminarSessions(first: 20, when: PAST) {
    nodes {
      id
      title
      speakers {
        id
        name
        confirmation
      }
      followUpThreads(first: 5) {
        nodes {
          id
          title
          body
        }
      }
    }
  }
  municipalities(first: 5, nameContains: "Plochingen") {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<StorySeedSessionQuery, StorySeedSessionQueryVariables>;
export const StoryLinkSpeakerDocument = new TypedDocumentString(`
    mutation StoryLinkSpeaker($input: UpdateSeminarSpeakerInput!) {
  updateSeminarSpeaker(input: $input) {
    speaker {
      name
      confirmation
    }
  }
}
    `) as unknown as TypedDocumentString<StoryLinkSpeakerMutation, StoryLinkSpeakerMutationVariables>;
export const LiveCommentAddedDocument = new TypedDocumentString(`
    subscription LiveCommentAdded($threadId: ID!, $after: String) {
  commentAdded(threadId: $threadId, after: $after) {
    eventId
    resync
    comment {
      body
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCommentAddedSubscription, LiveCommentAddedSubscriptionVariables>;
export const LiveThreadUpdatedDocument = new TypedDocumentString(`
    subscription LiveThreadUpdated($threadId: ID!) {
  threadUpdated(threadId: $threadId) {
    change
    thread {
      closedAt
      conclusion
    }
  }
}
    `) as unknown as TypedDocumentString<LiveThreadUpdatedSubscription, LiveThreadUpdatedSubscriptionVariables>;
export const LiveNotificationAddedDocument = new TypedDocumentString(`
    subscription LiveNotificationAdded {
  notificationAdded {
    eventId
    unreadCount
    notification {
      kind
      comment {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LiveNotificationAddedSubscription, LiveNotificationAddedSubscriptionVariables>;
export const LiveCloseDocument = new TypedDocumentString(`
    mutation LiveClose($input: CloseThreadInput!) {
  closeThread(input: $input) {
    thread {
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<LiveCloseMutation, LiveCloseMutationVariables>;
export const CrisesListDocument = new TypedDocumentString(`
    query CrisesList($first: Int, $after: String, $hazard: Hazard, $municipalityId: ID) {
  crises(
    first: $first
    after: $after
    hazard: $hazard
    municipalityId: $municipalityId
  ) {
    edges {
      cursor
      node {
        id
      }
    }
    nodes {
      id
      name
      hazard
      startsOn
      endsOn
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CrisesListQuery, CrisesListQueryVariables>;
export const CrisesOneDocument = new TypedDocumentString(`
    query CrisesOne($id: ID!) {
  crisis(id: $id) {
    id
    name
    hazard
    description
    startsOn
    endsOn
    affectedMunicipalities {
      id
      name
      kind
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrisesOneQuery, CrisesOneQueryVariables>;
export const CrisesPageWithPlacesDocument = new TypedDocumentString(`
    query CrisesPageWithPlaces($first: Int) {
  crises(first: $first) {
    nodes {
      name
      affectedMunicipalities {
        name
        parent {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrisesPageWithPlacesQuery, CrisesPageWithPlacesQueryVariables>;
export const CrisesNodeDocument = new TypedDocumentString(`
    query CrisesNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Crisis {
      name
      startsOn
    }
  }
}
    `) as unknown as TypedDocumentString<CrisesNodeQuery, CrisesNodeQueryVariables>;
export const ProposalsProposeDocument = new TypedDocumentString(`
    mutation ProposalsPropose($input: ProposeCrisisInput!) {
  proposeCrisis(input: $input) {
    crisis {
      id
      name
      hazards
      hazard
      status
      startsOn
      endsOn
      viewerFollowLevel
      proposedBy {
        displayName
      }
      affectedMunicipalities {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsProposeMutation, ProposalsProposeMutationVariables>;
export const ProposalsUpdateDocument = new TypedDocumentString(`
    mutation ProposalsUpdate($input: UpdateCrisisInput!) {
  updateCrisis(input: $input) {
    crisis {
      name
      hazards
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsUpdateMutation, ProposalsUpdateMutationVariables>;
export const ProposalsConfirmDocument = new TypedDocumentString(`
    mutation ProposalsConfirm($id: ID!) {
  confirmCrisis(input: {id: $id}) {
    crisis {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsConfirmMutation, ProposalsConfirmMutationVariables>;
export const ProposalsRejectDocument = new TypedDocumentString(`
    mutation ProposalsReject($id: ID!, $reason: String!) {
  rejectCrisis(input: {id: $id, reason: $reason}) {
    crisis {
      status
      decisionReason
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsRejectMutation, ProposalsRejectMutationVariables>;
export const ProposalsMergeDocument = new TypedDocumentString(`
    mutation ProposalsMerge($id: ID!, $intoId: ID!) {
  mergeCrisis(input: {id: $id, intoId: $intoId}) {
    crisis {
      status
      mergedInto {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsMergeMutation, ProposalsMergeMutationVariables>;
export const ProposalsEndDocument = new TypedDocumentString(`
    mutation ProposalsEnd($id: ID!, $endsOn: Date) {
  endCrisis(input: {id: $id, endsOn: $endsOn}) {
    crisis {
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsEndMutation, ProposalsEndMutationVariables>;
export const ProposalsOneDocument = new TypedDocumentString(`
    query ProposalsOne($id: ID!) {
  crisis(id: $id) {
    name
    status
    decisionReason
    viewerFollowLevel
    affectedMunicipalities {
      name
    }
    mergedInto {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsOneQuery, ProposalsOneQueryVariables>;
export const ProposalsListDocument = new TypedDocumentString(`
    query ProposalsList($status: CrisisStatus, $hazard: Hazard) {
  crises(first: 100, status: $status, hazard: $hazard) {
    nodes {
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsListQuery, ProposalsListQueryVariables>;
export const ProposalsLinkDocument = new TypedDocumentString(`
    mutation ProposalsLink($input: UpdateExperienceInput!) {
  updateExperience(input: $input) {
    experience {
      crisis {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsLinkMutation, ProposalsLinkMutationVariables>;
export const ProposalsLessonDocument = new TypedDocumentString(`
    query ProposalsLesson($id: ID!) {
  experience(id: $id) {
    crisis {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsLessonQuery, ProposalsLessonQueryVariables>;
export const ProposalsFollowDocument = new TypedDocumentString(`
    mutation ProposalsFollow($targetId: ID!) {
  follow(input: {targetId: $targetId, level: WATCHING}) {
    level
  }
}
    `) as unknown as TypedDocumentString<ProposalsFollowMutation, ProposalsFollowMutationVariables>;
export const DiscussionsCreateThreadDocument = new TypedDocumentString(`
    mutation DiscussionsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      kind
      title
      bodyHtml
      commentCount
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCreateThreadMutation, DiscussionsCreateThreadMutationVariables>;
export const DiscussionsAddCommentDocument = new TypedDocumentString(`
    mutation DiscussionsAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      body
      bodyHtml
      deleted
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsAddCommentMutation, DiscussionsAddCommentMutationVariables>;
export const DiscussionsEditCommentDocument = new TypedDocumentString(`
    mutation DiscussionsEditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    comment {
      id
      body
      editedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsEditCommentMutation, DiscussionsEditCommentMutationVariables>;
export const DiscussionsDeleteCommentDocument = new TypedDocumentString(`
    mutation DiscussionsDeleteComment($id: ID!) {
  deleteComment(input: {commentId: $id}) {
    comment {
      id
      body
      bodyHtml
      deleted
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsDeleteCommentMutation, DiscussionsDeleteCommentMutationVariables>;
export const DiscussionsReactDocument = new TypedDocumentString(`
    mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {
  addReaction(input: {targetId: $id, kind: $kind}) {
    active
    kind
    target {
      __typename
      ... on Comment {
        helpfulCount
        thanksCount
        viewerReactions
      }
      ... on Experience {
        helpfulCount
        viewerReactions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsReactMutation, DiscussionsReactMutationVariables>;
export const DiscussionsUnreactDocument = new TypedDocumentString(`
    mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {
  removeReaction(input: {targetId: $id, kind: $kind}) {
    active
    target {
      ... on Comment {
        helpfulCount
        viewerReactions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsUnreactMutation, DiscussionsUnreactMutationVariables>;
export const DiscussionsThreadPageDocument = new TypedDocumentString(`
    query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {
  thread(id: $id) {
    title
    commentCount
    comments(first: $first) {
      edges {
        cursor
        node {
          id
          body
          bodyHtml
          deleted
          createdAt
          editedAt
          helpfulCount
          thanksCount
          replyCount
          viewerReactions
          author {
            displayName
          }
          replies(first: $replies) {
            nodes {
              id
              body
              createdAt
              viewerReactions
              helpfulCount
              author {
                displayName
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsThreadPageQuery, DiscussionsThreadPageQueryVariables>;
export const DiscussionsCommentBodiesDocument = new TypedDocumentString(`
    query DiscussionsCommentBodies($id: ID!, $after: String) {
  thread(id: $id) {
    comments(first: 50, after: $after) {
      nodes {
        body
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCommentBodiesQuery, DiscussionsCommentBodiesQueryVariables>;
export const DiscussionsCommentCountDocument = new TypedDocumentString(`
    query DiscussionsCommentCount($id: ID!) {
  thread(id: $id) {
    commentCount
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCommentCountQuery, DiscussionsCommentCountQueryVariables>;
export const DiscussionsCreateExperienceDocument = new TypedDocumentString(`
    mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
      thread {
        id
        experience {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCreateExperienceMutation, DiscussionsCreateExperienceMutationVariables>;
export const DiscussionsPublishDocument = new TypedDocumentString(`
    mutation DiscussionsPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsPublishMutation, DiscussionsPublishMutationVariables>;
export const DiscussionsThreadsDocument = new TypedDocumentString(`
    query DiscussionsThreads {
  threads(first: 100) {
    nodes {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsThreadsQuery, DiscussionsThreadsQueryVariables>;
export const DiscussionsViewerDocument = new TypedDocumentString(`
    query DiscussionsViewer {
  viewer {
    ...DiscussionsAccount
  }
}
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}`) as unknown as TypedDocumentString<DiscussionsViewerQuery, DiscussionsViewerQueryVariables>;
export const DiscussionsCommentAuthorsDocument = new TypedDocumentString(`
    query DiscussionsCommentAuthors($id: ID!) {
  thread(id: $id) {
    comments(first: 100) {
      nodes {
        id
        author {
          ...DiscussionsAccount
        }
      }
    }
  }
}
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}`) as unknown as TypedDocumentString<DiscussionsCommentAuthorsQuery, DiscussionsCommentAuthorsQueryVariables>;
export const DiscussionsAddCommentWithThreadDocument = new TypedDocumentString(`
    mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      thread {
        id
        commentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsAddCommentWithThreadMutation, DiscussionsAddCommentWithThreadMutationVariables>;
export const DiscussionsCommentsInFullDocument = new TypedDocumentString(`
    query DiscussionsCommentsInFull($id: ID!) {
  thread(id: $id) {
    comments(first: 30) {
      nodes {
        ...DiscussionsCommentFields
        replies(first: 10) {
          nodes {
            ...DiscussionsCommentFields
          }
        }
      }
    }
  }
}
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<DiscussionsCommentsInFullQuery, DiscussionsCommentsInFullQueryVariables>;
export const DiscussionsOneCommentDocument = new TypedDocumentString(`
    query DiscussionsOneComment($id: ID!) {
  node(id: $id) {
    ... on Comment {
      ...DiscussionsCommentFields
    }
  }
}
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<DiscussionsOneCommentQuery, DiscussionsOneCommentQueryVariables>;
export const FollowUpSeriesDocument = new TypedDocumentString(`
    mutation FollowUpSeries($input: CreateSeminarSeriesInput!) {
  createSeminarSeries(input: $input) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpSeriesMutation, FollowUpSeriesMutationVariables>;
export const FollowUpSessionDocument = new TypedDocumentString(`
    mutation FollowUpSession($input: CreateSeminarSessionInput!) {
  createSeminarSession(input: $input) {
    session {
      id
      followUpThreads(first: 1) {
        nodes {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpSessionMutation, FollowUpSessionMutationVariables>;
export const FollowUpSpeakerDocument = new TypedDocumentString(`
    mutation FollowUpSpeaker($input: AddSeminarSpeakerInput!) {
  addSeminarSpeaker(input: $input) {
    speaker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpSpeakerMutation, FollowUpSpeakerMutationVariables>;
export const FollowUpMuteDocument = new TypedDocumentString(`
    mutation FollowUpMute($input: FollowInput!) {
  follow(input: $input) {
    level
  }
}
    `) as unknown as TypedDocumentString<FollowUpMuteMutation, FollowUpMuteMutationVariables>;
export const FollowUpCommentDocument = new TypedDocumentString(`
    mutation FollowUpComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpCommentMutation, FollowUpCommentMutationVariables>;
export const FollowUpAcceptDocument = new TypedDocumentString(`
    mutation FollowUpAccept($input: AcceptAnswerInput!) {
  acceptAnswer(input: $input) {
    question {
      acceptedAnswer {
        body
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpAcceptMutation, FollowUpAcceptMutationVariables>;
export const FollowUpCloseDocument = new TypedDocumentString(`
    mutation FollowUpClose($input: CloseThreadInput!) {
  closeThread(input: $input) {
    thread {
      closedAt
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpCloseMutation, FollowUpCloseMutationVariables>;
export const FollowUpRecordDocument = new TypedDocumentString(`
    mutation FollowUpRecord($input: RecordSeminarSessionInput!) {
  recordSeminarSession(input: $input) {
    session {
      recordingUrl
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpRecordMutation, FollowUpRecordMutationVariables>;
export const FollowUpDraftLessonDocument = new TypedDocumentString(`
    mutation FollowUpDraftLesson($input: DraftLessonFromThreadInput!) {
  draftLessonFromThread(input: $input) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpDraftLessonMutation, FollowUpDraftLessonMutationVariables>;
export const FollowUpInboxDocument = new TypedDocumentString(`
    query FollowUpInbox {
  viewer {
    notifications(first: 5) {
      nodes {
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpInboxQuery, FollowUpInboxQueryVariables>;
export const FollowUpViewerCanDocument = new TypedDocumentString(`
    query FollowUpViewerCan($thread: ID!, $question: ID!) {
  thread(id: $thread) {
    viewerCanClose
  }
  node(id: $question) {
    ... on Comment {
      viewerCanAccept
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpViewerCanQuery, FollowUpViewerCanQueryVariables>;
export const MentionsCommentDocument = new TypedDocumentString(`
    mutation MentionsComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsCommentMutation, MentionsCommentMutationVariables>;
export const MentionsMuteDocument = new TypedDocumentString(`
    mutation MentionsMute($targetId: ID!) {
  follow(input: {targetId: $targetId, level: MUTED}) {
    level
  }
}
    `) as unknown as TypedDocumentString<MentionsMuteMutation, MentionsMuteMutationVariables>;
export const MentionsParticipantsDocument = new TypedDocumentString(`
    query MentionsParticipants($id: ID!) {
  thread(id: $id) {
    participants {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsParticipantsQuery, MentionsParticipantsQueryVariables>;
export const MentionsNotificationsDocument = new TypedDocumentString(`
    query MentionsNotifications {
  viewer {
    notifications(first: 20) {
      nodes {
        kind
        actor {
          displayName
        }
        comment {
          body
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsNotificationsQuery, MentionsNotificationsQueryVariables>;
export const NewAccountLimitsCreateThreadDocument = new TypedDocumentString(`
    mutation NewAccountLimitsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<NewAccountLimitsCreateThreadMutation, NewAccountLimitsCreateThreadMutationVariables>;
export const NewAccountLimitsAddCommentDocument = new TypedDocumentString(`
    mutation NewAccountLimitsAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<NewAccountLimitsAddCommentMutation, NewAccountLimitsAddCommentMutationVariables>;
export const NewAccountLimitsEditCommentDocument = new TypedDocumentString(`
    mutation NewAccountLimitsEditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    comment {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<NewAccountLimitsEditCommentMutation, NewAccountLimitsEditCommentMutationVariables>;
export const NewAccountLimitsDeleteCommentDocument = new TypedDocumentString(`
    mutation NewAccountLimitsDeleteComment($id: ID!) {
  deleteComment(input: {commentId: $id}) {
    comment {
      id
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<NewAccountLimitsDeleteCommentMutation, NewAccountLimitsDeleteCommentMutationVariables>;
export const ExperienceHtmlDocument = new TypedDocumentString(`
    query ExperienceHtml($id: ID!) {
  experience(id: $id) {
    situationHtml
    actionsHtml
    outcomeHtml
    rootCauseHtml
    transferabilityHtml
  }
}
    `) as unknown as TypedDocumentString<ExperienceHtmlQuery, ExperienceHtmlQueryVariables>;
export const ExperiencesCreateDocument = new TypedDocumentString(`
    mutation ExperiencesCreate($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
      status
      thread {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesCreateMutation, ExperiencesCreateMutationVariables>;
export const ExperiencesPublishDocument = new TypedDocumentString(`
    mutation ExperiencesPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
      status
      publishedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesPublishMutation, ExperiencesPublishMutationVariables>;
export const ExperiencesUpdateDocument = new TypedDocumentString(`
    mutation ExperiencesUpdate($input: UpdateExperienceInput!) {
  updateExperience(input: $input) {
    experience {
      id
      title
      summary
      recommendations {
        text
        addressee
        status
      }
      crisis {
        name
      }
      seminarSession {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesUpdateMutation, ExperiencesUpdateMutationVariables>;
export const ExperiencesOneDocument = new TypedDocumentString(`
    query ExperiencesOne($id: ID!) {
  experience(id: $id) {
    id
    title
    status
  }
}
    `) as unknown as TypedDocumentString<ExperiencesOneQuery, ExperiencesOneQueryVariables>;
export const ExperiencesNodeDocument = new TypedDocumentString(`
    query ExperiencesNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExperiencesNodeQuery, ExperiencesNodeQueryVariables>;
export const ExperiencesThreadDocument = new TypedDocumentString(`
    query ExperiencesThread($id: ID!) {
  thread(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExperiencesThreadQuery, ExperiencesThreadQueryVariables>;
export const ExperiencesIdsDocument = new TypedDocumentString(`
    query ExperiencesIds($first: Int, $after: String, $filter: ExperienceFilter, $orderBy: ExperienceOrder) {
  experiences(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    nodes {
      id
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesIdsQuery, ExperiencesIdsQueryVariables>;
export const ExperiencesMostHelpfulDocument = new TypedDocumentString(`
    query ExperiencesMostHelpful {
  experiences(first: 1, orderBy: MOST_HELPFUL) {
    nodes {
      id
      helpfulCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesMostHelpfulQuery, ExperiencesMostHelpfulQueryVariables>;
export const ExperiencesSearchDocument = new TypedDocumentString(`
    query ExperiencesSearch($query: String!) {
  search(query: $query) {
    nodes {
      node {
        ... on Experience {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencesSearchQuery, ExperiencesSearchQueryVariables>;
export const ExperiencesReactDocument = new TypedDocumentString(`
    mutation ExperiencesReact($id: ID!, $kind: ReactionKind!) {
  addReaction(input: {targetId: $id, kind: $kind}) {
    active
  }
}
    `) as unknown as TypedDocumentString<ExperiencesReactMutation, ExperiencesReactMutationVariables>;
export const ExperiencesFeedDocument = new TypedDocumentString(`
    query ExperiencesFeed($first: Int) {
  experiences(first: $first) {
    edges {
      cursor
      node {
        ...ExperiencesFeedFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ExperiencesFeedFields on Experience {
  id
  title
  summary
  publishedAt
  helpfulCount
  thanksCount
  commentCount
  viewerReactions
  author {
    displayName
  }
  municipality {
    name
    state
  }
  volunteerGroup {
    name
  }
  crisis {
    name
  }
}`) as unknown as TypedDocumentString<ExperiencesFeedQuery, ExperiencesFeedQueryVariables>;
export const ExperiencesOneInFullDocument = new TypedDocumentString(`
    query ExperiencesOneInFull($id: ID!) {
  experience(id: $id) {
    ...ExperiencesFields
  }
}
    fragment ExperiencesFields on Experience {
  id
  title
  summary
  situation
  actions
  outcome
  rootCause
  transferability
  hazards
  phase
  fieldsOfAction
  actors
  status
  visibility
  publishedAt
  createdAt
  updatedAt
  helpfulCount
  thanksCount
  commentCount
  viewerReactions
  moderation {
    hidden
  }
  recommendations {
    text
    addressee
    status
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  municipality {
    id
    name
    kind
    officialKey
    state
    population
    parent {
      id
      name
    }
  }
  volunteerGroup {
    id
    name
    kind
    description
    website
    homeMunicipality {
      id
    }
  }
  crisis {
    id
    name
    hazard
    description
    startsOn
    endsOn
  }
  seminarSession {
    id
  }
  thread {
    id
    commentCount
  }
}`) as unknown as TypedDocumentString<ExperiencesOneInFullQuery, ExperiencesOneInFullQueryVariables>;
export const ExperiencesListInFullDocument = new TypedDocumentString(`
    query ExperiencesListInFull {
  experiences(first: 100) {
    nodes {
      ...ExperiencesFields
    }
  }
}
    fragment ExperiencesFields on Experience {
  id
  title
  summary
  situation
  actions
  outcome
  rootCause
  transferability
  hazards
  phase
  fieldsOfAction
  actors
  status
  visibility
  publishedAt
  createdAt
  updatedAt
  helpfulCount
  thanksCount
  commentCount
  viewerReactions
  moderation {
    hidden
  }
  recommendations {
    text
    addressee
    status
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  municipality {
    id
    name
    kind
    officialKey
    state
    population
    parent {
      id
      name
    }
  }
  volunteerGroup {
    id
    name
    kind
    description
    website
    homeMunicipality {
      id
    }
  }
  crisis {
    id
    name
    hazard
    description
    startsOn
    endsOn
  }
  seminarSession {
    id
  }
  thread {
    id
    commentCount
  }
}`) as unknown as TypedDocumentString<ExperiencesListInFullQuery, ExperiencesListInFullQueryVariables>;
export const LessonFollowsFollowDocument = new TypedDocumentString(`
    mutation LessonFollowsFollow($targetId: ID!, $level: FollowLevel!) {
  follow(input: {targetId: $targetId, level: $level}) {
    level
    target {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsFollowMutation, LessonFollowsFollowMutationVariables>;
export const LessonFollowsFollowHazardDocument = new TypedDocumentString(`
    mutation LessonFollowsFollowHazard($hazard: Hazard!) {
  followHazard(input: {hazard: $hazard, level: WATCHING}) {
    hazard
    level
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsFollowHazardMutation, LessonFollowsFollowHazardMutationVariables>;
export const LessonFollowsUnfollowHazardDocument = new TypedDocumentString(`
    mutation LessonFollowsUnfollowHazard($hazard: Hazard!) {
  unfollowHazard(input: {hazard: $hazard}) {
    level
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsUnfollowHazardMutation, LessonFollowsUnfollowHazardMutationVariables>;
export const LessonFollowsNotificationsDocument = new TypedDocumentString(`
    query LessonFollowsNotifications {
  viewer {
    followedHazards {
      hazard
      level
    }
    notifications(first: 20) {
      nodes {
        kind
        actor {
          displayName
        }
        experience {
          title
        }
        thread {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsNotificationsQuery, LessonFollowsNotificationsQueryVariables>;
export const LessonFollowsLevelsDocument = new TypedDocumentString(`
    query LessonFollowsLevels($experienceId: ID!, $municipalityId: ID!) {
  experience(id: $experienceId) {
    viewerFollowLevel
  }
  municipality(id: $municipalityId) {
    viewerFollowLevel
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsLevelsQuery, LessonFollowsLevelsQueryVariables>;
export const LessonFollowsPublishDocument = new TypedDocumentString(`
    mutation LessonFollowsPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsPublishMutation, LessonFollowsPublishMutationVariables>;
export const LessonFollowsGroupLevelDocument = new TypedDocumentString(`
    query LessonFollowsGroupLevel($id: ID!) {
  volunteerGroup(id: $id) {
    viewerFollowLevel
  }
}
    `) as unknown as TypedDocumentString<LessonFollowsGroupLevelQuery, LessonFollowsGroupLevelQueryVariables>;
export const AccountRecoveryRegisterDocument = new TypedDocumentString(`
    mutation AccountRecoveryRegister($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    user {
      id
      email
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryRegisterMutation, AccountRecoveryRegisterMutationVariables>;
export const AccountRecoveryLoginDocument = new TypedDocumentString(`
    mutation AccountRecoveryLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryLoginMutation, AccountRecoveryLoginMutationVariables>;
export const AccountRecoveryViewerDocument = new TypedDocumentString(`
    query AccountRecoveryViewer {
  viewer {
    id
    email
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryViewerQuery, AccountRecoveryViewerQueryVariables>;
export const AccountRecoveryRequestVerificationDocument = new TypedDocumentString(`
    mutation AccountRecoveryRequestVerification {
  requestEmailVerification {
    sentTo
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryRequestVerificationMutation, AccountRecoveryRequestVerificationMutationVariables>;
export const AccountRecoveryVerifyDocument = new TypedDocumentString(`
    mutation AccountRecoveryVerify($input: VerifyEmailInput!) {
  verifyEmail(input: $input) {
    email
    verifiedAt
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryVerifyMutation, AccountRecoveryVerifyMutationVariables>;
export const AccountRecoveryRequestResetDocument = new TypedDocumentString(`
    mutation AccountRecoveryRequestReset($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    email
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryRequestResetMutation, AccountRecoveryRequestResetMutationVariables>;
export const AccountRecoveryResetDocument = new TypedDocumentString(`
    mutation AccountRecoveryReset($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    email
    signedOutSessions
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryResetMutation, AccountRecoveryResetMutationVariables>;
export const AccountRecoveryRequestMembershipDocument = new TypedDocumentString(`
    mutation AccountRecoveryRequestMembership($m: ID!) {
  requestMembership(input: {municipalityId: $m, role: STAFF, position: "Bauamt"}) {
    membership {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryRequestMembershipMutation, AccountRecoveryRequestMembershipMutationVariables>;
export const AccountRecoveryUserNodeDocument = new TypedDocumentString(`
    query AccountRecoveryUserNode($id: ID!) {
  node(id: $id) {
    ... on User {
      email
      emailVerified
    }
  }
}
    `) as unknown as TypedDocumentString<AccountRecoveryUserNodeQuery, AccountRecoveryUserNodeQueryVariables>;
export const IdentityRegisterDocument = new TypedDocumentString(`
    mutation IdentityRegister($input: RegisterInput!) {
  register(input: $input) {
    accessToken
    user {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityRegisterMutation, IdentityRegisterMutationVariables>;
export const IdentityLoginDocument = new TypedDocumentString(`
    mutation IdentityLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityLoginMutation, IdentityLoginMutationVariables>;
export const IdentityViewerDocument = new TypedDocumentString(`
    query IdentityViewer {
  viewer {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<IdentityViewerQuery, IdentityViewerQueryVariables>;
export const IdentityPlatformRolesDocument = new TypedDocumentString(`
    query IdentityPlatformRoles($id: ID!) {
  viewer {
    platformRoles
  }
  node(id: $id) {
    ... on User {
      displayName
      platformRoles
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityPlatformRolesQuery, IdentityPlatformRolesQueryVariables>;
export const LoginThrottlingLoginDocument = new TypedDocumentString(`
    mutation LoginThrottlingLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LoginThrottlingLoginMutation, LoginThrottlingLoginMutationVariables>;
export const SessionsLoginDocument = new TypedDocumentString(`
    mutation SessionsLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
    expiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsLoginMutation, SessionsLoginMutationVariables>;
export const SessionsRefreshDocument = new TypedDocumentString(`
    mutation SessionsRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    accessToken
    expiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsRefreshMutation, SessionsRefreshMutationVariables>;
export const SessionsListDocument = new TypedDocumentString(`
    query SessionsList {
  viewer {
    id
    sessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsListQuery, SessionsListQueryVariables>;
export const SessionsRevokeDocument = new TypedDocumentString(`
    mutation SessionsRevoke($id: ID!) {
  revokeSession(input: {sessionId: $id}) {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<SessionsRevokeMutation, SessionsRevokeMutationVariables>;
export const SessionsSignOutDocument = new TypedDocumentString(`
    mutation SessionsSignOut {
  signOut {
    sessionId
  }
}
    `) as unknown as TypedDocumentString<SessionsSignOutMutation, SessionsSignOutMutationVariables>;
export const SessionsChangePasswordDocument = new TypedDocumentString(`
    mutation SessionsChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    signedOutSessions
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SessionsChangePasswordMutation, SessionsChangePasswordMutationVariables>;
export const SessionsViewerDocument = new TypedDocumentString(`
    query SessionsViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<SessionsViewerQuery, SessionsViewerQueryVariables>;
export const MembershipsRequestDocument = new TypedDocumentString(`
    mutation MembershipsRequest($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    membership {
      id
      role
      status
      position
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsRequestMutation, MembershipsRequestMutationVariables>;
export const MembershipsDecideDocument = new TypedDocumentString(`
    mutation MembershipsDecide($input: DecideMembershipInput!) {
  decideMembership(input: $input) {
    membership {
      id
      status
      decisionReason
      decidedAt
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsDecideMutation, MembershipsDecideMutationVariables>;
export const MembershipsRevokeDocument = new TypedDocumentString(`
    mutation MembershipsRevoke($input: RevokeMembershipInput!) {
  revokeMembership(input: $input) {
    membership {
      id
      status
      decisionReason
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsRevokeMutation, MembershipsRevokeMutationVariables>;
export const MembershipsMineDocument = new TypedDocumentString(`
    query MembershipsMine {
  viewer {
    memberships {
      id
      role
      status
      decisionReason
      municipality {
        name
      }
      volunteerGroup {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsMineQuery, MembershipsMineQueryVariables>;
export const MembershipsRequestsDocument = new TypedDocumentString(`
    query MembershipsRequests {
  membershipRequests {
    id
    user {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsRequestsQuery, MembershipsRequestsQueryVariables>;
export const MembershipsPublishDocument = new TypedDocumentString(`
    mutation MembershipsPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsPublishMutation, MembershipsPublishMutationVariables>;
export const MembershipsOfUserDocument = new TypedDocumentString(`
    query MembershipsOfUser($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      memberships {
        status
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MembershipsOfUserQuery, MembershipsOfUserQueryVariables>;
export const VisibilityExperienceDocument = new TypedDocumentString(`
    query VisibilityExperience($id: ID!) {
  experience(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisibilityExperienceQuery, VisibilityExperienceQueryVariables>;
export const VisibilityFeedDocument = new TypedDocumentString(`
    query VisibilityFeed {
  experiences(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityFeedQuery, VisibilityFeedQueryVariables>;
export const VisibilityNodeDocument = new TypedDocumentString(`
    query VisibilityNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<VisibilityNodeQuery, VisibilityNodeQueryVariables>;
export const VisibilityThreadsDocument = new TypedDocumentString(`
    query VisibilityThreads {
  threads(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityThreadsQuery, VisibilityThreadsQueryVariables>;
export const VisibilityThreadDocument = new TypedDocumentString(`
    query VisibilityThread($id: ID!) {
  thread(id: $id) {
    id
    comments {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityThreadQuery, VisibilityThreadQueryVariables>;
export const VisibilitySearchDocument = new TypedDocumentString(`
    query VisibilitySearch($q: String!) {
  search(query: $q) {
    nodes {
      node {
        ... on Experience {
          id
        }
        ... on Thread {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilitySearchQuery, VisibilitySearchQueryVariables>;
export const VisibilityReplyDocument = new TypedDocumentString(`
    mutation VisibilityReply($t: ID!) {
  addComment(input: {threadId: $t, body: "Antwort"}) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityReplyMutation, VisibilityReplyMutationVariables>;
export const VisibilityThankDocument = new TypedDocumentString(`
    mutation VisibilityThank($c: ID!) {
  addReaction(input: {targetId: $c, kind: THANKS}) {
    active
  }
}
    `) as unknown as TypedDocumentString<VisibilityThankMutation, VisibilityThankMutationVariables>;
export const VisibilityCreateThreadDocument = new TypedDocumentString(`
    mutation VisibilityCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<VisibilityCreateThreadMutation, VisibilityCreateThreadMutationVariables>;
export const ModerationCreateThreadDocument = new TypedDocumentString(`
    mutation ModerationCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationCreateThreadMutation, ModerationCreateThreadMutationVariables>;
export const ModerationAddCommentDocument = new TypedDocumentString(`
    mutation ModerationAddComment($t: ID!, $body: String!) {
  addComment(input: {threadId: $t, body: $body}) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationAddCommentMutation, ModerationAddCommentMutationVariables>;
export const ModerationFlagDocument = new TypedDocumentString(`
    mutation ModerationFlag($id: ID!, $reason: FlagReason! = OFFENSIVE, $note: String) {
  flagContent(input: {targetId: $id, reason: $reason, note: $note}) {
    targetHidden
    flag {
      id
      reason
      note
    }
    target {
      __typename
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationFlagMutation, ModerationFlagMutationVariables>;
export const ModerationHideDocument = new TypedDocumentString(`
    mutation ModerationHide($id: ID!, $reason: String!) {
  hideContent(input: {targetId: $id, reason: $reason}) {
    target {
      __typename
    }
    action {
      action
      reason
      actor {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationHideMutation, ModerationHideMutationVariables>;
export const ModerationRestoreDocument = new TypedDocumentString(`
    mutation ModerationRestore($id: ID!, $reason: String!) {
  restoreContent(input: {targetId: $id, reason: $reason}) {
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationRestoreMutation, ModerationRestoreMutationVariables>;
export const ModerationDismissDocument = new TypedDocumentString(`
    mutation ModerationDismiss($id: ID!, $reason: String!) {
  dismissFlags(input: {targetId: $id, reason: $reason}) {
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationDismissMutation, ModerationDismissMutationVariables>;
export const ModerationCommentDocument = new TypedDocumentString(`
    query ModerationComment($id: ID!) {
  node(id: $id) {
    __typename
    ... on Comment {
      body
      bodyHtml
      moderation {
        hidden
        reason
        automatic
      }
      moderationHistory {
        action
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationCommentQuery, ModerationCommentQueryVariables>;
export const ModerationThreadDocument = new TypedDocumentString(`
    query ModerationThread($id: ID!) {
  thread(id: $id) {
    title
    body
    bodyHtml
    locked
    lockReason
    kind
    seminarSession {
      id
    }
    moderation {
      hidden
      reason
    }
    moderationHistory {
      action
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationThreadQuery, ModerationThreadQueryVariables>;
export const ModerationQueueDocument = new TypedDocumentString(`
    query ModerationQueue {
  moderationQueue(first: 50) {
    nodes {
      flagCount
      firstFlaggedAt
      reasons {
        reason
        count
      }
      flags {
        reason
        note
        reporter {
          displayName
        }
      }
      target {
        __typename
        ... on Comment {
          id
          body
        }
        ... on Thread {
          id
          title
        }
        ... on Experience {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerationQueueInContextDocument = new TypedDocumentString(`
    query ModerationQueueInContext {
  moderationQueue(first: 50) {
    nodes {
      target {
        ... on Comment {
          id
          body
          thread {
            title
            visibility
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueInContextQuery, ModerationQueueInContextQueryVariables>;
export const ModerationQueuePageDocument = new TypedDocumentString(`
    query ModerationQueuePage($after: String) {
  moderationQueue(first: 1, after: $after) {
    nodes {
      target {
        ... on Comment {
          id
        }
        ... on Thread {
          id
        }
        ... on Experience {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueuePageQuery, ModerationQueuePageQueryVariables>;
export const ModerationQueueAfterDocument = new TypedDocumentString(`
    query ModerationQueueAfter($a: String) {
  moderationQueue(after: $a) {
    nodes {
      flagCount
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationQueueAfterQuery, ModerationQueueAfterQueryVariables>;
export const ModerationLogDocument = new TypedDocumentString(`
    query ModerationLog($s: ID) {
  moderationLog(first: 50, subjectId: $s) {
    nodes {
      action
      reason
      subjectId
      until
      flagCount
      actor {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLogQuery, ModerationLogQueryVariables>;
export const ModerationLogSubjectsDocument = new TypedDocumentString(`
    query ModerationLogSubjects($first: Int!) {
  moderationLog(first: $first) {
    nodes {
      action
      actor {
        displayName
      }
      subject {
        __typename
        ... on Comment {
          id
          body
          author {
            displayName
          }
          thread {
            id
            title
            experience {
              id
              title
            }
          }
        }
        ... on Thread {
          id
          title
          experience {
            id
          }
        }
        ... on Experience {
          id
          title
        }
        ... on User {
          id
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLogSubjectsQuery, ModerationLogSubjectsQueryVariables>;
export const ModerationLogPageDocument = new TypedDocumentString(`
    query ModerationLogPage($after: String) {
  moderationLog(first: 2, after: $after) {
    nodes {
      subjectId
      action
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLogPageQuery, ModerationLogPageQueryVariables>;
export const ModerationLogAfterDocument = new TypedDocumentString(`
    query ModerationLogAfter($a: String) {
  moderationLog(after: $a) {
    nodes {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLogAfterQuery, ModerationLogAfterQueryVariables>;
export const ModerationBanDocument = new TypedDocumentString(`
    mutation ModerationBan($input: BanUserInput!) {
  banUser(input: $input) {
    user {
      id
      bannedUntil
      banReason
    }
    action {
      action
      until
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationBanMutation, ModerationBanMutationVariables>;
export const ModerationUnbanDocument = new TypedDocumentString(`
    mutation ModerationUnban($u: ID!) {
  unbanUser(input: {userId: $u, reason: "Einsicht gezeigt"}) {
    user {
      bannedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationUnbanMutation, ModerationUnbanMutationVariables>;
export const ModerationEraseDocument = new TypedDocumentString(`
    mutation ModerationErase($u: ID!) {
  erasePersonalData(
    input: {userId: $u, reason: "Antrag per E-Mail vom 30.11.2026"}
  ) {
    user {
      displayName
    }
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationEraseMutation, ModerationEraseMutationVariables>;
export const ModerationLockDocument = new TypedDocumentString(`
    mutation ModerationLock($t: ID!) {
  lockThread(input: {threadId: $t, reason: "Diskussion entgleist"}) {
    thread {
      locked
      lockReason
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationLockMutation, ModerationLockMutationVariables>;
export const ModerationUnlockDocument = new TypedDocumentString(`
    mutation ModerationUnlock($t: ID!) {
  unlockThread(input: {threadId: $t, reason: "Wieder offen"}) {
    thread {
      locked
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationUnlockMutation, ModerationUnlockMutationVariables>;
export const ModerationMoveDocument = new TypedDocumentString(`
    mutation ModerationMove($input: MoveThreadInput!) {
  moveThread(input: $input) {
    thread {
      kind
      seminarSession {
        id
      }
    }
    action {
      action
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationMoveMutation, ModerationMoveMutationVariables>;
export const ModerationThreadsDocument = new TypedDocumentString(`
    query ModerationThreads {
  threads(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationThreadsQuery, ModerationThreadsQueryVariables>;
export const ModerationFeedDocument = new TypedDocumentString(`
    query ModerationFeed {
  experiences(first: 100) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationFeedQuery, ModerationFeedQueryVariables>;
export const ModerationSearchDocument = new TypedDocumentString(`
    query ModerationSearch($q: String!) {
  search(query: $q) {
    nodes {
      node {
        ... on Thread {
          id
        }
        ... on Experience {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationSearchQuery, ModerationSearchQueryVariables>;
export const ModerationHiddenExperienceDocument = new TypedDocumentString(`
    query ModerationHiddenExperience($id: ID!) {
  experience(id: $id) {
    title
    summary
    recommendations {
      text
    }
    moderation {
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationHiddenExperienceQuery, ModerationHiddenExperienceQueryVariables>;
export const ModerationExperienceTitleDocument = new TypedDocumentString(`
    query ModerationExperienceTitle($id: ID!) {
  experience(id: $id) {
    title
  }
}
    `) as unknown as TypedDocumentString<ModerationExperienceTitleQuery, ModerationExperienceTitleQueryVariables>;
export const ModerationDiscussionTitleDocument = new TypedDocumentString(`
    query ModerationDiscussionTitle($id: ID!) {
  experience(id: $id) {
    thread {
      title
      moderation {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationDiscussionTitleQuery, ModerationDiscussionTitleQueryVariables>;
export const ModerationFollowUpsDocument = new TypedDocumentString(`
    query ModerationFollowUps($id: ID!) {
  seminarSession(id: $id) {
    followUpThreads(first: 10) {
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationFollowUpsQuery, ModerationFollowUpsQueryVariables>;
export const ModerationViewerBanDocument = new TypedDocumentString(`
    query ModerationViewerBan {
  viewer {
    bannedUntil
    banReason
  }
}
    `) as unknown as TypedDocumentString<ModerationViewerBanQuery, ModerationViewerBanQueryVariables>;
export const ModerationUserBanDocument = new TypedDocumentString(`
    query ModerationUserBan($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      bannedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationUserBanQuery, ModerationUserBanQueryVariables>;
export const ModerationDeleteCommentDocument = new TypedDocumentString(`
    mutation ModerationDeleteComment($c: ID!) {
  deleteComment(input: {commentId: $c}) {
    comment {
      deleted
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationDeleteCommentMutation, ModerationDeleteCommentMutationVariables>;
export const ModerationViewerIdDocument = new TypedDocumentString(`
    query ModerationViewerId {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<ModerationViewerIdQuery, ModerationViewerIdQueryVariables>;
export const ModerationLoginDocument = new TypedDocumentString(`
    mutation ModerationLogin($input: LoginInput!) {
  login(input: $input) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ModerationLoginMutation, ModerationLoginMutationVariables>;
export const ModerationErasedCommentDocument = new TypedDocumentString(`
    query ModerationErasedComment($id: ID!) {
  node(id: $id) {
    __typename
    ... on Comment {
      body
      deleted
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationErasedCommentQuery, ModerationErasedCommentQueryVariables>;
export const ModerationThreadAuthorDocument = new TypedDocumentString(`
    query ModerationThreadAuthor($id: ID!) {
  thread(id: $id) {
    author {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ModerationThreadAuthorQuery, ModerationThreadAuthorQueryVariables>;
export const MunicipalitiesListDocument = new TypedDocumentString(`
    query MunicipalitiesList($first: Int, $after: String, $state: Bundesland, $kind: MunicipalityKind, $parentId: ID, $nameContains: String) {
  municipalities(
    first: $first
    after: $after
    state: $state
    kind: $kind
    parentId: $parentId
    nameContains: $nameContains
  ) {
    edges {
      cursor
      node {
        id
        name
      }
    }
    nodes {
      id
      name
      kind
      state
      officialKey
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesListQuery, MunicipalitiesListQueryVariables>;
export const MunicipalitiesOneDocument = new TypedDocumentString(`
    query MunicipalitiesOne($id: ID, $officialKey: String) {
  municipality(id: $id, officialKey: $officialKey) {
    id
    name
    kind
    state
    officialKey
    population
    parent {
      id
      name
      kind
      officialKey
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesOneQuery, MunicipalitiesOneQueryVariables>;
export const MunicipalitiesByKeyAndIdDocument = new TypedDocumentString(`
    query MunicipalitiesByKeyAndId($id: ID) {
  municipality(officialKey: "07131", id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesByKeyAndIdQuery, MunicipalitiesByKeyAndIdQueryVariables>;
export const MunicipalitiesNodeDocument = new TypedDocumentString(`
    query MunicipalitiesNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Municipality {
      name
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesNodeQuery, MunicipalitiesNodeQueryVariables>;
export const MunicipalitiesParentsDocument = new TypedDocumentString(`
    query MunicipalitiesParents {
  municipalities(first: 100, state: RP) {
    nodes {
      name
      parent {
        name
        officialKey
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesParentsQuery, MunicipalitiesParentsQueryVariables>;
export const MailSettingsDocument = new TypedDocumentString(`
    query MailSettings {
  viewer {
    notificationMailSettings {
      kind
      delivery
    }
  }
}
    `) as unknown as TypedDocumentString<MailSettingsQuery, MailSettingsQueryVariables>;
export const MailSetDeliveryDocument = new TypedDocumentString(`
    mutation MailSetDelivery($input: SetNotificationMailDeliveryInput!) {
  setNotificationMailDelivery(input: $input) {
    kind
    delivery
  }
}
    `) as unknown as TypedDocumentString<MailSetDeliveryMutation, MailSetDeliveryMutationVariables>;
export const MailUnsubscribeDocument = new TypedDocumentString(`
    mutation MailUnsubscribe($input: UnsubscribeNotificationMailsInput!) {
  unsubscribeNotificationMails(input: $input) {
    kind
  }
}
    `) as unknown as TypedDocumentString<MailUnsubscribeMutation, MailUnsubscribeMutationVariables>;
export const MailMarkAllReadDocument = new TypedDocumentString(`
    mutation MailMarkAllRead {
  markNotificationsRead(input: {all: true}) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<MailMarkAllReadMutation, MailMarkAllReadMutationVariables>;
export const NotificationsListDocument = new TypedDocumentString(`
    query NotificationsList($first: Int, $after: String, $unreadOnly: Boolean) {
  viewer {
    unreadNotificationCount
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        id
        kind
        read
        actor {
          displayName
        }
        thread {
          title
        }
        comment {
          body
        }
        seminarSession {
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsListQuery, NotificationsListQueryVariables>;
export const NotificationsOfSomeoneElseDocument = new TypedDocumentString(`
    query NotificationsOfSomeoneElse($id: ID!) {
  node(id: $id) {
    ... on User {
      notifications {
        nodes {
          kind
        }
      }
      unreadNotificationCount
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsOfSomeoneElseQuery, NotificationsOfSomeoneElseQueryVariables>;
export const NotificationsFollowDocument = new TypedDocumentString(`
    mutation NotificationsFollow($input: FollowInput!) {
  follow(input: $input) {
    level
    target {
      ... on Thread {
        title
        viewerFollowLevel
      }
      ... on SeminarSession {
        title
        viewerFollowLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsFollowMutation, NotificationsFollowMutationVariables>;
export const NotificationsUnfollowDocument = new TypedDocumentString(`
    mutation NotificationsUnfollow($input: UnfollowInput!) {
  unfollow(input: $input) {
    level
  }
}
    `) as unknown as TypedDocumentString<NotificationsUnfollowMutation, NotificationsUnfollowMutationVariables>;
export const NotificationsMarkReadDocument = new TypedDocumentString(`
    mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<NotificationsMarkReadMutation, NotificationsMarkReadMutationVariables>;
export const NotificationsThreadStateDocument = new TypedDocumentString(`
    query NotificationsThreadState($id: ID!) {
  node(id: $id) {
    ... on Thread {
      viewerFollowLevel
      viewerNewCommentCount
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsThreadStateQuery, NotificationsThreadStateQueryVariables>;
export const NotificationsMarkSeenDocument = new TypedDocumentString(`
    mutation NotificationsMarkSeen($input: MarkThreadSeenInput!) {
  markThreadSeen(input: $input) {
    thread {
      viewerNewCommentCount
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsMarkSeenMutation, NotificationsMarkSeenMutationVariables>;
export const NotificationsCreateSeriesDocument = new TypedDocumentString(`
    mutation NotificationsCreateSeries($input: CreateSeminarSeriesInput!) {
  createSeminarSeries(input: $input) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCreateSeriesMutation, NotificationsCreateSeriesMutationVariables>;
export const NotificationsCreateSessionDocument = new TypedDocumentString(`
    mutation NotificationsCreateSession($input: CreateSeminarSessionInput!) {
  createSeminarSession(input: $input) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCreateSessionMutation, NotificationsCreateSessionMutationVariables>;
export const NotificationsRegisterDocument = new TypedDocumentString(`
    mutation NotificationsRegister($input: RegisterForSeminarSessionInput!) {
  registerForSeminarSession(input: $input) {
    registration {
      status
    }
    session {
      viewerFollowLevel
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsRegisterMutation, NotificationsRegisterMutationVariables>;
export const NotificationsCancelRegistrationDocument = new TypedDocumentString(`
    mutation NotificationsCancelRegistration($input: CancelSeminarRegistrationInput!) {
  cancelSeminarRegistration(input: $input) {
    registration {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCancelRegistrationMutation, NotificationsCancelRegistrationMutationVariables>;
export const NotificationsFollowSeriesDocument = new TypedDocumentString(`
    mutation NotificationsFollowSeries($input: FollowInput!) {
  follow(input: $input) {
    level
    target {
      ... on SeminarSeries {
        title
        viewerFollowLevel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsFollowSeriesMutation, NotificationsFollowSeriesMutationVariables>;
export const NotificationsCancelSessionDocument = new TypedDocumentString(`
    mutation NotificationsCancelSession($input: CancelSeminarSessionInput!) {
  cancelSeminarSession(input: $input) {
    session {
      cancelledAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsCancelSessionMutation, NotificationsCancelSessionMutationVariables>;
export const NotificationsRequestMembershipDocument = new TypedDocumentString(`
    mutation NotificationsRequestMembership($input: RequestMembershipInput!) {
  requestMembership(input: $input) {
    membership {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsRequestMembershipMutation, NotificationsRequestMembershipMutationVariables>;
export const NotificationsDecideMembershipDocument = new TypedDocumentString(`
    mutation NotificationsDecideMembership($input: DecideMembershipInput!) {
  decideMembership(input: $input) {
    membership {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsDecideMembershipMutation, NotificationsDecideMembershipMutationVariables>;
export const NotificationsHideDocument = new TypedDocumentString(`
    mutation NotificationsHide($input: ModerateContentInput!) {
  hideContent(input: $input) {
    action {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsHideMutation, NotificationsHideMutationVariables>;
export const NotificationsRestoreDocument = new TypedDocumentString(`
    mutation NotificationsRestore($input: ModerateContentInput!) {
  restoreContent(input: $input) {
    action {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsRestoreMutation, NotificationsRestoreMutationVariables>;
export const NotificationsDecisionsDocument = new TypedDocumentString(`
    query NotificationsDecisions {
  viewer {
    notifications(first: 5) {
      nodes {
        kind
        actor {
          displayName
        }
        membership {
          status
          decisionReason
        }
        comment {
          body
          moderation {
            reason
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsDecisionsQuery, NotificationsDecisionsQueryVariables>;
export const RateLimitViewerDocument = new TypedDocumentString(`
    query RateLimitViewer {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitViewerQuery, RateLimitViewerQueryVariables>;
export const RateLimitViewerTwiceDocument = new TypedDocumentString(`
    query RateLimitViewerTwice {
  a: viewer {
    id
  }
  b: viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<RateLimitViewerTwiceQuery, RateLimitViewerTwiceQueryVariables>;
export const RedisOutageMunicipalitiesDocument = new TypedDocumentString(`
    query RedisOutageMunicipalities {
  municipalities(first: 1) {
    nodes {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RedisOutageMunicipalitiesQuery, RedisOutageMunicipalitiesQueryVariables>;
export const SearchHitsDocument = new TypedDocumentString(`
    query SearchHits($q: String!, $filter: SearchFilter, $first: Int, $after: String) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    nodes {
      rank
      snippet
      node {
        __typename
        ... on Experience {
          id
          title
        }
        ... on Thread {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SearchHitsQuery, SearchHitsQueryVariables>;
export const OrganisingCreateSeriesDocument = new TypedDocumentString(`
    mutation OrganisingCreateSeries($input: CreateSeminarSeriesInput!) {
  createSeminarSeries(input: $input) {
    series {
      id
      title
      organisers
      organisingMunicipalities {
        name
      }
      organisingVolunteerGroups {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingCreateSeriesMutation, OrganisingCreateSeriesMutationVariables>;
export const OrganisingUpdateSeriesDocument = new TypedDocumentString(`
    mutation OrganisingUpdateSeries($input: UpdateSeminarSeriesInput!) {
  updateSeminarSeries(input: $input) {
    series {
      title
      description
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingUpdateSeriesMutation, OrganisingUpdateSeriesMutationVariables>;
export const OrganisingCreateSessionDocument = new TypedDocumentString(`
    mutation OrganisingCreateSession($input: CreateSeminarSessionInput!) {
  createSeminarSession(input: $input) {
    session {
      id
      title
      topic
      startsAt
      endsAt
      timeZone
      capacity
      onlineUrl
      registrationClosesAt
      isUpcoming
      cancelledAt
      series {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingCreateSessionMutation, OrganisingCreateSessionMutationVariables>;
export const OrganisingUpdateSessionDocument = new TypedDocumentString(`
    mutation OrganisingUpdateSession($input: UpdateSeminarSessionInput!) {
  updateSeminarSession(input: $input) {
    session {
      title
      topic
      capacity
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingUpdateSessionMutation, OrganisingUpdateSessionMutationVariables>;
export const OrganisingCancelSessionDocument = new TypedDocumentString(`
    mutation OrganisingCancelSession($input: CancelSeminarSessionInput!) {
  cancelSeminarSession(input: $input) {
    session {
      cancelledAt
      cancelReason
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingCancelSessionMutation, OrganisingCancelSessionMutationVariables>;
export const OrganisingAddSpeakerDocument = new TypedDocumentString(`
    mutation OrganisingAddSpeaker($input: AddSeminarSpeakerInput!) {
  addSeminarSpeaker(input: $input) {
    speaker {
      id
      name
      confirmation
    }
    session {
      speakers {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingAddSpeakerMutation, OrganisingAddSpeakerMutationVariables>;
export const OrganisingUpdateSpeakerDocument = new TypedDocumentString(`
    mutation OrganisingUpdateSpeaker($input: UpdateSeminarSpeakerInput!) {
  updateSeminarSpeaker(input: $input) {
    speaker {
      name
      confirmation
      role
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingUpdateSpeakerMutation, OrganisingUpdateSpeakerMutationVariables>;
export const OrganisingRemoveSpeakerDocument = new TypedDocumentString(`
    mutation OrganisingRemoveSpeaker($input: RemoveSeminarSpeakerInput!) {
  removeSeminarSpeaker(input: $input) {
    speaker {
      name
    }
    session {
      speakers {
        name
        role
        confirmation
        municipality {
          name
        }
        volunteerGroup {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingRemoveSpeakerMutation, OrganisingRemoveSpeakerMutationVariables>;
export const OrganisingCanOrganiseDocument = new TypedDocumentString(`
    query OrganisingCanOrganise($seriesId: ID!, $sessionId: ID!) {
  seminarSeries(id: $seriesId) {
    viewerCanOrganise
  }
  seminarSession(id: $sessionId) {
    viewerCanOrganise
  }
}
    `) as unknown as TypedDocumentString<OrganisingCanOrganiseQuery, OrganisingCanOrganiseQueryVariables>;
export const OrganisingSpeakingAtDocument = new TypedDocumentString(`
    query OrganisingSpeakingAt {
  viewer {
    speakingAt {
      title
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingSpeakingAtQuery, OrganisingSpeakingAtQueryVariables>;
export const OrganisingTwoSpeakersDocument = new TypedDocumentString(`
    query OrganisingTwoSpeakers($a: ID!, $b: ID!) {
  a: node(id: $a) {
    ... on User {
      speakingAt {
        title
      }
    }
  }
  b: node(id: $b) {
    ... on User {
      speakingAt {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingTwoSpeakersQuery, OrganisingTwoSpeakersQueryVariables>;
export const OrganisingUpcomingDocument = new TypedDocumentString(`
    query OrganisingUpcoming {
  seminarSessions(when: UPCOMING, first: 10) {
    nodes {
      title
      cancelledAt
    }
  }
}
    `) as unknown as TypedDocumentString<OrganisingUpcomingQuery, OrganisingUpcomingQueryVariables>;
export const RegistrationCreateSeriesDocument = new TypedDocumentString(`
    mutation RegistrationCreateSeries($input: CreateSeminarSeriesInput!) {
  createSeminarSeries(input: $input) {
    series {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationCreateSeriesMutation, RegistrationCreateSeriesMutationVariables>;
export const RegistrationCreateSessionDocument = new TypedDocumentString(`
    mutation RegistrationCreateSession($input: CreateSeminarSessionInput!) {
  createSeminarSession(input: $input) {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationCreateSessionMutation, RegistrationCreateSessionMutationVariables>;
export const RegistrationAddSpeakerDocument = new TypedDocumentString(`
    mutation RegistrationAddSpeaker($input: AddSeminarSpeakerInput!) {
  addSeminarSpeaker(input: $input) {
    speaker {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationAddSpeakerMutation, RegistrationAddSpeakerMutationVariables>;
export const RegistrationUpdateSessionDocument = new TypedDocumentString(`
    mutation RegistrationUpdateSession($input: UpdateSeminarSessionInput!) {
  updateSeminarSession(input: $input) {
    session {
      capacity
      registeredCount
      waitlistCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationUpdateSessionMutation, RegistrationUpdateSessionMutationVariables>;
export const RegistrationCancelSessionDocument = new TypedDocumentString(`
    mutation RegistrationCancelSession($input: CancelSeminarSessionInput!) {
  cancelSeminarSession(input: $input) {
    session {
      cancelledAt
      registrationOpen
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationCancelSessionMutation, RegistrationCancelSessionMutationVariables>;
export const RegistrationRegisterDocument = new TypedDocumentString(`
    mutation RegistrationRegister($input: RegisterForSeminarSessionInput!) {
  registerForSeminarSession(input: $input) {
    registration {
      id
      status
      waitlistPosition
      reminder
    }
    session {
      registeredCount
      waitlistCount
      seatsLeft
      onlineUrl
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationRegisterMutation, RegistrationRegisterMutationVariables>;
export const RegistrationCancelDocument = new TypedDocumentString(`
    mutation RegistrationCancel($input: CancelSeminarRegistrationInput!) {
  cancelSeminarRegistration(input: $input) {
    registration {
      status
      cancelledAt
    }
    session {
      registeredCount
      waitlistCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationCancelMutation, RegistrationCancelMutationVariables>;
export const RegistrationSetReminderDocument = new TypedDocumentString(`
    mutation RegistrationSetReminder($input: SetSeminarReminderInput!) {
  setSeminarReminder(input: $input) {
    registration {
      reminder
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationSetReminderMutation, RegistrationSetReminderMutationVariables>;
export const RegistrationSetRemindersDocument = new TypedDocumentString(`
    mutation RegistrationSetReminders($reminders: Boolean!) {
  setSeminarReminders(input: {reminders: $reminders})
}
    `) as unknown as TypedDocumentString<RegistrationSetRemindersMutation, RegistrationSetRemindersMutationVariables>;
export const RegistrationMyRemindersDocument = new TypedDocumentString(`
    query RegistrationMyReminders {
  viewer {
    seminarReminders
    seminarRegistrations {
      reminder
      session {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMyRemindersQuery, RegistrationMyRemindersQueryVariables>;
export const RegistrationAttendanceDocument = new TypedDocumentString(`
    mutation RegistrationAttendance($input: MarkSeminarAttendanceInput!) {
  markSeminarAttendance(input: $input) {
    registration {
      attended
    }
    session {
      attendanceCount
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationAttendanceMutation, RegistrationAttendanceMutationVariables>;
export const RegistrationSessionDocument = new TypedDocumentString(`
    query RegistrationSession($id: ID!) {
  seminarSession(id: $id) {
    title
    onlineUrl
    registrationOpen
    registeredCount
    waitlistCount
    seatsLeft
    viewerRegistration {
      status
      waitlistPosition
    }
    registrations(first: 20) {
      nodes {
        id
        status
        waitlistPosition
        promotedAt
        user {
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationSessionQuery, RegistrationSessionQueryVariables>;
export const RegistrationMineDocument = new TypedDocumentString(`
    query RegistrationMine {
  viewer {
    seminarRegistrations {
      status
      session {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegistrationMineQuery, RegistrationMineQueryVariables>;
export const SeminarsSessionsDocument = new TypedDocumentString(`
    query SeminarsSessions($first: Int, $after: String, $when: SeminarTimeFilter!, $seriesId: ID) {
  seminarSessions(first: $first, after: $after, when: $when, seriesId: $seriesId) {
    edges {
      cursor
      node {
        id
      }
    }
    nodes {
      id
      title
      startsAt
      endsAt
      isUpcoming
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSessionsQuery, SeminarsSessionsQueryVariables>;
export const SeminarsSessionTitlesByDefaultDocument = new TypedDocumentString(`
    query SeminarsSessionTitlesByDefault {
  seminarSessions(first: 100) {
    nodes {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSessionTitlesByDefaultQuery, SeminarsSessionTitlesByDefaultQueryVariables>;
export const SeminarsSessionDocument = new TypedDocumentString(`
    query SeminarsSession($id: ID!) {
  seminarSession(id: $id) {
    id
    title
    topic
    description
    startsAt
    endsAt
    onlineUrl
    isUpcoming
    series {
      id
      title
      organisers
    }
    speakers {
      name
      role
      organisation
      confirmation
      municipality {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSessionQuery, SeminarsSessionQueryVariables>;
export const SeminarsSessionsWithSpeakersDocument = new TypedDocumentString(`
    query SeminarsSessionsWithSpeakers($first: Int, $when: SeminarTimeFilter!) {
  seminarSessions(first: $first, when: $when) {
    nodes {
      title
      series {
        title
      }
      speakers {
        name
        municipality {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSessionsWithSpeakersQuery, SeminarsSessionsWithSpeakersQueryVariables>;
export const SeminarsSessionNodeDocument = new TypedDocumentString(`
    query SeminarsSessionNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on SeminarSession {
      title
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSessionNodeQuery, SeminarsSessionNodeQueryVariables>;
export const SeminarsSeriesDocument = new TypedDocumentString(`
    query SeminarsSeries($id: ID!, $first: Int, $after: String) {
  seminarSeries(id: $id) {
    id
    title
    description
    organisers
    sessions(first: $first, after: $after) {
      nodes {
        id
        title
        startsAt
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSeriesQuery, SeminarsSeriesQueryVariables>;
export const SeminarsPastSessionsWithProgrammeDocument = new TypedDocumentString(`
    query SeminarsPastSessionsWithProgramme {
  seminarSessions(first: 100, when: PAST) {
    nodes {
      title
      series {
        title
        sessions(first: 1) {
          nodes {
            title
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsPastSessionsWithProgrammeQuery, SeminarsPastSessionsWithProgrammeQueryVariables>;
export const SeminarsSeriesNodeDocument = new TypedDocumentString(`
    query SeminarsSeriesNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on SeminarSeries {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsSeriesNodeQuery, SeminarsSeriesNodeQueryVariables>;
export const SeminarsCreateThreadDocument = new TypedDocumentString(`
    mutation SeminarsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      kind
      title
      bodyHtml
      author {
        displayName
      }
      seminarSession {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsCreateThreadMutation, SeminarsCreateThreadMutationVariables>;
export const SeminarsFollowUpsDocument = new TypedDocumentString(`
    query SeminarsFollowUps($id: ID!, $first: Int, $after: String) {
  seminarSession(id: $id) {
    followUpThreads(first: $first, after: $after) {
      nodes {
        id
        title
        kind
        author {
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsFollowUpsQuery, SeminarsFollowUpsQueryVariables>;
export const SeminarsThreadsOfSessionDocument = new TypedDocumentString(`
    query SeminarsThreadsOfSession($s: ID) {
  threads(seminarSessionId: $s) {
    nodes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsThreadsOfSessionQuery, SeminarsThreadsOfSessionQueryVariables>;
export const SeminarsPastSessionsWithFollowUpsDocument = new TypedDocumentString(`
    query SeminarsPastSessionsWithFollowUps($first: Int) {
  seminarSessions(first: $first, when: PAST) {
    nodes {
      title
      followUpThreads(first: 5) {
        nodes {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeminarsPastSessionsWithFollowUpsQuery, SeminarsPastSessionsWithFollowUpsQueryVariables>;
export const FactoryCreateExperienceDocument = new TypedDocumentString(`
    mutation FactoryCreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
      thread {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateExperienceMutation, FactoryCreateExperienceMutationVariables>;
export const FactoryPublishExperienceDocument = new TypedDocumentString(`
    mutation FactoryPublishExperience($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryPublishExperienceMutation, FactoryPublishExperienceMutationVariables>;
export const FactoryCreateThreadDocument = new TypedDocumentString(`
    mutation FactoryCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateThreadMutation, FactoryCreateThreadMutationVariables>;
export const FactoryAddCommentDocument = new TypedDocumentString(`
    mutation FactoryAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryAddCommentMutation, FactoryAddCommentMutationVariables>;
export const GroupRegistrationRegisterDocument = new TypedDocumentString(`
    mutation GroupRegistrationRegister($input: RegisterVolunteerGroupInput!) {
  registerVolunteerGroup(input: $input) {
    volunteerGroup {
      id
      name
      kind
      status
      description
      website
      viewerCanEdit
      viewerCanDecide
      homeMunicipality {
        name
      }
      municipalitiesServed {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationRegisterMutation, GroupRegistrationRegisterMutationVariables>;
export const GroupRegistrationGroupDocument = new TypedDocumentString(`
    query GroupRegistrationGroup($id: ID!) {
  volunteerGroup(id: $id) {
    id
    name
    status
    website
    decisionReason
    decidedAt
    viewerCanEdit
    viewerCanDecide
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationGroupQuery, GroupRegistrationGroupQueryVariables>;
export const GroupRegistrationListDocument = new TypedDocumentString(`
    query GroupRegistrationList($status: VolunteerGroupStatus) {
  volunteerGroups(first: 100, status: $status) {
    nodes {
      name
      status
      viewerCanDecide
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationListQuery, GroupRegistrationListQueryVariables>;
export const GroupRegistrationConfirmDocument = new TypedDocumentString(`
    mutation GroupRegistrationConfirm($id: ID!) {
  confirmVolunteerGroup(input: {id: $id}) {
    volunteerGroup {
      status
      decidedAt
      viewerCanDecide
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationConfirmMutation, GroupRegistrationConfirmMutationVariables>;
export const GroupRegistrationRejectDocument = new TypedDocumentString(`
    mutation GroupRegistrationReject($id: ID!, $reason: String!) {
  rejectVolunteerGroup(input: {id: $id, reason: $reason}) {
    volunteerGroup {
      status
      decisionReason
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationRejectMutation, GroupRegistrationRejectMutationVariables>;
export const GroupRegistrationUpdateDocument = new TypedDocumentString(`
    mutation GroupRegistrationUpdate($input: UpdateVolunteerGroupInput!) {
  updateVolunteerGroup(input: $input) {
    volunteerGroup {
      name
      description
      website
      homeMunicipality {
        name
      }
      municipalitiesServed {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationUpdateMutation, GroupRegistrationUpdateMutationVariables>;
export const GroupRegistrationMineDocument = new TypedDocumentString(`
    query GroupRegistrationMine {
  viewer {
    memberships {
      role
      status
      decisionReason
      volunteerGroup {
        name
      }
    }
    notifications(first: 5) {
      nodes {
        kind
        membership {
          role
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationMineQuery, GroupRegistrationMineQueryVariables>;
export const GroupRegistrationRequestsDocument = new TypedDocumentString(`
    query GroupRegistrationRequests {
  membershipRequests {
    role
    volunteerGroup {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationRequestsQuery, GroupRegistrationRequestsQueryVariables>;
export const GroupRegistrationJoinDocument = new TypedDocumentString(`
    mutation GroupRegistrationJoin($g: ID!) {
  requestMembership(
    input: {volunteerGroupId: $g, role: MEMBER, position: "Helferin"}
  ) {
    membership {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRegistrationJoinMutation, GroupRegistrationJoinMutationVariables>;
export const VolunteerGroupsListDocument = new TypedDocumentString(`
    query VolunteerGroupsList($first: Int, $after: String, $kind: VolunteerGroupKind, $municipalityId: ID, $nameContains: String) {
  volunteerGroups(
    first: $first
    after: $after
    kind: $kind
    municipalityId: $municipalityId
    nameContains: $nameContains
  ) {
    edges {
      cursor
      node {
        id
      }
    }
    nodes {
      id
      name
      kind
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerGroupsListQuery, VolunteerGroupsListQueryVariables>;
export const VolunteerGroupsOneDocument = new TypedDocumentString(`
    query VolunteerGroupsOne($id: ID!) {
  volunteerGroup(id: $id) {
    id
    name
    kind
    description
    website
    homeMunicipality {
      id
      name
      kind
      parent {
        name
      }
    }
    municipalitiesServed {
      id
      name
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerGroupsOneQuery, VolunteerGroupsOneQueryVariables>;
export const VolunteerGroupsNodeDocument = new TypedDocumentString(`
    query VolunteerGroupsNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on VolunteerGroup {
      name
      municipalitiesServed {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerGroupsNodeQuery, VolunteerGroupsNodeQueryVariables>;
export const VolunteerGroupsPageWithPlacesDocument = new TypedDocumentString(`
    query VolunteerGroupsPageWithPlaces($first: Int, $nameContains: String) {
  volunteerGroups(first: $first, nameContains: $nameContains) {
    nodes {
      id
      name
      kind
      homeMunicipality {
        name
        parent {
          name
        }
      }
      municipalitiesServed {
        id
        name
        parent {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerGroupsPageWithPlacesQuery, VolunteerGroupsPageWithPlacesQueryVariables>;
export const VolunteerGroupsPageWithServedPlacesDocument = new TypedDocumentString(`
    query VolunteerGroupsPageWithServedPlaces($first: Int, $nameContains: String) {
  volunteerGroups(first: $first, nameContains: $nameContains) {
    nodes {
      municipalitiesServed {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VolunteerGroupsPageWithServedPlacesQuery, VolunteerGroupsPageWithServedPlacesQueryVariables>;
