import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, GraphQLContext, NestedPageArgs, nestedPageRequest, PageArgs, toGlobalId } from '@krisenfest/core';
import { UserModel, UserView } from '@krisenfest/identity';
import { MunicipalityModel, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { VolunteerGroupModel, VolunteerGroupService, VolunteerGroupView } from '@krisenfest/volunteer-groups';
import { SeminarSeriesModel, SeminarSessionConnection, SeminarSessionModel, SeminarSpeakerModel } from './seminar.model';
import { SeminarSeriesView, SeminarSessionView, SeminarSpeakerView } from './seminar.rows';
import { SeminarService } from './seminar.service';

@Resolver(() => SeminarSeriesModel)
export class SeminarSeriesFieldsResolver {
  constructor(
    private readonly service: SeminarService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
  ) {}

  @ResolveField(() => ID)
  id(series: SeminarSeriesView): string {
    return toGlobalId('SeminarSeries', series.id);
  }

  @ResolveField(() => [MunicipalityModel], { description: 'Municipalities whose verified staff organise the series.' })
  async organisingMunicipalities(series: SeminarSeriesView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView[]> {
    const found = await Promise.all(series.organisingMunicipalityIds.map((id) => this.municipalities.byId(ctx, id)));
    return found.filter((m): m is MunicipalityView => !!m);
  }

  @ResolveField(() => [VolunteerGroupModel], { description: 'Volunteer groups whose verified members organise the series.' })
  async organisingVolunteerGroups(series: SeminarSeriesView, _args: unknown, { ctx }: GraphQLContext): Promise<VolunteerGroupView[]> {
    const found = await Promise.all(series.organisingVolunteerGroupIds.map((id) => this.groups.byId(ctx, id)));
    return found.filter((g): g is VolunteerGroupView => !!g);
  }

  @ResolveField(() => Boolean, { description: 'Whether you organise this series: create and edit its sessions and speakers.' })
  viewerCanOrganise(series: SeminarSeriesView, _args: unknown, { ctx }: GraphQLContext): boolean {
    return !!ctx.user && this.service.organises(ctx, series);
  }

  @PageArgs()
  @ResolveField(() => SeminarSessionConnection, { description: 'The programme of the series, in order of time.' })
  sessions(series: SeminarSeriesView, args: NestedPageArgs, { ctx }: GraphQLContext): Promise<Connection<SeminarSessionView>> {
    return this.service.sessionsOfSeries(ctx, series.id, nestedPageRequest(args));
  }
}

@Resolver(() => SeminarSessionModel)
export class SeminarSessionFieldsResolver {
  constructor(private readonly service: SeminarService) {}

  @ResolveField(() => ID)
  id(session: SeminarSessionView): string {
    return toGlobalId('SeminarSession', session.id);
  }

  @ResolveField(() => SeminarSeriesModel, { nullable: true })
  series(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSeriesView | null> {
    return this.service.seriesById(ctx, session.seriesId);
  }

  @ResolveField(() => [SeminarSpeakerModel], { description: 'In the order of the programme.' })
  speakers(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSpeakerView[]> {
    return this.service.speakersOf(ctx, session.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you organise the series of this session: edit it, its speakers, see its registrations, cancel it.',
  })
  viewerCanOrganise(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    return this.service.organisesSession(ctx, session);
  }

  @ResolveField(() => Boolean, { description: 'True until the session has ended.' })
  isUpcoming(session: SeminarSessionView): boolean {
    return session.endsAt.getTime() > Date.now();
  }
}

@Resolver(() => SeminarSpeakerModel)
export class SeminarSpeakerFieldsResolver {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
  ) {}

  @ResolveField(() => ID)
  id(speaker: SeminarSpeakerView): string {
    return toGlobalId('SeminarSpeaker', speaker.id);
  }

  @ResolveField(() => VolunteerGroupModel, { nullable: true, description: 'The volunteer group the speaker speaks for, if any.' })
  volunteerGroup(speaker: SeminarSpeakerView, _args: unknown, { ctx }: GraphQLContext): Promise<VolunteerGroupView | null> | null {
    return speaker.volunteerGroupId ? this.groups.byId(ctx, speaker.volunteerGroupId) : null;
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'The municipality the speaker speaks for, if any.' })
  municipality(speaker: SeminarSpeakerView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView | null> | null {
    return speaker.municipalityId ? this.municipalities.byId(ctx, speaker.municipalityId) : null;
  }
}

/** The sessions a user speaks at: on their profile and for themselves as `viewer { speakingAt }`. */
@Resolver(() => UserModel)
export class UserSpeakingResolver {
  constructor(private readonly service: SeminarService) {}

  @ResolveField(() => [SeminarSessionModel], { description: 'Sessions with this user on the programme as a speaker, in order of time.' })
  speakingAt(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSessionView[]> {
    return this.service.sessionsSpokenBy(ctx, user.id);
  }
}
