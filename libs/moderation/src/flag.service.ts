import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  APP_CONFIG,
  AppConfig,
  BadUserInputError,
  ConflictError,
  Connection,
  decodeTypedCursor,
  ForbiddenError,
  NotFoundError,
  PageRequest,
  RequestContext,
  requireUser,
  toConnection,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { NewAccountLimits } from '@krisenfest/discussions';
import { ContentKind, Flag, FlagReason } from './flag.entity';
import { FlagContentInput } from './moderation.inputs';
import { ModerationActionKind } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';
import { authorOf, decodePostId, ModeratedPosts, Post, POST_KINDS, PostRef } from './moderated-content';

/** A post in the review queue with its open flags. */
export interface FlaggedPost {
  target: Post;
  flags: Flag[];
  firstFlaggedAt: Date;
  lastFlaggedAt: Date;
}

/** How often each reason was given, most frequent first. */
export function reasonCounts(flags: Flag[]): { reason: FlagReason; count: number }[] {
  const counts = new Map<FlagReason, number>();
  for (const flag of flags) counts.set(flag.reason, (counts.get(flag.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

interface QueueRow {
  target_kind: ContentKind;
  target_id: string;
  first_at: Date;
  last_at: Date;
}

@Injectable()
export class FlagService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly posts: ModeratedPosts,
    private readonly log: ModerationLogService,
    private readonly newAccounts: NewAccountLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Records the caller's flag on a post they can see. When flags from `moderationAutoHideFlags` distinct users
   * are open, the post is hidden until a moderator decides. The post's row is locked while counting, so
   * concurrent flags hide it exactly once.
   */
  async flag(ctx: RequestContext, input: FlagContentInput): Promise<{ flag: Flag; target: Post; targetHidden: boolean }> {
    const user = requireUser(ctx);
    const ref = decodePostId(input.targetId, 'targetId');
    const target = await this.posts.one(ctx, ref);
    if (!target) throw new NotFoundError(POST_KINDS[ref.kind].type, input.targetId);
    if (authorOf(target) === user.id) throw new ForbiddenError('You cannot flag your own post.');
    if (input.reason === FlagReason.OTHER && !input.note)
      throw BadUserInputError.field('note', 'say what is wrong when the reason is OTHER');
    const { flag, hidden } = await this.db.transaction(ctx, async (tx) => {
      // Flags of one post are counted one transaction after the other, so concurrent flags hide it exactly once.
      await this.db.query(tx, 'SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [ref.kind, ref.id]);
      const [inserted] = await this.db.query<{ id: string }>(
        tx,
        `
        INSERT INTO flag (target_kind, target_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (target_kind, target_id, reporter_id) WHERE resolved_at IS NULL DO NOTHING
        RETURNING id`,
        [ref.kind, ref.id, user.id, input.reason, input.note ?? null],
      );
      if (!inserted) throw new ConflictError('You have flagged this post already; the moderation will look at it.');
      const current = await this.posts.one(tx, ref);
      if (!current) throw new NotFoundError(POST_KINDS[ref.kind].type, input.targetId);
      const hidden = current.hidden.at !== null || (await this.autoHide(tx, ref));
      return { flag: await this.db.repository(tx, Flag).findOneByOrFail({ id: inserted.id }), hidden };
    });
    return { flag, target: (await this.posts.one(ctx, ref)) ?? target, targetHidden: hidden };
  }

  /**
   * Hides the post if enough distinct users flagged it; true if it did. Flags of accounts that are still new
   * (see NewAccountLimits) go to the queue but do not count here, so a few fresh sign-ups cannot hide a post.
   */
  private async autoHide(tx: RequestContext, ref: PostRef): Promise<boolean> {
    const threshold = this.config.moderationAutoHideFlags;
    if (threshold === 0) return false;
    const params: unknown[] = [ref.kind, ref.id];
    const established = this.newAccounts.establishedSql('f.reporter_id', (value) => `$${params.push(value)}`);
    const [{ reporters }] = await this.db.query<{ reporters: number }>(
      tx,
      `
      SELECT count(DISTINCT f.reporter_id)::int AS reporters
      FROM flag f
      WHERE f.target_kind = $1 AND f.target_id = $2 AND f.resolved_at IS NULL AND ${established}`,
      params,
    );
    if (reporters < threshold) return false;
    const reason = `Automatically hidden after reports from ${reporters} users; the moderation will review it.`;
    await this.posts.setHidden(tx, ref, { reason, automatically: true });
    await this.log.record(tx, {
      actorId: null,
      action: ModerationActionKind.AUTO_HIDE,
      subjectKind: POST_KINDS[ref.kind].subject,
      subjectId: ref.id,
      reason,
      details: { flagCount: reporters },
    });
    return true;
  }

  /** The review queue: posts with open flags, the longest-waiting first, with the posts and flags in place. */
  async queue(ctx: RequestContext, page: PageRequest): Promise<Connection<FlaggedPost>> {
    const [at, id] = page.after ? decodeTypedCursor(page.after, ['timestamp', 'uuid']) : [null, null];
    const groups = await this.db.query<QueueRow>(
      ctx,
      `
      SELECT target_kind, target_id, min(created_at) AS first_at, max(created_at) AS last_at
      FROM flag WHERE resolved_at IS NULL
      GROUP BY target_kind, target_id
      HAVING $1::timestamptz IS NULL OR (min(created_at), target_id) > ($1::timestamptz, $2::uuid)
      ORDER BY first_at, target_id
      LIMIT $3`,
      [at, id, page.first + 1],
    );
    const targetIds = groups.map((g) => g.target_id);
    const flags = targetIds.length
      ? await this.db
          .repository(ctx, Flag)
          .find({ where: { targetId: In(targetIds), resolvedAt: IsNull() }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const posts = new Map<string, Post>();
    for (const kind of Object.keys(POST_KINDS) as ContentKind[]) {
      const ids = groups.filter((g) => g.target_kind === kind).map((g) => g.target_id);
      if (ids.length) for (const post of await this.posts.load(ctx, kind, ids)) posts.set(post.id, post);
    }
    const items = groups
      .filter((g) => posts.has(g.target_id))
      .map((g) => ({
        target: posts.get(g.target_id)!,
        flags: flags.filter((f) => f.targetId === g.target_id && f.targetKind === g.target_kind),
        firstFlaggedAt: new Date(g.first_at),
        lastFlaggedAt: new Date(g.last_at),
      }));
    return toConnection(items, page, (item) => [item.firstFlaggedAt.toISOString(), item.target.id]);
  }
}
