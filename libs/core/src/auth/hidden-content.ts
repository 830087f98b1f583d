import { Field, ObjectType } from '@nestjs/graphql';
import { AuthUser } from '../context';
import { isModerator } from './permission';

/** Whether the moderation hid a post, as read from its row (hidden_at, hidden_reason, hidden_automatically). */
export interface HiddenMark {
  at: Date | null;
  reason: string | null;
  automatically: boolean;
}

/** A post the moderation can hide: a comment, a thread or an experience. */
export interface HideablePost {
  authorId: string;
  hidden?: HiddenMark | null;
}

export const HIDDEN_NOTICE = 'Dieser Beitrag wurde von der Moderation ausgeblendet.';
export const HIDDEN_NOTICE_HTML = `<p><em>${HIDDEN_NOTICE}</em></p>`;

/**
 * The one rule for hidden posts: they stay readable for their author and the moderation; everyone else reads
 * the notice instead. Row mappers ask it once per row, when the row becomes a GraphQL object.
 */
export function mayReadHidden(user: AuthUser | null, post: HideablePost): boolean {
  if (!post.hidden?.at) return true;
  return !!user && (user.id === post.authorId || isModerator(user));
}

@ObjectType('ModerationNotice', { description: 'The public part of a moderation decision on a post.' })
export class ModerationNoticeModel {
  @Field() hidden: boolean;
  @Field(() => Date, { nullable: true }) hiddenAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it is hidden.' }) reason: string | null;
  @Field({ description: 'Hidden because several users flagged it; a moderator has not decided yet.' }) automatic: boolean;
}

/** The notice a hidden post carries (public, for everyone), or null while it is shown. */
export function moderationNotice(hidden: HiddenMark | null | undefined): ModerationNoticeModel | null {
  if (!hidden?.at) return null;
  return { hidden: true, hiddenAt: hidden.at, reason: hidden.reason, automatic: hidden.automatically };
}
