import { Type } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, isModerator, RequestContext } from '@krisenfest/core';
import { HiddenState } from '@krisenfest/database';
import { CommentModel, Thread, ThreadModel } from '@krisenfest/discussions';
import { ExperienceModel } from '@krisenfest/experiences';
import { User, UserModel } from '@krisenfest/identity';
import { ModerationNoticeModel, PublicModerationEntryModel } from './moderation.models';
import { ModerationAction, ModerationSubject } from './moderation-action.entity';
import { ModerationLogService } from './moderation-log.service';

interface Moderated {
  id: string;
  hidden: HiddenState;
}

/** The public part of moderation on a post type: the notice while hidden and the history of decisions. */
function ModerationFields(model: Type<unknown>, subject: ModerationSubject): Type<object> {
  @Resolver(() => model, { isAbstract: true })
  class ModerationFieldsResolver {
    constructor(readonly log: ModerationLogService) {}

    @ResolveField(() => ModerationNoticeModel, { nullable: true, description: 'Set while the moderation hides it; public.' })
    moderation(@Parent() post: Moderated): ModerationNoticeModel | null {
      const hidden = post.hidden;
      if (!hidden?.at) return null;
      return { hidden: true, hiddenAt: hidden.at, reason: hidden.reason, automatic: hidden.automatically };
    }

    @ResolveField(() => [PublicModerationEntryModel], {
      description: 'What the moderation did to it and why, oldest first (public; without who).',
    })
    moderationHistory(@Ctx() ctx: RequestContext, @Parent() post: Moderated): Promise<ModerationAction[]> {
      return this.log.publicHistory(ctx, subject, post.id);
    }
  }
  return ModerationFieldsResolver;
}

@Resolver(() => CommentModel)
export class CommentModerationResolver extends ModerationFields(CommentModel, ModerationSubject.COMMENT) {}

@Resolver(() => ExperienceModel)
export class ExperienceModerationResolver extends ModerationFields(ExperienceModel, ModerationSubject.EXPERIENCE) {}

@Resolver(() => ThreadModel)
export class ThreadModerationResolver extends ModerationFields(ThreadModel, ModerationSubject.THREAD) {
  @ResolveField(() => Boolean, { description: 'A locked thread takes no new comments.' })
  locked(@Parent() thread: Thread): boolean {
    return thread.lockedAt !== null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why it is locked.' })
  lockReason(@Parent() thread: Thread): string | null {
    return thread.lockedAt ? thread.lockReason : null;
  }
}

/** A ban is seen by the banned user and by moderators. */
@Resolver(() => UserModel)
export class UserModerationResolver {
  @ResolveField(() => Date, { nullable: true, description: 'While banned: until when. Only for the user themselves and moderators.' })
  bannedUntil(@Ctx() ctx: RequestContext, @Parent() user: User): Date | null {
    return this.ban(ctx, user)?.until ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'While banned: why. Only for the user themselves and moderators.' })
  banReason(@Ctx() ctx: RequestContext, @Parent() user: User): string | null {
    return this.ban(ctx, user)?.reason ?? null;
  }

  private ban(ctx: RequestContext, user: User): { until: Date; reason: string | null } | null {
    if (ctx.userId !== user.id && !isModerator(ctx.user)) return null;
    if (!user.bannedUntil || user.bannedUntil.getTime() <= Date.now()) return null;
    return { until: user.bannedUntil, reason: user.banReason };
  }
}
