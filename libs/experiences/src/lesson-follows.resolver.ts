import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@krisenfest/core';
import { FollowLevel, FollowService, FollowTarget, NotificationModel, NotificationView } from '@krisenfest/notifications';
import { ExperienceModel } from './experience.model';
import { ExperienceView } from './experience.rows';
import { ExperienceService } from './experience.service';

@Resolver(() => ExperienceModel)
export class ExperienceFollowsResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => FollowLevel, {
    nullable: true,
    description: 'How you follow the discussion of this lesson (its author watches it); null: not at all.',
  })
  async viewerFollowLevel(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.THREAD, e.threadId))?.level ?? null;
  }
}

@Resolver(() => NotificationModel)
export class NotificationExperienceResolver {
  constructor(private readonly experiences: ExperienceService) {}

  @ResolveField(() => ExperienceModel, { nullable: true, description: 'For NEW_LESSON: the lesson.' })
  experience(n: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<ExperienceView | null> | null {
    return n.experienceId ? this.experiences.visibleById(ctx, n.experienceId) : null;
  }
}
