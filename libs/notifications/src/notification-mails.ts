import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, APP_CONFIG, BadUserInputError, RequestContext, requireUser } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { resolveJwtSecret, SessionService, UserService } from '@krisenfest/identity';
import { MailOutbox } from '@krisenfest/mail';
import { MailDelivery, NotificationKind } from './notification.entity';
import { NotificationDescription, NotificationService, NotificationView } from './notification.service';

/** How each kind is mailed unless someone chose otherwise. */
export const DEFAULT_DELIVERY: Record<MailableKind, MailDelivery> = {
  [NotificationKind.REPLY]: MailDelivery.IMMEDIATE,
  [NotificationKind.QUESTION_TO_YOU]: MailDelivery.IMMEDIATE,
  [NotificationKind.ANSWER_ACCEPTED]: MailDelivery.DAILY,
  [NotificationKind.THREAD_COMMENT]: MailDelivery.DAILY,
  [NotificationKind.SESSION_ANNOUNCED]: MailDelivery.DAILY,
  [NotificationKind.MENTION]: MailDelivery.IMMEDIATE,
  [NotificationKind.NEW_LESSON]: MailDelivery.DAILY,
};

/** Kinds that are mailed by these settings; seats and cancellations are told by the registration mails already. */
export type MailableKind =
  | NotificationKind.REPLY
  | NotificationKind.QUESTION_TO_YOU
  | NotificationKind.ANSWER_ACCEPTED
  | NotificationKind.THREAD_COMMENT
  | NotificationKind.SESSION_ANNOUNCED
  | NotificationKind.MENTION
  | NotificationKind.NEW_LESSON;
export const MAILABLE_KINDS = Object.keys(DEFAULT_DELIVERY) as MailableKind[];

/** How a mail says what happened, by kind. */
const PHRASES: Record<NotificationKind, (actor: string) => string> = {
  [NotificationKind.REPLY]: (actor) => `${actor} hat auf Ihren Kommentar geantwortet`,
  [NotificationKind.THREAD_COMMENT]: (actor) => `${actor} hat einen Kommentar geschrieben`,
  [NotificationKind.QUESTION_TO_YOU]: (actor) => `${actor} hat Ihnen als Referent*in eine Frage gestellt`,
  [NotificationKind.ANSWER_ACCEPTED]: (actor) => `${actor} hat Ihren Beitrag als Antwort markiert`,
  [NotificationKind.MEMBERSHIP_APPROVED]: () => 'Ihre Mitgliedschaft wurde bestätigt',
  [NotificationKind.MEMBERSHIP_REJECTED]: () => 'Ihre Anfrage auf Mitgliedschaft wurde abgelehnt',
  [NotificationKind.POST_HIDDEN]: () => 'Die Moderation hat Ihren Beitrag ausgeblendet',
  [NotificationKind.POST_RESTORED]: () => 'Die Moderation zeigt Ihren Beitrag wieder',
  [NotificationKind.SESSION_ANNOUNCED]: (actor) => `${actor} hat eine neue Veranstaltung angekündigt`,
  [NotificationKind.REGISTRATION_PROMOTED]: () => 'Sie sind von der Warteliste nachgerückt',
  [NotificationKind.SESSION_CANCELLED]: () => 'Die Veranstaltung wurde abgesagt',
  [NotificationKind.MENTION]: (actor) => `${actor} hat Sie in einem Kommentar erwähnt`,
  [NotificationKind.NEW_LESSON]: (actor) => `${actor} hat eine neue Erfahrung veröffentlicht`,
};

/** What the unsubscribe link names, in German. */
const KIND_NAMES: Record<MailableKind, string> = {
  [NotificationKind.REPLY]: 'Antworten auf Ihre Kommentare',
  [NotificationKind.QUESTION_TO_YOU]: 'Fragen an Sie als Referent*in',
  [NotificationKind.ANSWER_ACCEPTED]: 'als Antwort markierte Beiträge',
  [NotificationKind.THREAD_COMMENT]: 'neue Kommentare in Diskussionen, denen Sie folgen',
  [NotificationKind.SESSION_ANNOUNCED]: 'neue Veranstaltungen in Seminarreihen, denen Sie folgen',
  [NotificationKind.MENTION]: 'Erwähnungen in Kommentaren',
  [NotificationKind.NEW_LESSON]: 'neue Erfahrungen zu Kommunen, Krisen und Gefahren, denen Sie folgen',
};

/** Where the app unsubscribes with the token from a mail (it passes the token to unsubscribeNotificationMails). */
export const UNSUBSCRIBE_PATH = '/benachrichtigungen/abbestellen';
/** Where mail programs unsubscribe with one click (RFC 8058 List-Unsubscribe-Post), served by the API itself. */
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/notification-mails/unsubscribe';
/** A daily digest goes out at most this often per person. */
const DIGEST_EVERY_HOURS = 24;
/** People handled per round (each in its own transaction). */
const PEOPLE_PER_ROUND = 200;

/** The delivery of notification `n` (alias) as SQL: the person's choice, else the kind's default. */
const DELIVERY_SQL = (n: string) => `coalesce(
  (SELECT p.delivery::text FROM notification_preference p WHERE p.user_id = ${n}.user_id AND p.kind = ${n}.kind),
  CASE ${n}.kind ${MAILABLE_KINDS.map((k) => `WHEN '${k}' THEN '${DEFAULT_DELIVERY[k]}'`).join(' ')} ELSE 'NEVER' END)`;

/**
 * Notifications by e-mail, per kind immediately, in a daily digest or never (each person chooses; defaults in
 * DEFAULT_DELIVERY). A round finds the people with mail due, and for each, in one transaction, locks their
 * notifications (SKIP LOCKED: another API process takes other people), reads them with that person's rights (what
 * they may no longer read is left out), queues one mail in the outbox and marks them mailed. So a crash neither loses
 * a mail nor sends it twice, and a notification read in the app before its mail was due is not mailed.
 */
@Injectable()
export class NotificationMails implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('NotificationMails');
  private readonly unsubscribeKey: Buffer;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly notifications: NotificationService,
    private readonly sessions: SessionService,
    private readonly users: UserService,
    private readonly outbox: MailOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.unsubscribeKey = createHmac('sha256', resolveJwtSecret(config)).update('krisenfest notification unsubscribe').digest();
  }

  onApplicationBootstrap(): void {
    const tick = () => {
      this.timer = setTimeout(() => {
        this.running = this.sendDue()
          .catch((error: Error) => this.logger.error(`notification mails failed: ${error.message}`))
          .finally(() => {
            this.running = null;
            if (this.timer) tick();
          });
      }, this.config.notificationMailPollMs);
      this.timer.unref();
    };
    tick();
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** The caller's delivery for every kind that can be mailed. */
  async settings(ctx: RequestContext, userId: string): Promise<{ kind: MailableKind; delivery: MailDelivery }[]> {
    const rows = await this.db.query<{ kind: MailableKind; delivery: MailDelivery }>(
      ctx,
      'SELECT kind, delivery FROM notification_preference WHERE user_id = $1',
      [userId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return MAILABLE_KINDS.map((kind) => ({ kind, delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind] }));
  }

  async setDelivery(ctx: RequestContext, kind: NotificationKind, delivery: MailDelivery): Promise<void> {
    const user = requireUser(ctx);
    if (!MAILABLE_KINDS.includes(kind as MailableKind)) {
      throw BadUserInputError.field('kind', 'is not mailed by these settings (seats and cancellations come with the registration mails)');
    }
    await this.db.transaction(ctx, (tx) => this.store(tx, user.id, kind, delivery));
  }

  /**
   * One-click unsubscribe with the token of a mail's link: the kinds it names are not mailed any more (a link in the
   * text names one kind; the List-Unsubscribe header of a mail names every kind the mail told of).
   */
  async unsubscribe(ctx: RequestContext, token: string): Promise<MailableKind[]> {
    const [payload, signature] = token.split('.');
    const expected = this.sign(payload ?? '');
    const valid = !!signature && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
    const [userId, named] = valid ? Buffer.from(payload, 'base64url').toString('utf8').split(':') : [];
    const kinds = (named ?? '').split(',') as MailableKind[];
    if (!valid || !kinds.every((kind) => MAILABLE_KINDS.includes(kind))) {
      throw BadUserInputError.field('token', 'is not an unsubscribe link of ours; open the link from the mail as it is');
    }
    await this.db.transaction(ctx, async (tx) => {
      for (const kind of kinds) await this.store(tx, userId, kind, MailDelivery.NEVER);
    });
    return kinds;
  }

  /** Sends what is due now; returns how many mails were queued. */
  async sendDue(): Promise<number> {
    const ctx = RequestContext.anonymous();
    // What needs no mail is settled first: read in the app, or a kind mailed never.
    await this.db.query(
      ctx,
      `UPDATE notification n SET emailed_at = now() WHERE n.emailed_at IS NULL AND (n.read_at IS NOT NULL OR ${DELIVERY_SQL('n')} = 'NEVER')`,
    );
    const people = await this.db.query<{ user_id: string }>(
      ctx,
      `SELECT DISTINCT n.user_id FROM notification n
       LEFT JOIN notification_digest_state s ON s.user_id = n.user_id
       WHERE n.emailed_at IS NULL AND (
         (${DELIVERY_SQL('n')} = 'IMMEDIATE' AND n.created_at <= now() - make_interval(secs => $1))
         OR (${DELIVERY_SQL('n')} = 'DAILY' AND (s.last_digest_at IS NULL OR s.last_digest_at <= now() - make_interval(hours => $2))))
       LIMIT ${PEOPLE_PER_ROUND}`,
      [this.config.notificationMailDelaySeconds, DIGEST_EVERY_HOURS],
    );
    let queued = 0;
    for (const { user_id: userId } of people) if (await this.mailPerson(userId)) queued += 1;
    return queued;
  }

  /** One person's due notifications into one mail (immediate ones, and the digest when it is due). */
  private async mailPerson(userId: string): Promise<boolean> {
    return this.db.transaction(RequestContext.anonymous(), async (tx) => {
      const locked = await this.db.query<{ id: string; delivery: MailDelivery; due: boolean }>(
        tx,
        `SELECT n.id, ${DELIVERY_SQL('n')} AS delivery, n.created_at <= now() - make_interval(secs => $2) AS due
         FROM notification n WHERE n.user_id = $1 AND n.emailed_at IS NULL ORDER BY n.created_at FOR UPDATE SKIP LOCKED`,
        [userId, this.config.notificationMailDelaySeconds],
      );
      const [state] = await this.db.query<{ due: boolean }>(
        tx,
        `SELECT last_digest_at <= now() - make_interval(hours => $2) AS due FROM notification_digest_state WHERE user_id = $1`,
        [userId, DIGEST_EVERY_HOURS],
      );
      const digestDue = !state || state.due;
      const chosen = locked.filter(
        (n) => (n.delivery === MailDelivery.IMMEDIATE && n.due) || (n.delivery === MailDelivery.DAILY && digestDue),
      );
      if (!chosen.length) return false;
      const [caller, recipients] = await Promise.all([this.sessions.callerFor(tx, userId), this.users.mailRecipients(tx, [userId])]);
      const recipient = recipients.get(userId)?.email;
      const ids = chosen.map((n) => n.id);
      await this.db.query(tx, 'UPDATE notification SET emailed_at = now() WHERE id = ANY($1::uuid[])', [ids]);
      const isDigest = chosen.some((n) => n.delivery === MailDelivery.DAILY);
      if (isDigest) {
        await this.db.query(
          tx,
          `INSERT INTO notification_digest_state (user_id, last_digest_at) VALUES ($1, now())
           ON CONFLICT (user_id) DO UPDATE SET last_digest_at = now()`,
          [userId],
        );
      }
      // Banned or erased people, and addresses not confirmed, get no mail; the notifications count as handled.
      if (!caller || !recipient || (caller.bannedUntil && caller.bannedUntil.getTime() > Date.now())) return false;
      // Read with the recipient's rights: what they may no longer read is not in the mail.
      const reader = new RequestContext(caller, null, tx.sql, undefined, tx.transaction);
      const visible = await this.notifications.visibleByIds(reader, userId, ids);
      // All at once, so the loaders read the threads, comments and actors of the mail in one statement each.
      const descriptions = await Promise.all(visible.map((notification) => this.notifications.describe(reader, notification)));
      const described = visible
        .map((notification, i) => ({ notification, description: descriptions[i] }))
        .filter((d): d is { notification: NotificationView; description: NotificationDescription } => d.description !== null);
      if (!described.length) return false;
      const mail = this.render(userId, described, isDigest);
      await this.outbox.enqueue(tx, [
        { key: `notifications:${userId}:${createHash('sha256').update(ids.join(',')).digest('base64url')}`, to: recipient, ...mail },
      ]);
      return true;
    });
  }

  private render(
    userId: string,
    items: { notification: NotificationView; description: NotificationDescription }[],
    isDigest: boolean,
  ): { subject: string; text: string; headers: Record<string, string> } {
    const byTopic = new Map<string, { link: string; lines: string[] }>();
    for (const { notification, description } of items) {
      const group = byTopic.get(description.topic) ?? { link: description.link, lines: [] };
      const phrase = PHRASES[notification.kind](description.actorName ?? 'Jemand');
      group.lines.push(`– ${phrase}${description.excerpt ? `: „${description.excerpt}“` : ''}`);
      byTopic.set(description.topic, group);
    }
    const [first] = items;
    const subject =
      items.length === 1
        ? `${PHRASES[first.notification.kind](first.description.actorName ?? 'Jemand')}: „${first.description.topic}“`
        : isDigest
          ? `Ihre Neuigkeiten auf Krisenfest: ${items.length} Beiträge`
          : `${items.length} Neuigkeiten auf Krisenfest`;
    const kinds = [...new Set(items.map((i) => i.notification.kind))].filter((k): k is MailableKind =>
      MAILABLE_KINDS.includes(k as MailableKind),
    );
    const text = [
      'Guten Tag,',
      '',
      isDigest ? 'das ist neu in den Diskussionen, denen Sie folgen:' : 'es gibt Neues für Sie auf Krisenfest:',
      '',
      ...[...byTopic.entries()].flatMap(([topic, group]) => [`„${topic}“`, ...group.lines, `Öffnen: ${group.link}`, '']),
      'Was Sie per E-Mail bekommen, stellen Sie in Ihrem Konto unter „Benachrichtigungen“ ein. Mit einem Klick abbestellen:',
      ...kinds.map((kind) => `– ${KIND_NAMES[kind]}: ${this.unsubscribeLink(userId, kind)}`),
      '',
      'Ihr Krisenfest-Team',
    ].join('\n');
    // Mail programs offer "abbestellen" from these headers; their one-click POST turns off what this mail told of.
    const headers = {
      'List-Unsubscribe': `<${this.config.publicAppUrl}${ONE_CLICK_UNSUBSCRIBE_PATH}?token=${this.unsubscribeToken(userId, kinds)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
    return { subject, text, headers };
  }

  private unsubscribeLink(userId: string, kind: MailableKind): string {
    return `${this.config.publicAppUrl}${UNSUBSCRIBE_PATH}?token=${this.unsubscribeToken(userId, [kind])}`;
  }

  private unsubscribeToken(userId: string, kinds: MailableKind[]): string {
    const payload = Buffer.from(`${userId}:${kinds.join(',')}`, 'utf8').toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.unsubscribeKey).update(payload).digest('base64url');
  }

  private async store(tx: RequestContext, userId: string, kind: NotificationKind, delivery: MailDelivery): Promise<void> {
    await this.db.query(
      tx,
      `INSERT INTO notification_preference (user_id, kind, delivery) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, kind) DO UPDATE SET delivery = EXCLUDED.delivery`,
      [userId, kind, delivery],
    );
  }
}
