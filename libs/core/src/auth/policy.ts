import { RequestContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { AuthUser } from '../context';

/** Returns the signed-in user or fails; services call it where the guard already required sign-in. */
export function requireUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

/** Only the author changes their own content (moderators come later, here). */
export function assertAuthor(ctx: RequestContext, authorId: string | null, what: string): void {
  const user = requireUser(ctx);
  if (authorId !== user.id) throw new ForbiddenError(`Only the author can change this ${what}.`);
}
