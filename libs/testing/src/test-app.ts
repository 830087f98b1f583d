// Decorators record their design types only if reflect-metadata is loaded before any decorated class.
import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { loadConfig } from '@krisenfest/core';
import { createApp } from '@krisenfest/app';
import { TestClient } from './client';
import { Factories } from './factories';
import { Fixtures, uuidOf } from './fixtures';
import { createTestDatabase } from './test-database';

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

export interface GraphQLBody<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: GraphQLErrorBody[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  body: GraphQLBody<TData>;
  headers: Record<string, string | string[] | number | undefined>;
}

export interface SignedUpUser {
  token: string;
  /** The user's global id. */
  userId: string;
  email: string;
  password: string;
  displayName: string;
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  /** Set when the app was started with `listen: true` (e.g. for autocannon or a real HTTP client). */
  url?: string;
  gql<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /**
   * Registers a new user. Its e-mail address is marked confirmed in SQL (membership requests need that),
   * unless `emailVerified: false`.
   */
  signUp(name?: string, options?: SignUpOptions): Promise<SignedUpUser>;
  /** Requests as `user`; `t.as(null)` asks as nobody signed in. */
  as(user: SignedUpUser | null): TestClient;
  /** Reference data written in SQL (municipalities, groups, crises, memberships). */
  fx: Fixtures;
  /** Experiences, threads and comments written through the API. */
  make: Factories;
  close(): Promise<void>;
}

export interface SignUpOptions {
  /** Default true: the address counts as confirmed, as if the link in the mail had been opened. */
  emailVerified?: boolean;
}

export interface TestAppOptions {
  /** Environment overrides on top of the test defaults (e.g. `{ QUERY_STATS: '0' }`). */
  env?: Record<string, string>;
  /** Listen on a random local port as well; by default requests are injected without a socket. */
  listen?: boolean;
}

export const TEST_PASSWORD = 'correct horse battery';

const REGISTER = `mutation($input: RegisterInput!){ register(input:$input){ accessToken user{ id } } }`;

let signUps = 0;

/**
 * The whole API on a fresh, migrated database of its own: the same bootstrap as production
 * (createApp), Fastify's inject() for requests.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'krisenfest-test-app-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    QUERY_STATS: '1',
    JWT_SECRET: 'x'.repeat(40),
    SEED: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    // Tests post a lot from fresh accounts; new-account-limits.e2e-spec turns the limits on.
    NEW_ACCOUNT_HOURS: '0',
    ...options.env,
  });
  // The database with the API's own bounds on waits, as prepareDatabase opens it.
  const db = await createTestDatabase({ limits: config.database });
  let app: NestFastifyApplication | undefined;
  try {
    app = await createApp(config, db.dataSource);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    let url: string | undefined;
    if (options.listen) {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as { port: number };
      url = `http://127.0.0.1:${port}/graphql`;
    }
    const started = app;
    const fastify = app.getHttpAdapter().getInstance();

    const gql: TestApp['gql'] = async (query, variables, requestOptions = {}) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...requestOptions.headers };
      if (requestOptions.token !== undefined) headers.authorization = `Bearer ${requestOptions.token}`;
      const response = await fastify.inject({ method: 'POST', url: '/graphql', headers, payload: JSON.stringify({ query, variables }) });
      let body: GraphQLBody;
      try {
        body = response.json<GraphQLBody>();
      } catch {
        throw new Error(`/graphql answered ${response.statusCode} with a body that is not JSON: ${response.body.slice(0, 500)}`);
      }
      // No input a client can send may produce a server error: every request of every test checks it. The one 5xx
      // that is an answer is a 503 for an outage (the fault tests cause them), and it must say so in every error.
      if (response.statusCode >= 500 && !isOutageAnswer(response.statusCode, body)) {
        throw new Error(`/graphql answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
      }
      return { status: response.statusCode, body: body as GraphQLBody<never>, headers: response.headers };
    };

    const signUp: TestApp['signUp'] = async (name, signUpOptions = {}) => {
      signUps += 1;
      const displayName = name ?? `Tester ${signUps}`;
      const email = `user-${randomBytes(5).toString('hex')}@example.org`;
      const { status, body } = await gql<{ register: { accessToken: string; user: { id: string } } }>(REGISTER, {
        input: { email, password: TEST_PASSWORD, displayName },
      });
      if (status !== 200 || !body.data?.register) throw new Error(`signUp failed (${status}): ${JSON.stringify(body.errors)}`);
      if (signUpOptions.emailVerified ?? true) {
        await db.dataSource.query('UPDATE user_account SET email_verified_at = now() WHERE id = $1', [uuidOf(body.data.register.user.id)]);
      }
      return { token: body.data.register.accessToken, userId: body.data.register.user.id, email, password: TEST_PASSWORD, displayName };
    };

    const as = (user: SignedUpUser | null) =>
      new TestClient((query, variables, token) => gql<never>(query, variables, token === undefined ? {} : { token }), user);
    const fx = new Fixtures(db.dataSource);

    let closed = false;
    return {
      app: started,
      dataSource: db.dataSource,
      url,
      gql,
      signUp,
      as,
      fx,
      make: new Factories(as, fx),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await started.close();
        } finally {
          await db.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** HTTP 503 whose every error is SERVICE_UNAVAILABLE: what an outage (database, timeouts, overload) looks like. */
export function isOutageAnswer(status: number, body: GraphQLBody<unknown>): boolean {
  return status === 503 && !!body.errors?.length && body.errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
}

/** The number of SQL statements the operation cost (needs QUERY_STATS, on by default in tests). */
export function sqlStatements(body: GraphQLBody<unknown>): number {
  const count = body.extensions?.sqlStatements;
  if (typeof count !== 'number') throw new Error(`response has no extensions.sqlStatements: ${JSON.stringify(body.extensions)}`);
  return count;
}
