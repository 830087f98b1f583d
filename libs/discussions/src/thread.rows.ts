import {
  AuthUser,
  HIDDEN_NOTICE,
  HIDDEN_NOTICE_HTML,
  HiddenMark,
  mayReadHidden,
  moderationNotice,
  ModerationNoticeModel,
  Visibility,
} from '@krisenfest/core';
import { RowShape } from '@krisenfest/database';
import { ThreadKind } from './thread.entity';

/** The columns of a thread that GraphQL and the rules read. */
export interface ThreadRow {
  id: string;
  kind: ThreadKind;
  title: string;
  body: string;
  bodyHtml: string;
  authorId: string;
  seminarSessionId: string | null;
  published: boolean;
  visibility: Visibility;
  ownerMunicipalityId: string | null;
  ownerVolunteerGroupId: string | null;
  commentCount: number;
  lastActivityAt: Date;
  createdAt: Date;
  lockedAt: Date | null;
  lockReason: string | null;
  closedAt: Date | null;
  closedById: string | null;
  conclusion: string | null;
  conclusionHtml: string | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  hiddenAutomatically: boolean;
}

export const THREAD_ROW = new RowShape<ThreadRow>({
  id: 'id',
  kind: 'kind',
  title: 'title',
  body: 'body',
  bodyHtml: 'body_html',
  authorId: 'author_id',
  seminarSessionId: 'seminar_session_id',
  published: 'published',
  visibility: 'visibility',
  ownerMunicipalityId: 'owner_municipality_id',
  ownerVolunteerGroupId: 'owner_volunteer_group_id',
  commentCount: 'comment_count',
  lastActivityAt: 'last_activity_at',
  createdAt: 'created_at',
  lockedAt: 'locked_at',
  lockReason: 'lock_reason',
  closedAt: 'closed_at',
  closedById: 'closed_by_id',
  conclusion: 'conclusion',
  conclusionHtml: 'conclusion_html',
  hiddenAt: 'hidden_at',
  hiddenReason: 'hidden_reason',
  hiddenAutomatically: 'hidden_automatically',
});

/**
 * A thread as GraphQL shows it to one caller: decided once, when the row is read. While the moderation hides
 * it, its text is the notice for everyone but its author and the moderation.
 */
export interface ThreadView {
  __typename: 'Thread';
  id: string;
  kind: ThreadKind;
  visibility: Visibility;
  title: string;
  body: string;
  bodyHtml: string;
  commentCount: number;
  createdAt: Date;
  lastActivityAt: Date;
  locked: boolean;
  lockReason: string | null;
  closedAt: Date | null;
  closedById: string | null;
  conclusion: string | null;
  conclusionHtml: string | null;
  moderation: ModerationNoticeModel | null;
  authorId: string;
  seminarSessionId: string | null;
  published: boolean;
  hidden: HiddenMark;
}

export function threadView(viewer: AuthUser | null, row: ThreadRow): ThreadView {
  const hidden: HiddenMark = { at: row.hiddenAt, reason: row.hiddenReason, automatically: row.hiddenAutomatically };
  const readable = mayReadHidden(viewer, { authorId: row.authorId, hidden });
  return {
    __typename: 'Thread',
    id: row.id,
    kind: row.kind,
    visibility: row.visibility,
    title: readable ? row.title : HIDDEN_NOTICE,
    body: readable ? row.body : HIDDEN_NOTICE,
    bodyHtml: readable ? row.bodyHtml : HIDDEN_NOTICE_HTML,
    commentCount: row.commentCount,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    locked: row.lockedAt !== null,
    lockReason: row.lockedAt ? row.lockReason : null,
    closedAt: row.closedAt,
    closedById: row.closedById,
    conclusion: readable ? row.conclusion : null,
    conclusionHtml: readable ? row.conclusionHtml : null,
    moderation: moderationNotice(hidden),
    authorId: row.authorId,
    seminarSessionId: row.seminarSessionId,
    published: row.published,
    hidden,
  };
}
