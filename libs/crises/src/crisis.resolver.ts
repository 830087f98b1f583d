import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, NotFoundError, pageRequest, parseGlobalId, Permission, RequestContext } from '@krisenfest/core';
import { CrisesArgs, CrisisArgs } from './crisis.inputs';
import { CrisisConnection, CrisisModel } from './crisis.model';
import { CrisisView } from './crisis.rows';
import { CrisisService } from './crisis.service';

@Resolver()
export class CrisisResolver {
  constructor(private readonly service: CrisisService) {}

  @Query(() => CrisisConnection, { description: 'Crises, most recent first.' })
  @Allow(Permission.Read)
  crises(@Ctx() ctx: RequestContext, @Args() args: CrisesArgs): Promise<Connection<CrisisView>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => CrisisModel, { description: 'One crisis by id.' })
  @Allow(Permission.Read)
  async crisis(@Ctx() ctx: RequestContext, @Args() args: CrisisArgs): Promise<CrisisView> {
    const found = await this.service.byId(ctx, parseGlobalId(args.id, 'Crisis'));
    if (!found) throw new NotFoundError('Crisis', args.id);
    return found;
  }
}
