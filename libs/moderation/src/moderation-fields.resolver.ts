import { ID, Int, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { CommentModel, ThreadModel } from '@krisenfest/discussions';
import { ExperienceModel } from '@krisenfest/experiences';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { Flag } from './flag.entity';
import { FlaggedPost, reasonCounts } from './flag.service';
import {
  FlaggedContentModel,
  FlagModel,
  FlagReasonCountModel,
  ModerationActionModel,
  ModerationLogSubject,
  PublicModerationEntryModel,
} from './moderation.models';
import { ModerationAction, ModerationSubject } from './moderation-action.entity';
import { ModerationLogService, SUBJECT_TYPES } from './moderation-log.service';
import { ModeratedPosts, Post } from './moderated-content';

const HISTORY = { description: 'What the moderation did to it and why, oldest first (public; without who).' };

/** The public history of decisions on each kind of post. */
@Resolver(() => CommentModel)
export class CommentModerationResolver {
  constructor(private readonly log: ModerationLogService) {}

  @ResolveField(() => [PublicModerationEntryModel], HISTORY)
  moderationHistory(post: { id: string }, _args: unknown, { ctx }: GraphQLContext): Promise<ModerationAction[]> {
    return this.log.publicHistory(ctx, ModerationSubject.COMMENT, post.id);
  }
}

@Resolver(() => ThreadModel)
export class ThreadModerationResolver {
  constructor(private readonly log: ModerationLogService) {}

  @ResolveField(() => [PublicModerationEntryModel], HISTORY)
  moderationHistory(post: { id: string }, _args: unknown, { ctx }: GraphQLContext): Promise<ModerationAction[]> {
    return this.log.publicHistory(ctx, ModerationSubject.THREAD, post.id);
  }
}

@Resolver(() => ExperienceModel)
export class ExperienceModerationResolver {
  constructor(private readonly log: ModerationLogService) {}

  @ResolveField(() => [PublicModerationEntryModel], HISTORY)
  moderationHistory(post: { id: string }, _args: unknown, { ctx }: GraphQLContext): Promise<ModerationAction[]> {
    return this.log.publicHistory(ctx, ModerationSubject.EXPERIENCE, post.id);
  }
}

@Resolver(() => FlaggedContentModel)
export class FlaggedContentFieldsResolver {
  @ResolveField(() => Int)
  flagCount(item: FlaggedPost): number {
    return item.flags.length;
  }

  @ResolveField(() => [FlagReasonCountModel], { description: 'How often each reason was given, most frequent first.' })
  reasons(item: FlaggedPost): FlagReasonCountModel[] {
    return reasonCounts(item.flags);
  }
}

@Resolver(() => FlagModel)
export class FlagFieldsResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => ID)
  id(flag: Flag): string {
    return toGlobalId('Flag', flag.id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  reporter(flag: Flag, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> {
    return this.users.byId(ctx, flag.reporterId);
  }
}

@Resolver(() => ModerationActionModel)
export class ModerationActionFieldsResolver {
  constructor(
    private readonly users: UserService,
    private readonly posts: ModeratedPosts,
  ) {}

  @ResolveField(() => ID)
  id(action: ModerationAction): string {
    return toGlobalId('ModerationAction', action.id);
  }

  @ResolveField(() => ID)
  subjectId(action: ModerationAction): string {
    return toGlobalId(SUBJECT_TYPES[action.subjectKind], action.subjectId);
  }

  @ResolveField(() => ModerationLogSubject, {
    nullable: true,
    description:
      'The comment, thread, experience or user acted on, in full (also when hidden); null once it is gone. The entries of a page are read together.',
  })
  subject(action: ModerationAction, _args: unknown, { ctx }: GraphQLContext): Promise<Post | UserView | null> {
    return this.posts.subject(ctx, action.subjectKind, action.subjectId);
  }

  @ResolveField(() => UserModel, { nullable: true })
  actor(action: ModerationAction, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> | null {
    return action.actorId ? this.users.byId(ctx, action.actorId) : null;
  }

  @ResolveField(() => Date, { nullable: true })
  until(action: ModerationAction): Date | null {
    return typeof action.details.until === 'string' ? new Date(action.details.until) : null;
  }

  @ResolveField(() => Int, { nullable: true })
  flagCount(action: ModerationAction): number | null {
    return typeof action.details.flagCount === 'number' ? action.details.flagCount : null;
  }
}
