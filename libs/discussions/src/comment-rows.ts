import { User } from '@krisenfest/identity';
import { Comment } from './comment.entity';
import { ReactionKind } from './reaction.entity';

/**
 * Comment pages are read with one statement each: the comment, its author and the viewer's own
 * reactions come together, and are fed into the request's loaders (see CommentService).
 */
export const COMMENT_COLUMNS = `
  c.id, c.thread_id, c.author_id, c.parent_id, c.body, c.body_html, c.created_at, c.edited_at, c.deleted_at,
  c.reply_count, c.helpful_count, c.thanks_count, c.hidden_at, c.hidden_reason, c.hidden_automatically,
  u.display_name AS author_display_name, u.email AS author_email, u.created_at AS author_created_at,
  CASE WHEN $1::uuid IS NULL THEN '{}'::text[] ELSE ARRAY(
    SELECT r.kind::text FROM reaction r WHERE r.comment_id = c.id AND r.user_id = $1::uuid ORDER BY r.kind
  ) END AS viewer_reactions`;

export interface CommentRow {
  id: string;
  thread_id: string;
  author_id: string;
  parent_id: string | null;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  reply_count: number;
  helpful_count: number;
  thanks_count: number;
  hidden_at: Date | null;
  hidden_reason: string | null;
  hidden_automatically: boolean;
  author_display_name: string;
  author_email: string;
  author_created_at: Date;
  viewer_reactions: ReactionKind[];
}

export interface CommentWithViewer {
  comment: Comment;
  author: User;
  viewerReactions: ReactionKind[];
}

export function fromRow(row: CommentRow): CommentWithViewer {
  const comment = Object.assign(new Comment(), {
    id: row.id,
    threadId: row.thread_id,
    authorId: row.author_id,
    parentId: row.parent_id,
    body: row.body,
    bodyHtml: row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
    replyCount: row.reply_count,
    helpfulCount: row.helpful_count,
    thanksCount: row.thanks_count,
    hidden: { at: row.hidden_at, reason: row.hidden_reason, automatically: row.hidden_automatically },
  });
  const author = Object.assign(new User(), {
    id: row.author_id,
    displayName: row.author_display_name,
    email: row.author_email,
    createdAt: row.author_created_at,
  });
  return { comment, author, viewerReactions: row.viewer_reactions };
}
