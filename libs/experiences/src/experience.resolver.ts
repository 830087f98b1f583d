import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, hiddenText, pageRequest, Permission, RequestContext, toGlobalId } from '@krisenfest/core';
import { Crisis, CrisisModel, CrisisService } from '@krisenfest/crises';
import { ReactionKind, Thread, ThreadModel, ThreadService } from '@krisenfest/discussions';
import { User, UserModel, UserService } from '@krisenfest/identity';
import { Municipality, MunicipalityModel, MunicipalityService } from '@krisenfest/municipalities';
import { SeminarService, SeminarSession, SeminarSessionModel } from '@krisenfest/seminars';
import { VolunteerGroup, VolunteerGroupModel, VolunteerGroupService } from '@krisenfest/volunteer-groups';
import { Experience, ExperienceRecommendation } from './experience.entity';
import {
  CreateExperienceInput,
  ExperienceOrder,
  ExperiencesArgs,
  PublishExperienceInput,
  UpdateExperienceInput,
} from './experience.inputs';
import { ExperienceConnection, ExperienceModel, ExperiencePayload, RecommendationModel } from './experience.model';
import { ExperienceService } from './experience.service';

@Resolver(() => ExperienceModel)
export class ExperienceResolver {
  constructor(
    private readonly service: ExperienceService,
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
    private readonly crises: CrisisService,
    private readonly seminars: SeminarService,
    private readonly threads: ThreadService,
  ) {}

  @Query(() => ExperienceConnection, { description: 'Published experiences (or your drafts), filtered and ordered.' })
  @Allow(Permission.Read)
  experiences(@Ctx() ctx: RequestContext, @Args() args: ExperiencesArgs): Promise<Connection<Experience>> {
    return this.service.page(ctx, args.filter ?? {}, args.orderBy ?? ExperienceOrder.NEWEST, pageRequest(args));
  }

  @Query(() => ExperienceModel, { description: 'One experience; NOT_FOUND if it does not exist or is a draft of someone else.' })
  @Allow(Permission.Read)
  experience(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Experience> {
    return this.service.require(ctx, id);
  }

  @Mutation(() => ExperiencePayload, { description: 'Starts a draft; only you see it until you publish it.' })
  @Allow(Permission.CreateExperience)
  async createExperience(@Ctx() ctx: RequestContext, @Args('input') input: CreateExperienceInput): Promise<ExperiencePayload> {
    return { experience: await this.service.create(ctx, input) };
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

  @ResolveField(() => ID)
  id(@Parent() e: Experience): string {
    return toGlobalId('Experience', e.id);
  }

  @ResolveField(() => UserModel)
  author(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<User | null> {
    return this.users.byId(ctx, e.authorId);
  }

  @ResolveField(() => MunicipalityModel, { description: 'Where it happened.' })
  municipality(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<Municipality | null> {
    return this.municipalities.byId(ctx, e.municipalityId);
  }

  @ResolveField(() => VolunteerGroupModel, { nullable: true, description: 'The group the author wrote for, if any.' })
  volunteerGroup(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<VolunteerGroup | null> | null {
    return e.volunteerGroupId ? this.groups.byId(ctx, e.volunteerGroupId) : null;
  }

  @ResolveField(() => CrisisModel, { nullable: true })
  crisis(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<Crisis | null> | null {
    return e.crisisId ? this.crises.byId(ctx, e.crisisId) : null;
  }

  @ResolveField(() => SeminarSessionModel, { nullable: true, description: 'The seminar session it came from.' })
  seminarSession(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<SeminarSession | null> | null {
    return e.seminarSessionId ? this.seminars.sessionById(ctx, e.seminarSessionId) : null;
  }

  @ResolveField(() => ThreadModel, { description: 'Its discussion.' })
  thread(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<Thread | null> {
    return this.threads.visibleById(ctx, e.threadId);
  }

  @ResolveField(() => Int)
  commentCount(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<number> {
    return this.service.commentCount(ctx, e);
  }

  @ResolveField(() => [ReactionKind])
  viewerReactions(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<ReactionKind[]> {
    return this.service.viewerReactions(ctx, e);
  }

  @ResolveField(() => [RecommendationModel], { middleware: [hiddenText] })
  recommendations(@Ctx() ctx: RequestContext, @Parent() e: Experience): Promise<ExperienceRecommendation[]> {
    return this.service.recommendations(ctx, e);
  }
}

/** The experience a thread discusses; lives here because experiences build on discussions. */
@Resolver(() => ThreadModel)
export class ThreadExperienceResolver {
  constructor(private readonly service: ExperienceService) {}

  @ResolveField(() => ExperienceModel, { nullable: true, description: 'The experience this thread discusses, if any.' })
  experience(@Ctx() ctx: RequestContext, @Parent() thread: Thread): Promise<Experience | null> {
    return this.service.byThread(ctx, thread.id);
  }
}
