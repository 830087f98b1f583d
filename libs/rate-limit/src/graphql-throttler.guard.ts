import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { RateLimitedError, RequestContext } from '@krisenfest/core';
import { setRetryAfter } from './retry-after';

interface GraphQLContext {
  req?: { ip?: string };
  ctx?: RequestContext;
}

function graphqlContext(context: ExecutionContext): GraphQLContext | undefined {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext<GraphQLContext>() : undefined;
}

/** The signed-in caller of a GraphQL operation, if any (the per-user throttler's tracker). */
export function signedInUserId(context: ExecutionContext): string | undefined {
  return graphqlContext(context)?.ctx?.user?.id;
}

/**
 * The throttler for the GraphQL API. It counts HTTP requests, not resolvers: every top-level field of
 * one request shares the first field's decision. Plain HTTP routes (/health, /ready) are not limited.
 * A refused request gets RATE_LIMITED with `retryAfterSeconds` and a Retry-After header (RetryAfterPlugin).
 */
@Injectable()
export class GraphQLThrottlerGuard extends ThrottlerGuard {
  private readonly decisions = new WeakMap<object, Promise<boolean>>();

  override canActivate(context: ExecutionContext): Promise<boolean> {
    const req = graphqlContext(context)?.req;
    if (!req) return Promise.resolve(true); // not a GraphQL request over HTTP
    let decision = this.decisions.get(req);
    if (!decision) {
      decision = super.canActivate(context);
      this.decisions.set(req, decision);
    }
    return decision;
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    const gql = graphqlContext(context);
    // The reply is not in the GraphQL context; headers go out through RetryAfterPlugin instead.
    if (gql) return { req: gql.req ?? {}, res: {} };
    return super.getRequestResponse(context);
  }

  /** One counter per tracker and throttler for the whole API (the default key is per resolver). */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    const req = graphqlContext(context)?.req;
    if (req) setRetryAfter(req, seconds);
    throw new RateLimitedError(`Too many requests; try again in ${seconds} seconds.`, seconds * 1000);
  }
}
