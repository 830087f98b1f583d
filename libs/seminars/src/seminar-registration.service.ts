import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import {
  AppConfig,
  APP_CONFIG,
  BadUserInputError,
  byKeys,
  ConflictError,
  Connection,
  decodeTypedCursor,
  ForbiddenError,
  limitSql,
  listLoader,
  NotFoundError,
  PageRequest,
  RequestContext,
  requireUser,
  toConnection,
  toGlobalId,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { UserService } from '@krisenfest/identity';
import { MailOutbox, QueuedMail } from '@krisenfest/mail';
import { FollowLevel, FollowService, FollowTarget, NotificationKind, NotificationService } from '@krisenfest/notifications';
import DataLoader from 'dataloader';
import { RegistrationStatus } from './seminar.entity';
import { SESSION_ROW, SeminarSessionView } from './seminar.rows';
import { SeminarService } from './seminar.service';
import { RegistrationMailKind, registrationMail } from './seminar-mails';
import { sessionPageUrl } from './seminar-calendar';
import { readRegistration, registrationSelect, SeminarRegistrationView } from './seminar-registration.rows';

/** Seats taken and people waiting, per session. */
export interface RegistrationCounts {
  registered: number;
  waitlisted: number;
  attended: number;
}

const NO_COUNTS: RegistrationCounts = { registered: 0, waitlisted: 0, attended: 0 };

const COUNTS_OF = `SELECT session_id,
    count(*) FILTER (WHERE status = 'REGISTERED')::int AS registered,
    count(*) FILTER (WHERE status = 'WAITLISTED')::int AS waitlisted,
    count(*) FILTER (WHERE attended)::int AS attended
  FROM seminar_registration WHERE session_id = ANY($1::uuid[]) GROUP BY session_id`;

const OWN_REGISTRATIONS = `SELECT ${registrationSelect('r')} FROM seminar_registration r
  WHERE r.user_id = $1 AND r.session_id = ANY($2::uuid[])`;

/** Registrations that get their reminder now: the session starts within the reminder time, the mail is not queued. */
const DUE_REMINDERS = `SELECT r.id, r.session_id, r.user_id, r.registered_at FROM seminar_registration r
  JOIN seminar_session s ON s.id = r.session_id
  WHERE r.status = 'REGISTERED' AND r.reminder AND r.reminder_queued_at IS NULL AND s.cancelled_at IS NULL
    AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => $1)
  ORDER BY s.starts_at LIMIT 200 FOR UPDATE OF r SKIP LOCKED`;

/**
 * Registration for seminar sessions: seats up to the capacity, then a waitlist in order of registration that moves
 * up when someone cancels or the capacity grows. Every change to a session's seats runs with the session row locked,
 * so two people taking the last seat at once cannot both get it. Mails go through the outbox in the same transaction.
 */
@Injectable()
export class SeminarRegistrationService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SeminarReminders');
  private reminderTimer: NodeJS.Timeout | undefined;
  private reminding: Promise<void> | null = null;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly seminars: SeminarService,
    private readonly users: UserService,
    private readonly outbox: MailOutbox,
    private readonly follows: FollowService,
    private readonly notifications: NotificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Notification mails tell of a session by its title (sessions are public).
    this.notifications.registerDescriber(async (ctx, n) => {
      if (!n.seminarSessionId) return undefined;
      const session = await this.seminars.sessionById(ctx, n.seminarSessionId);
      return session ? { topic: session.title, link: sessionPageUrl(this.config.publicAppUrl, session.id) } : null;
    });
  }

  async register(ctx: RequestContext, sessionId: string, reminder?: boolean): Promise<SeminarRegistrationView> {
    const user = requireUser(ctx);
    const account = await this.users.byId(ctx, user.id);
    if (!account?.emailVerified) {
      throw new ForbiddenError(
        'Please confirm your e-mail address first: the confirmation, the calendar entry and the reminder are sent there.',
      );
    }
    const id = await this.db.transaction(ctx, async (tx) => {
      const session = await this.lockSession(tx, sessionId);
      assertRegistrationOpen(session);
      const [existing] = await this.db.query<{ id: string; status: RegistrationStatus; reminder: boolean }>(
        tx,
        'SELECT id, status, reminder FROM seminar_registration WHERE session_id = $1 AND user_id = $2',
        [session.id, user.id],
      );
      if (existing && existing.status !== RegistrationStatus.CANCELLED) {
        // Registering again changes nothing but the reminder wish; the place is kept.
        if (reminder !== undefined && reminder !== existing.reminder) {
          await this.db.query(tx, 'UPDATE seminar_registration SET reminder = $2 WHERE id = $1', [existing.id, reminder]);
        }
        return existing.id;
      }
      // Registered "now" means when the lock was had (clock_timestamp, not the transaction's start): the waitlist's
      // order is then the order in which seats were counted.
      const counts = await this.countsLocked(tx, session.id);
      const status =
        session.capacity === null || counts.registered < session.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
      const wantsReminder = reminder ?? (await this.remindersWanted(tx, user.id));
      // Within the reminder time the confirmation is the reminder: none is queued on top of it.
      const reminderDone = status === RegistrationStatus.REGISTERED && this.withinReminderTime(session);
      const [row] = await this.db.query<{ id: string; registered_at: Date }>(
        tx,
        `INSERT INTO seminar_registration (session_id, user_id, status, registered_at, reminder, reminder_queued_at)
         VALUES ($1, $2, $3, clock_timestamp(), $4, CASE WHEN $5 THEN now() END)
         ON CONFLICT (session_id, user_id) DO UPDATE SET status = EXCLUDED.status, registered_at = EXCLUDED.registered_at,
           reminder = EXCLUDED.reminder, reminder_queued_at = EXCLUDED.reminder_queued_at, promoted_at = NULL, cancelled_at = NULL,
           attended = NULL
         RETURNING id, registered_at`,
        [session.id, user.id, status, wantsReminder, reminderDone],
      );
      // Registrants follow the session's follow-up threads (they can unfollow or mute them).
      await this.follows.followByDefault(tx, user.id, FollowTarget.SEMINAR_SESSION, session.id, FollowLevel.WATCHING);
      const kind: RegistrationMailKind = status === RegistrationStatus.REGISTERED ? 'registered' : 'waitlisted';
      const waitlistPosition = status === RegistrationStatus.WAITLISTED ? counts.waitlisted + 1 : undefined;
      await this.queueMails(
        tx,
        session,
        kind,
        [{ userId: user.id, key: `${row.id}:${row.registered_at.toISOString()}`, waitlistPosition }],
        {
          reminder: wantsReminder && !reminderDone,
        },
      );
      return row.id;
    });
    return this.byId(ctx, id);
  }

  /** Gives up a seat or a place on the waitlist; a freed seat goes to the first person waiting. */
  async cancel(ctx: RequestContext, sessionId: string): Promise<SeminarRegistrationView> {
    const user = requireUser(ctx);
    const id = await this.db.transaction(ctx, async (tx) => {
      const session = await this.lockSession(tx, sessionId);
      const [existing] = await this.db.query<{ id: string; status: RegistrationStatus }>(
        tx,
        `SELECT id, status FROM seminar_registration WHERE session_id = $1 AND user_id = $2 AND status <> 'CANCELLED'`,
        [session.id, user.id],
      );
      if (!existing) throw new ConflictError('You are not registered for this session.');
      if (!session.cancelledAt && session.startsAt.getTime() <= Date.now()) {
        throw new ConflictError('This session has started; a registration can no longer be cancelled.');
      }
      await this.db.query(tx, `UPDATE seminar_registration SET status = 'CANCELLED', cancelled_at = now() WHERE id = $1`, [existing.id]);
      if (existing.status === RegistrationStatus.REGISTERED && !session.cancelledAt) await this.promote(tx, session);
      return existing.id;
    });
    return this.byId(ctx, id);
  }

  /** Whether the person wants reminder mails (their setting; yes without one). */
  async remindersWanted(ctx: RequestContext, userId: string): Promise<boolean> {
    const [row] = await this.db.query<{ reminders: boolean }>(ctx, 'SELECT reminders FROM seminar_reminder_setting WHERE user_id = $1', [
      userId,
    ]);
    return row?.reminders ?? true;
  }

  /**
   * Switches reminder mails on or off for the caller: for the sessions they register for from now on, and for their
   * registrations of sessions that have not begun (whose reminder was not sent yet).
   */
  async setRemindersWanted(ctx: RequestContext, reminders: boolean): Promise<boolean> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, async (tx) => {
      await this.db.query(
        tx,
        `INSERT INTO seminar_reminder_setting (user_id, reminders) VALUES ($1, $2)
         ON CONFLICT (user_id) DO UPDATE SET reminders = EXCLUDED.reminders`,
        [user.id, reminders],
      );
      await this.db.query(
        tx,
        `UPDATE seminar_registration r SET reminder = $2
         FROM seminar_session s WHERE s.id = r.session_id AND r.user_id = $1 AND r.status <> 'CANCELLED' AND s.starts_at > now()`,
        [user.id, reminders],
      );
    });
    return reminders;
  }

  /** Switches the reminder mail of one's own registration on or off. */
  async setReminder(ctx: RequestContext, sessionId: string, reminder: boolean): Promise<SeminarRegistrationView> {
    const user = requireUser(ctx);
    const [row] = await this.db.transaction(ctx, (tx) =>
      this.db.query<{ id: string }>(
        tx,
        `UPDATE seminar_registration SET reminder = $3 WHERE session_id = $1 AND user_id = $2 AND status <> 'CANCELLED' RETURNING id`,
        [sessionId, user.id, reminder],
      ),
    );
    if (!row) throw new ConflictError('You are not registered for this session.');
    return this.byId(ctx, row.id);
  }

  /** The organisers mark who took part, once the session has begun. */
  async markAttendance(ctx: RequestContext, registrationId: string, attended: boolean): Promise<SeminarRegistrationView> {
    const registration = await this.findById(ctx, registrationId);
    if (!registration) throw new NotFoundError('SeminarRegistration', toGlobalId('SeminarRegistration', registrationId));
    const session = (await this.seminars.sessionById(ctx, registration.sessionId))!;
    if (!(await this.seminars.organisesSession(ctx, session))) {
      throw new ForbiddenError('Only the organisers of the series mark who attended.');
    }
    if (session.startsAt.getTime() > Date.now()) throw new ConflictError('Attendance can be marked once the session has begun.');
    if (registration.status === RegistrationStatus.CANCELLED) {
      throw new ConflictError('This registration was cancelled; register the person again if they took part.');
    }
    await this.db.transaction(ctx, (tx) =>
      this.db.query(tx, 'UPDATE seminar_registration SET attended = $2 WHERE id = $1', [registration.id, attended]),
    );
    return this.byId(ctx, registration.id);
  }

  /**
   * For the organisers, in the transaction that changes the capacity: refuses fewer seats than are taken, and gives
   * new seats to the waitlist.
   */
  async capacityChanged(tx: RequestContext, sessionId: string, capacity: number | null): Promise<void> {
    const session = await this.lockSession(tx, sessionId);
    const { registered } = await this.countsLocked(tx, sessionId);
    if (capacity !== null && capacity < registered) {
      throw BadUserInputError.field(
        'capacity',
        `${registered} people are registered; the capacity cannot be lower. They can cancel, or you keep the seats.`,
      );
    }
    await this.promote(tx, { ...session, capacity });
  }

  /** For the organisers, in the transaction that cancels the session: everyone registered or waiting gets a mail. */
  async sessionCancelled(tx: RequestContext, sessionId: string): Promise<void> {
    const session = await this.lockSession(tx, sessionId);
    const rows = await this.db.query<{ id: string; user_id: string }>(
      tx,
      `SELECT id, user_id FROM seminar_registration WHERE session_id = $1 AND status <> 'CANCELLED'`,
      [sessionId],
    );
    await this.notifications.notify(
      tx,
      rows.map((r) => ({ userId: r.user_id, kind: NotificationKind.SESSION_CANCELLED, seminarSessionId: sessionId, actorId: tx.userId })),
    );
    await this.queueMails(
      tx,
      session,
      'cancelled',
      rows.map((r) => ({ userId: r.user_id, key: r.id })),
    );
  }

  /** The caller's registration for a session (also a cancelled one), or null; batched over a list of sessions. */
  viewerRegistration(ctx: RequestContext, sessionId: string): Promise<SeminarRegistrationView | null> | null {
    const userId = ctx.userId;
    if (!userId) return null;
    return ctx
      .loader(
        'SeminarSession.viewerRegistration',
        () =>
          new DataLoader<string, SeminarRegistrationView | null>(async (ids) => {
            const rows = await this.db.prepared<Record<string, unknown>>(ctx, OWN_REGISTRATIONS, [userId, ids]);
            return byKeys(ids, rows.map(readRegistration), (r) => r.sessionId);
          }),
      )
      .load(sessionId);
  }

  counts(ctx: RequestContext, sessionId: string): Promise<RegistrationCounts> {
    return ctx
      .loader(
        'SeminarSession.registrationCounts',
        () =>
          new DataLoader<string, RegistrationCounts>(async (ids) => {
            const rows = await this.db.prepared<{ session_id: string } & RegistrationCounts>(ctx, COUNTS_OF, [ids]);
            return byKeys(ids, rows, (r) => r.session_id).map((r) =>
              r ? { registered: r.registered, waitlisted: r.waitlisted, attended: r.attended } : NO_COUNTS,
            );
          }),
      )
      .load(sessionId);
  }

  /** Whether someone could register now (as far as the session goes: open window, not cancelled). */
  isOpen(session: SeminarSessionView, now = Date.now()): boolean {
    return registrationClosedReason(session, now) === null;
  }

  /** The link to the online room: for the organisers, the linked speakers and people with a seat; null for others. */
  async onlineUrlFor(ctx: RequestContext, session: SeminarSessionView): Promise<string | null> {
    if (!session.onlineUrl || !ctx.userId) return null;
    const userId = ctx.userId;
    if (await this.seminars.organisesSession(ctx, session)) return session.onlineUrl;
    if ((await this.seminars.speakersOf(ctx, session.id)).some((s) => s.userId === userId)) return session.onlineUrl;
    const own = await this.viewerRegistration(ctx, session.id);
    return own?.status === RegistrationStatus.REGISTERED ? session.onlineUrl : null;
  }

  /**
   * The registrations of a session for its organisers (null for everyone else): seats first, then the waitlist,
   * then cancellations, each in order of registration.
   */
  async registrationsOf(
    ctx: RequestContext,
    session: SeminarSessionView,
    page: PageRequest,
  ): Promise<Connection<SeminarRegistrationView> | null> {
    if (!(await this.seminars.organisesSession(ctx, session))) return null;
    const params: unknown[] = [session.id];
    let after = '';
    if (page.after) {
      const [rank, registeredAt, id] = decodeTypedCursor(page.after, ['int', 'timestamp', 'uuid']) as [number, string, string];
      params.push(rank, registeredAt, id);
      after = `AND (${STATUS_RANK}, r.registered_at, r.id) > ($2::int, $3::timestamptz, $4::uuid)`;
    }
    const rows = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${registrationSelect('r')} FROM seminar_registration r WHERE r.session_id = $1 ${after}
       ORDER BY ${STATUS_RANK}, r.registered_at, r.id LIMIT ${limitSql(page)}`,
      params,
    );
    return toConnection(rows.map(readRegistration), page, (r) => [RANK[r.status], r.registeredAt.toISOString(), r.id]);
  }

  /** Someone's registrations (not cancelled), in order of the sessions' times: only for themselves, else null. */
  registrationsOfUser(ctx: RequestContext, userId: string): Promise<SeminarRegistrationView[]> | null {
    if (ctx.userId !== userId) return null;
    return listLoader(
      ctx,
      'User.seminarRegistrations',
      async (ids) =>
        (
          await this.db.prepared<Record<string, unknown>>(
            ctx,
            `SELECT ${registrationSelect('r')} FROM seminar_registration r JOIN seminar_session s ON s.id = r.session_id
             WHERE r.user_id = ANY($1::uuid[]) AND r.status <> 'CANCELLED' ORDER BY s.starts_at, s.id`,
            [ids],
          )
        ).map(readRegistration),
      (r) => r.userId,
    ).load(userId);
  }

  onApplicationBootstrap(): void {
    if (!this.config.seminarReminderHours) return;
    const tick = () => {
      this.reminderTimer = setTimeout(() => {
        this.reminding = this.queueDueReminders()
          .then((n) => {
            if (n) this.logger.log(`queued ${n} reminder mail(s)`);
          })
          .catch((error: Error) => this.logger.error(`could not queue reminders: ${error.message}`))
          .finally(() => {
            this.reminding = null;
            if (this.reminderTimer) tick();
          });
      }, this.config.seminarReminderPollMs);
      this.reminderTimer.unref();
    };
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.reminderTimer);
    this.reminderTimer = undefined;
    await this.reminding;
  }

  /**
   * Queues the reminders that are due, each once: the rows are locked (SKIP LOCKED, so another API process takes
   * other rows) and marked in the transaction that puts the mails into the outbox. Returns how many were queued.
   */
  async queueDueReminders(): Promise<number> {
    const ctx = RequestContext.anonymous();
    return this.db.transaction(ctx, async (tx) => {
      const due = await this.db.query<{ id: string; session_id: string; user_id: string; registered_at: Date }>(tx, DUE_REMINDERS, [
        this.config.seminarReminderHours,
      ]);
      if (!due.length) return 0;
      await this.db.query(tx, 'UPDATE seminar_registration SET reminder_queued_at = now() WHERE id = ANY($1::uuid[])', [
        due.map((r) => r.id),
      ]);
      const bySession = new Map<string, typeof due>();
      for (const row of due) bySession.set(row.session_id, [...(bySession.get(row.session_id) ?? []), row]);
      for (const [sessionId, rows] of bySession) {
        const session = (await this.seminars.sessionById(tx, sessionId))!;
        await this.queueMails(
          tx,
          session,
          'reminder',
          rows.map((r) => ({ userId: r.user_id, key: `${r.id}:${r.registered_at.toISOString()}` })),
        );
      }
      return due.length;
    });
  }

  /** A registration by id (for its owner or the organisers: the callers decide), or null. */
  private async findById(ctx: RequestContext, id: string): Promise<SeminarRegistrationView | null> {
    const [row] = await this.db.query<Record<string, unknown>>(
      ctx,
      `SELECT ${registrationSelect('r')} FROM seminar_registration r WHERE r.id = $1`,
      [id],
    );
    return row ? readRegistration(row) : null;
  }

  /** A registration just written in this request. */
  private async byId(ctx: RequestContext, id: string): Promise<SeminarRegistrationView> {
    return (await this.findById(ctx, id))!;
  }

  /** The session row, locked for the transaction: every change to its seats is serialised by this lock. */
  private async lockSession(tx: RequestContext, sessionId: string): Promise<SeminarSessionView> {
    const [row] = await this.db.query<Record<string, unknown>>(
      tx,
      `SELECT ${SESSION_ROW.select('s')} FROM seminar_session s WHERE s.id = $1 FOR UPDATE`,
      [sessionId],
    );
    if (!row) throw new NotFoundError('SeminarSession', toGlobalId('SeminarSession', sessionId));
    return SESSION_ROW.read(row);
  }

  private async countsLocked(tx: RequestContext, sessionId: string): Promise<RegistrationCounts> {
    const [row] = await this.db.query<{ session_id: string } & RegistrationCounts>(tx, COUNTS_OF, [[sessionId]]);
    return row ?? NO_COUNTS;
  }

  /** Fills free seats from the waitlist, first come first served, and tells the promoted people. */
  private async promote(tx: RequestContext, session: SeminarSessionView): Promise<void> {
    const { registered } = await this.countsLocked(tx, session.id);
    const free = session.capacity === null ? null : session.capacity - registered;
    if (free !== null && free <= 0) return;
    const promoted = await this.db.query<{ id: string; user_id: string; registered_at: Date }>(
      tx,
      `UPDATE seminar_registration SET status = 'REGISTERED', promoted_at = now(),
         reminder_queued_at = CASE WHEN $3 THEN now() END
       WHERE id IN (SELECT id FROM seminar_registration WHERE session_id = $1 AND status = 'WAITLISTED'
                    ORDER BY registered_at, id LIMIT $2::int)
       RETURNING id, user_id, registered_at`,
      // LIMIT NULL: no limit, every person waiting gets a seat.
      [session.id, free, this.withinReminderTime(session)],
    );
    await this.notifications.notify(
      tx,
      promoted.map((r) => ({ userId: r.user_id, kind: NotificationKind.REGISTRATION_PROMOTED, seminarSessionId: session.id })),
    );
    await this.queueMails(
      tx,
      session,
      'promoted',
      promoted.map((r) => ({ userId: r.user_id, key: `${r.id}:${r.registered_at.toISOString()}` })),
      { reminder: !this.withinReminderTime(session) },
    );
  }

  private withinReminderTime(session: SeminarSessionView): boolean {
    return session.startsAt.getTime() - Date.now() <= this.config.seminarReminderHours * 3600_000;
  }

  /** One mail of `kind` per person, in the transaction of `tx`; keys make a retried transaction queue nothing twice. */
  private async queueMails(
    tx: RequestContext,
    session: SeminarSessionView,
    kind: RegistrationMailKind,
    people: { userId: string; key: string; waitlistPosition?: number }[],
    { reminder = false }: { reminder?: boolean } = {},
  ): Promise<void> {
    if (!people.length) return;
    const [series, speakers, recipients] = await Promise.all([
      this.seminars.seriesById(tx, session.seriesId),
      this.seminars.speakersOf(tx, session.id),
      this.users.mailRecipients(
        tx,
        people.map((p) => p.userId),
      ),
    ]);
    const mails: QueuedMail[] = [];
    for (const person of people) {
      const to = recipients.get(person.userId);
      if (!to) continue;
      const content = registrationMail(kind, {
        session,
        series,
        speakers,
        appUrl: this.config.publicAppUrl,
        waitlistPosition: person.waitlistPosition,
        reminderHours: reminder && this.config.seminarReminderHours ? this.config.seminarReminderHours : null,
      });
      mails.push({ key: `seminar-${kind}:${person.key}`, to: to.email, ...content });
    }
    await this.outbox.enqueue(tx, mails);
  }
}

const RANK: Record<RegistrationStatus, number> = { REGISTERED: 0, WAITLISTED: 1, CANCELLED: 2 };
const STATUS_RANK = `CASE r.status WHEN 'REGISTERED' THEN 0 WHEN 'WAITLISTED' THEN 1 ELSE 2 END`;

/** Why nobody can register now, or null when registration is open. */
function registrationClosedReason(session: SeminarSessionView, now = Date.now()): string | null {
  if (session.cancelledAt) return 'This session was cancelled; registration is closed.';
  if (session.registrationOpensAt && now < session.registrationOpensAt.getTime()) {
    const opens = new Intl.DateTimeFormat('de-DE', { timeZone: session.timeZone, dateStyle: 'medium', timeStyle: 'short' });
    return `Registration opens on ${opens.format(session.registrationOpensAt)} (${session.timeZone}).`;
  }
  const closes = session.registrationClosesAt ?? session.startsAt;
  if (now >= closes.getTime()) return 'Registration for this session is closed.';
  return null;
}

function assertRegistrationOpen(session: SeminarSessionView): void {
  const reason = registrationClosedReason(session);
  if (reason) throw new ConflictError(reason);
}
