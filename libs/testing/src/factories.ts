import type { TestClient } from './client';
import type { Fixtures } from './fixtures';
import { graphql } from './gql';
import type { CreateExperienceInput, CreateThreadInput } from './gql/graphql';
import type { SignedUpUser } from './test-app';

const CREATE_EXPERIENCE = graphql(`
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
`);

const PUBLISH_EXPERIENCE = graphql(`
  mutation FactoryPublishExperience($id: ID!) {
    publishExperience(input: { id: $id }) {
      experience {
        id
      }
    }
  }
`);

const CREATE_THREAD = graphql(`
  mutation FactoryCreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

const ADD_COMMENT = graphql(`
  mutation FactoryAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

let made = 0;
const next = () => ++made;

/**
 * Small factories for what the tests write through the API, the way people would: experiences, threads and
 * comments. Each returns the global ids; anything left out gets a plausible German default.
 */
export class Factories {
  private municipality?: Promise<{ id: string; gid: string }>;

  constructor(
    private readonly as: (user: SignedUpUser) => TestClient,
    private readonly fx: Fixtures,
  ) {}

  /**
   * An experience by `author`, published unless `draft`. Without a municipalityId it is about a sample town,
   * whose verified staff the author becomes, so that they may publish.
   */
  async experience(
    author: SignedUpUser,
    over: Partial<CreateExperienceInput> & { draft?: boolean } = {},
  ): Promise<{ id: string; threadId: string }> {
    const { draft, ...fields } = over;
    let municipalityId = fields.municipalityId;
    if (!municipalityId) {
      this.municipality ??= this.fx.municipality('Musterstadt', { kind: 'STADT', state: 'RP' });
      const town = await this.municipality;
      await this.fx.ensureVerified(author.userId, { municipalityId: town.id });
      municipalityId = town.gid;
    }
    const n = next();
    const input: CreateExperienceInput = {
      title: `Erfahrungsbericht ${n}: Hochwasser`,
      summary: 'Was wir bei der Koordination der Helfenden gelernt haben.',
      situation: 'Nach dem Starkregen standen viele Keller unter Wasser.',
      actions: 'Wir haben eine Anlaufstelle im Rathaus eingerichtet.',
      outcome: 'Die Hilfe kam schneller an.',
      hazards: ['FLOOD'],
      phase: 'RESPONSE',
      ...fields,
      municipalityId,
    };
    const created = await this.as(author).data(CREATE_EXPERIENCE, { input });
    const { id, thread } = created.createExperience.experience;
    if (!draft) await this.as(author).data(PUBLISH_EXPERIENCE, { id });
    return { id, threadId: thread!.id };
  }

  /** A thread by `author` (general, unless it names a seminar session). */
  async thread(author: SignedUpUser, over: Partial<CreateThreadInput> = {}): Promise<{ id: string }> {
    const n = next();
    const input: CreateThreadInput = { title: `Austausch ${n}: Stromausfall`, body: 'Wie habt ihr die Leuchttürme organisiert?', ...over };
    return (await this.as(author).data(CREATE_THREAD, { input })).createThread.thread;
  }

  /** A comment by `author` on a thread, or a reply to `parentId`. */
  async comment(author: SignedUpUser, threadId: string, over: { body?: string; parentId?: string } = {}): Promise<{ id: string }> {
    const input = {
      threadId,
      body: over.body ?? `Bei uns hat eine Telefonkette geholfen (${next()}).`,
      ...(over.parentId ? { parentId: over.parentId } : {}),
    };
    return (await this.as(author).data(ADD_COMMENT, { input })).addComment.comment;
  }
}
