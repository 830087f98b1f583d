import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  Ctx,
  NotFoundError,
  pageRequest,
  parseGlobalId,
  Permission,
  RequestContext,
  toGlobalId,
} from '@krisenfest/core';
import { Municipality, MunicipalityModel } from '@krisenfest/municipalities';
import { Crisis } from './crisis.entity';
import { CrisesArgs, CrisisArgs } from './crisis.inputs';
import { CrisisConnection, CrisisModel } from './crisis.model';
import { CrisisService } from './crisis.service';

@Resolver(() => CrisisModel)
export class CrisisResolver {
  constructor(private readonly service: CrisisService) {}

  @Query(() => CrisisConnection, { description: 'Crises, most recent first.' })
  @Allow(Permission.Read)
  crises(@Ctx() ctx: RequestContext, @Args() args: CrisesArgs): Promise<Connection<Crisis>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => CrisisModel, { description: 'One crisis by id.' })
  @Allow(Permission.Read)
  async crisis(@Ctx() ctx: RequestContext, @Args() args: CrisisArgs): Promise<Crisis> {
    const found = await this.service.byId(ctx, parseGlobalId(args.id, 'Crisis'));
    if (!found) throw new NotFoundError('Crisis', args.id);
    return found;
  }

  @ResolveField(() => ID)
  id(@Parent() c: Crisis): string {
    return toGlobalId('Crisis', c.id);
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the crisis hit, by name.' })
  affectedMunicipalities(@Ctx() ctx: RequestContext, @Parent() c: Crisis): Promise<Municipality[]> {
    return this.service.affectedMunicipalities(ctx, c.id);
  }
}
