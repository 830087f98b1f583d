import { createTestApp, graphql, SignedUpUser, TestApp, uuidOf } from '@krisenfest/testing';

const FOLLOW = graphql(`
  mutation LessonFollowsFollow($targetId: ID!, $level: FollowLevel!) {
    follow(input: { targetId: $targetId, level: $level }) {
      level
      target {
        __typename
      }
    }
  }
`);

const FOLLOW_HAZARD = graphql(`
  mutation LessonFollowsFollowHazard($hazard: Hazard!) {
    followHazard(input: { hazard: $hazard, level: WATCHING }) {
      hazard
      level
    }
  }
`);

const UNFOLLOW_HAZARD = graphql(`
  mutation LessonFollowsUnfollowHazard($hazard: Hazard!) {
    unfollowHazard(input: { hazard: $hazard }) {
      level
    }
  }
`);

const NOTIFICATIONS = graphql(`
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
`);

const LEVELS = graphql(`
  query LessonFollowsLevels($experienceId: ID!, $municipalityId: ID!) {
    experience(id: $experienceId) {
      viewerFollowLevel
    }
    municipality(id: $municipalityId) {
      viewerFollowLevel
    }
  }
`);

describe('following municipalities, crises, hazards and lessons', () => {
  let t: TestApp;
  let kreis: { id: string; gid: string };
  let gemeinde: { id: string; gid: string };
  let elsewhere: { id: string; gid: string };
  let author: SignedUpUser;
  let kreisWatcher: SignedUpUser;
  let heatWatcher: SignedUpUser;
  let crisisWatcher: SignedUpUser;
  let elsewhereWatcher: SignedUpUser;

  const notifications = async (user: SignedUpUser) => (await t.as(user).data(NOTIFICATIONS)).viewer!.notifications!.nodes;
  const newLessons = async (user: SignedUpUser) => (await notifications(user)).filter((n) => n.kind === 'NEW_LESSON');

  beforeAll(async () => {
    t = await createTestApp();
    kreis = await t.fx.municipality('Landkreis Ahrweiler', { kind: 'LANDKREIS', state: 'RP' });
    gemeinde = await t.fx.municipality('Altenahr', { parentId: kreis.id });
    elsewhere = await t.fx.municipality('Erftstadt', { kind: 'STADT', state: 'NW' });
    author = await t.signUp('Miriam Hägele');
    await t.fx.verify(author.userId, { municipalityId: gemeinde.id });
    kreisWatcher = await t.signUp('Konrad Beck');
    heatWatcher = await t.signUp('Hanna Lorenz');
    crisisWatcher = await t.signUp('Clara Nowak');
    elsewhereWatcher = await t.signUp('Erik Sommer');
  });
  afterAll(() => t.close());

  it('a published lesson is news, once, for whoever watches its municipality, its Landkreis, its crisis or a hazard of it', async () => {
    const flood = await t.fx.crisis('Flut Juli 2021');
    expect((await t.as(kreisWatcher).data(FOLLOW, { targetId: kreis.gid, level: 'WATCHING' })).follow).toEqual({
      level: 'WATCHING',
      target: { __typename: 'Municipality' },
    });
    await t.as(heatWatcher).data(FOLLOW_HAZARD, { hazard: 'HEAT' });
    await t.as(crisisWatcher).data(FOLLOW, { targetId: flood.gid, level: 'WATCHING' });
    // Watching two of its topics still makes one notification.
    await t.as(crisisWatcher).data(FOLLOW_HAZARD, { hazard: 'FLOOD' });
    await t.as(elsewhereWatcher).data(FOLLOW, { targetId: elsewhere.gid, level: 'WATCHING' });

    const draft = await t.make.experience(author, {
      draft: true,
      title: 'Hitze nach der Flut: Notunterkünfte kühlen',
      municipalityId: gemeinde.gid,
      crisisId: flood.gid,
      hazards: ['FLOOD', 'HEAT'],
    });
    // A draft is nobody's news.
    expect(await newLessons(kreisWatcher)).toEqual([]);
    await t.as(author).data(
      graphql(`
        mutation LessonFollowsPublish($id: ID!) {
          publishExperience(input: { id: $id }) {
            experience {
              status
            }
          }
        }
      `),
      { id: draft.id },
    );

    const expected = [
      {
        kind: 'NEW_LESSON',
        actor: { displayName: 'Miriam Hägele' },
        experience: { title: 'Hitze nach der Flut: Notunterkünfte kühlen' },
        thread: null,
      },
    ];
    expect(await newLessons(kreisWatcher)).toEqual(expected);
    expect(await newLessons(heatWatcher)).toEqual(expected);
    expect(await newLessons(crisisWatcher)).toEqual(expected);
    expect(await newLessons(elsewhereWatcher)).toEqual([]);
    expect(await newLessons(author)).toEqual([]);

    // Hidden by the moderation, it drops out of the followers' notifications.
    await t.dataSource.query(`UPDATE experience SET hidden_at = now(), hidden_reason = 'Personenbezogene Daten' WHERE id = $1`, [
      uuidOf(draft.id),
    ]);
    expect(await newLessons(kreisWatcher)).toEqual([]);
  });

  it('following a hazard is listed on the account and can be undone', async () => {
    await t.as(elsewhereWatcher).data(FOLLOW_HAZARD, { hazard: 'POWER_OUTAGE' });
    expect((await t.as(elsewhereWatcher).data(NOTIFICATIONS)).viewer!.followedHazards).toEqual([
      { hazard: 'POWER_OUTAGE', level: 'WATCHING' },
    ]);
    expect((await t.as(elsewhereWatcher).data(UNFOLLOW_HAZARD, { hazard: 'POWER_OUTAGE' })).unfollowHazard.level).toBeNull();
    expect((await t.as(elsewhereWatcher).data(NOTIFICATIONS)).viewer!.followedHazards).toEqual([]);
    await t.as(elsewhereWatcher).data(FOLLOW_HAZARD, { hazard: 'POWER_OUTAGE' });
    const lesson = await t.make.experience(author, {
      municipalityId: gemeinde.gid,
      hazards: ['POWER_OUTAGE'],
      title: 'Notstrom für das Pflegeheim',
    });
    expect((await newLessons(elsewhereWatcher)).map((n) => n.experience!.title)).toEqual(['Notstrom für das Pflegeheim']);
    expect(lesson.id).toBeTruthy();
  });

  it('watching a volunteer group brings the lessons written for it; a group still waiting for confirmation cannot be followed', async () => {
    const group = await t.fx.volunteerGroup('Helfernetz Ahrtal');
    await t.fx.verify(author.userId, { volunteerGroupId: group.id }, 'MEMBER');
    const groupWatcher = await t.signUp('Greta Imhof');
    const { follow } = await t.as(groupWatcher).data(FOLLOW, { targetId: group.gid, level: 'WATCHING' });
    expect(follow).toEqual({ level: 'WATCHING', target: { __typename: 'VolunteerGroup' } });
    const GROUP_LEVEL = graphql(`
      query LessonFollowsGroupLevel($id: ID!) {
        volunteerGroup(id: $id) {
          viewerFollowLevel
        }
      }
    `);
    expect((await t.as(groupWatcher).data(GROUP_LEVEL, { id: group.gid })).volunteerGroup.viewerFollowLevel).toBe('WATCHING');
    expect((await t.as(null).data(GROUP_LEVEL, { id: group.gid })).volunteerGroup.viewerFollowLevel).toBeNull();

    await t.make.experience(author, { municipalityId: gemeinde.gid, title: 'Ohne Gruppe: Pegelmeldungen', hazards: ['STORM'] });
    await t.make.experience(author, {
      municipalityId: gemeinde.gid,
      volunteerGroupId: group.gid,
      title: 'Für die Gruppe: Shuttle zu den Einsatzstellen',
      hazards: ['STORM'],
    });
    expect((await newLessons(groupWatcher)).map((n) => n.experience!.title)).toEqual(['Für die Gruppe: Shuttle zu den Einsatzstellen']);

    // A registered group waiting for its confirmation is seen only by its registrant and those who decide.
    await t.dataSource.query(`UPDATE volunteer_group SET status = 'PENDING' WHERE id = $1`, [group.id]);
    await t.as(kreisWatcher).error(FOLLOW, 'NOT_FOUND', { targetId: group.gid, level: 'WATCHING' });
  });

  it('following a lesson is following its discussion', async () => {
    const lesson = await t.make.experience(author, { municipalityId: gemeinde.gid, title: 'Sandsäcke aus dem Bauhof' });
    const { follow } = await t.as(elsewhereWatcher).data(FOLLOW, { targetId: lesson.id, level: 'WATCHING' });
    expect(follow).toEqual({ level: 'WATCHING', target: { __typename: 'Experience' } });
    expect(
      (await t.as(elsewhereWatcher).data(LEVELS, { experienceId: lesson.id, municipalityId: elsewhere.gid })).experience!.viewerFollowLevel,
    ).toBe('WATCHING');
    await t.make.comment(heatWatcher, lesson.threadId, { body: 'Wie viele Säcke hattet ihr vorrätig?' });
    const comments = (await notifications(elsewhereWatcher)).filter((n) => n.kind === 'THREAD_COMMENT');
    expect(comments.map((n) => n.actor!.displayName)).toEqual(['Hanna Lorenz']);
    const levels = await t.as(elsewhereWatcher).data(LEVELS, { experienceId: lesson.id, municipalityId: elsewhere.gid });
    expect(levels.municipality!.viewerFollowLevel).toBe('WATCHING');
  });
});
