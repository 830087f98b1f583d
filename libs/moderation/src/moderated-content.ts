import { BadUserInputError, decodeGlobalId, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { Comment, Thread } from '@krisenfest/discussions';
import { Experience } from '@krisenfest/experiences';
import { ContentKind } from './flag.entity';
import { ModerationSubject } from './moderation-action.entity';

export type Post = Comment | Thread | Experience;

/** Per kind of post: its GraphQL type, table and entity (tables are fixed names, never client input). */
export const POST_KINDS: Record<ContentKind, { type: string; table: string; entity: new () => Post; subject: ModerationSubject }> = {
  [ContentKind.COMMENT]: { type: 'Comment', table: 'comment', entity: Comment, subject: ModerationSubject.COMMENT },
  [ContentKind.THREAD]: { type: 'Thread', table: 'thread', entity: Thread, subject: ModerationSubject.THREAD },
  [ContentKind.EXPERIENCE]: { type: 'Experience', table: 'experience', entity: Experience, subject: ModerationSubject.EXPERIENCE },
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

/**
 * Hides a post (with a public reason; `automatically` while only flags decided) or shows it again (null).
 * An experience's discussion thread carries the experience's title, so it is hidden and shown with it.
 */
export async function setHidden(
  db: TransactionalConnection,
  tx: RequestContext,
  ref: PostRef,
  hidden: { reason: string; automatically: boolean } | null,
): Promise<void> {
  const set = `hidden_at = CASE WHEN $2::text IS NULL THEN NULL ELSE coalesce(hidden_at, now()) END, hidden_reason = $2, hidden_automatically = $3`;
  const params = [ref.id, hidden?.reason ?? null, hidden?.automatically ?? false];
  await db.query(tx, `UPDATE ${POST_KINDS[ref.kind].table} SET ${set} WHERE id = $1`, params);
  if (ref.kind === ContentKind.EXPERIENCE)
    await db.query(tx, `UPDATE thread SET ${set} WHERE id = (SELECT thread_id FROM experience WHERE id = $1)`, params);
}
