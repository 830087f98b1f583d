/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddCommentInput = {
  /** Markdown. */
  body: string;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** Reply to this comment. */
  parentId?: string | number | null | undefined;
  threadId: string | number;
};

export type CreateExperienceInput = {
  actions?: string | null | undefined;
  actors?: Array<string> | null | undefined;
  crisisId?: string | number | null | undefined;
  fieldsOfAction?: Array<string> | null | undefined;
  hazards: Array<Hazard>;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** Where it happened; you speak for it unless volunteerGroupId is set. */
  municipalityId: string | number;
  outcome?: string | null | undefined;
  phase: CrisisPhase;
  recommendations?: Array<RecommendationInput> | null | undefined;
  rootCause?: string | null | undefined;
  /** The seminar session this lesson came from. */
  seminarSessionId?: string | number | null | undefined;
  situation?: string | null | undefined;
  /** At most 300 characters. */
  summary: string;
  title: string;
  transferability?: string | null | undefined;
  /** Who may read it once published (default PUBLIC); MEMBERS: the staff of its municipality, or the members of its group. */
  visibility?: Visibility | null | undefined;
  /** Write on behalf of this volunteer group. */
  volunteerGroupId?: string | number | null | undefined;
};

export type CreateThreadInput = {
  /** Markdown. */
  body: string;
  /** Your own key for this request (8–100 letters, digits, - or _). Sending it again returns the first result instead of posting twice. */
  idempotencyKey?: string | null | undefined;
  /** The municipality whose verified staff may read a MEMBERS thread; you must be one of them. */
  ownerMunicipalityId?: string | number | null | undefined;
  /** The volunteer group whose verified members may read a MEMBERS thread; you must be one of them. */
  ownerVolunteerGroupId?: string | number | null | undefined;
  /** Makes it a follow-up thread of this seminar session. */
  seminarSessionId?: string | number | null | undefined;
  title: string;
  /** Who may read it (default PUBLIC). MEMBERS needs ownerMunicipalityId or ownerVolunteerGroupId. */
  visibility?: Visibility | null | undefined;
};

export type CrisisPhase =
  /** Vorbereitung */
  | 'PREPAREDNESS'
  /** Vorsorge */
  | 'PREVENTION'
  /** Wiederaufbau */
  | 'RECOVERY'
  /** Bewältigung */
  | 'RESPONSE';

export type EditCommentInput = {
  body: string;
  commentId: string | number;
};

/** The kind of event a crisis is. */
export type Hazard =
  /** Cyberangriff */
  | 'CYBER_ATTACK'
  /** Dürre */
  | 'DROUGHT'
  /** Hochwasser */
  | 'FLOOD'
  /** Hitze */
  | 'HEAT'
  /** Starkregen */
  | 'HEAVY_RAIN'
  /** Sonstiges */
  | 'OTHER'
  /** Pandemie */
  | 'PANDEMIC'
  /** Stromausfall */
  | 'POWER_OUTAGE'
  /** Ankunft Geflüchteter */
  | 'REFUGEE_ARRIVAL'
  /** Sturm */
  | 'STORM'
  /** Versorgungsengpass */
  | 'SUPPLY_SHORTAGE'
  /** Waldbrand */
  | 'WILDFIRE';

export type ModerationActionKind =
  'AUTO_HIDE' | 'BAN' | 'DISMISS_FLAGS' | 'ERASE_PERSONAL_DATA' | 'HIDE' | 'LOCK' | 'MOVE' | 'RESTORE' | 'UNBAN' | 'UNLOCK';

export type ReactionKind =
  /** hilfreich */
  | 'HELPFUL'
  /** danke */
  | 'THANKS';

export type RecommendationAddressee =
  /** Bund */
  | 'BUND'
  /** Ehrenamt und Zivilgesellschaft */
  | 'EHRENAMT'
  /** Gemeinde / Stadt */
  | 'KOMMUNE'
  /** Landkreis */
  | 'KREIS'
  /** Bundesland */
  | 'LAND';

export type RecommendationInput = {
  addressee: RecommendationAddressee;
  status?: RecommendationStatus | null | undefined;
  text: string;
};

export type RecommendationStatus =
  /** umgesetzt */
  | 'IMPLEMENTED'
  /** in Umsetzung */
  | 'IN_PROGRESS'
  /** nicht weiterverfolgt */
  | 'NOT_PURSUED'
  /** empfohlen */
  | 'PROPOSED';

export type ThreadKind =
  /** The discussion of an experience (Erfahrungsbericht). */
  | 'EXPERIENCE'
  /** A discussion of its own. */
  | 'GENERAL'
  /** A follow-up to a seminar session. */
  | 'SEMINAR_SESSION';

export type Visibility =
  /** only the verified members of the owning municipality or volunteer group */
  | 'MEMBERS'
  /** öffentlich: everyone, also without an account */
  | 'PUBLIC'
  /** signed-in users with a verified membership in any municipality or group */
  | 'VERIFIED';

export type DiscussionsCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type DiscussionsCreateThreadMutation = {
  createThread: {
    thread: { id: string; kind: ThreadKind; title: string; bodyHtml: string; commentCount: number; author: { displayName: string } | null };
  };
};

export type DiscussionsAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type DiscussionsAddCommentMutation = {
  addComment: {
    comment: { id: string; body: string | null; bodyHtml: string | null; deleted: boolean; author: { displayName: string } | null };
  };
};

export type DiscussionsEditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;

export type DiscussionsEditCommentMutation = { editComment: { comment: { id: string; body: string | null; editedAt: string | null } } };

export type DiscussionsDeleteCommentMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsDeleteCommentMutation = {
  deleteComment: {
    comment: { id: string; body: string | null; bodyHtml: string | null; deleted: boolean; author: { displayName: string } | null };
  };
};

export type DiscussionsReactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;

export type DiscussionsReactMutation = {
  addReaction: {
    active: boolean;
    kind: ReactionKind;
    target:
      | { __typename: 'Comment'; helpfulCount: number; thanksCount: number; viewerReactions: Array<ReactionKind> }
      | { __typename: 'Crisis' }
      | { __typename: 'Experience'; helpfulCount: number; viewerReactions: Array<ReactionKind> }
      | { __typename: 'Membership' }
      | { __typename: 'Municipality' }
      | { __typename: 'SeminarSeries' }
      | { __typename: 'SeminarSession' }
      | { __typename: 'Thread' }
      | { __typename: 'User' }
      | { __typename: 'VolunteerGroup' };
  };
};

export type DiscussionsUnreactMutationVariables = Exact<{
  id: string | number;
  kind: ReactionKind;
}>;

export type DiscussionsUnreactMutation = {
  removeReaction: { active: boolean; target: { helpfulCount: number; viewerReactions: Array<ReactionKind> } | Record<PropertyKey, never> };
};

export type DiscussionsThreadPageQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  replies?: number | null | undefined;
}>;

export type DiscussionsThreadPageQuery = {
  thread: {
    title: string;
    commentCount: number;
    comments: {
      edges: Array<{
        cursor: string;
        node: {
          id: string;
          body: string | null;
          bodyHtml: string | null;
          deleted: boolean;
          createdAt: string;
          editedAt: string | null;
          helpfulCount: number;
          thanksCount: number;
          replyCount: number;
          viewerReactions: Array<ReactionKind>;
          author: { displayName: string } | null;
          replies: {
            nodes: Array<{
              id: string;
              body: string | null;
              createdAt: string;
              viewerReactions: Array<ReactionKind>;
              helpfulCount: number;
              author: { displayName: string } | null;
            }>;
            pageInfo: { hasNextPage: boolean };
          };
        };
      }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

export type DiscussionsCommentBodiesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;

export type DiscussionsCommentBodiesQuery = {
  thread: { comments: { nodes: Array<{ body: string | null }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
};

export type DiscussionsCommentCountQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentCountQuery = { thread: { commentCount: number } };

export type DiscussionsCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type DiscussionsCreateExperienceMutation = {
  createExperience: { experience: { id: string; thread: { id: string; experience: { id: string } | null } | null } };
};

export type DiscussionsPublishMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsPublishMutation = { publishExperience: { experience: { id: string } } };

export type DiscussionsThreadsQueryVariables = Exact<{ [key: string]: never }>;

export type DiscussionsThreadsQuery = { threads: { nodes: Array<{ id: string; kind: ThreadKind }> } };

export type DiscussionsAccountFragment = {
  id: string;
  email: string | null;
  emailVerified: boolean | null;
  bannedUntil: string | null;
  banReason: string | null;
  createdAt: string;
};

export type DiscussionsViewerQueryVariables = Exact<{ [key: string]: never }>;

export type DiscussionsViewerQuery = {
  viewer: {
    id: string;
    email: string | null;
    emailVerified: boolean | null;
    bannedUntil: string | null;
    banReason: string | null;
    createdAt: string;
  } | null;
};

export type DiscussionsCommentAuthorsQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentAuthorsQuery = {
  thread: {
    comments: {
      nodes: Array<{
        id: string;
        author: {
          id: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
          createdAt: string;
        } | null;
      }>;
    };
  };
};

export type DiscussionsAddCommentWithThreadMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type DiscussionsAddCommentWithThreadMutation = {
  addComment: { comment: { id: string; thread: { id: string; commentCount: number } | null } };
};

export type DiscussionsCommentFieldsFragment = {
  id: string;
  body: string | null;
  bodyHtml: string | null;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  replyCount: number;
  helpfulCount: number;
  thanksCount: number;
  viewerReactions: Array<ReactionKind>;
  moderation: { hidden: boolean } | null;
  moderationHistory: Array<{ action: ModerationActionKind }>;
  author: {
    id: string;
    displayName: string;
    createdAt: string;
    email: string | null;
    emailVerified: boolean | null;
    bannedUntil: string | null;
    banReason: string | null;
  } | null;
  thread: { id: string; title: string } | null;
};

export type DiscussionsCommentsInFullQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsCommentsInFullQuery = {
  thread: {
    comments: {
      nodes: Array<{
        id: string;
        body: string | null;
        bodyHtml: string | null;
        deleted: boolean;
        createdAt: string;
        editedAt: string | null;
        replyCount: number;
        helpfulCount: number;
        thanksCount: number;
        viewerReactions: Array<ReactionKind>;
        replies: {
          nodes: Array<{
            id: string;
            body: string | null;
            bodyHtml: string | null;
            deleted: boolean;
            createdAt: string;
            editedAt: string | null;
            replyCount: number;
            helpfulCount: number;
            thanksCount: number;
            viewerReactions: Array<ReactionKind>;
            moderation: { hidden: boolean } | null;
            moderationHistory: Array<{ action: ModerationActionKind }>;
            author: {
              id: string;
              displayName: string;
              createdAt: string;
              email: string | null;
              emailVerified: boolean | null;
              bannedUntil: string | null;
              banReason: string | null;
            } | null;
            thread: { id: string; title: string } | null;
          }>;
        };
        moderation: { hidden: boolean } | null;
        moderationHistory: Array<{ action: ModerationActionKind }>;
        author: {
          id: string;
          displayName: string;
          createdAt: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
        } | null;
        thread: { id: string; title: string } | null;
      }>;
    };
  };
};

export type DiscussionsOneCommentQueryVariables = Exact<{
  id: string | number;
}>;

export type DiscussionsOneCommentQuery = {
  node:
    | {
        id: string;
        body: string | null;
        bodyHtml: string | null;
        deleted: boolean;
        createdAt: string;
        editedAt: string | null;
        replyCount: number;
        helpfulCount: number;
        thanksCount: number;
        viewerReactions: Array<ReactionKind>;
        moderation: { hidden: boolean } | null;
        moderationHistory: Array<{ action: ModerationActionKind }>;
        author: {
          id: string;
          displayName: string;
          createdAt: string;
          email: string | null;
          emailVerified: boolean | null;
          bannedUntil: string | null;
          banReason: string | null;
        } | null;
        thread: { id: string; title: string } | null;
      }
    | Record<PropertyKey, never>
    | null;
};

export type FactoryCreateExperienceMutationVariables = Exact<{
  input: CreateExperienceInput;
}>;

export type FactoryCreateExperienceMutation = { createExperience: { experience: { id: string; thread: { id: string } | null } } };

export type FactoryPublishExperienceMutationVariables = Exact<{
  id: string | number;
}>;

export type FactoryPublishExperienceMutation = { publishExperience: { experience: { id: string } } };

export type FactoryCreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;

export type FactoryCreateThreadMutation = { createThread: { thread: { id: string } } };

export type FactoryAddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;

export type FactoryAddCommentMutation = { addComment: { comment: { id: string } } };

export class TypedDocumentString<TResult, TVariables> extends String implements DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DiscussionsAccountFragmentDoc = new TypedDocumentString(
  `
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}
    `,
  { fragmentName: 'DiscussionsAccount' },
) as unknown as TypedDocumentString<DiscussionsAccountFragment, unknown>;
export const DiscussionsCommentFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}
    `,
  { fragmentName: 'DiscussionsCommentFields' },
) as unknown as TypedDocumentString<DiscussionsCommentFieldsFragment, unknown>;
export const DiscussionsCreateThreadDocument = new TypedDocumentString(`
    mutation DiscussionsCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
      kind
      title
      bodyHtml
      commentCount
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCreateThreadMutation, DiscussionsCreateThreadMutationVariables>;
export const DiscussionsAddCommentDocument = new TypedDocumentString(`
    mutation DiscussionsAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      body
      bodyHtml
      deleted
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsAddCommentMutation, DiscussionsAddCommentMutationVariables>;
export const DiscussionsEditCommentDocument = new TypedDocumentString(`
    mutation DiscussionsEditComment($input: EditCommentInput!) {
  editComment(input: $input) {
    comment {
      id
      body
      editedAt
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsEditCommentMutation, DiscussionsEditCommentMutationVariables>;
export const DiscussionsDeleteCommentDocument = new TypedDocumentString(`
    mutation DiscussionsDeleteComment($id: ID!) {
  deleteComment(input: {commentId: $id}) {
    comment {
      id
      body
      bodyHtml
      deleted
      author {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsDeleteCommentMutation, DiscussionsDeleteCommentMutationVariables>;
export const DiscussionsReactDocument = new TypedDocumentString(`
    mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {
  addReaction(input: {targetId: $id, kind: $kind}) {
    active
    kind
    target {
      __typename
      ... on Comment {
        helpfulCount
        thanksCount
        viewerReactions
      }
      ... on Experience {
        helpfulCount
        viewerReactions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsReactMutation, DiscussionsReactMutationVariables>;
export const DiscussionsUnreactDocument = new TypedDocumentString(`
    mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {
  removeReaction(input: {targetId: $id, kind: $kind}) {
    active
    target {
      ... on Comment {
        helpfulCount
        viewerReactions
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsUnreactMutation, DiscussionsUnreactMutationVariables>;
export const DiscussionsThreadPageDocument = new TypedDocumentString(`
    query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {
  thread(id: $id) {
    title
    commentCount
    comments(first: $first) {
      edges {
        cursor
        node {
          id
          body
          bodyHtml
          deleted
          createdAt
          editedAt
          helpfulCount
          thanksCount
          replyCount
          viewerReactions
          author {
            displayName
          }
          replies(first: $replies) {
            nodes {
              id
              body
              createdAt
              viewerReactions
              helpfulCount
              author {
                displayName
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsThreadPageQuery, DiscussionsThreadPageQueryVariables>;
export const DiscussionsCommentBodiesDocument = new TypedDocumentString(`
    query DiscussionsCommentBodies($id: ID!, $after: String) {
  thread(id: $id) {
    comments(first: 50, after: $after) {
      nodes {
        body
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCommentBodiesQuery, DiscussionsCommentBodiesQueryVariables>;
export const DiscussionsCommentCountDocument = new TypedDocumentString(`
    query DiscussionsCommentCount($id: ID!) {
  thread(id: $id) {
    commentCount
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCommentCountQuery, DiscussionsCommentCountQueryVariables>;
export const DiscussionsCreateExperienceDocument = new TypedDocumentString(`
    mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {
  createExperience(input: $input) {
    experience {
      id
      thread {
        id
        experience {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsCreateExperienceMutation, DiscussionsCreateExperienceMutationVariables>;
export const DiscussionsPublishDocument = new TypedDocumentString(`
    mutation DiscussionsPublish($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsPublishMutation, DiscussionsPublishMutationVariables>;
export const DiscussionsThreadsDocument = new TypedDocumentString(`
    query DiscussionsThreads {
  threads(first: 100) {
    nodes {
      id
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsThreadsQuery, DiscussionsThreadsQueryVariables>;
export const DiscussionsViewerDocument = new TypedDocumentString(`
    query DiscussionsViewer {
  viewer {
    ...DiscussionsAccount
  }
}
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}`) as unknown as TypedDocumentString<DiscussionsViewerQuery, DiscussionsViewerQueryVariables>;
export const DiscussionsCommentAuthorsDocument = new TypedDocumentString(`
    query DiscussionsCommentAuthors($id: ID!) {
  thread(id: $id) {
    comments(first: 100) {
      nodes {
        id
        author {
          ...DiscussionsAccount
        }
      }
    }
  }
}
    fragment DiscussionsAccount on User {
  id
  email
  emailVerified
  bannedUntil
  banReason
  createdAt
}`) as unknown as TypedDocumentString<DiscussionsCommentAuthorsQuery, DiscussionsCommentAuthorsQueryVariables>;
export const DiscussionsAddCommentWithThreadDocument = new TypedDocumentString(`
    mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
      thread {
        id
        commentCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DiscussionsAddCommentWithThreadMutation, DiscussionsAddCommentWithThreadMutationVariables>;
export const DiscussionsCommentsInFullDocument = new TypedDocumentString(`
    query DiscussionsCommentsInFull($id: ID!) {
  thread(id: $id) {
    comments(first: 30) {
      nodes {
        ...DiscussionsCommentFields
        replies(first: 10) {
          nodes {
            ...DiscussionsCommentFields
          }
        }
      }
    }
  }
}
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<DiscussionsCommentsInFullQuery, DiscussionsCommentsInFullQueryVariables>;
export const DiscussionsOneCommentDocument = new TypedDocumentString(`
    query DiscussionsOneComment($id: ID!) {
  node(id: $id) {
    ... on Comment {
      ...DiscussionsCommentFields
    }
  }
}
    fragment DiscussionsCommentFields on Comment {
  id
  body
  bodyHtml
  deleted
  createdAt
  editedAt
  replyCount
  helpfulCount
  thanksCount
  viewerReactions
  moderation {
    hidden
  }
  moderationHistory {
    action
  }
  author {
    id
    displayName
    createdAt
    email
    emailVerified
    bannedUntil
    banReason
  }
  thread {
    id
    title
  }
}`) as unknown as TypedDocumentString<DiscussionsOneCommentQuery, DiscussionsOneCommentQueryVariables>;
export const FactoryCreateExperienceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<FactoryCreateExperienceMutation, FactoryCreateExperienceMutationVariables>;
export const FactoryPublishExperienceDocument = new TypedDocumentString(`
    mutation FactoryPublishExperience($id: ID!) {
  publishExperience(input: {id: $id}) {
    experience {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryPublishExperienceMutation, FactoryPublishExperienceMutationVariables>;
export const FactoryCreateThreadDocument = new TypedDocumentString(`
    mutation FactoryCreateThread($input: CreateThreadInput!) {
  createThread(input: $input) {
    thread {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryCreateThreadMutation, FactoryCreateThreadMutationVariables>;
export const FactoryAddCommentDocument = new TypedDocumentString(`
    mutation FactoryAddComment($input: AddCommentInput!) {
  addComment(input: $input) {
    comment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FactoryAddCommentMutation, FactoryAddCommentMutationVariables>;
