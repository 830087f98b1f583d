import { createHash, createHmac, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { createTestApp, graphql, GraphQLResponse, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const LOGIN = graphql(`
  mutation MatrixLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

const SESSIONS = graphql(`
  query MatrixSessions {
    viewer {
      sessions {
        id
        current
      }
    }
  }
`);

const REQUEST_TOWN_MEMBERSHIP = graphql(`
  mutation MatrixRequestTownMembership($m: ID!) {
    requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) {
      membership {
        id
      }
    }
  }
`);

const FLAG_CONTENT = graphql(`
  mutation MatrixFlagContent($c: ID!) {
    flagContent(input: { targetId: $c, reason: SPAM }) {
      targetHidden
    }
  }
`);

const HIDE_CONTENT = graphql(`
  mutation MatrixHideContent($c: ID!) {
    hideContent(input: { targetId: $c, reason: "Beleidigend" }) {
      action {
        action
      }
    }
  }
`);

const RESTORE_CONTENT = graphql(`
  mutation MatrixRestoreContent($c: ID!) {
    restoreContent(input: { targetId: $c, reason: "Vertretbar" }) {
      action {
        action
      }
    }
  }
`);

const DISMISS_FLAGS = graphql(`
  mutation MatrixDismissFlags($c: ID!) {
    dismissFlags(input: { targetId: $c, reason: "Kein Spam" }) {
      action {
        action
      }
    }
  }
`);

const LOCK_THREAD = graphql(`
  mutation MatrixLockThread($t: ID!) {
    lockThread(input: { threadId: $t, reason: "Entgleist" }) {
      thread {
        locked
      }
    }
  }
`);

const UNLOCK_THREAD = graphql(`
  mutation MatrixUnlockThread($t: ID!) {
    unlockThread(input: { threadId: $t, reason: "Wieder offen" }) {
      thread {
        locked
      }
    }
  }
`);

const MOVE_THREAD = graphql(`
  mutation MatrixMoveThread($t: ID!, $s: ID!) {
    moveThread(input: { threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar" }) {
      thread {
        kind
      }
    }
  }
`);

const BAN_USER = graphql(`
  mutation MatrixBanUser($u: ID!, $until: DateTime!) {
    banUser(input: { userId: $u, until: $until, reason: "Beleidigungen" }) {
      user {
        id
      }
    }
  }
`);

const UNBAN_USER = graphql(`
  mutation MatrixUnbanUser($u: ID!) {
    unbanUser(input: { userId: $u, reason: "Einsicht" }) {
      user {
        id
      }
    }
  }
`);

const ERASE_PERSONAL_DATA = graphql(`
  mutation MatrixErasePersonalData($u: ID!) {
    erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail" }) {
      user {
        id
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation MatrixRegister($input: RegisterInput!) {
    register(input: $input) {
      accessToken
    }
  }
`);

const LOGIN_ONLY = graphql(`
  mutation MatrixLoginOnly($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);

const REFRESH_SESSION = graphql(`
  mutation MatrixRefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
    }
  }
`);

const REVOKE_SESSION = graphql(`
  mutation MatrixRevokeSession($s: ID!) {
    revokeSession(input: { sessionId: $s }) {
      sessionId
    }
  }
`);

const SIGN_OUT = graphql(`
  mutation MatrixSignOut {
    signOut {
      sessionId
    }
  }
`);

const CHANGE_PASSWORD = graphql(`
  mutation MatrixChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      signedOutSessions
    }
  }
`);

const CREATE_EXPERIENCE = graphql(`
  mutation MatrixCreateExperience($input: CreateExperienceInput!) {
    createExperience(input: $input) {
      experience {
        id
      }
    }
  }
`);

const UPDATE_EXPERIENCE = graphql(`
  mutation MatrixUpdateExperience($id: ID!) {
    updateExperience(input: { id: $id, summary: "Geänderte Zusammenfassung." }) {
      experience {
        id
      }
    }
  }
`);

const PUBLISH_EXPERIENCE = graphql(`
  mutation MatrixPublishExperience($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        id
      }
    }
  }
`);

const CREATE_THREAD = graphql(`
  mutation MatrixCreateThread($title: String!) {
    createThread(input: { title: $title, body: "x" }) {
      thread {
        id
      }
    }
  }
`);

const ADD_COMMENT = graphql(`
  mutation MatrixAddComment($t: ID!) {
    addComment(input: { threadId: $t, body: "Hallo" }) {
      comment {
        id
      }
    }
  }
`);

const EDIT_COMMENT = graphql(`
  mutation MatrixEditComment($c: ID!) {
    editComment(input: { commentId: $c, body: "Neu" }) {
      comment {
        id
      }
    }
  }
`);

const DELETE_COMMENT = graphql(`
  mutation MatrixDeleteComment($c: ID!) {
    deleteComment(input: { commentId: $c }) {
      comment {
        id
      }
    }
  }
`);

const ADD_REACTION = graphql(`
  mutation MatrixAddReaction($c: ID!) {
    addReaction(input: { targetId: $c, kind: HELPFUL }) {
      active
    }
  }
`);

const REMOVE_REACTION = graphql(`
  mutation MatrixRemoveReaction($c: ID!) {
    removeReaction(input: { targetId: $c, kind: HELPFUL }) {
      active
    }
  }
`);

const REQUEST_MEMBERSHIP = graphql(`
  mutation MatrixRequestMembership($g: ID!) {
    requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helfer" }) {
      membership {
        id
      }
    }
  }
`);

const DECIDE_MEMBERSHIP = graphql(`
  mutation MatrixDecideMembership($m: ID!) {
    decideMembership(input: { membershipId: $m, approve: true }) {
      membership {
        id
      }
    }
  }
`);

const REVOKE_MEMBERSHIP = graphql(`
  mutation MatrixRevokeMembership($m: ID!) {
    revokeMembership(input: { membershipId: $m, reason: "Beendet" }) {
      membership {
        id
      }
    }
  }
`);

const REQUEST_EMAIL_VERIFICATION = graphql(`
  mutation MatrixRequestEmailVerification {
    requestEmailVerification {
      sentTo
    }
  }
`);

const VERIFY_EMAIL = graphql(`
  mutation MatrixVerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      email
    }
  }
`);

const REQUEST_PASSWORD_RESET = graphql(`
  mutation MatrixRequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      email
    }
  }
`);

const RESET_PASSWORD = graphql(`
  mutation MatrixResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      email
    }
  }
`);

const CREATE_SEMINAR_SERIES = graphql(`
  mutation MatrixCreateSeminarSeries($m: ID!) {
    createSeminarSeries(input: { title: "Reihe", organisers: ["Stadt"], organisingMunicipalityIds: [$m] }) {
      series {
        id
      }
    }
  }
`);

const UPDATE_SEMINAR_SERIES = graphql(`
  mutation MatrixUpdateSeminarSeries($s: ID!) {
    updateSeminarSeries(input: { id: $s, description: "Neu beschrieben" }) {
      series {
        id
      }
    }
  }
`);

const CREATE_SEMINAR_SESSION = graphql(`
  mutation MatrixCreateSeminarSession($s: ID!) {
    createSeminarSession(
      input: { seriesId: $s, title: "Sitzung", startsAt: "2030-03-01T17:00:00+01:00", endsAt: "2030-03-01T18:30:00+01:00" }
    ) {
      session {
        id
      }
    }
  }
`);

const UPDATE_SEMINAR_SESSION = graphql(`
  mutation MatrixUpdateSeminarSession($s: ID!) {
    updateSeminarSession(input: { id: $s, topic: "Neues Thema" }) {
      session {
        id
      }
    }
  }
`);

const CANCEL_SEMINAR_SESSION = graphql(`
  mutation MatrixCancelSeminarSession($s: ID!) {
    cancelSeminarSession(input: { id: $s, reason: "Erkrankt" }) {
      session {
        id
      }
    }
  }
`);

const ADD_SEMINAR_SPEAKER = graphql(`
  mutation MatrixAddSeminarSpeaker($s: ID!) {
    addSeminarSpeaker(input: { sessionId: $s, name: "Referentin" }) {
      session {
        id
      }
    }
  }
`);

const UPDATE_SEMINAR_SPEAKER = graphql(`
  mutation MatrixUpdateSeminarSpeaker($p: ID!) {
    updateSeminarSpeaker(input: { id: $p, confirmation: CONFIRMED }) {
      session {
        id
      }
    }
  }
`);

const REMOVE_SEMINAR_SPEAKER = graphql(`
  mutation MatrixRemoveSeminarSpeaker($p: ID!) {
    removeSeminarSpeaker(input: { id: $p }) {
      session {
        id
      }
    }
  }
`);

const REGISTER_FOR_SESSION = graphql(`
  mutation MatrixRegisterForSession($s: ID!) {
    registerForSeminarSession(input: { sessionId: $s }) {
      registration {
        status
      }
    }
  }
`);

const CANCEL_REGISTRATION = graphql(`
  mutation MatrixCancelRegistration($s: ID!) {
    cancelSeminarRegistration(input: { sessionId: $s }) {
      registration {
        status
      }
    }
  }
`);

const SET_REMINDER = graphql(`
  mutation MatrixSetReminder($s: ID!) {
    setSeminarReminder(input: { sessionId: $s, reminder: false }) {
      registration {
        reminder
      }
    }
  }
`);

const SET_REMINDERS = graphql(`
  mutation MatrixSetReminders {
    setSeminarReminders(input: { reminders: false })
  }
`);

const MARK_ATTENDANCE = graphql(`
  mutation MatrixMarkAttendance($r: ID!) {
    markSeminarAttendance(input: { registrationId: $r, attended: true }) {
      registration {
        attended
      }
    }
  }
`);

const ACCEPT_ANSWER = graphql(`
  mutation MatrixAcceptAnswer($q: ID!, $a: ID!) {
    acceptAnswer(input: { questionId: $q, answerId: $a }) {
      answer {
        isAcceptedAnswer
      }
    }
  }
`);

const CLOSE_THREAD = graphql(`
  mutation MatrixCloseThread($t: ID!) {
    closeThread(input: { threadId: $t, conclusion: "Wir halten fest: Sandsäcke im Bauhof." }) {
      thread {
        closedAt
      }
    }
  }
`);

const REOPEN_THREAD = graphql(`
  mutation MatrixReopenThread($t: ID!) {
    reopenThread(input: { threadId: $t }) {
      thread {
        closedAt
      }
    }
  }
`);

const DRAFT_LESSON = graphql(`
  mutation MatrixDraftLesson($t: ID!, $m: ID!) {
    draftLessonFromThread(input: { threadId: $t, municipalityId: $m, hazards: [FLOOD], phase: RESPONSE }) {
      experience {
        status
      }
    }
  }
`);

const RECORD_SESSION = graphql(`
  mutation MatrixRecordSession($s: ID!) {
    recordSeminarSession(input: { id: $s, minutes: "Protokoll" }) {
      session {
        minutes
      }
    }
  }
`);

const SET_MAIL_DELIVERY = graphql(`
  mutation MatrixSetMailDelivery {
    setNotificationMailDelivery(input: { kind: THREAD_COMMENT, delivery: NEVER }) {
      kind
    }
  }
`);

const UNSUBSCRIBE_MAILS = graphql(`
  mutation MatrixUnsubscribeMails($token: String!) {
    unsubscribeNotificationMails(input: { token: $token }) {
      kind
    }
  }
`);

const FOLLOW = graphql(`
  mutation MatrixFollow($t: ID!) {
    follow(input: { targetId: $t, level: WATCHING }) {
      level
    }
  }
`);

const UNFOLLOW = graphql(`
  mutation MatrixUnfollow($t: ID!) {
    unfollow(input: { targetId: $t }) {
      level
    }
  }
`);

const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MatrixMarkNotificationsRead {
    markNotificationsRead(input: { all: true }) {
      unreadCount
    }
  }
`);

const MARK_THREAD_SEEN = graphql(`
  mutation MatrixMarkThreadSeen($t: ID!) {
    markThreadSeen(input: { threadId: $t }) {
      thread {
        viewerNewCommentCount
      }
    }
  }
`);

const PROPOSE_CRISIS = graphql(`
  mutation MatrixProposeCrisis($m: ID!) {
    proposeCrisis(input: { name: "Starkregen Juni", hazards: [HEAVY_RAIN], startsOn: "2024-06-01", affectedMunicipalityIds: [$m] }) {
      crisis {
        status
      }
    }
  }
`);

const UPDATE_CRISIS = graphql(`
  mutation MatrixUpdateCrisis($c: ID!) {
    updateCrisis(input: { id: $c, description: "Neu beschrieben" }) {
      crisis {
        description
      }
    }
  }
`);

const END_CRISIS = graphql(`
  mutation MatrixEndCrisis($c: ID!) {
    endCrisis(input: { id: $c, endsOn: "2024-06-20" }) {
      crisis {
        endsOn
      }
    }
  }
`);

const CONFIRM_CRISIS = graphql(`
  mutation MatrixConfirmCrisis($c: ID!) {
    confirmCrisis(input: { id: $c }) {
      crisis {
        status
      }
    }
  }
`);

const REJECT_CRISIS = graphql(`
  mutation MatrixRejectCrisis($c: ID!) {
    rejectCrisis(input: { id: $c, reason: "Kein eigenes Ereignis" }) {
      crisis {
        status
      }
    }
  }
`);

const MERGE_CRISIS = graphql(`
  mutation MatrixMergeCrisis($c: ID!, $into: ID!) {
    mergeCrisis(input: { id: $c, intoId: $into }) {
      crisis {
        status
      }
    }
  }
`);

const FOLLOW_HAZARD = graphql(`
  mutation MatrixFollowHazard {
    followHazard(input: { hazard: HEAT, level: WATCHING }) {
      level
    }
  }
`);

const UNFOLLOW_HAZARD = graphql(`
  mutation MatrixUnfollowHazard {
    unfollowHazard(input: { hazard: HEAT }) {
      level
    }
  }
`);

const REGISTER_GROUP = graphql(`
  mutation MatrixRegisterVolunteerGroup($input: RegisterVolunteerGroupInput!) {
    registerVolunteerGroup(input: $input) {
      volunteerGroup {
        id
      }
    }
  }
`);

const CONFIRM_GROUP = graphql(`
  mutation MatrixConfirmVolunteerGroup($g: ID!) {
    confirmVolunteerGroup(input: { id: $g }) {
      volunteerGroup {
        status
      }
    }
  }
`);

const REJECT_GROUP = graphql(`
  mutation MatrixRejectVolunteerGroup($g: ID!) {
    rejectVolunteerGroup(input: { id: $g, reason: "Unbekannt" }) {
      volunteerGroup {
        status
      }
    }
  }
`);

const UPDATE_GROUP = graphql(`
  mutation MatrixUpdateVolunteerGroup($g: ID!) {
    updateVolunteerGroup(input: { id: $g, description: "Neu beschrieben" }) {
      volunteerGroup {
        description
      }
    }
  }
`);

/**
 * Every mutation × every role × own / foreign object, each cell asserted. The rows come from one table;
 * a mutation in schema.graphql without a row fails the test, so a new mutation must declare who may call it.
 * A banned user reads, signs out, manages their sessions and password and deletes their own comments; every other
 * mutation is refused while the ban lasts.
 */
type Role = 'anonymous' | 'volunteer' | 'staffOwn' | 'staffOther' | 'groupLead' | 'moderator' | 'admin' | 'banned';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
type Ownership = 'own' | 'foreign';
const ROLES: Role[] = ['anonymous', 'volunteer', 'staffOwn', 'staffOther', 'groupLead', 'moderator', 'admin', 'banned'];

interface Actor {
  role: Role;
  user: SignedUpUser | null;
}

interface Row {
  /** Who may, per role; `own` is left out where an object of one's own does not exist for the operation. */
  own?: Partial<Record<Role, Outcome>>;
  foreign?: Partial<Record<Role, Outcome>>;
  /** Sets the cell up and sends its mutation through the actor's client; the whole response. */
  run(ctx: Cell): Promise<GraphQLResponse<unknown>>;
}

interface Cell {
  actor: Actor;
  ownership: Ownership;
  /** The user who owns the object: the actor for "own", someone else for "foreign". */
  owner: SignedUpUser;
}

const all = (outcome: Outcome, except: Partial<Record<Role, Outcome>> = {}): Partial<Record<Role, Outcome>> =>
  Object.fromEntries(ROLES.map((r) => [r, except[r] ?? outcome]));
const signedIn = (outcome: Outcome, except: Partial<Record<Role, Outcome>> = {}) =>
  all(outcome, { anonymous: 'UNAUTHENTICATED', ...except });
/** Posting and acting for others: signed in and not banned. */
const writer = (outcome: Outcome, except: Partial<Record<Role, Outcome>> = {}) => signedIn(outcome, { banned: 'FORBIDDEN', ...except });
/** Moderation: moderators and admins. */
const moderators = (outcome: Outcome) => signedIn('FORBIDDEN', { moderator: outcome, admin: outcome });
/** Organising the town's seminar series: its verified staff, and admins (who hold every platform role's rights). */
const organisers = () => writer('FORBIDDEN', { staffOwn: 'ok', admin: 'ok' });

describe('authorization matrix', () => {
  let t: TestApp;
  let town: { id: string; gid: string };
  let group: { id: string; gid: string };
  let author: SignedUpUser;
  let reporter: SignedUpUser;
  let session: { id: string; gid: string };
  const actors: Record<Role, Actor> = {} as Record<Role, Actor>;
  let counter = 0;

  const unique = (prefix: string) => `${prefix} ${++counter}`;
  /** Runs setup as `owner`; a banned owner's ban is lifted meanwhile, since the cells are about the mutation, not the setup. */
  async function setup<T>(owner: SignedUpUser, create: () => Promise<T>): Promise<T> {
    if (owner !== actors.banned?.user) return create();
    await t.dataSource.query('UPDATE user_account SET banned_until = NULL WHERE id = $1', [uuidOf(owner.userId)]);
    try {
      return await create();
    } finally {
      await ban(owner);
    }
  }
  async function ban(user: SignedUpUser): Promise<void> {
    await t.dataSource.query(
      `UPDATE user_account SET banned_until = now() + interval '30 days', ban_reason = 'Beleidigungen' WHERE id = $1`,
      [uuidOf(user.userId)],
    );
  }

  async function draft(owner: SignedUpUser): Promise<{ id: string; threadId: string }> {
    return setup(owner, () =>
      t.make.experience(owner, {
        draft: true,
        title: unique('Bericht'),
        summary: 'Zusammenfassung des Berichts.',
        situation: 's',
        actions: 'a',
        outcome: 'o',
        hazards: ['HEAT'],
        phase: 'RESPONSE',
        municipalityId: town.gid,
      }),
    );
  }
  /** A published experience of `owner`, published in SQL: the rows that use it are not about publishing. */
  async function published(owner: SignedUpUser): Promise<{ id: string; threadId: string }> {
    const experience = await draft(owner);
    await t.dataSource.query(`UPDATE experience SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [uuidOf(experience.id)]);
    await t.dataSource.query('UPDATE thread SET published = true WHERE id = $1', [uuidOf(experience.threadId)]);
    return experience;
  }
  async function thread(owner: SignedUpUser): Promise<string> {
    return (await setup(owner, () => t.make.thread(owner, { title: unique('Thema'), body: 'Text' }))).id;
  }
  async function comment(owner: SignedUpUser): Promise<string> {
    const threadId = await thread(author);
    return (await setup(owner, () => t.make.comment(owner, threadId, { body: 'Kommentar' }))).id;
  }
  /** A pending request of `owner`, for a town of its own so that requests never collide. */
  async function membershipRequest(owner: SignedUpUser): Promise<string> {
    const place = await t.fx.municipality(unique('Gemeinde'));
    const requested = await setup(owner, () => t.as(owner).data(REQUEST_TOWN_MEMBERSHIP, { m: place.gid }));
    return requested.requestMembership.membership.id;
  }

  /** A pending group that `owner` registered, serving the town; its global id. */
  async function registeredGroup(owner: SignedUpUser): Promise<string> {
    const input = { name: unique('Helferkreis'), kind: 'INITIATIVE' as const, municipalityIdsServed: [town.gid] };
    const registered = await setup(owner, () => t.as(owner).data(REGISTER_GROUP, { input }));
    return registered.registerVolunteerGroup.volunteerGroup.id;
  }

  /** A new sign-in of `user` (another device): its tokens and the id of its session. */
  async function signIn(user: SignedUpUser): Promise<SignedUpUser & { refreshToken: string; sessionId: string }> {
    const { login } = await t.as(null).data(LOGIN, { input: { email: user.email, password: user.password } });
    const device = { ...user, token: login.accessToken };
    const { viewer } = await t.as(device).data(SESSIONS);
    const current = viewer!.sessions!.filter((s) => s.current);
    expect(current).toHaveLength(1);
    return { ...device, refreshToken: login.refreshToken, sessionId: current[0].id };
  }
  /** A valid token as the mails carry it, stored for `user` the way AccountRecoveryService stores them. */
  async function accountToken(user: SignedUpUser, purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD'): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await t.dataSource.query(
      `INSERT INTO account_token (user_id, purpose, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 hour')`,
      [uuidOf(user.userId), purpose, createHash('sha256').update(token).digest('hex')],
    );
    return token;
  }
  /** Sets whether the user's address is confirmed; unconfirming also forgets its confirmation mails (their cool-down). */
  async function setEmailVerified(user: SignedUpUser, verified: boolean): Promise<void> {
    await t.dataSource.query(`UPDATE user_account SET email_verified_at = ${verified ? 'now()' : 'NULL'} WHERE id = $1`, [
      uuidOf(user.userId),
    ]);
    if (!verified)
      await t.dataSource.query(`DELETE FROM account_token WHERE user_id = $1 AND purpose = 'VERIFY_EMAIL'`, [uuidOf(user.userId)]);
  }

  /** Acts on `owner` as the target user for "own", on a fresh user for "foreign" (never on the shared author). */
  const targetUser = async ({ actor, ownership }: Cell): Promise<SignedUpUser> =>
    ownership === 'own' ? actor.user! : t.signUp(unique('Zielperson'));
  /** A session (taking place in 2030) of a series that `town` organises; its global id. */
  async function organisedSession(): Promise<string> {
    const { id, gid } = await t.fx.seminarSession(unique('Sitzung'), { municipalityIds: [town.id] });
    await t.dataSource.query(
      `UPDATE seminar_session SET starts_at = '2030-03-01T16:00:00Z', ends_at = '2030-03-01T17:30:00Z' WHERE id = $1`,
      [id],
    );
    return gid;
  }
  /** A speaker of such a session; its global id. */
  async function organisedSpeaker(): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO seminar_speaker (session_id, position, name, confirmation) VALUES ($1, 0, 'Referent', 'REQUESTED') RETURNING id`,
      [uuidOf(await organisedSession())],
    );
    return Buffer.from(`SeminarSpeaker:${row.id}`).toString('base64url');
  }
  const seriesOf = async (sessionGid: string): Promise<string> => {
    const [row] = await t.dataSource.query('SELECT series_id FROM seminar_session WHERE id = $1', [uuidOf(sessionGid)]);
    return Buffer.from(`SeminarSeries:${row.series_id}`).toString('base64url');
  };
  /** A seat of `user` for a session of the town's series (written in SQL); the registration's global id. */
  async function registration(sessionGid: string, user: SignedUpUser): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO seminar_registration (session_id, user_id, status, registered_at) VALUES ($1, $2, 'REGISTERED', now()) RETURNING id`,
      [uuidOf(sessionGid), uuidOf(user.userId)],
    );
    return Buffer.from(`SeminarRegistration:${row.id}`).toString('base64url');
  }
  /** The token of an unsubscribe link as a notification mail carries it (signed by the server's secret). */
  const unsubscribeToken = (user: SignedUpUser): string => {
    const payload = Buffer.from(`${uuidOf(user.userId)}:REPLY`).toString('base64url');
    const key = createHmac('sha256', 'x'.repeat(40)).update('krisenfest notification unsubscribe').digest();
    return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
  };
  /** A crisis that hit the town, written in SQL: proposed by `proposer` or confirmed; its global id. */
  async function crisisInSql(status: 'PROPOSED' | 'CONFIRMED', proposer: SignedUpUser | null): Promise<string> {
    const [row] = await t.dataSource.query(
      `INSERT INTO crisis (name, hazards, starts_on, status, proposed_by_id) VALUES ($1, '{HEAVY_RAIN}', '2024-06-01', $2, $3) RETURNING id`,
      [unique('Starkregen'), status, proposer ? uuidOf(proposer.userId) : null],
    );
    await t.dataSource.query('INSERT INTO crisis_municipality (crisis_id, municipality_id) VALUES ($1, $2)', [row.id, town.id]);
    return Buffer.from(`Crisis:${row.id}`).toString('base64url');
  }
  const hideInSql = (table: string, id: string) =>
    t.dataSource.query(`UPDATE ${table} SET hidden_at = now(), hidden_reason = 'Beleidigend' WHERE id = $1`, [uuidOf(id)]);

  const ROWS: Record<string, Row> = {
    flagContent: {
      // Not one's own post.
      own: writer('FORBIDDEN'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(FLAG_CONTENT, { c: await comment(owner) }),
    },
    hideContent: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(HIDE_CONTENT, { c: await comment(owner) }),
    },
    restoreContent: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => {
        const c = await comment(owner);
        await hideInSql('comment', c);
        return t.as(actor.user).request(RESTORE_CONTENT, { c });
      },
    },
    dismissFlags: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => {
        const c = await comment(owner);
        await t.dataSource.query(`INSERT INTO flag (target_kind, target_id, reporter_id, reason) VALUES ('COMMENT', $1, $2, 'SPAM')`, [
          uuidOf(c),
          uuidOf(reporter.userId),
        ]);
        return t.as(actor.user).request(DISMISS_FLAGS, { c });
      },
    },
    lockThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(LOCK_THREAD, { t: await thread(owner) }),
    },
    unlockThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => {
        const id = await thread(owner);
        await t.dataSource.query(`UPDATE thread SET locked_at = now(), lock_reason = 'Entgleist' WHERE id = $1`, [uuidOf(id)]);
        return t.as(actor.user).request(UNLOCK_THREAD, { t: id });
      },
    },
    moveThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(MOVE_THREAD, { t: await thread(owner), s: session.gid }),
    },
    banUser: {
      // Nobody bans themselves.
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) =>
        t.as(cell.actor.user).request(BAN_USER, {
          u: (await targetUser(cell)).userId,
          until: new Date(Date.now() + 86400000).toISOString(),
        }),
    },
    unbanUser: {
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) => {
        const target = await targetUser(cell);
        if (cell.ownership === 'foreign') await ban(target);
        return t.as(cell.actor.user).request(UNBAN_USER, { u: target.userId });
      },
    },
    erasePersonalData: {
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) => t.as(cell.actor.user).request(ERASE_PERSONAL_DATA, { u: (await targetUser(cell)).userId }),
    },
    createSeminarSeries: {
      // Naming the town as organiser: its verified staff; the platform's organisers and admins for any series.
      foreign: organisers(),
      run: ({ actor }) => t.as(actor.user).request(CREATE_SEMINAR_SERIES, { m: town.gid }),
    },
    updateSeminarSeries: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(UPDATE_SEMINAR_SERIES, { s: await seriesOf(await organisedSession()) }),
    },
    createSeminarSession: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(CREATE_SEMINAR_SESSION, { s: await seriesOf(await organisedSession()) }),
    },
    updateSeminarSession: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(UPDATE_SEMINAR_SESSION, { s: await organisedSession() }),
    },
    cancelSeminarSession: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(CANCEL_SEMINAR_SESSION, { s: await organisedSession() }),
    },
    addSeminarSpeaker: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(ADD_SEMINAR_SPEAKER, { s: await organisedSession() }),
    },
    updateSeminarSpeaker: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(UPDATE_SEMINAR_SPEAKER, { p: await organisedSpeaker() }),
    },
    removeSeminarSpeaker: {
      foreign: organisers(),
      run: async ({ actor }) => t.as(actor.user).request(REMOVE_SEMINAR_SPEAKER, { p: await organisedSpeaker() }),
    },
    registerForSeminarSession: {
      // Anyone signed in with a confirmed address (every actor here has one), not while banned.
      foreign: writer('ok'),
      run: async ({ actor }) => t.as(actor.user).request(REGISTER_FOR_SESSION, { s: await organisedSession() }),
    },
    cancelSeminarRegistration: {
      // One's own registration, also while banned (it frees the seat); nobody else's: they are not registered.
      own: signedIn('ok'),
      foreign: signedIn('CONFLICT'),
      run: async ({ actor, owner }) => {
        const s = await organisedSession();
        await registration(s, owner);
        return t.as(actor.user).request(CANCEL_REGISTRATION, { s });
      },
    },
    setSeminarReminder: {
      own: signedIn('ok'),
      foreign: signedIn('CONFLICT'),
      run: async ({ actor, owner }) => {
        const s = await organisedSession();
        await registration(s, owner);
        return t.as(actor.user).request(SET_REMINDER, { s });
      },
    },
    markSeminarAttendance: {
      foreign: organisers(),
      run: async ({ actor, owner }) => {
        const s = await organisedSession();
        const r = await registration(s, owner);
        // The session has taken place.
        await t.dataSource.query(
          `UPDATE seminar_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
          [uuidOf(s)],
        );
        return t.as(actor.user).request(MARK_ATTENDANCE, { r });
      },
    },
    acceptAnswer: {
      // The thread's author (own), the moderation; in a seminar follow-up also the speakers asked and the organisers.
      own: writer('ok'),
      foreign: writer('FORBIDDEN', { moderator: 'ok', admin: 'ok' }),
      run: async ({ actor, owner }) => {
        const threadId = await thread(owner);
        const question = await t.make.comment(author, threadId, { body: 'Wer lagert die Sandsäcke?' });
        const answer = await t.make.comment(reporter, threadId, { body: 'Der Bauhof.', parentId: question.id });
        return t.as(actor.user).request(ACCEPT_ANSWER, { q: question.id, a: answer.id });
      },
    },
    closeThread: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN', { moderator: 'ok', admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(CLOSE_THREAD, { t: await thread(owner) }),
    },
    reopenThread: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN', { moderator: 'ok', admin: 'ok' }),
      run: async ({ actor, owner }) => {
        const id = await thread(owner);
        await t.dataSource.query(`UPDATE thread SET closed_at = now(), conclusion = 'Fertig.' WHERE id = $1`, [uuidOf(id)]);
        return t.as(actor.user).request(REOPEN_THREAD, { t: id });
      },
    },
    draftLessonFromThread: {
      // Anyone who writes lessons, from any thread they may read.
      foreign: writer('ok'),
      run: async ({ actor }) => t.as(actor.user).request(DRAFT_LESSON, { t: await thread(author), m: town.gid }),
    },
    recordSeminarSession: {
      foreign: organisers(),
      run: async ({ actor }) => {
        const s = await organisedSession();
        await t.dataSource.query(
          `UPDATE seminar_session SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
          [uuidOf(s)],
        );
        return t.as(actor.user).request(RECORD_SESSION, { s });
      },
    },
    setNotificationMailDelivery: {
      // Always one's own settings, also while banned.
      foreign: signedIn('ok'),
      run: ({ actor }) => t.as(actor.user).request(SET_MAIL_DELIVERY),
    },
    unsubscribeNotificationMails: {
      // The token from the mail is the credential: whoever holds it, signed in or not.
      foreign: all('ok'),
      run: ({ actor, owner }) => t.as(actor.user).request(UNSUBSCRIBE_MAILS, { token: unsubscribeToken(owner) }),
    },
    proposeCrisis: {
      // Verified municipal staff (any municipality) and the moderation.
      foreign: writer('FORBIDDEN', { staffOwn: 'ok', staffOther: 'ok', moderator: 'ok', admin: 'ok' }),
      run: ({ actor }) => t.as(actor.user).request(PROPOSE_CRISIS, { m: town.gid }),
    },
    updateCrisis: {
      // A proposal: its proposer and the moderation.
      own: writer('ok'),
      foreign: writer('FORBIDDEN', { moderator: 'ok', admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(UPDATE_CRISIS, { c: await crisisInSql('PROPOSED', owner) }),
    },
    endCrisis: {
      // Staff of a municipality it hit, and the moderation.
      foreign: writer('FORBIDDEN', { staffOwn: 'ok', moderator: 'ok', admin: 'ok' }),
      run: async ({ actor }) => t.as(actor.user).request(END_CRISIS, { c: await crisisInSql('CONFIRMED', null) }),
    },
    confirmCrisis: {
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(CONFIRM_CRISIS, { c: await crisisInSql('PROPOSED', owner) }),
    },
    rejectCrisis: {
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(REJECT_CRISIS, { c: await crisisInSql('PROPOSED', owner) }),
    },
    mergeCrisis: {
      foreign: moderators('ok'),
      run: async ({ actor, owner }) =>
        t.as(actor.user).request(MERGE_CRISIS, { c: await crisisInSql('PROPOSED', owner), into: await crisisInSql('CONFIRMED', null) }),
    },
    setSeminarReminders: {
      // Always one's own setting, also while banned (as cancelling a registration).
      foreign: signedIn('ok'),
      run: ({ actor }) => t.as(actor.user).request(SET_REMINDERS),
    },
    followHazard: {
      foreign: signedIn('ok'),
      run: ({ actor }) => t.as(actor.user).request(FOLLOW_HAZARD),
    },
    unfollowHazard: {
      foreign: signedIn('ok'),
      run: ({ actor }) => t.as(actor.user).request(UNFOLLOW_HAZARD),
    },
    follow: {
      // Anything one may read, also while banned (following writes nothing others see).
      foreign: signedIn('ok'),
      run: async ({ actor }) => t.as(actor.user).request(FOLLOW, { t: await thread(author) }),
    },
    unfollow: {
      foreign: signedIn('ok'),
      run: async ({ actor }) => t.as(actor.user).request(UNFOLLOW, { t: await thread(author) }),
    },
    markThreadSeen: {
      foreign: signedIn('ok'),
      run: async ({ actor }) => t.as(actor.user).request(MARK_THREAD_SEEN, { t: await thread(author) }),
    },
    markNotificationsRead: {
      // Always one's own notifications.
      foreign: signedIn('ok'),
      run: ({ actor }) => t.as(actor.user).request(MARK_NOTIFICATIONS_READ),
    },
    register: {
      foreign: all('ok'),
      run: () =>
        t.as(null).request(REGISTER, {
          input: {
            email: `${unique('neu').replace(' ', '')}@beispiel.krisenfest.de`,
            password: 'correct horse battery',
            displayName: 'Neu',
          },
        }),
    },
    login: {
      foreign: all('ok'),
      run: ({ owner }) => t.as(null).request(LOGIN_ONLY, { input: { email: owner.email, password: owner.password } }),
    },
    refreshSession: {
      // The refresh token is the credential; whoever else is signed in on the request does not matter.
      foreign: all('ok'),
      run: async ({ actor, owner }) =>
        t.as(actor.user).request(REFRESH_SESSION, { input: { refreshToken: (await signIn(owner)).refreshToken } }),
    },
    revokeSession: {
      own: signedIn('ok'),
      // Someone else's device is invisible.
      foreign: signedIn('NOT_FOUND'),
      run: async ({ actor, owner }) => t.as(actor.user).request(REVOKE_SESSION, { s: (await signIn(owner)).sessionId }),
    },
    signOut: {
      // Always the caller's own current session; a fresh sign-in of the actor, so the actor's token stays valid.
      foreign: signedIn('ok'),
      run: async ({ actor }) => t.as(actor.user && (await signIn(actor.user))).request(SIGN_OUT),
    },
    changePassword: {
      // Always the caller's own password; the actor's later sign-ins use the new one.
      foreign: signedIn('ok'),
      run: async ({ actor }) => {
        const newPassword = unique('neues Passwort Kastanie');
        const response = await t.as(actor.user).request(CHANGE_PASSWORD, {
          input: { currentPassword: actor.user?.password ?? 'correct horse battery', newPassword },
        });
        if (actor.user && !response.body.errors) actor.user.password = newPassword;
        return response;
      },
    },
    createExperience: {
      foreign: writer('ok'),
      run: async ({ actor }) =>
        t.as(actor.user).request(CREATE_EXPERIENCE, {
          input: {
            title: unique('Neu'),
            summary: 'Zusammenfassung des Berichts.',
            hazards: ['HEAT'],
            phase: 'RESPONSE',
            municipalityId: town.gid,
          },
        }),
    },
    updateExperience: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN'),
      run: async ({ actor, owner }) => t.as(actor.user).request(UPDATE_EXPERIENCE, { id: (await published(owner)).id }),
    },
    publishExperience: {
      // Only verified staff of the municipality speak for it.
      own: writer('FORBIDDEN', { staffOwn: 'ok' }),
      // Someone else's draft is invisible.
      foreign: writer('NOT_FOUND'),
      run: async ({ actor, owner }) => t.as(actor.user).request(PUBLISH_EXPERIENCE, { id: (await draft(owner)).id }),
    },
    createThread: {
      foreign: writer('ok'),
      run: ({ actor }) => t.as(actor.user).request(CREATE_THREAD, { title: unique('Neu') }),
    },
    addComment: {
      foreign: writer('ok'),
      run: async ({ actor }) => t.as(actor.user).request(ADD_COMMENT, { t: (await published(author)).threadId }),
    },
    editComment: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN'),
      run: async ({ actor, owner }) => t.as(actor.user).request(EDIT_COMMENT, { c: await comment(owner) }),
    },
    deleteComment: {
      own: signedIn('ok'),
      foreign: signedIn('FORBIDDEN'),
      run: async ({ actor, owner }) => t.as(actor.user).request(DELETE_COMMENT, { c: await comment(owner) }),
    },
    addReaction: {
      // "Helpful" ranks what others found helpful: nobody reacts to their own post.
      own: writer('FORBIDDEN'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(ADD_REACTION, { c: await comment(owner) }),
    },
    removeReaction: {
      own: writer('ok'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) => t.as(actor.user).request(REMOVE_REACTION, { c: await comment(owner) }),
    },
    requestMembership: {
      foreign: writer('ok'),
      run: async ({ actor }) => t.as(actor.user).request(REQUEST_MEMBERSHIP, { g: (await t.fx.volunteerGroup(unique('Verein'))).gid }),
    },
    decideMembership: {
      // Nobody decides on their own request.
      own: writer('FORBIDDEN'),
      // A pending request is visible only to those who may decide on it.
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(DECIDE_MEMBERSHIP, { m: await membershipRequest(owner) }),
    },
    revokeMembership: {
      own: writer('ok'),
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(REVOKE_MEMBERSHIP, { m: await membershipRequest(owner) }),
    },
    registerVolunteerGroup: {
      // Anyone with a confirmed address (every actor here has one), not while banned.
      foreign: writer('ok'),
      run: ({ actor }) =>
        t.as(actor.user).request(REGISTER_GROUP, {
          input: { name: unique('Helferkreis'), kind: 'INITIATIVE', municipalityIdsServed: [town.gid] },
        }),
    },
    confirmVolunteerGroup: {
      // Nobody decides on the group they registered.
      own: writer('FORBIDDEN'),
      // A pending group is visible only to its registrant and those who decide (here: platform admins).
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(CONFIRM_GROUP, { g: await registeredGroup(owner) }),
    },
    rejectVolunteerGroup: {
      own: writer('FORBIDDEN'),
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(REJECT_GROUP, { g: await registeredGroup(owner) }),
    },
    updateVolunteerGroup: {
      // Its registrant while it is pending; its verified leads and platform admins.
      own: writer('ok'),
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) => t.as(actor.user).request(UPDATE_GROUP, { g: await registeredGroup(owner) }),
    },
    requestEmailVerification: {
      // Always the caller's own address, unconfirmed for the call (the actors' are confirmed) and confirmed again after it.
      foreign: signedIn('ok'),
      run: async ({ actor }) => {
        if (actor.user) await setEmailVerified(actor.user, false);
        try {
          return await t.as(actor.user).request(REQUEST_EMAIL_VERIFICATION);
        } finally {
          if (actor.user) await setEmailVerified(actor.user, true);
        }
      },
    },
    verifyEmail: {
      // The token from the mail is the credential; whoever else is signed in on the request does not matter.
      foreign: all('ok'),
      run: async ({ actor }) =>
        t.as(actor.user).request(VERIFY_EMAIL, { input: { token: await accountToken(await t.signUp(unique('Konto')), 'VERIFY_EMAIL') } }),
    },
    requestPasswordReset: {
      // Anyone, for any address: the answer is the same whether or not an account uses it.
      foreign: all('ok'),
      run: ({ actor, owner }) => t.as(actor.user).request(REQUEST_PASSWORD_RESET, { input: { email: owner.email } }),
    },
    resetPassword: {
      // The token is the credential; a throwaway account, since a reset signs out all of its devices.
      foreign: all('ok'),
      run: async ({ actor }) =>
        t.as(actor.user).request(RESET_PASSWORD, {
          input: {
            token: await accountToken(await t.signUp(unique('Konto')), 'RESET_PASSWORD'),
            newPassword: unique('neues Passwort Kastanie'),
          },
        }),
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    town = await t.fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    const elsewhere = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    author = await t.signUp('Autorin');
    reporter = await t.signUp('Meldende');
    session = await t.fx.seminarSession('Krisenresilienz von Kommune und Ehrenamt');
    await t.fx.verify(author.userId, { municipalityId: town.id });
    actors.anonymous = { role: 'anonymous', user: null };
    for (const role of ROLES.filter((r) => r !== 'anonymous')) actors[role] = { role, user: await t.signUp(`Rolle ${role}`) };
    await t.fx.verify(actors.staffOwn.user!.userId, { municipalityId: town.id });
    await t.fx.verify(actors.staffOther.user!.userId, { municipalityId: elsewhere.id });
    await t.fx.verify(actors.groupLead.user!.userId, { volunteerGroupId: group.id }, 'LEAD');
    await t.fx.grantPlatformRole(actors.moderator.user!.userId, 'MODERATOR');
    await t.fx.grantPlatformRole(actors.admin.user!.userId, 'ADMIN');
    await ban(actors.banned.user!);
  });
  afterAll(() => t.close());

  it('has a row for every mutation in the schema', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '../../../schema.graphql'), 'utf8'));
    expect(Object.keys(ROWS).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
  });

  const cells: [string, Role, Ownership, Outcome][] = [];
  for (const [mutation, row] of Object.entries(ROWS)) {
    for (const ownership of ['own', 'foreign'] as const) {
      const outcomes = row[ownership];
      if (!outcomes) continue;
      for (const role of ROLES) {
        if (ownership === 'own' && role === 'anonymous') continue;
        cells.push([mutation, role, ownership, outcomes[role]!]);
      }
    }
  }

  it.each(cells)('%s as %s on a %s object: %s', async (mutation, role, ownership, expected) => {
    const actor = actors[role];
    const owner = ownership === 'own' ? actor.user! : author;
    const { body } = await ROWS[mutation].run({ actor, ownership, owner });
    if (expected === 'ok') {
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({ [mutation]: expect.anything() });
    } else expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
  });
});
