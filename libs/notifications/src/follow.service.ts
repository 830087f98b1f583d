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

/** What people follow by name rather than by row (a hazard). */
type KeyTarget = FollowTarget.HAZARD;

/** GraphQL type name of each followable row. */
const TYPE_OF: Record<Exclude<FollowTarget, KeyTarget>, string> = {
  [FollowTarget.THREAD]: 'Thread',
  [FollowTarget.SEMINAR_SESSION]: 'SeminarSession',
  [FollowTarget.SEMINAR_SERIES]: 'SeminarSeries',
  [FollowTarget.MUNICIPALITY]: 'Municipality',
  [FollowTarget.CRISIS]: 'Crisis',
  [FollowTarget.VOLUNTEER_GROUP]: 'VolunteerGroup',
};
const TARGET_OF = new Map(Object.entries(TYPE_OF).map(([target, type]) => [type, target as FollowTarget]));

/**
 * Things followed through another: following a lesson is following its discussion thread. The feature that owns
 * the thing tells which (global id of what is followed instead), or null when the caller may not read it.
 */
export type FollowAlias = (ctx: RequestContext, id: string) => Promise<string | null>;

/** Who watches what a new lesson is about: rows by target, and names (hazards). */
export interface WatchedTopics {
  ids: { target: FollowTarget; ids: string[] }[];
  keys: { target: KeyTarget; keys: string[] }[];
}

/**
 * Follows: who watches, tracks or muted what. People set them themselves (follow, unfollow); features set them for
 * people where it is expected (authors watch their threads, registrants watch the session's follow-up), never over a
 * level someone chose.
 */
@Injectable()
export class FollowService {
  private readonly aliases = new Map<string, FollowAlias>();

  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
  ) {}

  /** Called once by a feature whose things are followed through another (see FollowAlias). */
  registerAlias(type: string, alias: FollowAlias): void {
    this.aliases.set(type, alias);
  }

  /** Follows something the caller may read (a Thread, a SeminarSession, a Municipality…) at `level`. */
  async follow(ctx: RequestContext, givenId: string, level: FollowLevel): Promise<FollowView> {
    const user = requireUser(ctx);
    const globalId = await this.followed(ctx, givenId);
    const { target, id } = this.targetOf(globalId);
    if (!(await this.nodes.fetch(ctx, globalId))) throw new NotFoundError(TYPE_OF[target as Exclude<FollowTarget, KeyTarget>], globalId);
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
  async unfollow(ctx: RequestContext, givenId: string): Promise<void> {
    const user = requireUser(ctx);
    const { target, id } = this.targetOf(await this.followed(ctx, givenId));
    await this.db.transaction(ctx, (tx) =>
      this.db.query(tx, 'DELETE FROM follow WHERE user_id = $1 AND target = $2 AND target_id = $3', [user.id, target, id]),
    );
  }

  /** Follows a thing that is not a row (a hazard, by its name) at `level`. */
  async followKey(ctx: RequestContext, target: KeyTarget, key: string, level: FollowLevel): Promise<void> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, (tx) =>
      this.db.query(
        tx,
        `INSERT INTO follow (user_id, target, target_key, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target, target_key) WHERE target_key IS NOT NULL DO UPDATE SET level = EXCLUDED.level`,
        [user.id, target, key, level],
      ),
    );
  }

  async unfollowKey(ctx: RequestContext, target: KeyTarget, key: string): Promise<void> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, (tx) =>
      this.db.query(tx, 'DELETE FROM follow WHERE user_id = $1 AND target = $2 AND target_key = $3', [user.id, target, key]),
    );
  }

  /** The caller's follows of things by name (e.g. which hazards), by name. */
  async viewerKeyFollows(ctx: RequestContext, target: KeyTarget): Promise<{ key: string; level: FollowLevel }[]> {
    if (!ctx.userId) return [];
    const rows = await this.db.query<{ target_key: string; level: FollowLevel }>(
      ctx,
      'SELECT target_key, level FROM follow WHERE user_id = $1 AND target = $2 AND target_key IS NOT NULL ORDER BY target_key',
      [ctx.userId, target],
    );
    return rows.map((r) => ({ key: r.target_key, level: r.level }));
  }

  /** Moves the follows of one row to another (a merged duplicate); who followed both keeps the level of the other. */
  async moveFollows(tx: RequestContext, target: FollowTarget, fromId: string, toId: string): Promise<void> {
    await this.db.query(
      tx,
      `INSERT INTO follow (user_id, target, target_id, level, seen_at)
       SELECT user_id, target, $3, level, seen_at FROM follow WHERE target = $1 AND target_id = $2
       ON CONFLICT (user_id, target, target_id) DO NOTHING`,
      [target, fromId, toId],
    );
    await this.db.query(tx, 'DELETE FROM follow WHERE target = $1 AND target_id = $2', [target, fromId]);
  }

  /** Everyone who watches any of `topics` (once each). */
  async watchersOfAny(tx: RequestContext, topics: WatchedTopics): Promise<string[]> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const any = [
      ...topics.ids.filter((t) => t.ids.length).map((t) => `(target = ${bind(t.target)} AND target_id = ANY(${bind(t.ids)}::uuid[]))`),
      ...topics.keys.filter((t) => t.keys.length).map((t) => `(target = ${bind(t.target)} AND target_key = ANY(${bind(t.keys)}::text[]))`),
    ];
    if (!any.length) return [];
    const rows = await this.db.query<{ user_id: string }>(
      tx,
      `SELECT DISTINCT user_id FROM follow WHERE level = 'WATCHING' AND (${any.join(' OR ')})`,
      params,
    );
    return rows.map((r) => r.user_id);
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

  /** What following `globalId` follows: itself, or what its feature says (an Experience: its thread). */
  private async followed(ctx: RequestContext, globalId: string): Promise<string> {
    const type = decodeGlobalId(globalId)?.type ?? '';
    const alias = this.aliases.get(type);
    if (!alias) return globalId;
    const followed = await alias(ctx, parseGlobalId(globalId, type, 'targetId'));
    if (!followed) throw new NotFoundError(type, globalId);
    return followed;
  }

  private targetOf(globalId: string): { target: FollowTarget; id: string } {
    const type = decodeGlobalId(globalId)?.type ?? '';
    const target = TARGET_OF.get(type);
    if (!target) {
      // Names what can be followed; parseGlobalId says what is wrong with the id itself.
      parseGlobalId(globalId, [...TARGET_OF.keys(), ...this.aliases.keys()], 'targetId');
      throw new Error('unreachable');
    }
    return { target, id: parseGlobalId(globalId, type, 'targetId') };
  }
}
