import { AuthUser, HiddenMark, mayReadHidden, moderationNotice, ModerationNoticeModel, Selection } from '@krisenfest/core';
import { RowShape } from '@krisenfest/database';
import { USER_ROW, UserRow, UserView } from '@krisenfest/identity';
import { ReactionKind } from './reaction.entity';
import { viewerReactionsSql } from './reaction.service';

/** The columns of a comment that GraphQL and the rules read. */
export interface CommentRow {
  id: string;
  threadId: string;
  authorId: string;
  parentId: string | null;
  body: string;
  bodyHtml: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  replyCount: number;
  helpfulCount: number;
  thanksCount: number;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  hiddenAutomatically: boolean;
}

export const COMMENT_ROW = new RowShape<CommentRow>(
  {
    id: 'id',
    threadId: 'thread_id',
    authorId: 'author_id',
    parentId: 'parent_id',
    body: 'body',
    bodyHtml: 'body_html',
    createdAt: 'created_at',
    editedAt: 'edited_at',
    deletedAt: 'deleted_at',
    replyCount: 'reply_count',
    helpfulCount: 'helpful_count',
    thanksCount: 'thanks_count',
    hiddenAt: 'hidden_at',
    hiddenReason: 'hidden_reason',
    hiddenAutomatically: 'hidden_automatically',
  },
  undefined,
  {
    always: ['id', 'threadId', 'parentId', 'authorId', 'createdAt', 'deletedAt', 'hiddenAt', 'hiddenReason', 'hiddenAutomatically'],
  },
);

/**
 * What a comment statement reads: the comment (aliased c), its author (aliased u, columns prefixed author_) and the
 * caller's reactions. The loader by id reads all of it (complete rows); a page reads what its items are asked for.
 */
export interface CommentReadPlan {
  /** Complete rows, which may go into the loaders. */
  complete: boolean;
  own: RowShape<CommentRow>;
  author: RowShape<UserRow> | null;
  reactions: boolean;
}

export const COMPLETE_COMMENTS: CommentReadPlan = { complete: true, own: COMMENT_ROW, author: USER_ROW, reactions: true };

const plans = new WeakMap<Selection, CommentReadPlan>();

/** What a page of comments reads for the fields its items are asked for (worked out once per document). */
export function commentPlanFor(items: Selection): CommentReadPlan {
  let plan = plans.get(items);
  if (!plan) {
    plan = {
      complete: false,
      own: COMMENT_ROW.forFields(items.names()),
      author: items.has('author') ? USER_ROW.forFields(items.child('author').names()) : null,
      reactions: items.has('viewerReactions'),
    };
    plans.set(items, plan);
  }
  return plan;
}

/** The SELECT list of `plan`; `viewer` is the placeholder of the caller's id (null when anonymous). */
export function commentColumns(plan: CommentReadPlan, viewer: string | null): string {
  const columns = [plan.own.select('c')];
  if (plan.author) columns.push(plan.author.select('u', 'author_'));
  if (plan.reactions) columns.push(`${viewerReactionsSql('comment_id', 'c.id', viewer)} AS viewer_reactions`);
  return columns.join(', ');
}

/** The join of the author, if `plan` reads them. */
export function commentAuthorJoin(plan: CommentReadPlan): string {
  return plan.author ? 'JOIN user_account u ON u.id = c.author_id' : '';
}

/**
 * A comment as GraphQL shows it to one caller, decided once when the row is read: a deleted one keeps its place
 * without text or author; a hidden one has no text for anyone but its author and the moderation.
 */
export interface CommentView {
  __typename: 'Comment';
  id: string;
  threadId: string;
  parentId: string | null;
  body: string | null;
  bodyHtml: string | null;
  deleted: boolean;
  createdAt: Date;
  editedAt: Date | null;
  replyCount: number;
  helpfulCount: number;
  thanksCount: number;
  viewerReactions: ReactionKind[];
  moderation: ModerationNoticeModel | null;
  /** The author's id, or null once the comment is deleted. */
  authorId: string | null;
  hidden: HiddenMark;
  /** The author's id even once deleted, for the rules (only the author edits or deletes). */
  writtenBy: string;
  /** The author as the statement that read the comment joined them, so the field resolves without the loader. */
  related?: { author?: UserView };
}

export function commentView(viewer: AuthUser | null, row: CommentRow, viewerReactions: ReactionKind[]): CommentView {
  const hidden: HiddenMark = { at: row.hiddenAt, reason: row.hiddenReason, automatically: row.hiddenAutomatically };
  const deleted = row.deletedAt !== null;
  const readable = !deleted && mayReadHidden(viewer, { authorId: row.authorId, hidden });
  return {
    __typename: 'Comment',
    id: row.id,
    threadId: row.threadId,
    parentId: row.parentId,
    body: readable ? row.body : null,
    bodyHtml: readable ? row.bodyHtml : null,
    deleted,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    replyCount: row.replyCount,
    helpfulCount: row.helpfulCount,
    thanksCount: row.thanksCount,
    viewerReactions,
    moderation: moderationNotice(hidden),
    authorId: deleted ? null : row.authorId,
    hidden,
    writtenBy: row.authorId,
  };
}

/** A row of a statement with commentColumns: the comment, its author and the caller's reactions. */
export type CommentWithAuthorRow = Record<string, unknown> & { viewer_reactions: ReactionKind[] };
