import { createTestApp, errorFields, graphql, SignedUpUser, TestApp } from '@krisenfest/testing';

const COMMENT = graphql(`
  mutation MentionsComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

const MUTE = graphql(`
  mutation MentionsMute($targetId: ID!) {
    follow(input: { targetId: $targetId, level: MUTED }) {
      level
    }
  }
`);

const PARTICIPANTS = graphql(`
  query MentionsParticipants($id: ID!) {
    thread(id: $id) {
      participants {
        id
        displayName
      }
    }
  }
`);

const NOTIFICATIONS = graphql(`
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
`);

describe('mentioning people in comments', () => {
  let t: TestApp;
  let anna: SignedUpUser;
  let bernd: SignedUpUser;
  let clara: SignedUpUser;
  let dora: SignedUpUser;

  const kinds = async (user: SignedUpUser) =>
    (await t.as(user).data(NOTIFICATIONS)).viewer!.notifications!.nodes.map((n) => `${n.kind}: ${n.comment?.body}`);

  beforeAll(async () => {
    t = await createTestApp();
    anna = await t.signUp('Anna Roth');
    bernd = await t.signUp('Bernd Klee');
    clara = await t.signUp('Clara Nowak');
    dora = await t.signUp('Dora Weiß');
  });
  afterAll(() => t.close());

  it('notifies the people a comment names as @Name, once each, and offers the thread’s participants to name', async () => {
    const thread = await t.make.thread(anna, { title: 'Notstrom im Pflegeheim', body: 'Wer hat Erfahrung mit Aggregaten?' });
    await t.make.comment(bernd, thread.id, { body: 'Wir hatten zwei vom THW.' });
    const { thread: found } = await t.as(clara).data(PARTICIPANTS, { id: thread.id });
    expect(found!.participants.map((p) => p.displayName)).toEqual(['Anna Roth', 'Bernd Klee']);

    const body = '@Bernd Klee, wie lange liefen die Aggregate? @Dora Weiß kennt sich mit Treibstoff aus.';
    await t.as(clara).data(COMMENT, { input: { threadId: thread.id, body, mentionedUserIds: [bernd.userId, dora.userId, dora.userId] } });
    // Dora was not in the thread; Bernd tracks it (he commented): a mention reaches both.
    expect(await kinds(dora)).toEqual([`MENTION: ${body}`]);
    expect(await kinds(bernd)).toEqual([`MENTION: ${body}`]);
    // Anna watches her thread: she hears of the comment, not of a mention.
    expect(await kinds(anna)).toEqual([`THREAD_COMMENT: ${body}`, 'THREAD_COMMENT: Wir hatten zwei vom THW.']);
    expect((await t.as(clara).data(PARTICIPANTS, { id: thread.id })).thread!.participants.map((p) => p.displayName)).toEqual([
      'Anna Roth',
      'Bernd Klee',
      'Clara Nowak',
    ]);
  });

  it('a reply to your comment that also names you is a reply; a thread you muted stays quiet', async () => {
    const thread = await t.make.thread(anna, { title: 'Sandsäcke', body: 'Wo lagert ihr sie?' });
    const asked = await t.make.comment(bernd, thread.id, { body: 'Im Bauhof.' });
    await t.as(clara).data(COMMENT, {
      input: { threadId: thread.id, parentId: asked.id, body: 'Danke @Bernd Klee!', mentionedUserIds: [bernd.userId] },
    });
    expect((await kinds(bernd))[0]).toBe('REPLY: Danke @Bernd Klee!');

    await t.as(dora).data(MUTE, { targetId: thread.id });
    await t.as(clara).data(COMMENT, { input: { threadId: thread.id, body: 'Frag @Dora Weiß.', mentionedUserIds: [dora.userId] } });
    expect(await kinds(dora)).not.toContain('MENTION: Frag @Dora Weiß.');
  });

  it('refuses a mention the text does not show, or of nobody, naming the field', async () => {
    const thread = await t.make.thread(anna, { title: 'Hitzeschutz', body: 'Was hilft?' });
    const hidden = await t.as(clara).error(COMMENT, 'BAD_USER_INPUT', {
      input: { threadId: thread.id, body: 'Sonnensegel helfen.', mentionedUserIds: [bernd.userId] },
    });
    expect(hidden.extensions!.fields).toEqual([{ field: 'mentionedUserIds', message: 'Write @Bernd Klee in the text to mention them.' }]);
    const nobody = Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect(
      errorFields(
        await t
          .as(clara)
          .error(COMMENT, 'BAD_USER_INPUT', { input: { threadId: thread.id, body: '@Niemand', mentionedUserIds: [nobody] } }),
      ),
    ).toEqual(['mentionedUserIds']);
    // Nothing was posted.
    expect((await t.as(clara).data(PARTICIPANTS, { id: thread.id })).thread!.participants.map((p) => p.displayName)).toEqual(['Anna Roth']);
  });
});
