import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import {
  Connection,
  connectionItemSelection,
  GraphQLContext,
  NestedPageArgs,
  nestedPageRequest,
  PageArgs,
  toGlobalId,
} from '@krisenfest/core';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { CommentService } from './comment.service';
import { CommentView } from './comment-rows';
import { CommentConnection, CommentModel, ThreadModel } from './discussion.models';
import { ThreadView } from './thread.rows';
import { ThreadService } from './thread.service';

/** The fields of Comment beyond its columns: plain functions of the view, its relations through loaders. */
@Resolver(() => CommentModel)
export class CommentFieldsResolver {
  constructor(
    private readonly comments: CommentService,
    private readonly threads: ThreadService,
    private readonly users: UserService,
  ) {}

  @ResolveField(() => ID)
  id(comment: CommentView): string {
    return toGlobalId('Comment', comment.id);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'null once deleted.' })
  author(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> | UserView | null {
    if (!comment.authorId) return null;
    return comment.related?.author ?? this.users.byId(ctx, comment.authorId);
  }

  @ResolveField(() => ThreadModel, { nullable: true })
  thread(comment: CommentView, _args: unknown, { ctx }: GraphQLContext): Promise<ThreadView | null> {
    return this.threads.visibleById(ctx, comment.threadId);
  }

  @PageArgs()
  @ResolveField(() => CommentConnection, { description: 'Replies, oldest first.' })
  replies(comment: CommentView, args: NestedPageArgs, { ctx }: GraphQLContext, info: GraphQLResolveInfo): Promise<Connection<CommentView>> {
    return this.comments.replies(ctx, comment, nestedPageRequest(args), connectionItemSelection(info));
  }
}
