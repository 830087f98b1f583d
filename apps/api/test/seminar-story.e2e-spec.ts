import { SAMPLE_PASSWORD, seedSampleContent } from '@krisenfest/seed';
import { SeminarRegistrationService } from '@krisenfest/seminars';
import { createTestApp, graphql, Mailbox, SignedUpUser, startMailbox, TestApp, uuidOf } from '@krisenfest/testing';

/*
 * One seminar from its announcement to published lessons, entirely through the API, as the people involved would
 * live it: announced, filled, waitlisted, reminded, held, followed up, and turned into a lesson other towns find.
 */

const ANNOUNCE = graphql(`
  mutation StoryAnnounce($series: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $series) {
      series {
        id
      }
    }
  }
`);

const SESSION = graphql(`
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
`);

const SPEAKER = graphql(`
  mutation StorySpeaker($input: AddSeminarSpeakerInput!) {
    addSeminarSpeaker(input: $input) {
      speaker {
        id
      }
    }
  }
`);

const MOVE = graphql(`
  mutation StoryMove($input: UpdateSeminarSessionInput!) {
    updateSeminarSession(input: $input) {
      session {
        startsAt
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation StoryRegister($input: RegisterForSeminarSessionInput!) {
    registerForSeminarSession(input: $input) {
      registration {
        id
        status
        waitlistPosition
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation StoryCancel($input: CancelSeminarRegistrationInput!) {
    cancelSeminarRegistration(input: $input) {
      registration {
        status
      }
    }
  }
`);

const ATTEND = graphql(`
  mutation StoryAttend($input: MarkSeminarAttendanceInput!) {
    markSeminarAttendance(input: $input) {
      session {
        attendanceCount
      }
    }
  }
`);

const RECORD = graphql(`
  mutation StoryRecord($input: RecordSeminarSessionInput!) {
    recordSeminarSession(input: $input) {
      session {
        minutesHtml
        recordingUrl
      }
    }
  }
`);

const ASK = graphql(`
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
`);

const ACCEPT = graphql(`
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
`);

const CONCLUDE = graphql(`
  mutation StoryConclude($input: CloseThreadInput!) {
    closeThread(input: $input) {
      thread {
        closedAt
        conclusionHtml
      }
    }
  }
`);

const REOPEN = graphql(`
  mutation StoryReopen($input: ReopenThreadInput!) {
    reopenThread(input: $input) {
      thread {
        closedAt
        conclusion
      }
    }
  }
`);

const THREAD = graphql(`
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
`);

const INBOX = graphql(`
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
`);

const DRAFT_LESSON = graphql(`
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
`);

const COMPLETE = graphql(`
  mutation StoryComplete($input: UpdateExperienceInput!) {
    updateExperience(input: $input) {
      experience {
        summary
      }
    }
  }
`);

const PUBLISH = graphql(`
  mutation StoryPublish($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        status
      }
    }
  }
`);

const RECORD_PAGE = graphql(`
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
`);

const FIND = graphql(`
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
`);

const LOGIN = graphql(`
  mutation StoryLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      user {
        id
        displayName
      }
    }
  }
`);

const SEED_SESSION = graphql(`
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
`);

const LINK_SPEAKER = graphql(`
  mutation StoryLinkSpeaker($input: UpdateSeminarSpeakerInput!) {
    updateSeminarSpeaker(input: $input) {
      speaker {
        name
        confirmation
      }
    }
  }
`);

describe('a seminar, from the invitation to lessons other towns can find', () => {
  let t: TestApp;
  let mailbox: Mailbox;
  let henrike: SignedUpUser;
  let frank: SignedUpUser;
  let miriam: SignedUpUser;
  let paul: SignedUpUser;
  let lena: SignedUpUser;
  let plochingen: { id: string; gid: string };

  beforeAll(async () => {
    mailbox = await startMailbox();
    t = await createTestApp({ env: { SMTP_URL: mailbox.url, MAIL_OUTBOX_POLL_MS: '100', SEMINAR_REMINDER_POLL_MS: '3600000' } });
    plochingen = await t.fx.municipality('Plochingen', { kind: 'STADT', state: 'BW' });
    henrike = await t.signUp('Henrike Albers');
    await t.fx.grantPlatformRole(henrike.userId, 'ORGANIZER');
    frank = await t.signUp('Frank Buß');
    miriam = await t.signUp('Miriam Hägele');
    await t.fx.verify(miriam.userId, { municipalityId: plochingen.id });
    paul = await t.signUp('Paul Schwertfeger');
    lena = await t.signUp('Lena Hoffmeister');
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('is announced, filled, waitlisted, reminded, held, followed up and turned into a published lesson', async () => {
    // Announced: a series, a session with two seats and its guiding questions, two speakers.
    const seriesId = (
      await t.as(henrike).data(ANNOUNCE, {
        series: { title: '#kommunalEngagiert', organisers: ['Deutsche Stiftung für Engagement und Ehrenamt (DSEE)'] },
      })
    ).createSeminarSeries.series.id;
    const nextYear = new Date().getFullYear() + 1;
    const announced = await t.as(henrike).data(SESSION, {
      input: {
        seriesId,
        title: 'Krisenresilienz von Kommune und Ehrenamt',
        startsAt: `${nextYear}-01-25T13:30:00+01:00`,
        endsAt: `${nextYear}-01-25T14:45:00+01:00`,
        capacity: 2,
        onlineUrl: 'https://konferenz.example.org/krisenresilienz',
        guidingQuestions: [
          'Wie können Kommunen und Ehrenamt gemeinsam krisenfester werden?',
          'Welche Strukturen braucht es schon vor der Krise?',
        ],
      },
    });
    const sessionId = announced.createSeminarSession.session.id;
    // The follow-up thread opened with it: the guiding questions are its opening post, the organiser watches it.
    const [followUp] = announced.createSeminarSession.session.followUpThreads.nodes;
    expect(followUp.title).toBe('Nachgespräch: Krisenresilienz von Kommune und Ehrenamt');
    expect(followUp.body).toContain('1. Wie können Kommunen und Ehrenamt gemeinsam krisenfester werden?');
    expect(followUp.viewerFollowLevel).toBe('WATCHING');
    const frankOnStage = (
      await t.as(henrike).data(SPEAKER, {
        input: {
          sessionId,
          name: 'Frank Buß',
          role: 'Bürgermeister',
          organisation: 'Stadt Plochingen',
          userId: frank.userId,
          confirmation: 'CONFIRMED',
        },
      })
    ).addSeminarSpeaker.speaker!.id;
    await t.as(henrike).data(SPEAKER, { input: { sessionId, name: 'Kerstin Stocker', organisation: 'Landratsamt Esslingen' } });

    // Filled and waitlisted; Paul cannot come after all and Lena moves up.
    const seatOf = async (user: SignedUpUser) =>
      (await t.as(user).data(REGISTER, { input: { sessionId } })).registerForSeminarSession.registration;
    const miriamSeat = await seatOf(miriam);
    expect(miriamSeat.status).toBe('REGISTERED');
    expect((await seatOf(paul)).status).toBe('REGISTERED');
    expect(await seatOf(lena)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    await t.as(paul).data(CANCEL, { input: { sessionId } });
    await mailbox.waitFor((m) => m.to.includes(lena.email) && m.subject.startsWith('Platz frei'));
    expect((await t.as(lena).data(INBOX)).viewer!.notifications!.nodes[0].kind).toBe('REGISTRATION_PROMOTED');

    // Reminded: the day before, each person with a seat gets one reminder.
    const tomorrow = new Date(Date.now() + 20 * 3600_000);
    tomorrow.setUTCSeconds(0, 0);
    await t.as(henrike).data(MOVE, {
      input: { id: sessionId, startsAt: tomorrow.toISOString(), endsAt: new Date(tomorrow.getTime() + 75 * 60_000).toISOString() },
    });
    expect(await t.app.get(SeminarRegistrationService).queueDueReminders()).toBe(2);
    await mailbox.waitFor((m) => m.to.includes(miriam.email) && m.subject.startsWith('Erinnerung'));
    await mailbox.waitFor((m) => m.to.includes(lena.email) && m.subject.startsWith('Erinnerung'));

    // Held (time passes), attendance and the record.
    await t.dataSource.query(
      `UPDATE seminar_session SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' WHERE id = $1`,
      [uuidOf(sessionId)],
    );
    await t.as(henrike).data(ATTEND, { input: { registrationId: miriamSeat.id, attended: true } });
    const recorded = await t.as(henrike).data(RECORD, {
      input: {
        id: sessionId,
        minutes: '## Ergebnisse\n\nEhrenamtskoordination gehört in den Krisenstab.',
        recordingUrl: 'https://video.example.org/krisenresilienz',
      },
    });
    expect(recorded.recordSeminarSession.session.minutesHtml).toContain('<h2>Ergebnisse</h2>');

    // Followed up: Miriam asks the mayor; he is notified, the question waits for him; Lena (registered) hears of it.
    const question = (
      await t.as(miriam).data(ASK, {
        input: {
          threadId: followUp.id,
          body: 'Herr Buß, wie haben Sie die Spontanhelfenden beim Hochwasser koordiniert?',
          addressedSpeakerIds: [frankOnStage],
        },
      })
    ).addComment.comment;
    expect(question.addressedTo).toEqual([{ name: 'Frank Buß' }]);
    expect((await t.as(frank).data(INBOX)).viewer!.notifications!.nodes[0]).toMatchObject({
      kind: 'QUESTION_TO_YOU',
      actor: { displayName: 'Miriam Hägele' },
    });
    expect((await t.as(lena).data(INBOX)).viewer!.notifications!.nodes[0].kind).toBe('THREAD_COMMENT');
    expect((await t.as(null).data(THREAD, { id: followUp.id })).node).toMatchObject({
      openQuestions: [{ addressedTo: [{ name: 'Frank Buß' }] }],
    });
    const answer = (
      await t.as(frank).data(ASK, {
        input: {
          threadId: followUp.id,
          parentId: question.id,
          body: 'Über eine Ehrenamtskoordination im Bauhof, mit einer Telefonnummer für alle Angebote.',
        },
      })
    ).addComment.comment;
    // Miriam neither asked to be asked nor leads the thread: the speaker or the organisers choose the answer.
    await t.as(paul).error(ACCEPT, 'FORBIDDEN', { input: { questionId: question.id, answerId: answer.id } });
    const accepted = await t.as(frank).data(ACCEPT, { input: { questionId: question.id, answerId: answer.id } });
    expect(accepted.acceptAnswer).toEqual({
      question: { acceptedAnswer: { body: 'Über eine Ehrenamtskoordination im Bauhof, mit einer Telefonnummer für alle Angebote.' } },
      answer: { isAcceptedAnswer: true },
    });
    expect((await t.as(null).data(THREAD, { id: followUp.id })).node).toMatchObject({ openQuestions: [] });

    // Concluded: no new comments; reopened and concluded again.
    const conclusion = 'Eine feste Ansprechperson für das Ehrenamt im Krisenstab, vorher benannt und bekannt.';
    const closed = await t.as(henrike).data(CONCLUDE, { input: { threadId: followUp.id, conclusion } });
    expect(closed.closeThread.thread.conclusionHtml).toContain('feste Ansprechperson');
    expect((await t.as(lena).error(ASK, 'CONFLICT', { input: { threadId: followUp.id, body: 'Noch etwas?' } })).message).toMatch(/closed/);
    await t.as(miriam).error(REOPEN, 'FORBIDDEN', { input: { threadId: followUp.id } });
    expect((await t.as(henrike).data(REOPEN, { input: { threadId: followUp.id } })).reopenThread.thread).toEqual({
      closedAt: null,
      conclusion: null,
    });
    await t.as(henrike).data(CONCLUDE, { input: { threadId: followUp.id, conclusion } });

    // Turned into a lesson: Miriam drafts it from the thread, completes and publishes it for Plochingen.
    const drafted = (
      await t.as(miriam).data(DRAFT_LESSON, {
        input: { threadId: followUp.id, municipalityId: plochingen.gid, hazards: ['FLOOD'], phase: 'RESPONSE' },
      })
    ).draftLessonFromThread.experience;
    expect(drafted).toMatchObject({
      title: 'Nachgespräch: Krisenresilienz von Kommune und Ehrenamt',
      status: 'DRAFT',
      seminarSession: { title: 'Krisenresilienz von Kommune und Ehrenamt' },
      sourceThread: { title: 'Nachgespräch: Krisenresilienz von Kommune und Ehrenamt' },
      outcome: conclusion,
    });
    expect(drafted.situation).toContain('> Herr Buß, wie haben Sie die Spontanhelfenden beim Hochwasser koordiniert?');
    expect(drafted.actions).toContain('Über eine Ehrenamtskoordination im Bauhof');
    await t.as(miriam).data(COMPLETE, {
      input: {
        id: drafted.id,
        title: 'Spontanhelfende beim Hochwasser über den Bauhof koordinieren',
        summary: 'Eine Telefonnummer und eine feste Ansprechperson im Krisenstab.',
      },
    });
    expect((await t.as(miriam).data(PUBLISH, { id: drafted.id })).publishExperience.experience.status).toBe('PUBLISHED');

    // The session's record shows it, and the next town finds it.
    expect((await t.as(null).data(RECORD_PAGE, { id: sessionId })).seminarSession).toEqual({
      attendanceCount: 1,
      minutesHtml: expect.stringContaining('Krisenstab'),
      recordingUrl: 'https://video.example.org/krisenresilienz',
      lessons: [{ title: 'Spontanhelfende beim Hochwasser über den Bauhof koordinieren', author: { displayName: 'Miriam Hägele' } }],
    });
    const found = (await t.as(null).data(FIND, { text: 'Spontanhelfende Bauhof' })).search.nodes.map((hit) => hit.node);
    expect(found).toContainEqual({ __typename: 'Experience', title: 'Spontanhelfende beim Hochwasser über den Bauhof koordinieren' });
  });
});

describe('the seed’s seminar as a second example', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Its own database: the story above announces a session of the same series and title, which the seed would take for its own.
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('carries on the seed’s seminar of 25 January 2023 the same way: record, question, answer, conclusion, lesson', async () => {
    expect(await seedSampleContent(t.dataSource)).toBe(true);
    const signIn = async (email: string): Promise<SignedUpUser> => {
      const { login } = await t.as(null).data(LOGIN, { input: { email, password: SAMPLE_PASSWORD } });
      return { token: login.accessToken, userId: login.user.id, email, password: SAMPLE_PASSWORD, displayName: login.user.displayName };
    };
    const organiser = await signIn('henrike.albers@beispiel.krisenfest.de');
    const staff = await signIn('miriam.haegele@beispiel.krisenfest.de');

    // The invitation as the seed has it: three speakers, one only asked; the follow-up with the guiding questions.
    const seeded = (await t.as(null).data(SEED_SESSION)).seminarSessions.nodes.find(
      (s) => s.title === 'Krisenresilienz von Kommune und Ehrenamt' && s.speakers.length === 3,
    )!;
    expect(seeded.speakers.map((s) => `${s.name}: ${s.confirmation}`)).toEqual([
      'Frank Buß: CONFIRMED',
      'Michaela Wolff: CONFIRMED',
      'Kerstin Stocker: REQUESTED',
    ]);
    const [followUp] = seeded.followUpThreads.nodes;
    expect(followUp.body).toContain('Wie können Kommunen und Ehrenamt gemeinsam krisenfester werden?');
    const plochingenGid = (await t.as(null).data(SEED_SESSION)).municipalities.nodes[0].id;

    // The organiser links the speaker from the Landkreis Ahrweiler to her new account and writes the record.
    const michaela = await t.signUp('Michaela Wolff');
    const speaker = seeded.speakers.find((s) => s.name === 'Michaela Wolff')!;
    expect(
      (await t.as(organiser).data(LINK_SPEAKER, { input: { id: speaker.id, userId: michaela.userId } })).updateSeminarSpeaker.speaker,
    ).toEqual({
      name: 'Michaela Wolff',
      confirmation: 'CONFIRMED',
    });
    await t.as(organiser).data(RECORD, {
      input: { id: seeded.id, minutes: '## Ergebnisse\n\nHauptamt stärkt Ehrenamt: eine Koordinierungsstelle im Landkreis.' },
    });

    // A question to her, her answer, accepted by her; the organiser concludes.
    const question = (
      await t.as(staff).data(ASK, {
        input: {
          threadId: followUp.id,
          body: 'Frau Wolff, wie hat der Landkreis die Koordinierungsstelle für das Ehrenamt finanziert?',
          addressedSpeakerIds: [speaker.id],
        },
      })
    ).addComment.comment;
    expect((await t.as(michaela).data(INBOX)).viewer!.notifications!.nodes[0]).toMatchObject({ kind: 'QUESTION_TO_YOU' });
    const answer = (
      await t.as(michaela).data(ASK, {
        input: { threadId: followUp.id, parentId: question.id, body: 'Aus dem Programm „Hauptamt stärkt Ehrenamt“, drei Jahre lang.' },
      })
    ).addComment.comment;
    await t.as(michaela).data(ACCEPT, { input: { questionId: question.id, answerId: answer.id } });
    const conclusion = 'Eine Koordinierungsstelle im Landkreis, vor der Krise finanziert, trägt das Ehrenamt durch die Krise.';
    await t.as(organiser).data(CONCLUDE, { input: { threadId: followUp.id, conclusion } });

    // Miriam turns it into a lesson for Plochingen; the session's record shows it next to the seed's lessons.
    const drafted = (
      await t.as(staff).data(DRAFT_LESSON, {
        input: { threadId: followUp.id, municipalityId: plochingenGid, hazards: ['FLOOD'], phase: 'PREPAREDNESS' },
      })
    ).draftLessonFromThread.experience;
    expect(drafted.actions).toContain('Hauptamt stärkt Ehrenamt');
    await t.as(staff).data(COMPLETE, {
      input: {
        id: drafted.id,
        title: 'Ehrenamtskoordination vor der Krise finanzieren',
        summary: 'Was der Landkreis Ahrweiler vorgemacht hat.',
      },
    });
    await t.as(staff).data(PUBLISH, { id: drafted.id });
    const record = (await t.as(null).data(RECORD_PAGE, { id: seeded.id })).seminarSession!;
    expect(record.minutesHtml).toContain('Koordinierungsstelle');
    expect(record.lessons.map((l) => l.title)).toContain('Ehrenamtskoordination vor der Krise finanzieren');
    const found = (await t.as(null).data(FIND, { text: 'Ehrenamtskoordination finanzieren' })).search.nodes.map((hit) => hit.node);
    expect(found).toContainEqual({ __typename: 'Experience', title: 'Ehrenamtskoordination vor der Krise finanzieren' });
  });
});
