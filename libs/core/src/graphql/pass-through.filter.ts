import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to GraphQL unchanged: formatGraphQLError maps it to a code, and logs it
 * only if it is a bug. Without this, Nest logs each refused input as an error with a stack trace.
 */
@Catch()
export class PassThroughGraphQLFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') throw exception;
    return exception;
  }
}
