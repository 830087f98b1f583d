import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, HIDDEN_NOTICE, toGlobalId } from '@krisenfest/core';
import { CrisisModel, CrisisService, CrisisView } from '@krisenfest/crises';
import { ThreadModel, ThreadService, ThreadView } from '@krisenfest/discussions';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { MunicipalityModel, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { SeminarService, SeminarSessionModel, SeminarSessionView } from '@krisenfest/seminars';
import { VolunteerGroupModel, VolunteerGroupService, VolunteerGroupView } from '@krisenfest/volunteer-groups';
import { ExperienceModel, RecommendationModel } from './experience.model';
import { ExperienceView, RecommendationView } from './experience.rows';
import { ExperienceService } from './experience.service';

type Text = 'situation' | 'actions' | 'outcome' | 'rootCause' | 'transferability';

/**
 * The fields of Experience beyond its list columns: its long texts and recommendations (the notice while the
 * view says it is hidden from the caller), and its relations through the request's loaders.
 */
@Resolver(() => ExperienceModel)
export class ExperienceFieldsResolver {
  constructor(
    private readonly service: ExperienceService,
    private readonly users: UserService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
    private readonly crises: CrisisService,
    private readonly seminars: SeminarService,
    private readonly threads: ThreadService,
  ) {}

  @ResolveField(() => ID)
  id(e: ExperienceView): string {
    return toGlobalId('Experience', e.id);
  }

  @ResolveField(() => String, { description: 'What happened.' })
  situation(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string> | string {
    return this.text(e, ctx, 'situation', HIDDEN_NOTICE) as Promise<string> | string;
  }

  @ResolveField(() => String, { description: 'What was done.' })
  actions(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string> | string {
    return this.text(e, ctx, 'actions', HIDDEN_NOTICE) as Promise<string> | string;
  }

  @ResolveField(() => String, { description: 'What worked and what failed.' })
  outcome(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string> | string {
    return this.text(e, ctx, 'outcome', HIDDEN_NOTICE) as Promise<string> | string;
  }

  @ResolveField(() => String, { nullable: true })
  rootCause(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> | string | null {
    return this.text(e, ctx, 'rootCause', null);
  }

  @ResolveField(() => String, { nullable: true, description: 'What another municipality needs to repeat it.' })
  transferability(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> | string | null {
    return this.text(e, ctx, 'transferability', null);
  }

  @ResolveField(() => String, { description: 'situation as sanitised HTML (from its Markdown).' })
  situationHtml(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.textHtml(ctx, e, 'situation', true);
  }

  @ResolveField(() => String, { description: 'actions as sanitised HTML (from its Markdown).' })
  actionsHtml(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.textHtml(ctx, e, 'actions', true);
  }

  @ResolveField(() => String, { description: 'outcome as sanitised HTML (from its Markdown).' })
  outcomeHtml(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.textHtml(ctx, e, 'outcome', true);
  }

  @ResolveField(() => String, { nullable: true, description: 'rootCause as sanitised HTML (from its Markdown).' })
  rootCauseHtml(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.textHtml(ctx, e, 'rootCause', false);
  }

  @ResolveField(() => String, { nullable: true, description: 'transferability as sanitised HTML (from its Markdown).' })
  transferabilityHtml(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.textHtml(ctx, e, 'transferability', false);
  }

  @ResolveField(() => [RecommendationModel])
  recommendations(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<RecommendationView[]> | [] {
    return e.readable ? this.service.recommendations(ctx, e.id) : [];
  }

  @ResolveField(() => UserModel, { nullable: true })
  author(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> | UserView {
    return e.related?.author ?? this.users.byId(ctx, e.authorId);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'Where it happened.' })
  municipality(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView | null> | MunicipalityView {
    return e.related?.municipality ?? this.municipalities.byId(ctx, e.municipalityId);
  }

  @ResolveField(() => VolunteerGroupModel, { nullable: true, description: 'The group the author wrote for, if any.' })
  volunteerGroup(
    e: ExperienceView,
    _args: unknown,
    { ctx }: GraphQLContext,
  ): Promise<VolunteerGroupView | null> | VolunteerGroupView | null {
    if (e.related?.volunteerGroup !== undefined) return e.related.volunteerGroup;
    return e.volunteerGroupId ? this.groups.byId(ctx, e.volunteerGroupId) : null;
  }

  @ResolveField(() => CrisisModel, { nullable: true })
  crisis(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<CrisisView | null> | CrisisView | null {
    if (e.related?.crisis !== undefined) return e.related.crisis;
    return e.crisisId ? this.crises.byId(ctx, e.crisisId) : null;
  }

  @ResolveField(() => SeminarSessionModel, { nullable: true, description: 'The seminar session it came from.' })
  seminarSession(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSessionView | null> | null {
    return e.seminarSessionId ? this.seminars.sessionById(ctx, e.seminarSessionId) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'The discussion it was drafted from, if any (and you may read it).' })
  sourceThread(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<ThreadView | null> | null {
    return e.sourceThreadId ? this.threads.visibleById(ctx, e.sourceThreadId) : null;
  }

  @ResolveField(() => ThreadModel, { nullable: true, description: 'Its discussion.' })
  thread(e: ExperienceView, _args: unknown, { ctx }: GraphQLContext): Promise<ThreadView | null> {
    return this.threads.visibleById(ctx, e.threadId);
  }

  private text(e: ExperienceView, ctx: GraphQLContext['ctx'], field: Text, notice: string | null): Promise<string | null> | string | null {
    if (!e.readable) return notice;
    return this.service.texts(ctx, e.id).then((texts) => texts?.[field] ?? notice);
  }
}

/** The experience a thread discusses; lives here because experiences build on discussions. */
@Resolver(() => ThreadModel)
export class ThreadExperienceResolver {
  constructor(private readonly service: ExperienceService) {}

  @ResolveField(() => ExperienceModel, { nullable: true, description: 'The experience this thread discusses, if any.' })
  experience(thread: ThreadView, _args: unknown, { ctx }: GraphQLContext): Promise<ExperienceView | null> {
    return this.service.byThread(ctx, thread.id);
  }
}

/** The lessons drawn from a seminar session, for its post-session record; here because experiences build on seminars. */
@Resolver(() => SeminarSessionModel)
export class SeminarSessionLessonsResolver {
  constructor(private readonly service: ExperienceService) {}

  @ResolveField(() => [ExperienceModel], { description: 'Published lessons drawn from this session, newest first (at most 50).' })
  lessons(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<ExperienceView[]> {
    return this.service.lessonsOfSession(ctx, session.id);
  }
}
