import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, NotFoundError, pageRequest, parseGlobalId, Permission, RequestContext } from '@krisenfest/core';
import { SeminarSeriesArgs, SeminarSessionArgs, SeminarSessionsArgs } from './seminar.inputs';
import { SeminarSeriesModel, SeminarSessionConnection, SeminarSessionModel } from './seminar.model';
import { SeminarSeriesView, SeminarSessionView } from './seminar.rows';
import { SeminarService } from './seminar.service';

@Resolver()
export class SeminarResolver {
  constructor(private readonly service: SeminarService) {}

  @Query(() => SeminarSeriesModel, { description: 'One seminar series by id.' })
  @Allow(Permission.Read)
  async seminarSeries(@Ctx() ctx: RequestContext, @Args() args: SeminarSeriesArgs): Promise<SeminarSeriesView> {
    const found = await this.service.seriesById(ctx, parseGlobalId(args.id, 'SeminarSeries'));
    if (!found) throw new NotFoundError('SeminarSeries', args.id);
    return found;
  }

  @Query(() => SeminarSessionConnection, { description: 'Seminar sessions: upcoming ones soonest first, otherwise most recent first.' })
  @Allow(Permission.Read)
  seminarSessions(@Ctx() ctx: RequestContext, @Args() args: SeminarSessionsArgs): Promise<Connection<SeminarSessionView>> {
    return this.service.sessionPage(ctx, args, pageRequest(args));
  }

  @Query(() => SeminarSessionModel, { description: 'One seminar session by id.' })
  @Allow(Permission.Read)
  async seminarSession(@Ctx() ctx: RequestContext, @Args() args: SeminarSessionArgs): Promise<SeminarSessionView> {
    const found = await this.service.sessionById(ctx, parseGlobalId(args.id, 'SeminarSession'));
    if (!found) throw new NotFoundError('SeminarSession', args.id);
    return found;
  }
}
