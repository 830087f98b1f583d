import { Args, Field, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, GraphQLContext, Permission, RequestContext } from '@krisenfest/core';
import { SeminarSpeakerModel, SeminarSpeakerView } from '@krisenfest/seminars';
import { CommentView } from './comment-rows';
import { AcceptAnswerInput, CloseThreadInput, ReopenThreadInput } from './discussion.inputs';
import { CommentModel, ThreadModel, ThreadPayload } from './discussion.models';
import { FollowUpService } from './follow-up.service';
import { ThreadView } from './thread.rows';

@ObjectType()
export class AcceptAnswerPayload {
  @Field(() => CommentModel) question: object;
  @Field(() => CommentModel) answer: object;
}

/** Answers and conclusions; who may is FollowUpService's rule. */
@Resolver()
export class FollowUpResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @Mutation(() => AcceptAnswerPayload, {
    description:
      'Marks a reply as the answer to a question (the speakers asked, the thread’s author, the organisers or the moderation); replaces an earlier one.',
  })
  @Allow(Permission.AddComment)
  acceptAnswer(@Ctx() ctx: RequestContext, @Args('input') input: AcceptAnswerInput): Promise<AcceptAnswerPayload> {
    return this.followUps.acceptAnswer(ctx, input.questionId, input.answerId);
  }

  @Mutation(() => ThreadPayload, {
    description: 'Closes a thread with a written conclusion shown on top; it takes no new comments (its author, organisers, moderation).',
  })
  @Allow(Permission.AddComment)
  async closeThread(@Ctx() ctx: RequestContext, @Args('input') input: CloseThreadInput): Promise<ThreadPayload> {
    return { thread: await this.followUps.conclude(ctx, input.threadId, input.conclusion) };
  }

  @Mutation(() => ThreadPayload, { description: 'Opens a closed thread again; the conclusion goes (the same people).' })
  @Allow(Permission.AddComment)
  async reopenThread(@Ctx() ctx: RequestContext, @Args('input') input: ReopenThreadInput): Promise<ThreadPayload> {
    return { thread: await this.followUps.conclude(ctx, input.threadId, null) };
  }
}

/** What a comment asks and what answers it. */
@Resolver(() => CommentModel)
export class CommentFollowUpFieldsResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @ResolveField(() => [SeminarSpeakerModel], { description: 'The speakers this comment asks (a question waits for them).' })
  addressedTo(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSpeakerView[]> {
    return this.followUps.addressedTo(ctx, comment.id);
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'The reply accepted as the answer to this question.' })
  acceptedAnswer(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<CommentView | null> {
    return this.followUps.acceptedAnswer(ctx, comment.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may mark a reply as the answer to this comment (acceptAnswer): the same rule, for showing the button.',
  })
  viewerCanAccept(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    return this.followUps.viewerMayAccept(ctx, comment);
  }

  @ResolveField(() => Boolean, { description: 'Whether this reply was accepted as the answer to a question.' })
  isAcceptedAnswer(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    return this.followUps.isAcceptedAnswer(ctx, comment.id);
  }
}

/** A thread's open questions. */
@Resolver(() => ThreadModel)
export class ThreadFollowUpFieldsResolver {
  constructor(private readonly followUps: FollowUpService) {}

  @ResolveField(() => [CommentModel], {
    description: 'Questions to speakers without an accepted answer, oldest first (at most 50); Comment.addressedTo says who they wait for.',
  })
  openQuestions(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<CommentView[]> {
    return this.followUps.openQuestions(ctx, thread.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may close this thread with a conclusion or open it again (closeThread, reopenThread): the same rule.',
  })
  viewerCanClose(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    return this.followUps.viewerMayConclude(ctx, thread);
  }
}
