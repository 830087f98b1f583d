/**
 * The GraphQL documents the side-by-side benchmark sends, to Krisenfest and to the raw baseline alike.
 * The baseline (bench/baseline/server.ts) recognises them by their exact text.
 */
export const FEED = `query Feed($after: String) { experiences(first: 20, after: $after) { edges { cursor node { id title summary publishedAt helpfulCount commentCount viewerReactions author { displayName } municipality { name state } volunteerGroup { name } crisis { name } } } pageInfo { hasNextPage endCursor } } }`;

export const THREAD_PAGE = `query ThreadPage($id: ID!) { thread(id: $id) { title commentCount comments(first: 50) { nodes { id body author { displayName } createdAt helpfulCount viewerReactions replies(first: 10) { nodes { id body author { displayName } } } } pageInfo { hasNextPage endCursor } } } }`;

export const SEARCH = `query Search($q: String!) { search(query: $q, first: 20) { nodes { rank snippet node { __typename ... on Experience { id title } ... on Thread { id title } } } } }`;

/** Served by the baseline only: ranks every match with ts_rank, the naive way search is not done. */
export const SEARCH_NAIVE = SEARCH.replace('query Search(', 'query SearchNaive(');

export const TYPENAME = `{ __typename }`;

export const FEED_THREADS = `query FeedThreads($after: String) { experiences(first: 50, after: $after) { edges { node { thread { id } } } pageInfo { endCursor } } }`;

export const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`;

export const SEARCH_QUERIES = [
  'Hochwasser',
  'Spontanhelfende Koordination',
  'Unterbringung Geflüchtete',
  'Stromausfall',
  'Notunterkunft Turnhalle',
  'Hitzewelle ältere Menschen',
  'Krisenstab',
  'Sandsäcke',
  'Bombenentschärfung',
  'Trinkwasser Tankwagen',
  'Ehrenamt',
  'Cyberangriff',
];
