import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '../context';

/** Injects the RequestContext of the current GraphQL request into a resolver. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<{ ctx: RequestContext }>().ctx;
});
