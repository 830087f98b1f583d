import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, pageRequest, Permission, RequestContext } from '@krisenfest/core';
import { SearchArgs, SearchHitConnection } from './search.model';
import { SearchHitValue, SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchHitConnection, { description: 'German full-text search over experiences and threads, best matches first.' })
  @Allow(Permission.Read)
  search(@Ctx() ctx: RequestContext, @Args() args: SearchArgs): Promise<Connection<SearchHitValue>> {
    return this.service.search(ctx, args.query, args.filter ?? {}, pageRequest(args));
  }
}
