import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { Logger } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import {
  AppConfig,
  DateTimeScalar,
  documentSizeLimitPlugin,
  queryCostPlugin,
  formatGraphQLError,
  metricsPlugin,
  outageLog,
  outageOf,
  queryStatsPlugin,
  refusedBeforeExecution,
  ServiceUnavailableError,
  serviceUnavailablePlugin,
  RequestContext,
  SqlStatementCounter,
} from '@krisenfest/core';
import { AuthService, requestMetaOf } from '@krisenfest/identity';
import { RateLimits } from '@krisenfest/rate-limit';

/**
 * Limits on what one document may ask for. Relay's edges/node add two levels per list, hence depth 12.
 * The cost is the number of objects a document may load (each connection multiplies its children by
 * `first`): a feed of 100 costs about 1 100, a thread page of 100 comments with 10 replies each about
 * 9 000; three nested lists of 100 (a million objects) are refused.
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 25000,
  maxCharacters: 15000,
};

export type KrisenfestRequest = FastifyRequest;

/** Depth, aliases, directives and tokens of a document, as HTTP and the subscription server check them. */
export function documentLimits(production: boolean): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    costLimit: { enabled: false }, // replaced by queryCostPlugin, which counts list sizes
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The budget of Apollo's document cache, as it counts it (bytes of each document's JSON). */
const DOCUMENT_CACHE_BYTES = 4 * 1024 * 1024;

export function graphqlOptions(config: AppConfig, auth: AuthService, rateLimits: RateLimits): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const logger = new Logger('GraphQL');
  const armor = documentLimits(production);

  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Nest would reset every executed response to HTTP 200; serviceUnavailablePlugin decides the status instead.
    preserveHttpStatusForExecutionErrors: false,
    includeStacktraceInErrorResponses: false,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }], numberScalarMode: 'integer' },
    validationRules: armor.validationRules,
    // Parsed and validated documents, kept so that the same document is not parsed again. Apollo's default budget
    // (30 MiB counted as the AST's JSON) holds several times that in memory (tokens and locations): under a flood
    // of distinct hostile documents it outgrew a 192 MB heap. What clients really send fits in a few MiB.
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_BYTES }),
    // Apollo ships CommonJS and ESM typings; the plugins are the same objects at run time.
    plugins: [
      ...armor.plugins,
      // Responses are per user and not HTTP-cached; skip the per-field cache hints.
      ApolloServerPluginCacheControlDisabled(),
      documentSizeLimitPlugin(QUERY_LIMITS.maxCharacters),
      queryCostPlugin(QUERY_LIMITS.maxCost),
      ...(config.queryStats ? [queryStatsPlugin()] : []),
      serviceUnavailablePlugin(),
      metricsPlugin(),
      // The Sandbox only where the schema may be explored; production serves no page at all.
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
    ] as unknown as ApolloDriverConfig['plugins'],
    formatError: (formatted, error) =>
      formatGraphQLError(formatted, error, {
        exposeInternals: config.nodeEnv === 'development',
        onInternalError: (e) => logger.error(e instanceof Error ? (e.stack ?? e.message) : String(e)),
        onOutage: (outage, e) => outageLog.report(outage, e),
      }),
    // One context per request, built once: the caller (one statement with the session, roles and memberships),
    // the device, and the counter every SQL statement of the request goes to.
    context: async (request: KrisenfestRequest) => {
      const sql: SqlStatementCounter = { statements: 0 };
      let authenticated: Awaited<ReturnType<AuthService['authenticate']>>;
      try {
        authenticated = await auth.authenticate(new RequestContext(null, null, sql), request.headers.authorization);
      } catch (failure) {
        // Apollo answers a failed context without running the request; an outage must still be a 503, not a 500.
        const outage = outageOf(failure);
        if (!outage) throw failure;
        outageLog.report(outage, failure);
        throw refusedBeforeExecution(new ServiceUnavailableError(outage.message, outage.retryAfterSeconds), 503);
      }
      const { user, error } = authenticated;
      const refusal = user ? await rateLimits.refusalForUser(user.id) : null;
      // The same answer as every RATE_LIMITED (HTTP 200, Retry-After).
      if (refusal) throw refusedBeforeExecution(refusal, 200);
      const meta = requestMetaOf(request.headers, request.ip);
      return { ctx: new RequestContext(user, error, sql, String(request.id), null, meta) };
    },
  };
}
