import { Injectable } from '@nestjs/common';
import {
  BadUserInputError,
  ConflictError,
  DomainEvents,
  ForbiddenError,
  isPlatformOrganizer,
  NotFoundError,
  parseGlobalId,
  renderMarkdown,
  RequestContext,
  requireUser,
  toGlobalId,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { FollowService, FollowTarget, NotificationKind, NotificationService } from '@krisenfest/notifications';
import { MunicipalityService } from '@krisenfest/municipalities';
import { VolunteerGroupService } from '@krisenfest/volunteer-groups';
import { SeminarSeries, SeminarSession, SeminarSpeaker, SpeakerConfirmation } from './seminar.entity';
import {
  AddSeminarSpeakerInput,
  CreateSeminarSeriesInput,
  CreateSeminarSessionInput,
  RecordSeminarSessionInput,
  UpdateSeminarSeriesInput,
  UpdateSeminarSessionInput,
  UpdateSeminarSpeakerInput,
} from './seminar.inputs';
import { SeminarSeriesView, SeminarSessionView, SeminarSpeakerView } from './seminar.rows';
import { SeminarSessionAnnounced } from './seminar.events';
import { SeminarService } from './seminar.service';
import { SeminarRegistrationService } from './seminar-registration.service';

/** A session may last at most this long (a seminar, not a festival). */
const MAX_SESSION_MS = 7 * 24 * 3600 * 1000;

/** What the organisers may set on a speaker, as columns. */
type SpeakerColumns = Partial<
  Pick<SeminarSpeaker, 'name' | 'role' | 'organisation' | 'municipalityId' | 'volunteerGroupId' | 'userId' | 'confirmation'>
>;

/**
 * Organising seminars: series, their sessions and speakers, created and edited by their organisers (who they are
 * is SeminarService.organises).
 */
@Injectable()
export class SeminarOrganisingService {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly seminars: SeminarService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
    private readonly users: UserService,
    private readonly registrations: SeminarRegistrationService,
    private readonly events: DomainEvents,
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
  ) {}

  /** Whether the caller organises `series` (SeminarService's rule). */
  organises(ctx: RequestContext, series: SeminarSeriesView): boolean {
    return this.seminars.organises(ctx, series);
  }

  async createSeries(ctx: RequestContext, input: CreateSeminarSeriesInput): Promise<SeminarSeriesView> {
    const user = requireUser(ctx);
    const municipalityIds = (input.organisingMunicipalityIds ?? []).map((id) =>
      parseGlobalId(id, 'Municipality', 'organisingMunicipalityIds'),
    );
    const groupIds = (input.organisingVolunteerGroupIds ?? []).map((id) =>
      parseGlobalId(id, 'VolunteerGroup', 'organisingVolunteerGroupIds'),
    );
    if (!isPlatformOrganizer(ctx.user)) {
      if (!municipalityIds.length && !groupIds.length) {
        throw new ForbiddenError(
          'Only organisers of the platform start a series on their own. Name your municipality or volunteer group as its organiser.',
        );
      }
      const { staffOf, memberOf } = ctx.memberships;
      if (municipalityIds.some((id) => !staffOf.has(id)) || groupIds.some((id) => !memberOf.has(id))) {
        throw new ForbiddenError('You can name as organisers only the municipalities and groups you are a verified member of.');
      }
    }
    for (const id of municipalityIds) {
      if (!(await this.municipalities.byId(ctx, id)))
        throw BadUserInputError.field('organisingMunicipalityIds', 'No municipality with this id.');
    }
    for (const id of groupIds) {
      if (!(await this.groups.byId(ctx, id)))
        throw BadUserInputError.field('organisingVolunteerGroupIds', 'No volunteer group with this id.');
    }
    const created = await this.db.transaction(ctx, (tx) =>
      this.db.repository(tx, SeminarSeries).save({
        title: input.title,
        description: input.description ?? null,
        organisers: input.organisers,
        organisingMunicipalityIds: [...new Set(municipalityIds)],
        organisingVolunteerGroupIds: [...new Set(groupIds)],
        createdById: user.id,
      }),
    );
    return (await this.seminars.seriesById(ctx, created.id))!;
  }

  async updateSeries(ctx: RequestContext, input: UpdateSeminarSeriesInput): Promise<SeminarSeriesView> {
    const series = await this.organisedSeries(ctx, parseGlobalId(input.id, 'SeminarSeries', 'id'), input.id);
    const changes: Partial<SeminarSeries> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.description !== undefined) changes.description = input.description || null;
    if (input.organisers !== undefined) changes.organisers = input.organisers;
    await this.write(ctx, (tx) => this.db.repository(tx, SeminarSeries).update({ id: series.id }, changes), changes);
    return (await this.seminars.seriesById(ctx, series.id))!;
  }

  async createSession(ctx: RequestContext, input: CreateSeminarSessionInput): Promise<SeminarSessionView> {
    const series = await this.organisedSeries(ctx, parseGlobalId(input.seriesId, 'SeminarSeries', 'seriesId'), input.seriesId);
    const fields = {
      seriesId: series.id,
      title: input.title,
      topic: input.topic ?? null,
      description: input.description ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      onlineUrl: input.onlineUrl ?? null,
      timeZone: input.timeZone ?? 'Europe/Berlin',
      capacity: input.capacity ?? null,
      registrationOpensAt: input.registrationOpensAt ?? null,
      registrationClosesAt: input.registrationClosesAt ?? null,
      guidingQuestions: input.guidingQuestions ?? [],
    };
    assertSessionTimes(fields);
    const created = await this.db.transaction(ctx, async (tx) => {
      const saved = await this.db.repository(tx, SeminarSession).save(fields);
      // Discussions open the session's follow-up thread in the same transaction.
      await this.events.publish(tx, new SeminarSessionAnnounced(saved.id, requireUser(ctx).id));
      // Whoever watches the series hears of it.
      const watchers = await this.follows.watchersOf(tx, FollowTarget.SEMINAR_SERIES, series.id);
      await this.notifications.notify(
        tx,
        watchers.map((userId) => ({ userId, kind: NotificationKind.SESSION_ANNOUNCED, actorId: tx.userId, seminarSessionId: saved.id })),
      );
      return saved;
    });
    return (await this.seminars.sessionById(ctx, created.id))!;
  }

  async updateSession(ctx: RequestContext, input: UpdateSeminarSessionInput): Promise<SeminarSessionView> {
    const session = await this.organisedSession(ctx, input.id);
    if (session.cancelledAt) throw new ConflictError('This session was cancelled; it can no longer be changed.');
    const changes: Partial<SeminarSession> = {};
    for (const key of [
      'title',
      'startsAt',
      'endsAt',
      'timeZone',
      'capacity',
      'registrationOpensAt',
      'registrationClosesAt',
      'guidingQuestions',
    ] as const) {
      if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
    }
    // Optional texts: an empty string clears them.
    for (const key of ['topic', 'description', 'onlineUrl'] as const) {
      if (input[key] !== undefined) changes[key] = input[key] || null;
    }
    assertSessionTimes({ ...session, ...changes });
    await this.write(
      ctx,
      async (tx) => {
        // Fewer seats than are taken is refused; more go to the waitlist (both with the session locked).
        if (changes.capacity !== undefined) await this.registrations.capacityChanged(tx, session.id, changes.capacity);
        await this.db.repository(tx, SeminarSession).update({ id: session.id }, changes);
      },
      changes,
    );
    return (await this.seminars.sessionById(ctx, session.id))!;
  }

  async cancelSession(ctx: RequestContext, id: string, reason: string): Promise<SeminarSessionView> {
    const session = await this.organisedSession(ctx, id);
    if (session.cancelledAt) throw new ConflictError('This session is cancelled already.');
    if (session.endsAt.getTime() <= Date.now()) throw new ConflictError('This session has taken place; it cannot be cancelled any more.');
    const cancelled = { cancelledAt: new Date(), cancelReason: reason };
    await this.db.transaction(ctx, async (tx) => {
      await this.db.repository(tx, SeminarSession).update({ id: session.id }, cancelled);
      // Everyone registered or waiting hears of it, with a calendar entry that takes the date out.
      await this.registrations.sessionCancelled(tx, session.id);
    });
    return (await this.seminars.sessionById(ctx, session.id))!;
  }

  /** The post-session record: minutes and the recording, once the session has begun. */
  async recordSession(ctx: RequestContext, input: RecordSeminarSessionInput): Promise<SeminarSessionView> {
    const session = await this.organisedSession(ctx, input.id);
    if (session.startsAt.getTime() > Date.now()) throw new ConflictError('Minutes and the recording follow once the session has begun.');
    const changes: Partial<SeminarSession> = {};
    if (input.minutes !== undefined) {
      changes.minutes = input.minutes || null;
      changes.minutesHtml = input.minutes ? renderMarkdown(input.minutes) : null;
    }
    if (input.recordingUrl !== undefined) changes.recordingUrl = input.recordingUrl || null;
    await this.write(ctx, (tx) => this.db.repository(tx, SeminarSession).update({ id: session.id }, changes), changes);
    return (await this.seminars.sessionById(ctx, session.id))!;
  }

  async addSpeaker(
    ctx: RequestContext,
    input: AddSeminarSpeakerInput,
  ): Promise<{ speaker: SeminarSpeakerView; session: SeminarSessionView }> {
    const session = await this.organisedSession(ctx, input.sessionId, 'sessionId');
    const columns = await this.speakerColumns(ctx, input);
    const id = await this.db.transaction(ctx, async (tx) => {
      // The session row is locked, so two speakers added at once get distinct places in the programme.
      await this.db.query(tx, 'SELECT id FROM seminar_session WHERE id = $1 FOR UPDATE', [session.id]);
      const [{ next }] = await this.db.query<{ next: number }>(
        tx,
        'SELECT coalesce(max(position), -1)::int + 1 AS next FROM seminar_speaker WHERE session_id = $1',
        [session.id],
      );
      const saved = await this.db.repository(tx, SeminarSpeaker).save({
        sessionId: session.id,
        position: next,
        name: input.name,
        confirmation: SpeakerConfirmation.REQUESTED,
        ...columns,
      });
      return saved.id;
    });
    return this.speakerWithSession(ctx, session.id, id);
  }

  async updateSpeaker(
    ctx: RequestContext,
    input: UpdateSeminarSpeakerInput,
  ): Promise<{ speaker: SeminarSpeakerView; session: SeminarSessionView }> {
    const speaker = await this.organisedSpeaker(ctx, input.id);
    const columns = await this.speakerColumns(ctx, input);
    await this.write(ctx, (tx) => this.db.repository(tx, SeminarSpeaker).update({ id: speaker.id }, columns), columns);
    return this.speakerWithSession(ctx, speaker.sessionId, speaker.id);
  }

  async removeSpeaker(ctx: RequestContext, id: string): Promise<{ speaker: null; session: SeminarSessionView }> {
    const speaker = await this.organisedSpeaker(ctx, id);
    await this.db.transaction(ctx, (tx) => this.db.repository(tx, SeminarSpeaker).delete({ id: speaker.id }));
    const session = await this.seminars.sessionById(ctx, speaker.sessionId);
    return { speaker: null, session: session! };
  }

  /** The series by id, if the caller organises it: NOT_FOUND for an unknown one, FORBIDDEN for someone else's. */
  private async organisedSeries(ctx: RequestContext, id: string, globalId: string): Promise<SeminarSeriesView> {
    const series = await this.seminars.seriesById(ctx, id);
    if (!series) throw new NotFoundError('SeminarSeries', globalId);
    if (!this.organises(ctx, series)) throw new ForbiddenError(`Only the organisers of "${series.title}" can change it.`);
    return series;
  }

  private organisedSession(ctx: RequestContext, globalId: string, field = 'id'): Promise<SeminarSessionView> {
    return this.organisedSessionOf(ctx, parseGlobalId(globalId, 'SeminarSession', field));
  }

  /** The session, if the caller organises its series: NOT_FOUND for an unknown one, FORBIDDEN for someone else's. */
  private async organisedSessionOf(ctx: RequestContext, id: string): Promise<SeminarSessionView> {
    const session = await this.seminars.sessionById(ctx, id);
    if (!session) throw new NotFoundError('SeminarSession', toGlobalId('SeminarSession', id));
    const series = await this.seminars.seriesById(ctx, session.seriesId);
    if (!series || !this.organises(ctx, series)) {
      throw new ForbiddenError(`Only the organisers of ${series ? `"${series.title}"` : 'this series'} can change its sessions.`);
    }
    return session;
  }

  private async organisedSpeaker(ctx: RequestContext, globalId: string): Promise<SeminarSpeakerView> {
    const speaker = await this.seminars.speakerById(ctx, parseGlobalId(globalId, 'SeminarSpeaker', 'id'));
    if (!speaker) throw new NotFoundError('SeminarSpeaker', globalId);
    await this.organisedSessionOf(ctx, speaker.sessionId);
    return speaker;
  }

  /** The references of a speaker input as columns, each checked to exist and named by its field if not. */
  private async speakerColumns(ctx: RequestContext, input: Omit<UpdateSeminarSpeakerInput, 'id'>): Promise<SpeakerColumns> {
    const columns: SpeakerColumns = {};
    if (input.name !== undefined) columns.name = input.name;
    if (input.role !== undefined) columns.role = input.role || null;
    if (input.organisation !== undefined) columns.organisation = input.organisation || null;
    if (input.confirmation !== undefined) columns.confirmation = input.confirmation;
    if (input.municipalityId !== undefined) {
      const id = input.municipalityId ? parseGlobalId(input.municipalityId, 'Municipality', 'municipalityId') : null;
      if (id && !(await this.municipalities.byId(ctx, id)))
        throw BadUserInputError.field('municipalityId', 'No municipality with this id.');
      columns.municipalityId = id;
    }
    if (input.volunteerGroupId !== undefined) {
      const id = input.volunteerGroupId ? parseGlobalId(input.volunteerGroupId, 'VolunteerGroup', 'volunteerGroupId') : null;
      if (id && !(await this.groups.byId(ctx, id))) throw BadUserInputError.field('volunteerGroupId', 'No volunteer group with this id.');
      columns.volunteerGroupId = id;
    }
    if (input.userId !== undefined) {
      const id = input.userId ? parseGlobalId(input.userId, 'User', 'userId') : null;
      if (id && !(await this.users.byId(ctx, id))) throw BadUserInputError.field('userId', 'No user with this id.');
      columns.userId = id;
    }
    return columns;
  }

  private async speakerWithSession(
    ctx: RequestContext,
    sessionId: string,
    speakerId: string,
  ): Promise<{ speaker: SeminarSpeakerView; session: SeminarSessionView }> {
    const [speaker, session] = await Promise.all([this.seminars.speakerById(ctx, speakerId), this.seminars.sessionById(ctx, sessionId)]);
    return { speaker: speaker!, session: session! };
  }

  /** Runs an update in a transaction (whose commit clears the request's loaders), if there is anything to change. */
  private async write(ctx: RequestContext, update: (tx: RequestContext) => Promise<unknown>, changes: object): Promise<void> {
    if (Object.keys(changes).length) await this.db.transaction(ctx, update);
  }
}

/** The times of a session must make sense together; each refusal names the field to fix. */
function assertSessionTimes(s: {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
}): void {
  if (s.endsAt.getTime() <= s.startsAt.getTime()) throw BadUserInputError.field('endsAt', 'endsAt must be after startsAt.');
  if (s.endsAt.getTime() - s.startsAt.getTime() > MAX_SESSION_MS)
    throw BadUserInputError.field('endsAt', 'A session lasts at most 7 days.');
  if (s.registrationClosesAt && s.registrationClosesAt.getTime() > s.endsAt.getTime()) {
    throw BadUserInputError.field('registrationClosesAt', 'Registration must close before the session ends.');
  }
  if (s.registrationOpensAt && s.registrationClosesAt && s.registrationOpensAt.getTime() >= s.registrationClosesAt.getTime()) {
    throw BadUserInputError.field('registrationClosesAt', 'Registration must close after it opens.');
  }
  if (s.registrationOpensAt && s.registrationOpensAt.getTime() >= s.startsAt.getTime()) {
    throw BadUserInputError.field('registrationOpensAt', 'Registration must open before the session starts.');
  }
}
