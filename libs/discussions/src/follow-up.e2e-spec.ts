import { createTestApp, errorFields, graphql, SignedUpUser, TestApp } from '@krisenfest/testing';

const CREATE_SERIES = graphql(`
  mutation FollowUpSeries($input: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $input) {
      series {
        id
      }
    }
  }
`);

const CREATE_SESSION = graphql(`
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
`);

const ADD_SPEAKER = graphql(`
  mutation FollowUpSpeaker($input: AddSeminarSpeakerInput!) {
    addSeminarSpeaker(input: $input) {
      speaker {
        id
      }
    }
  }
`);

const FOLLOW = graphql(`
  mutation FollowUpMute($input: FollowInput!) {
    follow(input: $input) {
      level
    }
  }
`);

const COMMENT = graphql(`
  mutation FollowUpComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation FollowUpAccept($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      question {
        acceptedAnswer {
          body
        }
      }
    }
  }
`);

const CLOSE = graphql(`
  mutation FollowUpClose($input: CloseThreadInput!) {
    closeThread(input: $input) {
      thread {
        closedAt
      }
    }
  }
`);

const RECORD = graphql(`
  mutation FollowUpRecord($input: RecordSeminarSessionInput!) {
    recordSeminarSession(input: $input) {
      session {
        recordingUrl
      }
    }
  }
`);

const DRAFT_LESSON = graphql(`
  mutation FollowUpDraftLesson($input: DraftLessonFromThreadInput!) {
    draftLessonFromThread(input: $input) {
      experience {
        id
      }
    }
  }
`);

const INBOX = graphql(`
  query FollowUpInbox {
    viewer {
      notifications(first: 5) {
        nodes {
          kind
        }
      }
    }
  }
`);

describe('questions to speakers, answers and conclusions: the refusals', () => {
  let t: TestApp;
  let orga: SignedUpUser;
  let speakerAccount: SignedUpUser;
  let asker: SignedUpUser;
  let followUp: string;
  let otherFollowUp: string;
  let sessionId: string;
  let speaker: string;
  let speakerOfOtherSession: string;

  beforeAll(async () => {
    t = await createTestApp();
    [orga, speakerAccount, asker] = await Promise.all(['Henrike Albers', 'Frank Buß', 'Miriam Hägele'].map((n) => t.signUp(n)));
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    const seriesId = (await t.as(orga).data(CREATE_SERIES, { input: { title: '#kommunalEngagiert', organisers: ['DSEE'] } }))
      .createSeminarSeries.series.id;
    const nextYear = new Date().getFullYear() + 1;
    const session = async (title: string) =>
      (
        await t.as(orga).data(CREATE_SESSION, {
          input: { seriesId, title, startsAt: `${nextYear}-02-01T10:00:00+01:00`, endsAt: `${nextYear}-02-01T11:00:00+01:00` },
        })
      ).createSeminarSession.session;
    const first = await session('Hitze in der Stadt');
    const second = await session('Stromausfall im Winter');
    sessionId = first.id;
    followUp = first.followUpThreads.nodes[0].id;
    otherFollowUp = second.followUpThreads.nodes[0].id;
    speaker = (await t.as(orga).data(ADD_SPEAKER, { input: { sessionId, name: 'Frank Buß', userId: speakerAccount.userId } }))
      .addSeminarSpeaker.speaker!.id;
    speakerOfOtherSession = (await t.as(orga).data(ADD_SPEAKER, { input: { sessionId: second.id, name: 'Kerstin Stocker' } }))
      .addSeminarSpeaker.speaker!.id;
  });
  afterAll(() => t.close());

  it('asks only speakers of the thread’s own session, and reaches them even when they muted the thread', async () => {
    const general = await t.make.thread(asker, { title: 'Allgemeine Frage', body: 'Ohne Seminar.' });
    const noSession = await t.as(asker).error(COMMENT, 'BAD_USER_INPUT', {
      input: { threadId: general.id, body: 'Frage?', addressedSpeakerIds: [speaker] },
    });
    expect(errorFields(noSession)).toEqual(['addressedSpeakerIds']);
    const elsewhere = await t.as(asker).error(COMMENT, 'BAD_USER_INPUT', {
      input: { threadId: followUp, body: 'Frage?', addressedSpeakerIds: [speakerOfOtherSession] },
    });
    expect(elsewhere.extensions!.fields).toEqual([{ field: 'addressedSpeakerIds', message: 'is not a speaker of this seminar session' }]);
    await t
      .as(asker)
      .error(COMMENT, 'BAD_USER_INPUT', { input: { threadId: followUp, body: 'Frage?', addressedSpeakerIds: [asker.userId] } });

    await t.as(speakerAccount).data(FOLLOW, { input: { targetId: followUp, level: 'MUTED' } });
    await t.as(asker).data(COMMENT, { input: { threadId: followUp, body: 'Welche Kühlräume gab es?', addressedSpeakerIds: [speaker] } });
    expect((await t.as(speakerAccount).data(INBOX)).viewer!.notifications!.nodes).toEqual([{ kind: 'QUESTION_TO_YOU' }]);
  });

  it('accepts as the answer only another comment of the same thread that is there', async () => {
    const question = (await t.as(asker).data(COMMENT, { input: { threadId: followUp, body: 'Wer hat gewarnt?' } })).addComment.comment.id;
    const foreign = (await t.as(asker).data(COMMENT, { input: { threadId: otherFollowUp, body: 'Anderswo.' } })).addComment.comment.id;
    await t.as(orga).error(ACCEPT, 'NOT_FOUND', { input: { questionId: question, answerId: foreign } });
    expect((await t.as(orga).error(ACCEPT, 'CONFLICT', { input: { questionId: question, answerId: question } })).message).toMatch(
      /does not answer itself/,
    );
    const first = (await t.as(speakerAccount).data(COMMENT, { input: { threadId: followUp, body: 'Die Warn-App.', parentId: question } }))
      .addComment.comment.id;
    const better = (await t.as(speakerAccount).data(COMMENT, { input: { threadId: followUp, body: 'Die Sirenen.', parentId: question } }))
      .addComment.comment.id;
    await t.as(orga).data(ACCEPT, { input: { questionId: question, answerId: first } });
    // Another accepted answer replaces the first.
    const replaced = await t.as(orga).data(ACCEPT, { input: { questionId: question, answerId: better } });
    expect(replaced.acceptAnswer.question.acceptedAnswer).toEqual({ body: 'Die Sirenen.' });
  });

  it('closes a thread once, with a conclusion of some substance', async () => {
    const short = await t.as(orga).error(CLOSE, 'BAD_USER_INPUT', { input: { threadId: otherFollowUp, conclusion: 'Ok' } });
    expect(errorFields(short)).toEqual(['conclusion']);
    await t.as(orga).data(CLOSE, { input: { threadId: otherFollowUp, conclusion: 'Notstrom für Pflegeheime zuerst planen.' } });
    expect(
      (await t.as(orga).error(CLOSE, 'CONFLICT', { input: { threadId: otherFollowUp, conclusion: 'Noch einmal festgehalten.' } })).message,
    ).toMatch(/closed already/);
  });

  it('drafts a lesson only from a readable thread, with the same checks as createExperience', async () => {
    const town = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    const noHazard = await t.as(asker).error(DRAFT_LESSON, 'BAD_USER_INPUT', {
      input: { threadId: followUp, municipalityId: town.gid, hazards: [], phase: 'RESPONSE' },
    });
    expect(errorFields(noHazard)).toEqual(['hazards']);
    const unknown = Buffer.from('Thread:00000000-0000-4000-8000-000000000000').toString('base64url');
    await t
      .as(asker)
      .error(DRAFT_LESSON, 'NOT_FOUND', { input: { threadId: unknown, municipalityId: town.gid, hazards: ['HEAT'], phase: 'RESPONSE' } });
  });

  it('takes the post-session record only once the session has begun, with an https link', async () => {
    expect((await t.as(orga).error(RECORD, 'CONFLICT', { input: { id: sessionId, minutes: 'Protokoll' } })).message).toMatch(/begun/);
    const insecure = await t
      .as(orga)
      .error(RECORD, 'BAD_USER_INPUT', { input: { id: sessionId, recordingUrl: 'http://video.example.org/1' } });
    expect(errorFields(insecure)).toEqual(['recordingUrl']);
  });
});

const CAN = graphql(`
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
`);

describe('viewerCanAccept and viewerCanClose: the rules of acceptAnswer and closeThread, for a client’s buttons', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('offers accepting to the organisers, the thread’s author and the speakers asked, and closing to all but the speakers', async () => {
    const [orga, speakerAccount, asker, moderator] = await Promise.all(
      ['Henrike Albers', 'Frank Buß', 'Miriam Hägele', 'Jonas Mod'].map((n) => t.signUp(n)),
    );
    await t.fx.grantPlatformRole(orga.userId, 'ORGANIZER');
    await t.fx.grantPlatformRole(moderator.userId, 'MODERATOR');
    const seriesId = (await t.as(orga).data(CREATE_SERIES, { input: { title: '#kommunalEngagiert', organisers: ['DSEE'] } }))
      .createSeminarSeries.series.id;
    const nextYear = new Date().getFullYear() + 1;
    const session = (
      await t.as(orga).data(CREATE_SESSION, {
        input: { seriesId, title: 'Hitze', startsAt: `${nextYear}-03-01T10:00:00+01:00`, endsAt: `${nextYear}-03-01T11:00:00+01:00` },
      })
    ).createSeminarSession.session;
    const thread = session.followUpThreads.nodes[0].id;
    const speaker = (
      await t.as(orga).data(ADD_SPEAKER, { input: { sessionId: session.id, name: 'Frank Buß', userId: speakerAccount.userId } })
    ).addSeminarSpeaker.speaker!.id;
    const asked = (await t.as(asker).data(COMMENT, { input: { threadId: thread, body: 'Wie kühl?', addressedSpeakerIds: [speaker] } }))
      .addComment.comment.id;
    const plain = (await t.as(asker).data(COMMENT, { input: { threadId: thread, body: 'Und sonst?' } })).addComment.comment.id;

    const can = async (who: SignedUpUser | null, question: string) => {
      const data = await t.as(who).data(CAN, { thread, question });
      return [data.thread.viewerCanClose, data.node && 'viewerCanAccept' in data.node ? data.node.viewerCanAccept : undefined];
    };
    expect(await can(orga, asked)).toEqual([true, true]);
    expect(await can(moderator, plain)).toEqual([true, true]);
    expect(await can(speakerAccount, asked)).toEqual([false, true]);
    expect(await can(speakerAccount, plain)).toEqual([false, false]);
    expect(await can(asker, asked)).toEqual([false, false]);
    expect(await can(null, asked)).toEqual([false, false]);

    // The thread's own author (here: a general discussion) may do both.
    const general = await t.make.thread(asker, { title: 'Allgemeine Frage', body: 'Ohne Seminar.' });
    const q = (await t.as(orga).data(COMMENT, { input: { threadId: general.id, body: 'Eine Frage?' } })).addComment.comment.id;
    expect((await t.as(asker).data(CAN, { thread: general.id, question: q })).thread.viewerCanClose).toBe(true);
    expect(await can(asker, asked)).toEqual([false, false]);
    const mine = await t.as(asker).data(CAN, { thread: general.id, question: q });
    expect(mine.node && 'viewerCanAccept' in mine.node ? mine.node.viewerCanAccept : undefined).toBe(true);

    // What the flags promise, the mutations keep.
    const reply = (await t.as(speakerAccount).data(COMMENT, { input: { threadId: thread, body: 'So kühl.', parentId: asked } })).addComment
      .comment.id;
    await t.as(asker).error(ACCEPT, 'FORBIDDEN', { input: { questionId: asked, answerId: reply } });
    await t.as(speakerAccount).data(ACCEPT, { input: { questionId: asked, answerId: reply } });
    await t.as(speakerAccount).error(CLOSE, 'FORBIDDEN', { input: { threadId: thread, conclusion: 'Kühlräume früh öffnen.' } });
    await t.as(orga).data(CLOSE, { input: { threadId: thread, conclusion: 'Kühlräume früh öffnen.' } });
  });
});
