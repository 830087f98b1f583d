import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  decodeGlobalId,
  NodeRegistry,
  NotFoundError,
  RequestContext,
  requireUser,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { ReactionInput } from './discussion.inputs';
import { ReactionKind } from './reaction.entity';

/** Where a reaction's counters live, per target type. */
const TARGETS = {
  Comment: { table: 'comment', column: 'comment_id' },
  Experience: { table: 'experience', column: 'experience_id' },
} as const;

const COUNTER: Record<ReactionKind, string> = { [ReactionKind.HELPFUL]: 'helpful_count', [ReactionKind.THANKS]: 'thanks_count' };

export interface ReactionResult {
  kind: ReactionKind;
  active: boolean;
  target: object;
}

/**
 * HELPFUL and THANKS on comments and experiences. Adding twice or removing what is not there changes
 * nothing, so a client may retry safely; the counters move in the same transaction as the reaction.
 */
@Injectable()
export class ReactionService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  async add(ctx: RequestContext, input: ReactionInput): Promise<ReactionResult> {
    return this.change(ctx, input, true);
  }

  async remove(ctx: RequestContext, input: ReactionInput): Promise<ReactionResult> {
    return this.change(ctx, input, false);
  }

  private async change(ctx: RequestContext, input: ReactionInput, add: boolean): Promise<ReactionResult> {
    const user = requireUser(ctx);
    const decoded = decodeGlobalId(input.targetId);
    if (!decoded || !(decoded.type in TARGETS)) {
      throw BadUserInputError.field('targetId', 'must be the id of a Comment or an Experience');
    }
    const target = TARGETS[decoded.type as keyof typeof TARGETS];
    const visible = (await this.nodes.fetch(ctx, input.targetId)) as { deletedAt?: Date | null; status?: string } | null;
    if (!visible) throw new NotFoundError(decoded.type, input.targetId);
    if (visible.deletedAt) throw new ConflictError('You cannot react to a deleted comment.');
    if (visible.status && visible.status !== 'PUBLISHED') throw new ConflictError('Reactions open when the experience is published.');

    await this.db.transaction(ctx, async (tx) => {
      const changed = add
        ? await this.db.query<{ id: string }>(
            tx,
            `INSERT INTO reaction (user_id, kind, ${target.column}) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
            [user.id, input.kind, decoded.id],
          )
        : await this.db.query<{ id: string }>(
            tx,
            // As a SELECT: TypeORM returns [rows, count] for a bare DELETE … RETURNING.
            `WITH removed AS (DELETE FROM reaction WHERE user_id = $1 AND kind = $2 AND ${target.column} = $3 RETURNING id) SELECT id FROM removed`,
            [user.id, input.kind, decoded.id],
          );
      if (changed.length) {
        const counter = COUNTER[input.kind];
        await this.db.query(tx, `UPDATE ${target.table} SET ${counter} = greatest(${counter} ${add ? '+' : '-'} 1, 0) WHERE id = $1`, [
          decoded.id,
        ]);
      }
    });
    // Re-read with fresh loaders so the payload shows the new counts.
    const fresh = await this.nodes.fetch(ctx.withFreshLoaders(), input.targetId);
    return { kind: input.kind, active: add, target: fresh ?? visible };
  }
}
