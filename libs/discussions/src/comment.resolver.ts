import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, hiddenText, ConnectionArgs, Ctx, pageRequest, Permission, RequestContext, toGlobalId } from '@krisenfest/core';
import { User, UserModel, UserService } from '@krisenfest/identity';
import { Comment } from './comment.entity';
import { CommentService } from './comment.service';
import { AddCommentInput, DeleteCommentInput, EditCommentInput, ReactionInput } from './discussion.inputs';
import { CommentConnection, CommentModel, CommentPayload, ReactionPayload } from './discussion.models';
import { ReactionKind } from './reaction.entity';
import { ReactionResult, ReactionService } from './reaction.service';
import { ThreadModel } from './discussion.models';
import { Thread } from './thread.entity';
import { ThreadService } from './thread.service';

@Resolver(() => CommentModel)
export class CommentResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly threads: ThreadService,
    private readonly reactions: ReactionService,
    private readonly users: UserService,
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

  @ResolveField(() => ID)
  id(@Parent() comment: Comment): string {
    return toGlobalId('Comment', comment.id);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() comment: Comment): boolean {
    return comment.deletedAt !== null;
  }

  @ResolveField(() => String, { nullable: true, middleware: [hiddenText] })
  body(@Parent() comment: Comment): string | null {
    return comment.deletedAt ? null : comment.body;
  }

  @ResolveField(() => String, { nullable: true, middleware: [hiddenText] })
  bodyHtml(@Parent() comment: Comment): string | null {
    return comment.deletedAt ? null : comment.bodyHtml;
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(@Ctx() ctx: RequestContext, @Parent() comment: Comment): Promise<User | null> | null {
    return comment.deletedAt ? null : this.users.byId(ctx, comment.authorId);
  }

  @ResolveField(() => [ReactionKind])
  viewerReactions(@Ctx() ctx: RequestContext, @Parent() comment: Comment): Promise<ReactionKind[]> {
    return this.comments.viewerReactions(ctx, comment);
  }

  @ResolveField(() => CommentConnection, { description: 'Replies, oldest first.' })
  replies(@Ctx() ctx: RequestContext, @Parent() comment: Comment, @Args() args: ConnectionArgs): Promise<Connection<Comment>> {
    return this.comments.replies(ctx, comment, pageRequest(args));
  }

  @ResolveField(() => ThreadModel)
  thread(@Ctx() ctx: RequestContext, @Parent() comment: Comment): Promise<Thread | null> {
    return this.threads.visibleById(ctx, comment.threadId);
  }
}
