import { FieldMiddleware } from '@nestjs/graphql';
import { getNullableType, isListType, isNonNullType } from 'graphql';
import { AuthUser, RequestContext } from '../context';
import { isModerator } from './permission';

/** A post the moderation can hide: a comment, a thread or an experience. */
export interface HideablePost {
  authorId: string;
  hidden?: { at: Date | null } | null;
}

export const HIDDEN_NOTICE = 'Dieser Beitrag wurde von der Moderation ausgeblendet.';

/** Hidden posts stay readable for their author and the moderation; everyone else sees the notice. */
export function mayReadHidden(user: AuthUser | null, post: HideablePost): boolean {
  if (!post.hidden?.at) return true;
  return !!user && (user.id === post.authorId || isModerator(user));
}

/**
 * Field middleware for the text of a hideable post: the one place that replaces hidden text. Non-null
 * strings become the notice (as HTML for `…Html` fields), nullable ones null, lists empty.
 */
export const hiddenText: FieldMiddleware = ({ source, context, info }, next) => {
  const ctx = (context as { ctx?: RequestContext }).ctx;
  if (mayReadHidden(ctx?.user ?? null, source as HideablePost)) return next();
  if (!info) return null;
  if (isListType(getNullableType(info.returnType))) return [];
  if (!isNonNullType(info.returnType)) return null;
  return info.fieldName.endsWith('Html') ? `<p><em>${HIDDEN_NOTICE}</em></p>` : HIDDEN_NOTICE;
};
