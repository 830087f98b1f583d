import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@krisenfest/core';
import {
  AddSeminarSpeakerInput,
  CancelSeminarSessionInput,
  CreateSeminarSeriesInput,
  CreateSeminarSessionInput,
  RecordSeminarSessionInput,
  RemoveSeminarSpeakerInput,
  UpdateSeminarSeriesInput,
  UpdateSeminarSessionInput,
  UpdateSeminarSpeakerInput,
} from './seminar.inputs';
import { SeminarSeriesPayload, SeminarSessionPayload, SeminarSpeakerPayload } from './seminar.model';
import { SeminarOrganisingService } from './seminar-organising.service';

/** What organisers do: series, sessions and speakers. Who may, for which series, is SeminarOrganisingService's rule. */
@Resolver()
export class SeminarOrganisingResolver {
  constructor(private readonly organising: SeminarOrganisingService) {}

  @Mutation(() => SeminarSeriesPayload, {
    description: 'Starts a seminar series: the ORGANIZER role for any, verified staff or members for their own municipality or group.',
  })
  @Allow(Permission.OrganiseSeminars)
  async createSeminarSeries(@Ctx() ctx: RequestContext, @Args('input') input: CreateSeminarSeriesInput): Promise<SeminarSeriesPayload> {
    return { series: await this.organising.createSeries(ctx, input) };
  }

  @Mutation(() => SeminarSeriesPayload, { description: "Changes a series' title, description or organisers' names (its organisers)." })
  @Allow(Permission.OrganiseSeminars)
  async updateSeminarSeries(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSeminarSeriesInput): Promise<SeminarSeriesPayload> {
    return { series: await this.organising.updateSeries(ctx, input) };
  }

  @Mutation(() => SeminarSessionPayload, { description: 'Adds a session to a series (its organisers).' })
  @Allow(Permission.OrganiseSeminars)
  async createSeminarSession(@Ctx() ctx: RequestContext, @Args('input') input: CreateSeminarSessionInput): Promise<SeminarSessionPayload> {
    return { session: await this.organising.createSession(ctx, input) };
  }

  @Mutation(() => SeminarSessionPayload, { description: 'Changes a session that is not cancelled (its organisers); empty texts clear.' })
  @Allow(Permission.OrganiseSeminars)
  async updateSeminarSession(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSeminarSessionInput): Promise<SeminarSessionPayload> {
    return { session: await this.organising.updateSession(ctx, input) };
  }

  @Mutation(() => SeminarSessionPayload, { description: 'Cancels a session that has not taken place, with a reason (its organisers).' })
  @Allow(Permission.OrganiseSeminars)
  async cancelSeminarSession(@Ctx() ctx: RequestContext, @Args('input') input: CancelSeminarSessionInput): Promise<SeminarSessionPayload> {
    return { session: await this.organising.cancelSession(ctx, input.id, input.reason) };
  }

  @Mutation(() => SeminarSessionPayload, {
    description: 'The post-session record: minutes (Markdown) and a link to the recording, once the session has begun (its organisers).',
  })
  @Allow(Permission.OrganiseSeminars)
  async recordSeminarSession(@Ctx() ctx: RequestContext, @Args('input') input: RecordSeminarSessionInput): Promise<SeminarSessionPayload> {
    return { session: await this.organising.recordSession(ctx, input) };
  }

  @Mutation(() => SeminarSpeakerPayload, { description: 'Adds a speaker at the end of the programme, REQUESTED unless said otherwise.' })
  @Allow(Permission.OrganiseSeminars)
  addSeminarSpeaker(@Ctx() ctx: RequestContext, @Args('input') input: AddSeminarSpeakerInput): Promise<SeminarSpeakerPayload> {
    return this.organising.addSpeaker(ctx, input);
  }

  @Mutation(() => SeminarSpeakerPayload, {
    description: "Changes a speaker, e.g. confirmation CONFIRMED once they agreed (the session's organisers).",
  })
  @Allow(Permission.OrganiseSeminars)
  updateSeminarSpeaker(@Ctx() ctx: RequestContext, @Args('input') input: UpdateSeminarSpeakerInput): Promise<SeminarSpeakerPayload> {
    return this.organising.updateSpeaker(ctx, input);
  }

  @Mutation(() => SeminarSpeakerPayload, { description: "Takes a speaker off the programme (the session's organisers)." })
  @Allow(Permission.OrganiseSeminars)
  removeSeminarSpeaker(@Ctx() ctx: RequestContext, @Args('input') input: RemoveSeminarSpeakerInput): Promise<SeminarSpeakerPayload> {
    return this.organising.removeSpeaker(ctx, input.id);
  }
}
