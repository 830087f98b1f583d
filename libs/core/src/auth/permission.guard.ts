import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { RequestContext } from '../context';
import { toBerlinIso } from '../graphql/scalars';
import { isBanned, Permission, PERMISSION_KEY, PERMISSION_RULES } from './permission';

/** The one place that decides whether the caller may run an operation at all. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // health endpoints are plain HTTP
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!permission) throw new ForbiddenError('This operation is not open to anyone yet.');
    // A resolver's arguments are (root, args, context, info); the context carries the request's RequestContext.
    const ctx = context.getArgByIndex<{ ctx: RequestContext }>(2).ctx;
    if (ctx.authError) throw new UnauthenticatedError(ctx.authError);
    if (PERMISSION_RULES[permission](ctx.user)) return true;
    if (!ctx.user) throw new UnauthenticatedError();
    if (isBanned(ctx.user)) {
      const reason = ctx.user.banReason ? ` Reason: ${ctx.user.banReason}` : '';
      throw new ForbiddenError(
        `Your account is suspended until ${toBerlinIso(ctx.user.bannedUntil!)}; you can read but not post.${reason}`,
      );
    }
    throw new ForbiddenError();
  }
}
