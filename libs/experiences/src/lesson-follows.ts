import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainEvents, RequestContext, toGlobalId } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { MunicipalityService } from '@krisenfest/municipalities';
import { FollowService, FollowTarget, NotificationKind, NotificationService } from '@krisenfest/notifications';
import { LessonPublished } from './experience.events';
import { ExperienceService } from './experience.service';

/**
 * Lessons and the people who follow them: following a lesson is following its discussion, and a published lesson
 * is news for whoever watches its municipality (or that municipality's Landkreis), its crisis or one of its hazards.
 */
@Injectable()
export class LessonFollows implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly experiences: ExperienceService,
    private readonly municipalities: MunicipalityService,
    private readonly users: UserService,
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.follows.registerAlias('Experience', async (ctx, id) => {
      const experience = await this.experiences.visibleById(ctx, id);
      return experience ? toGlobalId('Thread', experience.threadId) : null;
    });
    this.events.on(LessonPublished, (tx, event) => this.notifyWatchers(tx, event.experienceId));
    // A notification about a lesson shows while its recipient may find the lesson.
    this.notifications.registerVisibility(
      (ctx, n, bind) =>
        `${n}.experience_id IS NULL OR EXISTS (SELECT 1 FROM experience ne WHERE ne.id = ${n}.experience_id AND ${this.experiences.listedSql(ctx, 'ne', bind)})`,
    );
    this.notifications.registerDescriber(async (ctx, n) => {
      if (!n.experienceId) return undefined;
      const experience = await this.experiences.visibleById(ctx, n.experienceId);
      if (!experience) return null;
      const author = n.actorId ? await this.users.byId(ctx, n.actorId) : null;
      return {
        topic: experience.title,
        link: `${this.config.publicAppUrl}/erfahrungen/${toGlobalId('Experience', experience.id)}`,
        actorName: author?.displayName,
        excerpt: experience.summary,
      };
    });
  }

  private async notifyWatchers(tx: RequestContext, experienceId: string): Promise<void> {
    const [lesson] = await this.db.query<{
      author_id: string;
      municipality_id: string;
      crisis_id: string | null;
      volunteer_group_id: string | null;
      hazards: string[];
    }>(tx, 'SELECT author_id, municipality_id, crisis_id, volunteer_group_id, hazards::text[] AS hazards FROM experience WHERE id = $1', [
      experienceId,
    ]);
    const municipality = await this.municipalities.byId(tx, lesson.municipality_id);
    const places = [lesson.municipality_id, ...(municipality?.parentId ? [municipality.parentId] : [])];
    const watchers = await this.follows.watchersOfAny(tx, {
      ids: [
        { target: FollowTarget.MUNICIPALITY, ids: places },
        { target: FollowTarget.CRISIS, ids: lesson.crisis_id ? [lesson.crisis_id] : [] },
        { target: FollowTarget.VOLUNTEER_GROUP, ids: lesson.volunteer_group_id ? [lesson.volunteer_group_id] : [] },
      ],
      keys: [{ target: FollowTarget.HAZARD, keys: lesson.hazards }],
    });
    await this.notifications.notify(
      tx,
      watchers.map((userId) => ({ userId, kind: NotificationKind.NEW_LESSON, actorId: lesson.author_id, experienceId })),
    );
  }
}
