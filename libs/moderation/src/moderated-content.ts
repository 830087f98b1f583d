import { Injectable } from '@nestjs/common';
import { BadUserInputError, decodeGlobalId, HiddenMark, RequestContext } from '@krisenfest/core';
import { CommentService, CommentView, ThreadService, ThreadView } from '@krisenfest/discussions';
import { ExperienceService, ExperienceView } from '@krisenfest/experiences';
import { UserService, UserView } from '@krisenfest/identity';
import { ContentKind } from './flag.entity';
import { ModerationSubject } from './moderation-action.entity';

export type Post = CommentView | ThreadView | ExperienceView;

/** Per kind of post: its GraphQL type and its subject in the moderation log. */
export const POST_KINDS: Record<ContentKind, { type: string; subject: ModerationSubject }> = {
  [ContentKind.COMMENT]: { type: 'Comment', subject: ModerationSubject.COMMENT },
  [ContentKind.THREAD]: { type: 'Thread', subject: ModerationSubject.THREAD },
  [ContentKind.EXPERIENCE]: { type: 'Experience', subject: ModerationSubject.EXPERIENCE },
};

/** The kind of post behind each subject of the moderation log that is a post. */
const SUBJECT_POSTS: Partial<Record<ModerationSubject, ContentKind>> = {
  [ModerationSubject.COMMENT]: ContentKind.COMMENT,
  [ModerationSubject.THREAD]: ContentKind.THREAD,
  [ModerationSubject.EXPERIENCE]: ContentKind.EXPERIENCE,
};

export interface PostRef {
  kind: ContentKind;
  id: string;
}

/**
 * The kind (a key of `types`, which maps kinds to GraphQL type names) and row id behind a global id, or
 * BAD_USER_INPUT on `field` saying it must be the id of `what`.
 */
export function decodeKindedId<K extends string>(
  globalId: string,
  types: Record<K, string>,
  field: string,
  what: string,
): { kind: K; id: string } {
  const decoded = decodeGlobalId(globalId);
  const kind = decoded && (Object.keys(types) as K[]).find((k) => types[k] === decoded.type);
  if (!decoded || !kind) throw BadUserInputError.field(field, `must be the id of ${what}`);
  return { kind, id: decoded.id };
}

const POST_TYPES = Object.fromEntries(Object.entries(POST_KINDS).map(([kind, { type }]) => [kind, type])) as Record<ContentKind, string>;

/** The kind and row id behind a post's global id, or BAD_USER_INPUT naming the field. */
export function decodePostId(globalId: string, field: string): PostRef {
  return decodeKindedId(globalId, POST_TYPES, field, 'a comment, thread or experience');
}

/** Who wrote a post (also once a comment is deleted). */
export function authorOf(post: Post): string {
  return post.__typename === 'Comment' ? post.writtenBy : post.authorId;
}

/**
 * The posts the moderation acts on, read and changed through the services of the features that own them:
 * moderation decides, the owners write their tables.
 */
@Injectable()
export class ModeratedPosts {
  constructor(
    private readonly comments: CommentService,
    private readonly threads: ThreadService,
    private readonly experiences: ExperienceService,
    private readonly users: UserService,
  ) {}

  /** Posts of one kind as the caller may see them (moderators see every tier, hidden ones in full). */
  load(ctx: RequestContext, kind: ContentKind, ids: string[]): Promise<Post[]> {
    switch (kind) {
      case ContentKind.COMMENT:
        return this.comments.visibleByIds(ctx, ids);
      case ContentKind.THREAD:
        return this.threads.visibleByIds(ctx, ids);
      case ContentKind.EXPERIENCE:
        return this.experiences.visibleByIds(ctx, ids);
    }
  }

  async one(ctx: RequestContext, ref: PostRef): Promise<Post | null> {
    return (await this.load(ctx, ref.kind, [ref.id]))[0] ?? null;
  }

  /**
   * What a log entry acted on, as the caller may see it (moderators: every post, hidden ones in full), or null
   * when it is gone. Read through the owners' loaders: the entries of a page cost one statement per kind.
   */
  subject(ctx: RequestContext, kind: ModerationSubject, id: string): Promise<Post | UserView | null> {
    const post = SUBJECT_POSTS[kind];
    return post ? this.one(ctx, { kind: post, id }) : this.users.byId(ctx, id);
  }

  /** Hides a post (with a public reason; `automatically` while only flags decided) or shows it again (null). */
  setHidden(tx: RequestContext, ref: PostRef, hidden: Omit<HiddenMark, 'at'> | null): Promise<void> {
    switch (ref.kind) {
      case ContentKind.COMMENT:
        return this.comments.setHidden(tx, ref.id, hidden);
      case ContentKind.THREAD:
        return this.threads.setHidden(tx, ref.id, hidden);
      case ContentKind.EXPERIENCE:
        return this.experiences.setHidden(tx, ref.id, hidden);
    }
  }
}
