import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  ConnectionArgs,
  Ctx,
  NotFoundError,
  pageRequest,
  parseGlobalId,
  Permission,
  RequestContext,
  toGlobalId,
} from '@krisenfest/core';
import { Municipality, MunicipalityModel, MunicipalityService } from '@krisenfest/municipalities';
import { SeminarSeries, SeminarSession, SeminarSpeaker } from './seminar.entity';
import { SeminarSeriesArgs, SeminarSessionArgs, SeminarSessionsArgs } from './seminar.inputs';
import { SeminarSeriesModel, SeminarSessionConnection, SeminarSessionModel, SeminarSpeakerModel } from './seminar.model';
import { SeminarService } from './seminar.service';

@Resolver(() => SeminarSeriesModel)
export class SeminarSeriesResolver {
  constructor(private readonly service: SeminarService) {}

  @Query(() => SeminarSeriesModel, { description: 'One seminar series by id.' })
  @Allow(Permission.Read)
  async seminarSeries(@Ctx() ctx: RequestContext, @Args() args: SeminarSeriesArgs): Promise<SeminarSeries> {
    const found = await this.service.seriesById(ctx, parseGlobalId(args.id, 'SeminarSeries'));
    if (!found) throw new NotFoundError('SeminarSeries', args.id);
    return found;
  }

  @ResolveField(() => ID)
  id(@Parent() series: SeminarSeries): string {
    return toGlobalId('SeminarSeries', series.id);
  }

  @ResolveField(() => SeminarSessionConnection, { description: 'The programme of the series, in order of time.' })
  sessions(@Ctx() ctx: RequestContext, @Parent() series: SeminarSeries, @Args() args: ConnectionArgs): Promise<Connection<SeminarSession>> {
    return this.service.sessionsOfSeries(ctx, series.id, pageRequest(args));
  }
}

@Resolver(() => SeminarSessionModel)
export class SeminarSessionResolver {
  constructor(private readonly service: SeminarService) {}

  @Query(() => SeminarSessionConnection, { description: 'Seminar sessions: upcoming ones soonest first, otherwise most recent first.' })
  @Allow(Permission.Read)
  seminarSessions(@Ctx() ctx: RequestContext, @Args() args: SeminarSessionsArgs): Promise<Connection<SeminarSession>> {
    return this.service.sessionPage(ctx, args, pageRequest(args));
  }

  @Query(() => SeminarSessionModel, { description: 'One seminar session by id.' })
  @Allow(Permission.Read)
  async seminarSession(@Ctx() ctx: RequestContext, @Args() args: SeminarSessionArgs): Promise<SeminarSession> {
    const found = await this.service.sessionById(ctx, parseGlobalId(args.id, 'SeminarSession'));
    if (!found) throw new NotFoundError('SeminarSession', args.id);
    return found;
  }

  @ResolveField(() => ID)
  id(@Parent() session: SeminarSession): string {
    return toGlobalId('SeminarSession', session.id);
  }

  @ResolveField(() => SeminarSeriesModel)
  async series(@Ctx() ctx: RequestContext, @Parent() session: SeminarSession): Promise<SeminarSeries> {
    const series = await this.service.seriesById(ctx, session.seriesId);
    // series_id is a NOT NULL foreign key with ON DELETE CASCADE: missing only if the series was deleted meanwhile.
    if (!series) throw new NotFoundError('SeminarSeries', toGlobalId('SeminarSeries', session.seriesId));
    return series;
  }

  @ResolveField(() => [SeminarSpeakerModel], { description: 'In the order of the programme.' })
  speakers(@Ctx() ctx: RequestContext, @Parent() session: SeminarSession): Promise<SeminarSpeaker[]> {
    return this.service.speakersOf(ctx, session.id);
  }

  @ResolveField(() => Boolean, { description: 'True until the session has ended.' })
  isUpcoming(@Parent() session: SeminarSession): boolean {
    return session.endsAt.getTime() > Date.now();
  }
}

@Resolver(() => SeminarSpeakerModel)
export class SeminarSpeakerResolver {
  constructor(private readonly municipalities: MunicipalityService) {}

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'The municipality the speaker speaks for, if any.' })
  municipality(@Ctx() ctx: RequestContext, @Parent() speaker: SeminarSpeaker): Promise<Municipality | null> | null {
    return speaker.municipalityId ? this.municipalities.byId(ctx, speaker.municipalityId) : null;
  }
}
