import { AuthUser, HIDDEN_NOTICE, HiddenMark, mayReadHidden, moderationNotice, ModerationNoticeModel, Visibility } from '@krisenfest/core';
import { CrisisView, Hazard } from '@krisenfest/crises';
import { UserView } from '@krisenfest/identity';
import { MunicipalityView } from '@krisenfest/municipalities';
import { VolunteerGroupView } from '@krisenfest/volunteer-groups';
import { ReactionKind } from '@krisenfest/discussions';
import { RowShape } from '@krisenfest/database';
import { CrisisPhase, ExperienceStatus, RecommendationAddressee, RecommendationStatus } from './experience.entity';

/** The columns of an experience that lists show: everything but its long texts. */
export interface ExperienceRow {
  id: string;
  title: string;
  summary: string;
  hazards: Hazard[];
  phase: CrisisPhase;
  fieldsOfAction: string[];
  actors: string[];
  status: ExperienceStatus;
  visibility: Visibility;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  helpfulCount: number;
  thanksCount: number;
  authorId: string;
  municipalityId: string;
  volunteerGroupId: string | null;
  crisisId: string | null;
  seminarSessionId: string | null;
  sourceThreadId: string | null;
  threadId: string;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  hiddenAutomatically: boolean;
}

export const EXPERIENCE_ROW = new RowShape<ExperienceRow>(
  {
    id: 'id',
    title: 'title',
    summary: 'summary',
    hazards: { column: 'hazards', as: 'text[]' },
    phase: 'phase',
    fieldsOfAction: 'fields_of_action',
    actors: 'actors',
    status: 'status',
    visibility: 'visibility',
    publishedAt: 'published_at',
    createdAt: 'created_at',
    updatedAt: 'updated_at',
    helpfulCount: 'helpful_count',
    thanksCount: 'thanks_count',
    authorId: 'author_id',
    municipalityId: 'municipality_id',
    volunteerGroupId: 'volunteer_group_id',
    crisisId: 'crisis_id',
    seminarSessionId: 'seminar_session_id',
    sourceThreadId: 'source_thread_id',
    threadId: 'thread_id',
    hiddenAt: 'hidden_at',
    hiddenReason: 'hidden_reason',
    hiddenAutomatically: 'hidden_automatically',
  },
  undefined,
  {
    // Masking needs these whatever a list shows (the cursor's columns are asked for by the list).
    always: ['id', 'authorId', 'hiddenAt'],
    fields: {
      moderation: ['hiddenReason', 'hiddenAutomatically'],
      author: ['authorId'],
      municipality: ['municipalityId'],
      volunteerGroup: ['volunteerGroupId'],
      crisis: ['crisisId'],
      seminarSession: ['seminarSessionId'],
      sourceThread: ['sourceThreadId'],
      thread: ['threadId'],
      viewerFollowLevel: ['threadId'],
    },
  },
);

/** The long texts of an experience: read with it where one experience is shown, through a loader otherwise. */
export interface ExperienceTexts {
  id: string;
  situation: string;
  actions: string;
  outcome: string;
  rootCause: string | null;
  transferability: string | null;
}

export const EXPERIENCE_TEXTS_ROW = new RowShape<ExperienceTexts>({
  id: 'id',
  situation: 'situation',
  actions: 'actions',
  outcome: 'outcome',
  rootCause: 'root_cause',
  transferability: 'transferability',
});

export interface RecommendationView {
  experienceId: string;
  text: string;
  addressee: RecommendationAddressee;
  status: RecommendationStatus;
}

export const RECOMMENDATION_ROW = new RowShape<RecommendationView>({
  experienceId: 'experience_id',
  text: 'text',
  addressee: 'addressee',
  status: 'status',
});

/**
 * An experience as GraphQL shows it to one caller, decided once when the row is read. While the moderation hides
 * it, everyone but its author and the moderation reads the notice instead of its texts (`readable` false).
 */
export interface ExperienceView extends Omit<ExperienceRow, 'hiddenAt' | 'hiddenReason' | 'hiddenAutomatically'> {
  __typename: 'Experience';
  commentCount: number;
  viewerReactions: ReactionKind[];
  moderation: ModerationNoticeModel | null;
  /** Whether the caller reads its texts (false while hidden from them: they read the notice). */
  readable: boolean;
  hidden: HiddenMark;
  /**
   * What the statement that read it joined (as complete as the loaders hold them), so its fields resolve
   * without a round through the loaders.
   */
  related?: {
    author?: UserView;
    municipality?: MunicipalityView;
    volunteerGroup?: VolunteerGroupView | null;
    crisis?: CrisisView | null;
  };
}

export function experienceView(
  viewer: AuthUser | null,
  row: ExperienceRow,
  commentCount: number,
  viewerReactions: ReactionKind[],
): ExperienceView {
  const hidden: HiddenMark = { at: row.hiddenAt, reason: row.hiddenReason, automatically: row.hiddenAutomatically };
  const readable = mayReadHidden(viewer, { authorId: row.authorId, hidden });
  // Written out rather than spread: lists map many rows, and a spread copies through V8's slow path.
  return {
    __typename: 'Experience',
    id: row.id,
    title: readable ? row.title : HIDDEN_NOTICE,
    summary: readable ? row.summary : HIDDEN_NOTICE,
    hazards: row.hazards,
    phase: row.phase,
    fieldsOfAction: row.fieldsOfAction,
    actors: row.actors,
    status: row.status,
    visibility: row.visibility,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    helpfulCount: row.helpfulCount,
    thanksCount: row.thanksCount,
    authorId: row.authorId,
    municipalityId: row.municipalityId,
    volunteerGroupId: row.volunteerGroupId,
    crisisId: row.crisisId,
    seminarSessionId: row.seminarSessionId,
    sourceThreadId: row.sourceThreadId,
    threadId: row.threadId,
    commentCount,
    viewerReactions,
    moderation: moderationNotice(hidden),
    readable,
    hidden,
    related: undefined,
  };
}
