import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  decodeGlobalId,
  ForbiddenError,
  NotFoundError,
  RequestContext,
  requireUser,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { ReactionInput } from './discussion.inputs';
import { ReactionKind } from './reaction.entity';

/**
 * What can be reacted to, registered by the feature that owns it: comments here, experiences by experiences.
 * The owner reads the target as the caller sees it and moves its own counters.
 */
export interface ReactionTarget {
  /** The column of `reaction` that points at this kind of target. */
  column: 'comment_id' | 'experience_id';
  /** The target as the caller may see it, or null (NOT_FOUND). */
  load(ctx: RequestContext, id: string): Promise<{ authorId: string | null } | null>;
  /** Why the target takes no reactions right now (CONFLICT), or null. */
  closed(target: object): string | null;
  /** Moves the target's counter of `kind` by `delta`, in the reaction's transaction. */
  count(ctx: RequestContext, id: string, kind: ReactionKind, delta: 1 | -1): Promise<void>;
}

export interface ReactionResult {
  kind: ReactionKind;
  active: boolean;
  target: object;
}

/**
 * The caller's reactions to a target, as a SELECT expression (owners put it into their pages' statements);
 * `viewer` is the placeholder of the caller's id, null for anonymous callers, whose statements then read none.
 */
export function viewerReactionsSql(column: ReactionTarget['column'], targetId: string, viewer: string | null): string {
  if (!viewer) return `'{}'::text[]`;
  return `ARRAY(SELECT r.kind::text FROM reaction r WHERE r.${column} = ${targetId} AND r.user_id = ${viewer}::uuid ORDER BY r.kind)`;
}

/**
 * HELPFUL and THANKS on comments and experiences. Adding twice or removing what is not there changes
 * nothing, so a client may retry safely; the counters move in the same transaction as the reaction. Nobody
 * reacts to their own posts: "most helpful" ranks what others found helpful.
 */
@Injectable()
export class ReactionService {
  private readonly targets = new Map<string, ReactionTarget>();

  constructor(private readonly db: TransactionalConnection) {}

  /** Registers a kind of target under its GraphQL type name; features call it while the application starts. */
  registerTarget(type: string, target: ReactionTarget): void {
    this.targets.set(type, target);
  }

  add(ctx: RequestContext, input: ReactionInput): Promise<ReactionResult> {
    return this.change(ctx, input, true);
  }

  remove(ctx: RequestContext, input: ReactionInput): Promise<ReactionResult> {
    return this.change(ctx, input, false);
  }

  private async change(ctx: RequestContext, input: ReactionInput, add: boolean): Promise<ReactionResult> {
    const user = requireUser(ctx);
    const decoded = decodeGlobalId(input.targetId);
    const target = decoded && this.targets.get(decoded.type);
    if (!decoded || !target) throw BadUserInputError.field('targetId', 'must be the id of a Comment or an Experience');
    const visible = await target.load(ctx, decoded.id);
    if (!visible) throw new NotFoundError(decoded.type, input.targetId);
    const closed = target.closed(visible);
    if (closed) throw new ConflictError(closed);
    if (add && visible.authorId === user.id)
      throw new ForbiddenError('You cannot react to your own post; reactions are what others found helpful.');

    await this.db.transaction(ctx, async (tx) => {
      const changed = add
        ? await this.db.query<{ id: string }>(
            tx,
            `INSERT INTO reaction (user_id, kind, ${target.column}) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
            [user.id, input.kind, decoded.id],
          )
        : await this.db.query<{ id: string }>(
            tx,
            `DELETE FROM reaction WHERE user_id = $1 AND kind = $2 AND ${target.column} = $3 RETURNING id`,
            [user.id, input.kind, decoded.id],
          );
      if (changed.length) await target.count(tx, decoded.id, input.kind, add ? 1 : -1);
    });
    // The transaction cleared the request's loaders: the target is read again, with its new counts.
    const fresh = await target.load(ctx, decoded.id);
    return { kind: input.kind, active: add, target: fresh ?? visible };
  }
}
