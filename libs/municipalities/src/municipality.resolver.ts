import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  Allow,
  BadUserInputError,
  Connection,
  Ctx,
  NotFoundError,
  pageRequest,
  parseGlobalId,
  Permission,
  RequestContext,
} from '@krisenfest/core';
import { MunicipalitiesArgs, MunicipalityArgs } from './municipality.inputs';
import { MunicipalityConnection, MunicipalityModel } from './municipality.model';
import { MunicipalityView } from './municipality.rows';
import { MunicipalityService } from './municipality.service';

@Resolver()
export class MunicipalityResolver {
  constructor(private readonly service: MunicipalityService) {}

  @Query(() => MunicipalityConnection, { description: 'Municipalities, by name.' })
  @Allow(Permission.Read)
  municipalities(@Ctx() ctx: RequestContext, @Args() args: MunicipalitiesArgs): Promise<Connection<MunicipalityView>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => MunicipalityModel, { description: 'One municipality by id or official key (AGS / Kreisschlüssel).' })
  @Allow(Permission.Read)
  async municipality(@Ctx() ctx: RequestContext, @Args() args: MunicipalityArgs): Promise<MunicipalityView> {
    // null counts as left out: clients often send both variables of one query.
    if ((args.id == null) === (args.officialKey == null)) {
      throw new BadUserInputError('Give either id or officialKey.', [{ field: 'id', message: 'give either id or officialKey' }]);
    }
    const found =
      args.id != null
        ? await this.service.byId(ctx, parseGlobalId(args.id, 'Municipality'))
        : await this.service.byOfficialKey(ctx, args.officialKey!);
    if (!found) throw new NotFoundError('Municipality', args.id ?? args.officialKey);
    return found;
  }
}
