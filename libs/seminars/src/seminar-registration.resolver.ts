import { Args, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import {
  Allow,
  Connection,
  Ctx,
  GraphQLContext,
  NestedPageArgs,
  nestedPageRequest,
  PageArgs,
  parseGlobalId,
  Permission,
  RequestContext,
  toGlobalId,
} from '@krisenfest/core';
import { UserModel, UserService, UserView } from '@krisenfest/identity';
import { FollowLevel, FollowService, FollowTarget, NotificationModel, NotificationView } from '@krisenfest/notifications';
import {
  CancelSeminarRegistrationInput,
  MarkSeminarAttendanceInput,
  RegisterForSeminarSessionInput,
  SetSeminarReminderInput,
  SetSeminarRemindersInput,
} from './seminar.inputs';
import {
  SeminarRegistrationConnection,
  SeminarRegistrationModel,
  SeminarRegistrationPayload,
  SeminarSeriesModel,
  SeminarSessionModel,
} from './seminar.model';
import { SeminarSeriesView, SeminarSessionView } from './seminar.rows';
import { SeminarService } from './seminar.service';
import { SeminarRegistrationView } from './seminar-registration.rows';
import { SeminarRegistrationService } from './seminar-registration.service';

/** Registering for sessions and, for the organisers, attendance. The rules are SeminarRegistrationService's. */
@Resolver()
export class SeminarRegistrationResolver {
  constructor(
    private readonly registrations: SeminarRegistrationService,
    private readonly seminars: SeminarService,
  ) {}

  @Mutation(() => SeminarRegistrationPayload, {
    description:
      'Registers the caller (confirmed e-mail address) for a session: a seat while there are any, else the waitlist. ' +
      'A confirmation mail with a calendar entry follows. Registering again keeps the place.',
  })
  @Allow(Permission.RegisterForSeminars)
  async registerForSeminarSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RegisterForSeminarSessionInput,
  ): Promise<SeminarRegistrationPayload> {
    const registration = await this.registrations.register(
      ctx,
      parseGlobalId(input.sessionId, 'SeminarSession', 'sessionId'),
      input.reminder,
    );
    return this.payload(ctx, registration);
  }

  @Mutation(() => SeminarRegistrationPayload, {
    description: 'Cancels the caller’s registration before the session starts; a freed seat goes to the first person waiting.',
  })
  @Allow(Permission.ManageOwnRegistration)
  async cancelSeminarRegistration(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelSeminarRegistrationInput,
  ): Promise<SeminarRegistrationPayload> {
    const registration = await this.registrations.cancel(ctx, parseGlobalId(input.sessionId, 'SeminarSession', 'sessionId'));
    return this.payload(ctx, registration);
  }

  @Mutation(() => SeminarRegistrationPayload, { description: 'Switches the reminder mail of the caller’s registration on or off.' })
  @Allow(Permission.ManageOwnRegistration)
  async setSeminarReminder(@Ctx() ctx: RequestContext, @Args('input') input: SetSeminarReminderInput): Promise<SeminarRegistrationPayload> {
    const registration = await this.registrations.setReminder(
      ctx,
      parseGlobalId(input.sessionId, 'SeminarSession', 'sessionId'),
      input.reminder,
    );
    return this.payload(ctx, registration);
  }

  @Mutation(() => Boolean, {
    description:
      'Switches reminder mails before sessions on or off for you: for your upcoming registrations and the ones to come. Returns the new setting.',
  })
  @Allow(Permission.ManageOwnRegistration)
  setSeminarReminders(@Ctx() ctx: RequestContext, @Args('input') input: SetSeminarRemindersInput): Promise<boolean> {
    return this.registrations.setRemindersWanted(ctx, input.reminders);
  }

  @Mutation(() => SeminarRegistrationPayload, {
    description: 'Marks whether a registrant attended (the series’ organisers, once it began).',
  })
  @Allow(Permission.OrganiseSeminars)
  async markSeminarAttendance(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkSeminarAttendanceInput,
  ): Promise<SeminarRegistrationPayload> {
    const registration = await this.registrations.markAttendance(
      ctx,
      parseGlobalId(input.registrationId, 'SeminarRegistration', 'registrationId'),
      input.attended,
    );
    return this.payload(ctx, registration);
  }

  private async payload(ctx: RequestContext, registration: SeminarRegistrationView): Promise<SeminarRegistrationPayload> {
    return { registration, session: (await this.seminars.sessionById(ctx, registration.sessionId))! };
  }
}

@Resolver(() => SeminarRegistrationModel)
export class SeminarRegistrationFieldsResolver {
  constructor(
    private readonly seminars: SeminarService,
    private readonly users: UserService,
  ) {}

  @ResolveField(() => ID)
  id(registration: SeminarRegistrationView): string {
    return toGlobalId('SeminarRegistration', registration.id);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Who registered.' })
  user(registration: SeminarRegistrationView, _args: unknown, { ctx }: GraphQLContext): Promise<UserView | null> {
    return this.users.byId(ctx, registration.userId);
  }

  @ResolveField(() => SeminarSessionModel, { nullable: true })
  session(registration: SeminarRegistrationView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSessionView | null> {
    return this.seminars.sessionById(ctx, registration.sessionId);
  }
}

/** What a session says about its seats and the caller's registration. */
@Resolver(() => SeminarSessionModel)
export class SeminarSessionRegistrationFieldsResolver {
  constructor(
    private readonly service: SeminarRegistrationService,
    private readonly follows: FollowService,
  ) {}

  @ResolveField(() => FollowLevel, {
    nullable: true,
    description: 'How you follow the session’s follow-up threads (registrants watch them); null: not at all.',
  })
  async viewerFollowLevel(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.SEMINAR_SESSION, session.id))?.level ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The link to the online room: for people with a seat, the linked speakers and the organisers; null for everyone else.',
  })
  onlineUrl(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.onlineUrlFor(ctx, session);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether registration is open now (its window, not cancelled); full sessions take a waitlist.',
  })
  registrationOpen(session: SeminarSessionView): boolean {
    return this.service.isOpen(session);
  }

  @ResolveField(() => Int, { description: 'Seats taken.' })
  async registeredCount(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<number> {
    return (await this.service.counts(ctx, session.id)).registered;
  }

  @ResolveField(() => Int, { description: 'People on the waitlist.' })
  async waitlistCount(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<number> {
    return (await this.service.counts(ctx, session.id)).waitlisted;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Free seats; null: no limit.' })
  async seatsLeft(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<number | null> {
    if (session.capacity === null) return null;
    return Math.max(0, session.capacity - (await this.service.counts(ctx, session.id)).registered);
  }

  @ResolveField(() => Int, { description: 'Registrants the organisers marked as attended.' })
  async attendanceCount(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<number> {
    return (await this.service.counts(ctx, session.id)).attended;
  }

  @ResolveField(() => SeminarRegistrationModel, {
    nullable: true,
    description: 'The caller’s registration (also a cancelled one); null when signed out or never registered.',
  })
  viewerRegistration(session: SeminarSessionView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarRegistrationView | null> | null {
    return this.service.viewerRegistration(ctx, session.id);
  }

  @PageArgs()
  @ResolveField(() => SeminarRegistrationConnection, {
    nullable: true,
    description: 'Who registered, for the organisers (null for everyone else): seats, then the waitlist, then cancellations.',
  })
  registrations(
    session: SeminarSessionView,
    args: NestedPageArgs,
    { ctx }: GraphQLContext,
  ): Promise<Connection<SeminarRegistrationView> | null> {
    return this.service.registrationsOf(ctx, session, nestedPageRequest(args));
  }
}

/** The caller's own registrations, as `viewer { seminarRegistrations }`. */
@Resolver(() => UserModel)
export class UserSeminarRegistrationsResolver {
  constructor(private readonly registrations: SeminarRegistrationService) {}

  @ResolveField(() => [SeminarRegistrationModel], {
    nullable: true,
    description: 'Sessions you registered for (not cancelled), in order of time; null on anyone else’s account.',
  })
  seminarRegistrations(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarRegistrationView[]> | null {
    return this.registrations.registrationsOfUser(ctx, user.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether you get reminder mails before sessions you registered for; null on anyone else’s account.',
  })
  seminarReminders(user: UserView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> | null {
    return ctx.userId === user.id ? this.registrations.remindersWanted(ctx, user.id) : null;
  }
}

/** The session a notification is about (sessions are public). */
@Resolver(() => NotificationModel)
export class NotificationSeminarFieldsResolver {
  constructor(private readonly seminars: SeminarService) {}

  @ResolveField(() => SeminarSessionModel, { nullable: true })
  seminarSession(notification: NotificationView, _args: unknown, { ctx }: GraphQLContext): Promise<SeminarSessionView | null> | null {
    return notification.seminarSessionId ? this.seminars.sessionById(ctx, notification.seminarSessionId) : null;
  }
}

/** How the caller follows a series (watching: its new sessions are notified). */
@Resolver(() => SeminarSeriesModel)
export class SeminarSeriesFollowFieldsResolver {
  constructor(private readonly follows: FollowService) {}

  @ResolveField(() => FollowLevel, { nullable: true, description: 'How you follow this series; WATCHING: you hear of its new sessions.' })
  async viewerFollowLevel(series: SeminarSeriesView, _args: unknown, { ctx }: GraphQLContext): Promise<FollowLevel | null> {
    return (await this.follows.viewerFollow(ctx, FollowTarget.SEMINAR_SERIES, series.id))?.level ?? null;
  }
}
