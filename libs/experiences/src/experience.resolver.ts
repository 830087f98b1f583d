import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Allow, Connection, connectionItemSelection, Ctx, pageRequest, Permission, RequestContext } from '@krisenfest/core';
import {
  CreateExperienceInput,
  DraftLessonFromThreadInput,
  ExperienceOrder,
  ExperiencesArgs,
  PublishExperienceInput,
  UpdateExperienceInput,
} from './experience.inputs';
import { ExperienceConnection, ExperienceModel, ExperiencePayload } from './experience.model';
import { ExperienceView } from './experience.rows';
import { ExperienceService } from './experience.service';
import { LessonDraftService } from './lesson-drafts.service';

@Resolver()
export class ExperienceResolver {
  constructor(
    private readonly service: ExperienceService,
    private readonly lessonDrafts: LessonDraftService,
  ) {}

  @Query(() => ExperienceConnection, { description: 'Published experiences (or your drafts), filtered and ordered.' })
  @Allow(Permission.Read)
  experiences(
    @Ctx() ctx: RequestContext,
    @Args() args: ExperiencesArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ExperienceView>> {
    const order = args.orderBy ?? ExperienceOrder.NEWEST;
    return this.service.page(ctx, args.filter ?? {}, order, pageRequest(args), connectionItemSelection(info));
  }

  @Query(() => ExperienceModel, { description: 'One experience; NOT_FOUND if it does not exist or is a draft of someone else.' })
  @Allow(Permission.Read)
  experience(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ExperienceView> {
    return this.service.require(ctx, id);
  }

  @Mutation(() => ExperiencePayload, { description: 'Starts a draft; only you see it until you publish it.' })
  @Allow(Permission.CreateExperience)
  async createExperience(@Ctx() ctx: RequestContext, @Args('input') input: CreateExperienceInput): Promise<ExperiencePayload> {
    return { experience: await this.service.create(ctx, input) };
  }

  @Mutation(() => ExperiencePayload, {
    description:
      'Turns a discussion into your draft lesson: its question as the situation, the accepted answers as the actions, the conclusion as the outcome; linked to the thread and its seminar session.',
  })
  @Allow(Permission.CreateExperience)
  async draftLessonFromThread(@Ctx() ctx: RequestContext, @Args('input') input: DraftLessonFromThreadInput): Promise<ExperiencePayload> {
    return { experience: await this.lessonDrafts.fromThread(ctx, input) };
  }

  @Mutation(() => ExperiencePayload, { description: 'Changes your experience; fields left out stay as they are.' })
  @Allow(Permission.UpdateExperience)
  async updateExperience(@Ctx() ctx: RequestContext, @Args('input') input: UpdateExperienceInput): Promise<ExperiencePayload> {
    return { experience: await this.service.update(ctx, input) };
  }

  @Mutation(() => ExperiencePayload, { description: 'Publishes your draft and opens its discussion.' })
  @Allow(Permission.PublishExperience)
  async publishExperience(@Ctx() ctx: RequestContext, @Args('input') input: PublishExperienceInput): Promise<ExperiencePayload> {
    return { experience: await this.service.publish(ctx, input.id) };
  }
}
