import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, ConnectionArgs, Ctx, pageRequest, Permission, RequestContext } from '@krisenfest/core';
import { ContentModerationService, ModeratedPost } from './content-moderation.service';
import { FlaggedPost, FlagService } from './flag.service';
import {
  BanUserInput,
  DismissFlagsInput,
  ErasePersonalDataInput,
  FlagContentInput,
  LockThreadInput,
  ModerateContentInput,
  ModerationLogArgs,
  MoveThreadInput,
  UnbanUserInput,
} from './moderation.inputs';
import {
  FlagContentPayload,
  FlaggedContentConnection,
  ModerateContentPayload,
  ModerateThreadPayload,
  ModerateUserPayload,
  ModerationActionConnection,
} from './moderation.models';
import { ModerationAction } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';
import { UserModerationService } from './user-moderation.service';

/** Flags, the review queue, the moderation log and the moderators' actions. */
@Resolver()
export class ModerationResolver {
  constructor(
    private readonly flags: FlagService,
    private readonly content: ContentModerationService,
    private readonly users: UserModerationService,
    private readonly log: ModerationLogService,
  ) {}

  @Mutation(() => FlagContentPayload, { description: 'Reports a comment, thread or experience to the moderation.' })
  @Allow(Permission.FlagContent)
  flagContent(@Ctx() ctx: RequestContext, @Args('input') input: FlagContentInput): Promise<FlagContentPayload> {
    return this.flags.flag(ctx, input);
  }

  @Query(() => FlaggedContentConnection, {
    description: 'The review queue: posts with open flags, grouped per post, the longest-waiting first. Moderators and admins.',
  })
  @Allow(Permission.Moderate)
  moderationQueue(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<Connection<FlaggedPost>> {
    return this.flags.queue(ctx, pageRequest(args));
  }

  @Query(() => ModerationActionConnection, {
    description: 'Every moderation action with who, when, what and why, newest first. Moderators and admins.',
  })
  @Allow(Permission.Moderate)
  moderationLog(@Ctx() ctx: RequestContext, @Args() args: ModerationLogArgs): Promise<Connection<ModerationAction>> {
    return this.log.page(ctx, args.subjectId, pageRequest(args));
  }

  @Mutation(() => ModerateContentPayload, {
    description:
      'Hides a post: others see a notice with the reason; its author and moderators still see it. Closes its open flags as upheld.',
  })
  @Allow(Permission.Moderate)
  hideContent(@Ctx() ctx: RequestContext, @Args('input') input: ModerateContentInput): Promise<ModeratedPost> {
    return this.content.hide(ctx, input);
  }

  @Mutation(() => ModerateContentPayload, { description: 'Shows a hidden post again. Closes its open flags as dismissed.' })
  @Allow(Permission.Moderate)
  restoreContent(@Ctx() ctx: RequestContext, @Args('input') input: ModerateContentInput): Promise<ModeratedPost> {
    return this.content.restore(ctx, input);
  }

  @Mutation(() => ModerateContentPayload, {
    description: 'Keeps a flagged post: closes its open flags (and shows it again if the flags had hidden it).',
  })
  @Allow(Permission.Moderate)
  dismissFlags(@Ctx() ctx: RequestContext, @Args('input') input: DismissFlagsInput): Promise<ModeratedPost> {
    return this.content.dismissFlags(ctx, input);
  }

  @Mutation(() => ModerateThreadPayload, { description: 'Locks a thread: it takes no new comments.' })
  @Allow(Permission.Moderate)
  lockThread(@Ctx() ctx: RequestContext, @Args('input') input: LockThreadInput): Promise<ModerateThreadPayload> {
    return this.content.lock(ctx, input);
  }

  @Mutation(() => ModerateThreadPayload, { description: 'Opens a locked thread again.' })
  @Allow(Permission.Moderate)
  unlockThread(@Ctx() ctx: RequestContext, @Args('input') input: LockThreadInput): Promise<ModerateThreadPayload> {
    return this.content.unlock(ctx, input);
  }

  @Mutation(() => ModerateThreadPayload, { description: "Moves a thread to a seminar session's follow-ups, or out of them." })
  @Allow(Permission.Moderate)
  moveThread(@Ctx() ctx: RequestContext, @Args('input') input: MoveThreadInput): Promise<ModerateThreadPayload> {
    return this.content.move(ctx, input);
  }

  @Mutation(() => ModerateUserPayload, {
    description: 'Bans a user until a given time: they can read, but not post, react, flag or request memberships.',
  })
  @Allow(Permission.ModerateUsers)
  banUser(@Ctx() ctx: RequestContext, @Args('input') input: BanUserInput): Promise<ModerateUserPayload> {
    return this.users.ban(ctx, input);
  }

  @Mutation(() => ModerateUserPayload, { description: 'Ends a ban early.' })
  @Allow(Permission.ModerateUsers)
  unbanUser(@Ctx() ctx: RequestContext, @Args('input') input: UnbanUserInput): Promise<ModerateUserPayload> {
    return this.users.unban(ctx, input);
  }

  @Mutation(() => ModerateUserPayload, {
    description:
      'Erases a person\'s data on their request (name, e-mail, sign-ins, memberships, comments, drafts). Published experiences and threads stay, attributed to "Gelöschtes Konto". Cannot be undone.',
  })
  @Allow(Permission.ModerateUsers)
  erasePersonalData(@Ctx() ctx: RequestContext, @Args('input') input: ErasePersonalDataInput): Promise<ModerateUserPayload> {
    return this.users.erase(ctx, input);
  }
}
