import { Inject, Injectable } from '@nestjs/common';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { AppConfig, APP_CONFIG, BadUserInputError, DomainError, ErrorCode, RequestContext, requireUser } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { AccessService, PlatformRole, Principal } from '@krisenfest/memberships';
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

/** The time zone of the moments in messages (Krisenfest's users are in Germany). */
export const NEW_ACCOUNT_TIME_ZONE = 'Europe/Berlin';

/** As in renderMarkdown: what a browser ignores in a URL before the scheme. */
// eslint-disable-next-line no-control-regex
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** A link to the web (http/https); mailto links (GFM turns e-mail addresses into them) do not count. */
function isWebLink(href: string | undefined): boolean {
  return !!href && /^https?:/i.test(href.replace(URL_NOISE, ''));
}

/** Anchors with a web href in a piece of raw HTML, which renderMarkdown keeps as links. */
function htmlLinks(html: string): number {
  let links = 0;
  sanitizeHtml(html, {
    allowedTags: [],
    transformTags: {
      a: (tagName, attribs) => {
        if (isWebLink(attribs.href)) links += 1;
        return { tagName, attribs };
      },
    },
  });
  return links;
}

/**
 * The web links a Markdown post shows once rendered: inline and reference links, autolinks (`<https://…>`),
 * bare URLs and `www.` addresses (GFM), and anchors written as raw HTML. Images and e-mail addresses are not links.
 */
export function countLinks(markdown: string): number {
  let links = 0;
  // walkTokens returns what the callback returns; ours is synchronous.
  void marked.walkTokens(marked.lexer(markdown, { gfm: true, breaks: true }), (token) => {
    if (token.type === 'link' && isWebLink(token.href)) links += 1;
    else if (token.type === 'html') links += htmlLinks(token.text);
  });
  return links;
}

const MOMENT_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: NEW_ACCOUNT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "2026-12-01 14:05 (Europe/Berlin)", rounded up to the minute so that it is never too early. */
export function formatMoment(at: Date): string {
  const parts = MOMENT_FORMAT.formatToParts(new Date(Math.ceil(at.getTime() / 60_000) * 60_000));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} (${NEW_ACCOUNT_TIME_ZONE})`;
}

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
   * ends) or with too many links (BAD_USER_INPUT on `body`). Call it inside the transaction that writes the
   * post, after an idempotent replay has been answered: a replay then returns its first result, a refusal
   * writes nothing, and the account's row lock makes concurrent posts of one new account count one by one.
   */
  async assertMayPost(ctx: RequestContext, kind: PostKind, body: string): Promise<void> {
    if (!(await this.mayBeLimited(ctx))) return;
    const user = requireUser(ctx);
    const { hours, maxThreads, maxComments } = this.settings;
    // Locks the account's row while it is new (an old account matches no row and locks nothing): a second,
    // concurrent post of the same account waits here and then counts the first one in the next statement.
    const [account] = await this.db.query<{ ends_at: Date }>(ctx, `
      SELECT created_at + $2::int * interval '1 hour' AS ends_at FROM user_account
      WHERE id = $1 AND created_at + $2::int * interval '1 hour' > now()
      FOR NO KEY UPDATE`, [user.id, hours]);
    if (!account) return;
    const [{ posted }] = kind === 'thread'
      ? await this.db.query<{ posted: number }>(ctx,
        'SELECT count(*)::int AS posted FROM thread WHERE author_id = $1 AND kind = ANY($2::thread_kind[])', [user.id, COUNTED_THREAD_KINDS])
      : await this.db.query<{ posted: number }>(ctx, 'SELECT count(*)::int AS posted FROM comment WHERE author_id = $1', [user.id]);
    const max = kind === 'thread' ? maxThreads : maxComments;
    if (posted >= max) throw this.limitReached(kind, max, account.ends_at);
    this.assertLinks(body, account.ends_at);
  }

  /** The link rule alone, for edits: a post of a new account cannot gain more links than a new post may have. */
  async assertLinksAllowed(ctx: RequestContext, body: string): Promise<void> {
    if (this.settings.hours === 0 || countLinks(body) <= this.settings.maxLinks) return;
    if (!(await this.mayBeLimited(ctx))) return;
    const [account] = await this.db.query<{ ends_at: Date }>(ctx, `
      SELECT created_at + $2::int * interval '1 hour' AS ends_at FROM user_account
      WHERE id = $1 AND created_at + $2::int * interval '1 hour' > now()`, [requireUser(ctx).id, this.settings.hours]);
    if (account) this.assertLinks(body, account.ends_at);
  }

  /** False when the limits are off or the caller is trusted (verified membership or platform role). */
  private async mayBeLimited(ctx: RequestContext): Promise<boolean> {
    if (this.settings.hours === 0) return false;
    return !isTrusted(await this.access.principal(ctx));
  }

  private assertLinks(body: string, endsAt: Date): void {
    const links = countLinks(body);
    const { maxLinks, hours } = this.settings;
    if (links <= maxLinks) return;
    const allowed = maxLinks === 0 ? 'no links' : `at most ${plural(maxLinks, 'link', 'links')}`;
    throw BadUserInputError.field('body',
      `while an account is new (its first ${plural(hours, 'hour', 'hours')}), a post may contain ${allowed}, this one has ${links}; `
      + `the limit ends at ${formatMoment(endsAt)}`);
  }

  private limitReached(kind: PostKind, max: number, endsAt: Date): DomainError {
    const what = kind === 'thread'
      ? (max === 0 ? 'cannot start threads' : `can start at most ${plural(max, 'thread', 'threads')}`)
      : (max === 0 ? 'cannot write comments' : `can write at most ${plural(max, 'comment', 'comments')}`);
    const hours = plural(this.settings.hours, 'hour', 'hours');
    return new DomainError(ErrorCode.RATE_LIMITED,
      `New accounts ${what} in their first ${hours}; you can post again at ${formatMoment(endsAt)}.`,
      { retryAfterSeconds: Math.max(1, Math.ceil((endsAt.getTime() - Date.now()) / 1000)), retryAt: endsAt.toISOString() });
  }
}

/** Verified staff and group members, moderators and admins are not new-account limited. */
function isTrusted(principal: Principal): boolean {
  return principal.staffOf.size > 0 || principal.memberOf.size > 0
    || principal.platformRoles.some((role) => role === PlatformRole.MODERATOR || role === PlatformRole.ADMIN);
}
