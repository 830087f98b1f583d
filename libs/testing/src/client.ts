import type { TypedDocumentString } from './gql/graphql';
import type { GraphQLBody, GraphQLErrorBody, GraphQLResponse, SignedUpUser } from './test-app';

/** A document the tests send: typed (from `graphql(...)`, checked against the schema) or, for hostile input, raw text. */
export type Document<R, V> = TypedDocumentString<R, V> | string;

type Send = (query: string, variables: Record<string, unknown> | undefined, token: string | undefined) => Promise<GraphQLResponse<never>>;

/**
 * Requests as one caller: `t.as(anna)`, `t.as(null)` for nobody signed in. Every request of the harness fails the
 * test on a 5xx; `data` also on any error, `error` unless exactly one error with the given code comes back.
 */
export class TestClient {
  constructor(
    private readonly send: Send,
    /** Who is asking (null: nobody is signed in). */
    readonly user: SignedUpUser | null,
  ) {}

  /** The whole response: status, data, errors, extensions. */
  async request<R, V>(document: Document<R, V>, ...variables: VariablesOf<V>): Promise<GraphQLResponse<R>> {
    const response = await this.send(String(document), variables[0] as Record<string, unknown> | undefined, this.user?.token);
    return response as GraphQLResponse<R>;
  }

  /** Sends variables as they come, also ones the document's types refuse: for tests of bad input. */
  async raw<R, V>(document: Document<R, V>, variables: unknown): Promise<GraphQLResponse<R>> {
    const response = await this.send(String(document), variables as Record<string, unknown>, this.user?.token);
    return response as GraphQLResponse<R>;
  }

  /** The data of a document that must succeed; any error fails the test and shows it. */
  async data<R, V>(document: Document<R, V>, ...variables: VariablesOf<V>): Promise<R> {
    const { body } = await this.request(document, ...variables);
    if (body.errors?.length || !body.data) throw new Error(`expected data, got errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** The one error a document must fail with, with `code` as its extensions.code. */
  async error<R, V>(document: Document<R, V>, code: string, ...variables: VariablesOf<V>): Promise<GraphQLErrorBody> {
    const { body } = await this.request(document, ...variables);
    return expectErrorCode(body, code);
  }
}

/** Variables are required where the document declares a required one, optional otherwise. */
type VariablesOf<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** The variables of a typed document, e.g. `Variables<typeof CREATE>['input']`. */
export type Variables<D> = D extends Document<unknown, infer V> ? V : never;

/** The data a typed document answers with. */
export type Result<D> = D extends Document<infer R, infer _V> ? R : never;

/** Asserts that the response carries exactly one error, with `code` as its extensions.code; returns it. */
export function expectErrorCode(body: GraphQLBody<unknown>, code: string): GraphQLErrorBody {
  expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  return body.errors![0];
}

/** The fields an error's `extensions.fields` names. */
export function errorFields(error: GraphQLErrorBody): string[] {
  return (error.extensions?.fields ?? []).map((f) => f.field);
}
