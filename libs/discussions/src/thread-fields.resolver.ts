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
import { SeminarService, SeminarSessionModel, SeminarSessionView } from '@krisenfest/seminars';
import { CommentService } from './comment.service';
import { CommentView } from './comment-rows';
import { CommentConnection, ThreadModel } from './discussion.models';
import { ThreadView } from './thread.rows';

/** The fields of Thread beyond its columns: plain functions of the view, its relations through loaders. */
@Resolver(() => ThreadModel)
export class ThreadFieldsResolver {
  constructor(
    private readonly commentService: CommentService,
    private readonly users: UserService,
    private readonly seminars: SeminarService,
  ) {}

  @ResolveField(() => ID)
  id(thread: ThreadView): string {
    return toGlobalId('Thread', thread.id);
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> {
    return this.users.byId(ctx, thread.authorId);
  }

  @ResolveField(() => SeminarSessionModel, { nullable: true, description: 'The seminar session this thread follows up on.' })
  seminarSession(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSessionView | null> | null {
    return thread.seminarSessionId ? this.seminars.sessionById(ctx, thread.seminarSessionId) : null;
  }

  @PageArgs()
  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first; replies hang below each.' })
  comments(thread: ThreadView, args: NestedPageArgs, { ctx }: GraphQLContext, info: GraphQLResolveInfo): Promise<Connection<CommentView>> {
    return this.commentService.page(ctx, thread, nestedPageRequest(args), connectionItemSelection(info));
  }
}
