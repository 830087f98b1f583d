import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@krisenfest/core';
import { CommentService } from './comment.service';
import { AddCommentInput, DeleteCommentInput, EditCommentInput, ReactionInput } from './discussion.inputs';
import { CommentPayload, ReactionPayload } from './discussion.models';
import { ReactionResult, ReactionService } from './reaction.service';

@Resolver()
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly reactions: ReactionService,
  ) {}

  @Mutation(() => CommentPayload, { description: 'Comments on a thread, or replies to a comment (parentId).' })
  @Allow(Permission.AddComment)
  async addComment(@Ctx() ctx: RequestContext, @Args('input') input: AddCommentInput): Promise<CommentPayload> {
    return { comment: await this.comments.add(ctx, input) };
  }

  @Mutation(() => CommentPayload, { description: 'Changes your own comment.' })
  @Allow(Permission.EditComment)
  async editComment(@Ctx() ctx: RequestContext, @Args('input') input: EditCommentInput): Promise<CommentPayload> {
    return { comment: await this.comments.edit(ctx, input) };
  }

  @Mutation(() => CommentPayload, { description: 'Deletes your own comment; it stays in the thread as "deleted".' })
  @Allow(Permission.DeleteComment)
  async deleteComment(@Ctx() ctx: RequestContext, @Args('input') input: DeleteCommentInput): Promise<CommentPayload> {
    return { comment: await this.comments.delete(ctx, input.commentId) };
  }

  @Mutation(() => ReactionPayload, {
    description: 'Marks a comment or an experience as helpful, or says thanks. Repeating it changes nothing.',
  })
  @Allow(Permission.React)
  addReaction(@Ctx() ctx: RequestContext, @Args('input') input: ReactionInput): Promise<ReactionResult> {
    return this.reactions.add(ctx, input);
  }

  @Mutation(() => ReactionPayload, { description: 'Takes your reaction back. Repeating it changes nothing.' })
  @Allow(Permission.React)
  removeReaction(@Ctx() ctx: RequestContext, @Args('input') input: ReactionInput): Promise<ReactionResult> {
    return this.reactions.remove(ctx, input);
  }
}
