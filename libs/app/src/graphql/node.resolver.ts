import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Node, NodeRegistry, Permission, RequestContext } from '@krisenfest/core';

@Resolver()
export class NodeResolver {
  constructor(private readonly nodes: NodeRegistry) {}

  @Query(() => Node, { nullable: true, description: 'Anything by its global id; null if it does not exist or is not visible to you.' })
  @Allow(Permission.Read)
  node(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<object | null> {
    return this.nodes.fetch(ctx, id);
  }
}
