import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';

/** Seconds to wait, per refused request (the Fastify request object), for the Retry-After header. */
const retryAfterByRequest = new WeakMap<object, number>();

export function setRetryAfter(request: object, seconds: number): void {
  retryAfterByRequest.set(request, Math.max(seconds, retryAfterByRequest.get(request) ?? 0));
}

interface ContextWithRequest {
  req?: object;
}

/** Sets `Retry-After` on a GraphQL response whose request the rate-limit guard refused. */
@Plugin()
export class RetryAfterPlugin implements ApolloServerPlugin<ContextWithRequest> {
  async requestDidStart(): Promise<GraphQLRequestListener<ContextWithRequest>> {
    return {
      async willSendResponse({ contextValue, response }) {
        const seconds = contextValue.req ? retryAfterByRequest.get(contextValue.req) : undefined;
        if (seconds) response.http.headers.set('retry-after', String(seconds));
      },
    };
  }
}
