import { Inject, Injectable } from '@nestjs/common';
import {
  AppConfig,
  APP_CONFIG,
  BadUserInputError,
  countWebLinks,
  isModerator,
  PlatformRole,
  RateLimitedError,
  RequestContext,
  requireUser,
  toBerlinMinute,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { AccessService } from '@krisenfest/memberships';
import { ThreadKind } from './thread.entity';

export type PostKind = 'thread' | 'comment';

/** What a new account may do in its first `hours`; `hours` 0 = no limits. */
export interface NewAccountLimitSettings {
  hours: number;
  maxThreads: number;
  maxComments: number;
  /** Links per post (opening post of a thread, or comment). */
  maxLinks: number;
}

/** The threads a user starts with createThread; an experience's thread comes with the experience and does not count. */
const COUNTED_THREAD_KINDS = [ThreadKind.GENERAL, ThreadKind.SEMINAR_SESSION];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Discourse's trust level 0 for Krisenfest: for the first NEW_ACCOUNT_HOURS after sign-up, an account without a
 * verified membership and without a platform role may start NEW_ACCOUNT_MAX_THREADS threads, write
 * NEW_ACCOUNT_MAX_COMMENTS comments and put NEW_ACCOUNT_MAX_LINKS links into a post. Verified staff and group
 * members, moderators and admins are trusted from the start.
 */
@Injectable()
export class NewAccountLimits {
  readonly settings: NewAccountLimitSettings;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly access: AccessService,
    private readonly users: UserService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = {
      hours: config.newAccountHours,
      maxThreads: config.newAccountMaxThreads,
      maxComments: config.newAccountMaxComments,
      maxLinks: config.newAccountMaxLinks,
    };
  }

  /**
   * Refuses a new thread or comment of a new account at its limit (RATE_LIMITED, with the moment the limit
   * ends) or with too many links in its rendered HTML (BAD_USER_INPUT on `body`). Call it inside the
   * transaction that writes the post, after an idempotent replay has been answered: a replay then returns its
   * first result, a refusal writes nothing, and the account's row lock makes concurrent posts of one new
   * account count one by one.
   */
  async assertMayPost(ctx: RequestContext, kind: PostKind, bodyHtml: string): Promise<void> {
    const endsAt = await this.newUntil(ctx, { lock: true });
    if (!endsAt) return;
    const user = requireUser(ctx);
    const [{ posted }] =
      kind === 'thread'
        ? await this.db.query<{ posted: number }>(
            ctx,
            'SELECT count(*)::int AS posted FROM thread WHERE author_id = $1 AND kind = ANY($2::thread_kind[])',
            [user.id, COUNTED_THREAD_KINDS],
          )
        : await this.db.query<{ posted: number }>(ctx, 'SELECT count(*)::int AS posted FROM comment WHERE author_id = $1', [user.id]);
    const max = kind === 'thread' ? this.settings.maxThreads : this.settings.maxComments;
    if (posted >= max) throw this.limitReached(kind, max, endsAt);
    this.assertLinks(bodyHtml, endsAt);
  }

  /** The link rule alone, for edits: a post of a new account cannot gain more links than a new post may have. */
  async assertLinksAllowed(ctx: RequestContext, bodyHtml: string): Promise<void> {
    if (countWebLinks(bodyHtml) <= this.settings.maxLinks) return;
    const endsAt = await this.newUntil(ctx, { lock: false });
    if (endsAt) this.assertLinks(bodyHtml, endsAt);
  }

  /**
   * The rule as SQL over a user id (`userId`, an SQL expression): the account is past its new period or trusted.
   * Flags of other accounts do not count towards hiding a post automatically.
   */
  establishedSql(userId: string, bind: (value: unknown) => string): string {
    if (this.settings.hours === 0) return 'TRUE';
    return `(${this.users.olderThanSql(userId, bind(this.settings.hours))}
      OR ${this.users.hasPlatformRoleSql(userId, bind([PlatformRole.MODERATOR, PlatformRole.ADMIN]))}
      OR ${this.access.verifiedSql(userId)})`;
  }

  /**
   * When the caller's new-account period ends, or null if it has (or the limits are off, or the caller is
   * trusted: verified staff and group members, moderators and admins). With `lock`, the account's row stays
   * locked while it is new: a second, concurrent post of the same account waits and then counts the first.
   */
  private async newUntil(ctx: RequestContext, { lock }: { lock: boolean }): Promise<Date | null> {
    const { hours } = this.settings;
    if (hours === 0 || isModerator(ctx.user)) return null;
    if (this.access.isVerified(ctx.memberships)) return null;
    return this.users.youngUntil(ctx, requireUser(ctx).id, hours, { lock });
  }

  private assertLinks(bodyHtml: string, endsAt: Date): void {
    const links = countWebLinks(bodyHtml);
    const { maxLinks, hours } = this.settings;
    if (links <= maxLinks) return;
    const allowed = maxLinks === 0 ? 'no links' : `at most ${plural(maxLinks, 'link', 'links')}`;
    throw BadUserInputError.field(
      'body',
      `while an account is new (its first ${plural(hours, 'hour', 'hours')}), a post may contain ${allowed}, this one has ${links}; ` +
        `the limit ends at ${toBerlinMinute(endsAt)}`,
    );
  }

  private limitReached(kind: PostKind, max: number, endsAt: Date): RateLimitedError {
    const what =
      kind === 'thread'
        ? max === 0
          ? 'cannot start threads'
          : `can start at most ${plural(max, 'thread', 'threads')}`
        : max === 0
          ? 'cannot write comments'
          : `can write at most ${plural(max, 'comment', 'comments')}`;
    return new RateLimitedError(
      `New accounts ${what} in their first ${plural(this.settings.hours, 'hour', 'hours')}; you can post again at ${toBerlinMinute(endsAt)}.`,
      endsAt.getTime() - Date.now(),
      { retryAt: endsAt.toISOString() },
    );
  }
}
