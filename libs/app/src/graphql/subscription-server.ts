import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  createSourceEventStream,
  DocumentNode,
  execute,
  ExecutionArgs,
  ExecutionResult,
  GraphQLError,
  GraphQLFormattedError,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import {
  AppConfig,
  APP_CONFIG,
  AuthUser,
  BadUserInputError,
  connectionEstimator,
  ErrorCode,
  formatGraphQLError,
  outageLog,
  outageOf,
  RateLimitedError,
  RequestContext,
} from '@krisenfest/core';
import { AuthService } from '@krisenfest/identity';
import { mapStream, PerEventShared } from '@krisenfest/live';
import { documentLimits, QUERY_LIMITS } from './graphql-options';

/** Subscriptions one connection may hold at once. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** A message larger than this closes the connection (subscription documents are small). */
const MAX_MESSAGE_BYTES = 64 * 1024;

interface ConnectionState {
  user: AuthUser | null;
  subscriptions: Set<string>;
  expiryTimer?: NodeJS.Timeout;
}

/** What a subscription resolver gets as its context, like an HTTP request's: the caller. */
export interface SubscriptionContext {
  ctx: RequestContext;
}

/**
 * GraphQL subscriptions over graphql-ws on the same path as HTTP (`/graphql`), beside Apollo on Fastify. Apollo's
 * plugins do not run here, so the same limits are applied here: document size, depth, aliases, tokens and cost; the
 * access token is checked when the connection opens (`connectionParams.authorization: "Bearer …"`) and the connection
 * is closed when it expires; at most MAX_SUBSCRIPTIONS_PER_CONNECTION at once; errors carry the same codes.
 * Queries and mutations go over HTTP.
 */
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Subscriptions');
  private wss: WebSocketServer | null = null;
  private disposable: { dispose(): void | Promise<void> } | null = null;
  private onUpgrade: ((request: IncomingMessage, socket: Duplex, head: Buffer) => void) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const schema = this.schemaHost.schema;
    const httpServer = this.adapterHost.httpAdapter.getHttpServer() as import('node:http').Server;
    const armor = documentLimits(this.config.nodeEnv === 'production');
    const rules = [...specifiedRules, ...armor.validationRules];
    const production = this.config.nodeEnv === 'production';

    this.wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
    this.onUpgrade = (request, socket, head) => {
      const path = (request.url ?? '').split('?')[0];
      if (path !== '/graphql') return;
      this.wss!.handleUpgrade(request, socket, head, (ws) => this.wss!.emit('connection', ws, request));
    };
    httpServer.on('upgrade', this.onUpgrade);

    // Refusals carry the same domain errors as on HTTP, so the formatter gives them the same codes.
    const refuse = (message: string, code: ErrorCode) => [
      new GraphQLError(message, {
        originalError: code === ErrorCode.RATE_LIMITED ? new RateLimitedError(message, 1000) : new BadUserInputError(message),
      }),
    ];
    const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
      errors.map((error) =>
        formatGraphQLError(error.toJSON(), error, {
          exposeInternals: this.config.nodeEnv === 'development',
          onInternalError: (e) => this.logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
          onOutage: (outage, e) => outageLog.report(outage, e),
        }),
      );

    // One execution per event, document, variables and rights, shared by every subscription they match: a thousand
    // anonymous subscribers of a thread cost one execution per comment, not a thousand.
    const sharedResults = new PerEventShared<Promise<ExecutionResult>>();
    const subscribe = async (args: ExecutionArgs) => {
      const source = await createSourceEventStream(args);
      if (!(Symbol.asyncIterator in source)) return source;
      const operation = `${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}|${documentKey(args.document)}`;
      const context = args.contextValue as SubscriptionContext;
      return mapStream((source as AsyncIterable<unknown>)[Symbol.asyncIterator](), async (payload) => {
        const eventId = (payload as { eventId?: unknown } | null)?.eventId;
        const run = () => Promise.resolve(execute({ ...args, rootValue: payload }));
        if (typeof eventId !== 'string') return run();
        return sharedResults.get(`${eventId}|${operation}`, context.ctx.userId ?? 'anonymous', run);
      });
    };

    this.disposable = useServer<Record<string, unknown> | undefined, { state?: ConnectionState }>(
      {
        schema,
        subscribe,
        connectionInitWaitTimeout: 10_000,
        onConnect: async (socketCtx) => {
          const state: ConnectionState = { user: null, subscriptions: new Set() };
          socketCtx.extra.state = state;
          const authorization = socketCtx.connectionParams?.authorization;
          if (authorization === undefined) return true;
          if (typeof authorization !== 'string') return false;
          try {
            const { user, error } = await this.auth.authenticate(RequestContext.anonymous(), authorization);
            if (error || !user) return false;
            state.user = user;
            const expiresAt = tokenExpiry(authorization);
            if (expiresAt) {
              // The client reconnects with a fresh token; until then nothing reaches it under the old one.
              state.expiryTimer = setTimeout(
                () => socketCtx.extra.socket.close(CloseCode.Forbidden, 'Access token expired'),
                Math.max(0, expiresAt - Date.now()),
              );
              state.expiryTimer.unref();
            }
            return true;
          } catch (failure) {
            const outage = outageOf(failure);
            if (outage) outageLog.report(outage, failure);
            socketCtx.extra.socket.close(CloseCode.InternalServerError, 'Service unavailable, retry later');
            return false;
          }
        },
        onClose: (socketCtx) => clearTimeout(socketCtx.extra.state?.expiryTimer),
        onSubscribe: (socketCtx, id, payload) => {
          const state = socketCtx.extra.state!;
          if (state.subscriptions.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
            return refuse(
              `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection; complete one first.`,
              ErrorCode.RATE_LIMITED,
            );
          }
          if (payload.query.length > QUERY_LIMITS.maxCharacters) {
            return refuse(`The document is longer than ${QUERY_LIMITS.maxCharacters} characters.`, ErrorCode.BAD_USER_INPUT);
          }
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
          } catch (error) {
            return refuse((error as Error).message, ErrorCode.BAD_USER_INPUT);
          }
          const invalid = validate(schema, document, rules);
          if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { extensions: { code: ErrorCode.BAD_USER_INPUT } }));
          const operation = getOperationAST(document, payload.operationName);
          if (!operation) return refuse('Name the operation to run (operationName).', ErrorCode.BAD_USER_INPUT);
          if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
            return refuse(
              'Only subscriptions go over this connection; send queries and mutations with HTTP POST /graphql.',
              ErrorCode.BAD_USER_INPUT,
            );
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: payload.operationName ?? undefined,
              variables: payload.variables ?? {},
              estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            return refuse((error as Error).message, ErrorCode.BAD_USER_INPUT);
          }
          if (cost > QUERY_LIMITS.maxCost) {
            return refuse(
              `This subscription could load up to ${cost} objects per event; at most ${QUERY_LIMITS.maxCost} are allowed.`,
              ErrorCode.BAD_USER_INPUT,
            );
          }
          state.subscriptions.add(id);
          const args: ExecutionArgs = {
            schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: { ctx: new RequestContext(state.user) } satisfies SubscriptionContext,
          };
          return args;
        },
        onComplete: (socketCtx, id) => {
          socketCtx.extra.state?.subscriptions.delete(id);
        },
        onNext: (_socketCtx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return result;
          return { ...result, errors: format(result.errors as readonly GraphQLError[]) };
        },
        onError: (_socketCtx, _id, _payload, errors) => format(errors),
      },
      this.wss,
    );
    this.logger.log(`subscriptions over ${GRAPHQL_TRANSPORT_WS_PROTOCOL} at /graphql${production ? '' : ' (development)'}`);
  }

  /** Closes every subscription connection (1001, going away): clients reconnect to another process and resume. */
  async beforeApplicationShutdown(): Promise<void> {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as import('node:http').Server | undefined;
    if (this.onUpgrade) httpServer?.off('upgrade', this.onUpgrade);
    await this.disposable?.dispose();
    this.wss?.close();
  }
}

const documentKeys = new WeakMap<DocumentNode, string>();
let documentCount = 0;
/** A key per parsed document (each subscription parses its own; equal texts get equal keys through their source). */
function documentKey(document: DocumentNode): string {
  let key = documentKeys.get(document);
  if (!key) {
    key = document.loc?.source.body ?? `doc-${++documentCount}`;
    documentKeys.set(document, key);
  }
  return key;
}

/** When a JWT's `exp` says it expires (ms), read without verifying (authenticate verified it). */
function tokenExpiry(authorization: string): number | null {
  try {
    const payload = authorization.replace(/^Bearer\s+/, '').split('.')[1];
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}
