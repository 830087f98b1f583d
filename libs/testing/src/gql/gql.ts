/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCreateThreadDocument;
  '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsAddCommentDocument;
  '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n': typeof types.DiscussionsEditCommentDocument;
  '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsDeleteCommentDocument;
  '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsReactDocument;
  '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsUnreactDocument;
  '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsThreadPageDocument;
  '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentBodiesDocument;
  '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n': typeof types.DiscussionsCommentCountDocument;
  '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCreateExperienceDocument;
  '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.DiscussionsPublishDocument;
  '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n': typeof types.DiscussionsThreadsDocument;
  '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n': typeof types.DiscussionsAccountFragmentDoc;
  '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n': typeof types.DiscussionsViewerDocument;
  '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentAuthorsDocument;
  '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsAddCommentWithThreadDocument;
  '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n': typeof types.DiscussionsCommentFieldsFragmentDoc;
  '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.DiscussionsCommentsInFullDocument;
  '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n': typeof types.DiscussionsOneCommentDocument;
  '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n': typeof types.FactoryCreateExperienceDocument;
  '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n': typeof types.FactoryPublishExperienceDocument;
  '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n': typeof types.FactoryCreateThreadDocument;
  '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n': typeof types.FactoryAddCommentDocument;
};
const documents: Documents = {
  '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCreateThreadDocument,
  '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsAddCommentDocument,
  '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n':
    types.DiscussionsEditCommentDocument,
  '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DiscussionsDeleteCommentDocument,
  '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n':
    types.DiscussionsReactDocument,
  '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n':
    types.DiscussionsUnreactDocument,
  '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionsThreadPageDocument,
  '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentBodiesDocument,
  '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n':
    types.DiscussionsCommentCountDocument,
  '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCreateExperienceDocument,
  '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.DiscussionsPublishDocument,
  '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n':
    types.DiscussionsThreadsDocument,
  '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n':
    types.DiscussionsAccountFragmentDoc,
  '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n': types.DiscussionsViewerDocument,
  '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentAuthorsDocument,
  '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n':
    types.DiscussionsAddCommentWithThreadDocument,
  '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n':
    types.DiscussionsCommentFieldsFragmentDoc,
  '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.DiscussionsCommentsInFullDocument,
  '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n':
    types.DiscussionsOneCommentDocument,
  '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n':
    types.FactoryCreateExperienceDocument,
  '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n':
    types.FactoryPublishExperienceDocument,
  '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n':
    types.FactoryCreateThreadDocument,
  '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n':
    types.FactoryAddCommentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n        kind\n        title\n        bodyHtml\n        commentCount\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsAddCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsEditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      comment {\n        id\n        body\n        editedAt\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsEditCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsDeleteComment($id: ID!) {\n    deleteComment(input: { commentId: $id }) {\n      comment {\n        id\n        body\n        bodyHtml\n        deleted\n        author {\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsDeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsReact($id: ID!, $kind: ReactionKind!) {\n    addReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      kind\n      target {\n        __typename\n        ... on Comment {\n          helpfulCount\n          thanksCount\n          viewerReactions\n        }\n        ... on Experience {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsUnreact($id: ID!, $kind: ReactionKind!) {\n    removeReaction(input: { targetId: $id, kind: $kind }) {\n      active\n      target {\n        ... on Comment {\n          helpfulCount\n          viewerReactions\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsUnreactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsThreadPage($id: ID!, $first: Int, $replies: Int) {\n    thread(id: $id) {\n      title\n      commentCount\n      comments(first: $first) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            bodyHtml\n            deleted\n            createdAt\n            editedAt\n            helpfulCount\n            thanksCount\n            replyCount\n            viewerReactions\n            author {\n              displayName\n            }\n            replies(first: $replies) {\n              nodes {\n                id\n                body\n                createdAt\n                viewerReactions\n                helpfulCount\n                author {\n                  displayName\n                }\n              }\n              pageInfo {\n                hasNextPage\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsThreadPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentBodies($id: ID!, $after: String) {\n    thread(id: $id) {\n      comments(first: 50, after: $after) {\n        nodes {\n          body\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentBodiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentCount($id: ID!) {\n    thread(id: $id) {\n      commentCount\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n          experience {\n            id\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsPublish($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsThreads {\n    threads(first: 100) {\n      nodes {\n        id\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsThreadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionsAccount on User {\n    id\n    email\n    emailVerified\n    bannedUntil\n    banReason\n    createdAt\n  }\n',
): typeof import('./graphql').DiscussionsAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsViewer {\n    viewer {\n      ...DiscussionsAccount\n    }\n  }\n',
): typeof import('./graphql').DiscussionsViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentAuthors($id: ID!) {\n    thread(id: $id) {\n      comments(first: 100) {\n        nodes {\n          id\n          author {\n            ...DiscussionsAccount\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentAuthorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DiscussionsAddCommentWithThread($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n        thread {\n          id\n          commentCount\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsAddCommentWithThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DiscussionsCommentFields on Comment {\n    id\n    body\n    bodyHtml\n    deleted\n    createdAt\n    editedAt\n    replyCount\n    helpfulCount\n    thanksCount\n    viewerReactions\n    moderation {\n      hidden\n    }\n    moderationHistory {\n      action\n    }\n    author {\n      id\n      displayName\n      createdAt\n      email\n      emailVerified\n      bannedUntil\n      banReason\n    }\n    thread {\n      id\n      title\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsCommentsInFull($id: ID!) {\n    thread(id: $id) {\n      comments(first: 30) {\n        nodes {\n          ...DiscussionsCommentFields\n          replies(first: 10) {\n            nodes {\n              ...DiscussionsCommentFields\n            }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsCommentsInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DiscussionsOneComment($id: ID!) {\n    node(id: $id) {\n      ... on Comment {\n        ...DiscussionsCommentFields\n      }\n    }\n  }\n',
): typeof import('./graphql').DiscussionsOneCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryCreateExperience($input: CreateExperienceInput!) {\n    createExperience(input: $input) {\n      experience {\n        id\n        thread {\n          id\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryCreateExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryPublishExperience($id: ID!) {\n    publishExperience(input: { id: $id }) {\n      experience {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryPublishExperienceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryCreateThread($input: CreateThreadInput!) {\n    createThread(input: $input) {\n      thread {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryCreateThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FactoryAddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n',
): typeof import('./graphql').FactoryAddCommentDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
