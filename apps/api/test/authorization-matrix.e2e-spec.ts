import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';
import { toGlobalId } from '@krisenfest/core';
import { createTestApp, Fixtures, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

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
  run(ctx: Cell): Promise<{ errors?: { extensions?: { code?: string } }[] }>;
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

describe('authorization matrix', () => {
  let t: TestApp;
  let fx: Fixtures;
  let town: { id: string; gid: string };
  let group: { id: string; gid: string };
  let author: SignedUpUser;
  let reporter: SignedUpUser;
  let session: { id: string; gid: string };
  const actors: Record<Role, Actor> = {} as Record<Role, Actor>;
  let counter = 0;

  async function gql(query: string, variables: Record<string, unknown>, user: SignedUpUser | null) {
    const res = await t.gql<any>(query, variables, user ? { token: user.token } : {});
    expect(res.status).toBeLessThan(500);
    return res.body;
  }
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

  async function draft(owner: SignedUpUser): Promise<string> {
    const body = await setup(owner, () =>
      gql(
        `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id } } }`,
        {
          input: {
            title: unique('Bericht'),
            summary: 'Zusammenfassung des Berichts.',
            situation: 's',
            actions: 'a',
            outcome: 'o',
            hazards: ['HEAT'],
            phase: 'RESPONSE',
            municipalityId: town.gid,
          },
        },
        owner,
      ),
    );
    return body.data.createExperience.experience.id;
  }
  /** A published experience of `owner`, published in SQL: the rows that use it are not about publishing. */
  async function published(owner: SignedUpUser): Promise<{ id: string; threadId: string }> {
    const id = await draft(owner);
    // TypeORM answers an UPDATE … RETURNING with [rows, affected].
    const [rows] = await t.dataSource.query(
      `UPDATE experience SET status = 'PUBLISHED', published_at = now() WHERE id = $1 RETURNING thread_id`,
      [uuidOf(id)],
    );
    await t.dataSource.query('UPDATE thread SET published = true WHERE id = $1', [rows[0].thread_id]);
    return { id, threadId: toGlobalId('Thread', rows[0].thread_id) };
  }
  async function thread(owner: SignedUpUser): Promise<string> {
    const body = await setup(owner, () =>
      gql(`mutation { createThread(input: { title: "${unique('Thema')}", body: "Text" }) { thread { id } } }`, {}, owner),
    );
    return body.data.createThread.thread.id;
  }
  async function comment(owner: SignedUpUser): Promise<string> {
    const threadId = await thread(author);
    const body = await setup(owner, () =>
      gql(`mutation($t: ID!) { addComment(input: { threadId: $t, body: "Kommentar" }) { comment { id } } }`, { t: threadId }, owner),
    );
    return body.data.addComment.comment.id;
  }
  /** A pending request of `owner`, for a town of its own so that requests never collide. */
  async function membershipRequest(owner: SignedUpUser): Promise<string> {
    const place = await fx.municipality(unique('Gemeinde'));
    const body = await setup(owner, () =>
      gql(
        `mutation($m: ID!) { requestMembership(input: { municipalityId: $m, role: STAFF, position: "Bauamt" }) { membership { id } } }`,
        { m: place.gid },
        owner,
      ),
    );
    return body.data.requestMembership.membership.id;
  }

  /** A new sign-in of `user` (another device): its tokens and the id of its session. */
  async function signIn(user: SignedUpUser): Promise<SignedUpUser & { refreshToken: string; sessionId: string }> {
    const login = await gql(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`,
      { input: { email: user.email, password: user.password } },
      null,
    );
    const device = { ...user, token: login.data.login.accessToken };
    const viewer = await gql(`{ viewer { sessions { id current } } }`, {}, device);
    const session = viewer.data.viewer.sessions.find((s: { current: boolean }) => s.current);
    return { ...device, refreshToken: login.data.login.refreshToken, sessionId: session.id };
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
  const hideInSql = (table: string, id: string) =>
    t.dataSource.query(`UPDATE ${table} SET hidden_at = now(), hidden_reason = 'Beleidigend' WHERE id = $1`, [uuidOf(id)]);

  const ROWS: Record<string, Row> = {
    flagContent: {
      // Not one's own post.
      own: writer('FORBIDDEN'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($c: ID!) { flagContent(input: { targetId: $c, reason: SPAM }) { targetHidden } }`,
          { c: await comment(owner) },
          actor.user,
        ),
    },
    hideContent: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($c: ID!) { hideContent(input: { targetId: $c, reason: "Beleidigend" }) { action { action } } }`,
          { c: await comment(owner) },
          actor.user,
        ),
    },
    restoreContent: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => {
        const c = await comment(owner);
        await hideInSql('comment', c);
        return gql(
          `mutation($c: ID!) { restoreContent(input: { targetId: $c, reason: "Vertretbar" }) { action { action } } }`,
          { c },
          actor.user,
        );
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
        return gql(
          `mutation($c: ID!) { dismissFlags(input: { targetId: $c, reason: "Kein Spam" }) { action { action } } }`,
          { c },
          actor.user,
        );
      },
    },
    lockThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($t: ID!) { lockThread(input: { threadId: $t, reason: "Entgleist" }) { thread { locked } } }`,
          { t: await thread(owner) },
          actor.user,
        ),
    },
    unlockThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) => {
        const id = await thread(owner);
        await t.dataSource.query(`UPDATE thread SET locked_at = now(), lock_reason = 'Entgleist' WHERE id = $1`, [uuidOf(id)]);
        return gql(
          `mutation($t: ID!) { unlockThread(input: { threadId: $t, reason: "Wieder offen" }) { thread { locked } } }`,
          { t: id },
          actor.user,
        );
      },
    },
    moveThread: {
      own: moderators('ok'),
      foreign: moderators('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($t: ID!, $s: ID!) { moveThread(input: { threadId: $t, seminarSessionId: $s, reason: "Gehört zum Seminar" }) { thread { kind } } }`,
          { t: await thread(owner), s: session.gid },
          actor.user,
        ),
    },
    banUser: {
      // Nobody bans themselves.
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) =>
        gql(
          `mutation($u: ID!, $until: DateTime!) { banUser(input: { userId: $u, until: $until, reason: "Beleidigungen" }) { user { id } } }`,
          { u: (await targetUser(cell)).userId, until: new Date(Date.now() + 86400000).toISOString() },
          cell.actor.user,
        ),
    },
    unbanUser: {
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) => {
        const target = await targetUser(cell);
        if (cell.ownership === 'foreign') await ban(target);
        return gql(
          `mutation($u: ID!) { unbanUser(input: { userId: $u, reason: "Einsicht" }) { user { id } } }`,
          { u: target.userId },
          cell.actor.user,
        );
      },
    },
    erasePersonalData: {
      own: signedIn('FORBIDDEN'),
      foreign: moderators('ok'),
      run: async (cell) =>
        gql(
          `mutation($u: ID!) { erasePersonalData(input: { userId: $u, reason: "Antrag per E-Mail" }) { user { id } } }`,
          { u: (await targetUser(cell)).userId },
          cell.actor.user,
        ),
    },
    register: {
      foreign: all('ok'),
      run: () =>
        gql(
          `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`,
          {
            input: {
              email: `${unique('neu').replace(' ', '')}@beispiel.krisenfest.de`,
              password: 'correct horse battery',
              displayName: 'Neu',
            },
          },
          null,
        ),
    },
    login: {
      foreign: all('ok'),
      run: ({ owner }) =>
        gql(
          `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
          { input: { email: owner.email, password: owner.password } },
          null,
        ),
    },
    refreshSession: {
      // The refresh token is the credential; whoever else is signed in on the request does not matter.
      foreign: all('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
          { input: { refreshToken: (await signIn(owner)).refreshToken } },
          actor.user,
        ),
    },
    revokeSession: {
      own: signedIn('ok'),
      // Someone else's device is invisible.
      foreign: signedIn('NOT_FOUND'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($s: ID!) { revokeSession(input: { sessionId: $s }) { sessionId } }`,
          { s: (await signIn(owner)).sessionId },
          actor.user,
        ),
    },
    signOut: {
      // Always the caller's own current session; a fresh sign-in of the actor, so the actor's token stays valid.
      foreign: signedIn('ok'),
      run: async ({ actor }) => gql(`mutation { signOut { sessionId } }`, {}, actor.user && (await signIn(actor.user))),
    },
    changePassword: {
      // Always the caller's own password; the actor's later sign-ins use the new one.
      foreign: signedIn('ok'),
      run: async ({ actor }) => {
        const newPassword = unique('neues Passwort Kastanie');
        const body = await gql(
          `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { signedOutSessions } }`,
          { input: { currentPassword: actor.user?.password ?? 'correct horse battery', newPassword } },
          actor.user,
        );
        if (actor.user && !body.errors) actor.user.password = newPassword;
        return body;
      },
    },
    createExperience: {
      foreign: writer('ok'),
      run: async ({ actor }) =>
        gql(
          `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { experience { id } } }`,
          {
            input: {
              title: unique('Neu'),
              summary: 'Zusammenfassung des Berichts.',
              hazards: ['HEAT'],
              phase: 'RESPONSE',
              municipalityId: town.gid,
            },
          },
          actor.user,
        ),
    },
    updateExperience: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN'),
      run: async ({ actor, owner }) => {
        const { id } = await published(owner);
        return gql(
          `mutation($id: ID!) { updateExperience(input: { id: $id, summary: "Geänderte Zusammenfassung." }) { experience { id } } }`,
          { id },
          actor.user,
        );
      },
    },
    publishExperience: {
      // Only verified staff of the municipality speak for it.
      own: writer('FORBIDDEN', { staffOwn: 'ok' }),
      // Someone else's draft is invisible.
      foreign: writer('NOT_FOUND'),
      run: async ({ actor, owner }) =>
        gql(`mutation($id: ID!) { publishExperience(input: { id: $id }) { experience { id } } }`, { id: await draft(owner) }, actor.user),
    },
    createThread: {
      foreign: writer('ok'),
      run: ({ actor }) =>
        gql(`mutation { createThread(input: { title: "${unique('Neu')}", body: "x" }) { thread { id } } }`, {}, actor.user),
    },
    addComment: {
      foreign: writer('ok'),
      run: async ({ actor }) =>
        gql(
          `mutation($t: ID!) { addComment(input: { threadId: $t, body: "Hallo" }) { comment { id } } }`,
          { t: (await published(author)).threadId },
          actor.user,
        ),
    },
    editComment: {
      own: writer('ok'),
      foreign: writer('FORBIDDEN'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($c: ID!) { editComment(input: { commentId: $c, body: "Neu" }) { comment { id } } }`,
          { c: await comment(owner) },
          actor.user,
        ),
    },
    deleteComment: {
      own: signedIn('ok'),
      foreign: signedIn('FORBIDDEN'),
      run: async ({ actor, owner }) =>
        gql(`mutation($c: ID!) { deleteComment(input: { commentId: $c }) { comment { id } } }`, { c: await comment(owner) }, actor.user),
    },
    addReaction: {
      // "Helpful" ranks what others found helpful: nobody reacts to their own post.
      own: writer('FORBIDDEN'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($c: ID!) { addReaction(input: { targetId: $c, kind: HELPFUL }) { active } }`,
          { c: await comment(owner) },
          actor.user,
        ),
    },
    removeReaction: {
      own: writer('ok'),
      foreign: writer('ok'),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($c: ID!) { removeReaction(input: { targetId: $c, kind: HELPFUL }) { active } }`,
          { c: await comment(owner) },
          actor.user,
        ),
    },
    requestMembership: {
      foreign: writer('ok'),
      run: async ({ actor }) =>
        gql(
          `mutation($g: ID!) { requestMembership(input: { volunteerGroupId: $g, role: MEMBER, position: "Helfer" }) { membership { id } } }`,
          { g: (await fx.volunteerGroup(unique('Verein'))).gid },
          actor.user,
        ),
    },
    decideMembership: {
      // Nobody decides on their own request.
      own: writer('FORBIDDEN'),
      // A pending request is visible only to those who may decide on it.
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($m: ID!) { decideMembership(input: { membershipId: $m, approve: true }) { membership { id } } }`,
          { m: await membershipRequest(owner) },
          actor.user,
        ),
    },
    revokeMembership: {
      own: writer('ok'),
      foreign: writer('NOT_FOUND', { admin: 'ok' }),
      run: async ({ actor, owner }) =>
        gql(
          `mutation($m: ID!) { revokeMembership(input: { membershipId: $m, reason: "Beendet" }) { membership { id } } }`,
          { m: await membershipRequest(owner) },
          actor.user,
        ),
    },
    requestEmailVerification: {
      // Always the caller's own address, unconfirmed for the call (the actors' are confirmed) and confirmed again after it.
      foreign: signedIn('ok'),
      run: async ({ actor }) => {
        if (actor.user) await setEmailVerified(actor.user, false);
        try {
          return await gql(`mutation { requestEmailVerification { sentTo } }`, {}, actor.user);
        } finally {
          if (actor.user) await setEmailVerified(actor.user, true);
        }
      },
    },
    verifyEmail: {
      // The token from the mail is the credential; whoever else is signed in on the request does not matter.
      foreign: all('ok'),
      run: async ({ actor }) =>
        gql(
          `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { email } }`,
          { input: { token: await accountToken(await t.signUp(unique('Konto')), 'VERIFY_EMAIL') } },
          actor.user,
        ),
    },
    requestPasswordReset: {
      // Anyone, for any address: the answer is the same whether or not an account uses it.
      foreign: all('ok'),
      run: ({ actor, owner }) =>
        gql(
          `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }`,
          { input: { email: owner.email } },
          actor.user,
        ),
    },
    resetPassword: {
      // The token is the credential; a throwaway account, since a reset signs out all of its devices.
      foreign: all('ok'),
      run: async ({ actor }) =>
        gql(
          `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { email } }`,
          {
            input: {
              token: await accountToken(await t.signUp(unique('Konto')), 'RESET_PASSWORD'),
              newPassword: unique('neues Passwort Kastanie'),
            },
          },
          actor.user,
        ),
    },
  };

  beforeAll(async () => {
    t = await createTestApp();
    fx = new Fixtures(t.dataSource);
    town = await fx.municipality('Altenahr', { kind: 'VERBANDSGEMEINDE' });
    const elsewhere = await fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    group = await fx.volunteerGroup('Helfernetz Ahrtal');
    author = await t.signUp('Autorin');
    reporter = await t.signUp('Meldende');
    session = await fx.seminarSession('Krisenresilienz von Kommune und Ehrenamt');
    await fx.verify(author.userId, { municipalityId: town.id });
    actors.anonymous = { role: 'anonymous', user: null };
    for (const role of ROLES.filter((r) => r !== 'anonymous')) actors[role] = { role, user: await t.signUp(`Rolle ${role}`) };
    await fx.verify(actors.staffOwn.user!.userId, { municipalityId: town.id });
    await fx.verify(actors.staffOther.user!.userId, { municipalityId: elsewhere.id });
    await fx.verify(actors.groupLead.user!.userId, { volunteerGroupId: group.id }, 'LEAD');
    await fx.grantPlatformRole(actors.moderator.user!.userId, 'MODERATOR');
    await fx.grantPlatformRole(actors.admin.user!.userId, 'ADMIN');
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
    const body = await ROWS[mutation].run({ actor, ownership, owner });
    if (expected === 'ok') expect(body.errors).toBeUndefined();
    else expect(body.errors?.map((e) => e.extensions?.code)).toEqual([expected]);
  });
});
