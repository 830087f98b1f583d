import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  isAdmin,
  isModerator,
  NotFoundError,
  parseGlobalId,
  RequestContext,
  requireUser,
} from '@krisenfest/core';
import { IdempotencyService, TransactionalConnection } from '@krisenfest/database';
import { CommentService } from '@krisenfest/discussions';
import { ExperienceService } from '@krisenfest/experiences';
import { MembershipService } from '@krisenfest/memberships';
import { AccountFacts, UserService, UserView } from '@krisenfest/identity';
import { BanUserInput, ErasePersonalDataInput, UnbanUserInput } from './moderation.inputs';
import { ModerationAction, ModerationActionKind, ModerationSubject } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';

const MAX_BAN_MS = 10 * 365 * 24 * 3600 * 1000;

export interface ModeratedUser {
  user: UserView;
  action: ModerationAction;
}

/** Bans and erasure on request. Moderators act on users; only admins act on moderators and admins. */
@Injectable()
export class UserModerationService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly log: ModerationLogService,
    private readonly users: UserService,
    private readonly idempotency: IdempotencyService,
    private readonly memberships: MembershipService,
    private readonly comments: CommentService,
    private readonly experiences: ExperienceService,
  ) {}

  async ban(ctx: RequestContext, input: BanUserInput): Promise<ModeratedUser> {
    const user = await this.target(ctx, input.userId, 'ban');
    const until = input.until.getTime();
    if (until <= Date.now()) throw BadUserInputError.field('until', 'must be in the future');
    if (until > Date.now() + MAX_BAN_MS) throw BadUserInputError.field('until', 'must be at most ten years ahead');
    return this.act(ctx, user, ModerationActionKind.BAN, input.reason, { until: input.until.toISOString() }, (tx) =>
      this.users.ban(tx, user.id, input.until, input.reason),
    );
  }

  async unban(ctx: RequestContext, input: UnbanUserInput): Promise<ModeratedUser> {
    const user = await this.target(ctx, input.userId, 'unban');
    if (!user.bannedUntil || user.bannedUntil.getTime() <= Date.now()) throw new ConflictError('This user is not banned.');
    return this.act(ctx, user, ModerationActionKind.UNBAN, input.reason, {}, (tx) => this.users.unban(tx, user.id));
  }

  /**
   * Erases a person's data on their request: name, e-mail address and password are replaced, sign-ins,
   * pending tokens, memberships' notes, flags, stored requests and unpublished drafts are deleted, and their
   * comments are emptied like deleted ones. Published experiences and threads stay as the municipality's
   * knowledge, attributed to "Gelöschtes Konto". It cannot be undone.
   */
  async erase(ctx: RequestContext, input: ErasePersonalDataInput): Promise<ModeratedUser> {
    const user = await this.target(ctx, input.userId, 'erase the data of');
    if (user.erasedAt) throw new ConflictError('The personal data of this account were erased already.');
    return this.act(ctx, user, ModerationActionKind.ERASE_PERSONAL_DATA, input.reason, {}, async (tx) => {
      await this.users.erase(tx, user.id);
      await this.idempotency.forgetUser(tx, user.id);
      await this.memberships.endAllFor(tx, user.id, 'Personal data erased on request.');
      await this.comments.eraseAllBy(tx, user.id);
      await this.experiences.deleteDraftsOf(tx, user.id);
      await this.db.query(tx, 'DELETE FROM flag WHERE reporter_id = $1', [user.id]);
    });
  }

  /** The user acted on; refuses oneself, and moderators or admins unless the actor is an admin. */
  private async target(ctx: RequestContext, globalId: string, verb: string): Promise<AccountFacts> {
    const actor = requireUser(ctx);
    const id = parseGlobalId(globalId, 'User', 'userId');
    const user = await this.users.accountFacts(ctx, id);
    if (!user) throw new NotFoundError('User', globalId);
    if (user.id === actor.id) throw new ForbiddenError(`You cannot ${verb} yourself; ask another moderator.`);
    if (isModerator(user) && !isAdmin(actor)) {
      throw new ForbiddenError(`Only an admin can ${verb} a moderator or admin.`);
    }
    return user;
  }

  private async act(
    ctx: RequestContext,
    user: AccountFacts,
    action: ModerationActionKind,
    reason: string,
    details: Record<string, unknown>,
    change: (tx: RequestContext) => Promise<unknown>,
  ): Promise<ModeratedUser> {
    const logged = await this.log.act(ctx, { action, subjectKind: ModerationSubject.USER, subjectId: user.id, reason, details }, change);
    return { user: (await this.users.byId(ctx, user.id))!, action: logged };
  }
}
