import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, decodeGlobalId, NodeRegistry, NotFoundError, parseGlobalId, RequestContext, requireUser } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { FollowLevel, FollowTarget } from './notification.entity';

/** The caller's follow of one thing. */
export interface FollowView {
  target: FollowTarget;
  targetId: string;
  level: FollowLevel;
  seenAt: Date;
}

/** GraphQL type name of each followable thing. */
const TYPE_OF: Record<FollowTarget, string> = {
  [FollowTarget.THREAD]: 'Thread',
  [FollowTarget.SEMINAR_SESSION]: 'SeminarSession',
  [FollowTarget.SEMINAR_SERIES]: 'SeminarSeries',
};
const TARGET_OF = new Map(Object.entries(TYPE_OF).map(([target, type]) => [type, target as FollowTarget]));

/**
 * Follows: who watches, tracks or muted what. People set them themselves (follow, unfollow); features set them for
 * people where it is expected (authors watch their threads, registrants watch the session's follow-up), never over a
 * level someone chose.
 */
@Injectable()
export class FollowService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  /** Follows something the caller may read (a Thread or a SeminarSession) at `level`. */
  async follow(ctx: RequestContext, globalId: string, level: FollowLevel): Promise<FollowView> {
    const user = requireUser(ctx);
    const { target, id } = this.targetOf(globalId);
    if (!(await this.nodes.fetch(ctx, globalId))) throw new NotFoundError(TYPE_OF[target], globalId);
    await this.db.transaction(ctx, (tx) =>
      this.db.query(
        tx,
        `INSERT INTO follow (user_id, target, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target, target_id) DO UPDATE SET level = EXCLUDED.level`,
        [user.id, target, id, level],
      ),
    );
    return (await this.viewerFollow(ctx, target, id))!;
  }

  /** Stops following (back to the defaults: replies to you still notify you). */
  async unfollow(ctx: RequestContext, globalId: string): Promise<void> {
    const user = requireUser(ctx);
    const { target, id } = this.targetOf(globalId);
    await this.db.transaction(ctx, (tx) =>
      this.db.query(tx, 'DELETE FROM follow WHERE user_id = $1 AND target = $2 AND target_id = $3', [user.id, target, id]),
    );
  }

  /** New posts count from now on (the caller has seen the thread). */
  async markSeen(ctx: RequestContext, target: FollowTarget, id: string): Promise<void> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, (tx) =>
      this.db.query(tx, 'UPDATE follow SET seen_at = now() WHERE user_id = $1 AND target = $2 AND target_id = $3', [user.id, target, id]),
    );
  }

  /** Sets a follow for `userId` unless they already chose a level for it (in the caller's transaction). */
  async followByDefault(tx: RequestContext, userId: string, target: FollowTarget, id: string, level: FollowLevel): Promise<void> {
    await this.db.query(
      tx,
      `INSERT INTO follow (user_id, target, target_id, level) VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, target, target_id) DO NOTHING`,
      [userId, target, id, level],
    );
  }

  /** The caller's follow of a thing, or null; batched over a page of things. */
  viewerFollow(ctx: RequestContext, target: FollowTarget, id: string): Promise<FollowView | null> | null {
    const userId = ctx.userId;
    if (!userId) return null;
    return ctx
      .loader(
        `Follow.${target}`,
        () =>
          new DataLoader<string, FollowView | null>(async (ids) => {
            const rows = await this.db.prepared<{ target_id: string; level: FollowLevel; seen_at: Date }>(
              ctx,
              'SELECT target_id, level, seen_at FROM follow WHERE user_id = $1 AND target = $2 AND target_id = ANY($3::uuid[])',
              [userId, target, ids],
            );
            return byKeys(
              ids,
              rows.map((r) => ({ target, targetId: r.target_id, level: r.level, seenAt: r.seen_at })),
              (f) => f.targetId,
            );
          }),
      )
      .load(id);
  }

  /**
   * The levels people chose for a thread, where its own follow wins over that of its seminar session (someone
   * watching the session may mute one of its threads).
   */
  async levelsFor(tx: RequestContext, threadId: string, seminarSessionId: string | null): Promise<Map<string, FollowLevel>> {
    const rows = await this.db.query<{ user_id: string; level: FollowLevel }>(
      tx,
      `SELECT DISTINCT ON (user_id) user_id, level FROM follow
       WHERE (target = 'THREAD' AND target_id = $1) OR (target = 'SEMINAR_SESSION' AND target_id = $2::uuid)
       ORDER BY user_id, (target = 'THREAD') DESC`,
      [threadId, seminarSessionId],
    );
    return new Map(rows.map((r) => [r.user_id, r.level]));
  }

  /** Who watches `target` (people who muted it or only track it are left out). */
  async watchersOf(tx: RequestContext, target: FollowTarget, id: string): Promise<string[]> {
    const rows = await this.db.query<{ user_id: string }>(
      tx,
      `SELECT user_id FROM follow WHERE target = $1 AND target_id = $2 AND level = 'WATCHING'`,
      [target, id],
    );
    return rows.map((r) => r.user_id);
  }

  private targetOf(globalId: string): { target: FollowTarget; id: string } {
    const type = decodeGlobalId(globalId)?.type ?? '';
    const target = TARGET_OF.get(type);
    if (!target) {
      // Names what can be followed; parseGlobalId says what is wrong with the id itself.
      parseGlobalId(globalId, [...TARGET_OF.keys()], 'targetId');
      throw new Error('unreachable');
    }
    return { target, id: parseGlobalId(globalId, type, 'targetId') };
  }
}
