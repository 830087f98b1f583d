import { createTestApp, graphql, SignedUpUser, sqlStatements, TestApp, uuidOf } from '@krisenfest/testing';

const NOTIFICATIONS = graphql(`
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
`);

const SOMEONE_ELSES = graphql(`
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
`);

const FOLLOW = graphql(`
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
`);

const UNFOLLOW = graphql(`
  mutation NotificationsUnfollow($input: UnfollowInput!) {
    unfollow(input: $input) {
      level
    }
  }
`);

const MARK_READ = graphql(`
  mutation NotificationsMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

const THREAD_STATE = graphql(`
  query NotificationsThreadState($id: ID!) {
    node(id: $id) {
      ... on Thread {
        viewerFollowLevel
        viewerNewCommentCount
      }
    }
  }
`);

const MARK_SEEN = graphql(`
  mutation NotificationsMarkSeen($input: MarkThreadSeenInput!) {
    markThreadSeen(input: $input) {
      thread {
        viewerNewCommentCount
      }
    }
  }
`);

const CREATE_SERIES = graphql(`
  mutation NotificationsCreateSeries($input: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $input) {
      series {
        id
      }
    }
  }
`);

const CREATE_SESSION = graphql(`
  mutation NotificationsCreateSession($input: CreateSeminarSessionInput!) {
    createSeminarSession(input: $input) {
      session {
        id
      }
    }
  }
`);

const REGISTER = graphql(`
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
`);

const CANCEL_REGISTRATION = graphql(`
  mutation NotificationsCancelRegistration($input: CancelSeminarRegistrationInput!) {
    cancelSeminarRegistration(input: $input) {
      registration {
        status
      }
    }
  }
`);

const SERIES_FOLLOW = graphql(`
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
`);

const CANCEL_SESSION = graphql(`
  mutation NotificationsCancelSession($input: CancelSeminarSessionInput!) {
    cancelSeminarSession(input: $input) {
      session {
        cancelledAt
      }
    }
  }
`);

const REQUEST_MEMBERSHIP = graphql(`
  mutation NotificationsRequestMembership($input: RequestMembershipInput!) {
    requestMembership(input: $input) {
      membership {
        id
      }
    }
  }
`);

const DECIDE_MEMBERSHIP = graphql(`
  mutation NotificationsDecideMembership($input: DecideMembershipInput!) {
    decideMembership(input: $input) {
      membership {
        status
      }
    }
  }
`);

const HIDE = graphql(`
  mutation NotificationsHide($input: ModerateContentInput!) {
    hideContent(input: $input) {
      action {
        id
      }
    }
  }
`);

const RESTORE = graphql(`
  mutation NotificationsRestore($input: ModerateContentInput!) {
    restoreContent(input: $input) {
      action {
        id
      }
    }
  }
`);

const DECISIONS = graphql(`
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
`);

describe('follows and notifications', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let bernd: SignedUpUser;
  let carla: SignedUpUser;

  const inbox = async (user: SignedUpUser, variables: { first?: number; after?: string; unreadOnly?: boolean } = {}) =>
    (await t.as(user).data(NOTIFICATIONS, variables)).viewer!;
  const kinds = async (user: SignedUpUser) =>
    (await inbox(user)).notifications!.nodes.map((n) => [n.kind, n.actor?.displayName, n.comment?.body]);

  beforeAll(async () => {
    t = await createTestApp();
    [anna, bernd, carla] = await Promise.all(['Anna Roth', 'Bernd Klee', 'Carla Öztürk'].map((name) => t.signUp(name)));
  });
  afterAll(() => t.close());

  it('tells the thread’s author of new comments, the commented of replies, and watchers of everything, never oneself', async () => {
    const thread = await t.make.thread(anna, { title: 'Sandsäcke: wer lagert sie?', body: 'Bei uns liegen sie im Bauhof.' });
    expect((await t.as(anna).data(THREAD_STATE, { id: thread.id })).node).toEqual({
      viewerFollowLevel: 'WATCHING',
      viewerNewCommentCount: 0,
    });

    const berndSays = await t.make.comment(bernd, thread.id, { body: 'Bei uns die Feuerwehr.' });
    expect(await kinds(anna)).toEqual([['THREAD_COMMENT', 'Bernd Klee', 'Bei uns die Feuerwehr.']]);
    // Bernd wrote; he tracks the thread now and hears nothing of his own comment.
    expect(await kinds(bernd)).toEqual([]);
    expect((await t.as(bernd).data(THREAD_STATE, { id: thread.id })).node).toMatchObject({ viewerFollowLevel: 'TRACKING' });

    // Carla watches; Anna answers Bernd: Bernd hears of the reply (once), Carla of a new comment.
    const followed = await t.as(carla).data(FOLLOW, { input: { targetId: thread.id, level: 'WATCHING' } });
    expect(followed.follow).toEqual({ level: 'WATCHING', target: { title: 'Sandsäcke: wer lagert sie?', viewerFollowLevel: 'WATCHING' } });
    await t.make.comment(anna, thread.id, { body: 'Und wer holt sie?', parentId: berndSays.id });
    expect(await kinds(bernd)).toEqual([['REPLY', 'Anna Roth', 'Und wer holt sie?']]);
    expect(await kinds(carla)).toEqual([['THREAD_COMMENT', 'Anna Roth', 'Und wer holt sie?']]);
    expect(await kinds(anna)).toHaveLength(1);

    // Bernd tracks: no notification for a comment not meant for him, but it is counted until he marks the thread seen.
    await t.make.comment(carla, thread.id, { body: 'Der Bauhof, mit dem Unimog.' });
    expect(await kinds(bernd)).toHaveLength(1);
    expect((await t.as(bernd).data(THREAD_STATE, { id: thread.id })).node).toMatchObject({ viewerNewCommentCount: 2 });
    expect((await t.as(bernd).data(MARK_SEEN, { input: { threadId: thread.id } })).markThreadSeen.thread.viewerNewCommentCount).toBe(0);

    // Muted: nothing, not even a reply.
    await t.as(bernd).data(FOLLOW, { input: { targetId: thread.id, level: 'MUTED' } });
    await t.make.comment(anna, thread.id, { body: 'Danke euch!', parentId: berndSays.id });
    expect(await kinds(bernd)).toHaveLength(1);
    // Unfollowed: replies to one's own comments reach one again, other comments do not.
    expect((await t.as(bernd).data(UNFOLLOW, { input: { targetId: thread.id } })).unfollow.level).toBeNull();
    await t.make.comment(anna, thread.id, { body: 'Noch eine Frage an Bernd.', parentId: berndSays.id });
    await t.make.comment(carla, thread.id, { body: 'Allgemeiner Hinweis.' });
    expect((await kinds(bernd))[0]).toEqual(['REPLY', 'Anna Roth', 'Noch eine Frage an Bernd.']);
    expect(await kinds(bernd)).toHaveLength(2);
  });

  it('counts unread notifications, marks some or all read, and pages newest first', async () => {
    const dora = await t.signUp('Dora Weiß');
    const thread = await t.make.thread(dora, { title: 'Notstrom im Rathaus', body: 'Wie lange hält euer Aggregat?' });
    for (let i = 1; i <= 5; i++) await t.make.comment(anna, thread.id, { body: `Erfahrung ${i}` });
    const all = await inbox(dora, { first: 3 });
    expect(all.unreadNotificationCount).toBe(5);
    expect(all.notifications!.nodes.map((n) => n.comment!.body)).toEqual(['Erfahrung 5', 'Erfahrung 4', 'Erfahrung 3']);
    const rest = await inbox(dora, { first: 3, after: all.notifications!.pageInfo.endCursor! });
    expect(rest.notifications!.nodes.map((n) => n.comment!.body)).toEqual(['Erfahrung 2', 'Erfahrung 1']);
    expect(rest.notifications!.pageInfo.hasNextPage).toBe(false);

    const newest = all.notifications!.nodes[0].id;
    expect((await t.as(dora).data(MARK_READ, { input: { ids: [newest] } })).markNotificationsRead.unreadCount).toBe(4);
    expect((await inbox(dora, { unreadOnly: true })).notifications!.nodes.map((n) => n.comment!.body)).toEqual([
      'Erfahrung 4',
      'Erfahrung 3',
      'Erfahrung 2',
      'Erfahrung 1',
    ]);
    // Someone else's ids change nothing.
    expect((await t.as(anna).data(MARK_READ, { input: { ids: [all.notifications!.nodes[1].id] } })).markNotificationsRead.unreadCount).toBe(
      (await inbox(anna)).unreadNotificationCount,
    );
    expect((await t.as(dora).data(MARK_READ, { input: { all: true } })).markNotificationsRead.unreadCount).toBe(0);
    expect((await inbox(dora)).notifications!.nodes.every((n) => n.read)).toBe(true);
    const bad = await t.as(dora).error(MARK_READ, 'BAD_USER_INPUT', { input: {} });
    expect(bad.extensions!.fields).toEqual([{ field: 'ids', message: 'give either ids or all: true' }]);

    // Nobody reads another person's notifications.
    expect((await t.as(anna).data(SOMEONE_ELSES, { id: dora.userId })).node).toEqual({
      notifications: null,
      unreadNotificationCount: null,
    });
  });

  it('drops what the recipient may no longer read: a hidden or deleted comment, a hidden thread', async () => {
    const [emil, ida] = await Promise.all([t.signUp('Emil Franke'), t.signUp('Ida Brandt')]);
    const thread = await t.make.thread(emil, { title: 'Hitzeschutz in Kitas', body: 'Was hat geholfen?' });
    await t.as(ida).data(FOLLOW, { input: { targetId: thread.id, level: 'WATCHING' } });
    const rude = await t.make.comment(bernd, thread.id, { body: 'Beleidigung' });
    const gone = await t.make.comment(carla, thread.id, { body: 'Falscher Faden, sorry.' });
    await t.make.comment(carla, thread.id, { body: 'Sonnensegel und Trinkpausen.' });
    expect((await inbox(ida)).unreadNotificationCount).toBe(3);
    await t.dataSource.query(`UPDATE comment SET hidden_at = now(), hidden_reason = 'Beleidigend' WHERE id = $1`, [uuidOf(rude.id)]);
    await t.dataSource.query('UPDATE comment SET deleted_at = now() WHERE id = $1', [uuidOf(gone.id)]);
    const after = await inbox(ida);
    expect(after.unreadNotificationCount).toBe(1);
    expect(after.notifications!.nodes.map((n) => n.comment!.body)).toEqual(['Sonnensegel und Trinkpausen.']);
    // The moderation hides the thread: it leaves the inbox of everyone but its author, who still sees it with the notice.
    await t.dataSource.query(`UPDATE thread SET hidden_at = now(), hidden_reason = 'Spam' WHERE id = $1`, [uuidOf(thread.id)]);
    expect(await inbox(ida)).toMatchObject({ unreadNotificationCount: 0, notifications: { nodes: [] } });
    expect((await inbox(emil)).unreadNotificationCount).toBe(1);
  });

  it('reads a page of notifications in a fixed number of SQL statements, however many there are', async () => {
    const fritz = await t.signUp('Fritz Lange');
    const thread = await t.make.thread(fritz, { title: 'Warnapp oder Sirene?', body: 'Was erreicht die Leute?' });
    const statements = async () => sqlStatements((await t.as(fritz).request(NOTIFICATIONS, { first: 20 })).body);
    await t.make.comment(anna, thread.id, { body: 'Sirene.' });
    const one = await statements();
    for (const [user, body] of [
      [bernd, 'Cell Broadcast.'],
      [carla, 'Beides.'],
      [anna, 'Lautsprecherwagen.'],
    ] as const)
      await t.make.comment(user, thread.id, { body });
    expect(await statements()).toBe(one);
    // Session check, viewer, count, page, then one statement each for the actors, the threads and the comments.
    expect(one).toBe(7);
  });

  it('lets registrants watch the session’s follow-up, and tells them of a seat from the waitlist and of a cancellation', async () => {
    const orga = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    const seriesId = (await t.as(orga).data(CREATE_SERIES, { input: { title: '#kommunalEngagiert', organisers: ['DSEE'] } }))
      .createSeminarSeries.series.id;
    const nextYear = new Date().getFullYear() + 1;
    const sessionId = (
      await t.as(orga).data(CREATE_SESSION, {
        input: {
          seriesId,
          title: 'Krisenresilienz von Kommune und Ehrenamt',
          startsAt: `${nextYear}-01-25T13:30:00+01:00`,
          endsAt: `${nextYear}-01-25T14:45:00+01:00`,
          capacity: 1,
        },
      })
    ).createSeminarSession.session.id;
    const [gustav, hanna] = await Promise.all([t.signUp('Gustav Rau'), t.signUp('Hanna Zell')]);
    expect((await t.as(gustav).data(REGISTER, { input: { sessionId } })).registerForSeminarSession).toEqual({
      registration: { status: 'REGISTERED' },
      session: { viewerFollowLevel: 'WATCHING' },
    });
    await t.as(hanna).data(REGISTER, { input: { sessionId } });

    // A comment in the session's follow-up thread reaches the registrants.
    const followUp = await t.make.thread(orga, { title: 'Nachgefragt: Krisenresilienz', body: 'Ihre Fragen', seminarSessionId: sessionId });
    await t.make.comment(anna, followUp.id, { body: 'Wie bindet man Spontanhelfende ein?' });
    const threadNote = (await inbox(gustav)).notifications!.nodes[0];
    expect(threadNote).toMatchObject({ kind: 'THREAD_COMMENT', thread: { title: 'Nachgefragt: Krisenresilienz' } });

    await t.as(gustav).data(CANCEL_REGISTRATION, { input: { sessionId } });
    expect((await inbox(hanna)).notifications!.nodes.map((n) => [n.kind, n.seminarSession?.title])).toEqual([
      ['REGISTRATION_PROMOTED', 'Krisenresilienz von Kommune und Ehrenamt'],
      ['THREAD_COMMENT', undefined],
    ]);
    await t.as(orga).data(CANCEL_SESSION, { input: { id: sessionId, reason: 'Erkrankt' } });
    expect((await inbox(hanna)).notifications!.nodes[0]).toMatchObject({
      kind: 'SESSION_CANCELLED',
      actor: { displayName: 'Henrike Albers' },
      seminarSession: { title: 'Krisenresilienz von Kommune und Ehrenamt' },
    });
  });

  it('tells people of decisions on their membership requests and their posts', async () => {
    const town = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    const [mayorOffice, applicant, writer, moderator] = await Promise.all(
      ['Miriam Hägele', 'Jürgen Weißbach', 'Olga Bondarenko', 'Moderation'].map((n) => t.signUp(n)),
    );
    await t.fx.verify(mayorOffice.userId, { municipalityId: town.id }, 'MUNICIPAL_ADMIN');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    const requested = await t.as(applicant).data(REQUEST_MEMBERSHIP, {
      input: { municipalityId: town.gid, role: 'STAFF', position: 'Ordnungsamt' },
    });
    await t.as(mayorOffice).data(DECIDE_MEMBERSHIP, {
      input: { membershipId: requested.requestMembership.membership.id, approve: false, reason: 'Bitte mit dienstlicher Adresse.' },
    });
    expect((await t.as(applicant).data(DECISIONS)).viewer!.notifications!.nodes[0]).toMatchObject({
      kind: 'MEMBERSHIP_REJECTED',
      actor: { displayName: 'Miriam Hägele' },
      membership: { status: 'REJECTED', decisionReason: 'Bitte mit dienstlicher Adresse.' },
    });

    const thread = await t.make.thread(anna, { title: 'Spenden annehmen', body: 'Wie?' });
    const post = await t.make.comment(writer, thread.id, { body: 'Schreiend laut.' });
    await t.as(moderator).data(HIDE, { input: { targetId: post.id, reason: 'Ton' } });
    // The author still sees the hidden comment, with the reason; the moderator stays unnamed.
    expect((await t.as(writer).data(DECISIONS)).viewer!.notifications!.nodes[0]).toMatchObject({
      kind: 'POST_HIDDEN',
      actor: null,
      comment: { body: 'Schreiend laut.', moderation: { reason: 'Ton' } },
    });
    await t.as(moderator).data(RESTORE, { input: { targetId: post.id, reason: 'Nach Rücksprache in Ordnung' } });
    expect((await t.as(writer).data(DECISIONS)).viewer!.notifications!.nodes.map((n) => n.kind)).toEqual(['POST_RESTORED', 'POST_HIDDEN']);
  });

  it('tells who watches a seminar series of each new session', async () => {
    const orga = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    const seriesId = (await t.as(orga).data(CREATE_SERIES, { input: { title: '#kommunalEngagiert 2027', organisers: ['DSEE'] } }))
      .createSeminarSeries.series.id;
    const [watcher, muted] = await Promise.all([t.signUp('Ida Brandt'), t.signUp('Jonas Weber')]);
    expect((await t.as(watcher).data(SERIES_FOLLOW, { input: { targetId: seriesId, level: 'WATCHING' } })).follow).toEqual({
      level: 'WATCHING',
      target: { title: '#kommunalEngagiert 2027', viewerFollowLevel: 'WATCHING' },
    });
    await t.as(muted).data(SERIES_FOLLOW, { input: { targetId: seriesId, level: 'MUTED' } });
    const nextYear = new Date().getFullYear() + 1;
    await t.as(orga).data(CREATE_SESSION, {
      input: {
        seriesId,
        title: 'Hitzeaktionspläne',
        startsAt: `${nextYear}-06-10T10:00:00+02:00`,
        endsAt: `${nextYear}-06-10T11:30:00+02:00`,
      },
    });
    expect((await inbox(watcher)).notifications!.nodes).toMatchObject([
      { kind: 'SESSION_ANNOUNCED', actor: { displayName: 'Henrike Albers' }, seminarSession: { title: 'Hitzeaktionspläne' } },
    ]);
    expect((await inbox(muted)).notifications!.nodes).toEqual([]);
  });

  it('refuses to follow what does not exist, cannot be followed or cannot be read', async () => {
    const notFollowable = await t.as(anna).error(FOLLOW, 'BAD_USER_INPUT', { input: { targetId: anna.userId, level: 'WATCHING' } });
    expect(notFollowable.extensions!.fields).toEqual([
      {
        field: 'targetId',
        message:
          'must be the id of a Thread or SeminarSession or SeminarSeries or Municipality or Crisis or VolunteerGroup or Experience, not of a User',
      },
    ]);
    const unknown = Buffer.from('Thread:00000000-0000-4000-8000-000000000000').toString('base64url');
    await t.as(anna).error(FOLLOW, 'NOT_FOUND', { input: { targetId: unknown, level: 'WATCHING' } });
    await t.as(null).error(FOLLOW, 'UNAUTHENTICATED', { input: { targetId: unknown, level: 'WATCHING' } });
  });
});
