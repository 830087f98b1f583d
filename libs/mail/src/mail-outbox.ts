import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, APP_CONFIG, RequestContext } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { MailAttachment } from './mail-outbox.entity';
import { Mailer, OutgoingMail } from './mailer';

/** A mail for the outbox: what it is about (its key, queued once), to whom, what it says. */
export interface QueuedMail extends Omit<OutgoingMail, 'messageId' | 'attachments'> {
  key: string;
  attachments?: MailAttachment[];
  /** Not before this time (default: now). */
  sendAfter?: Date;
}

/** Mails claimed by one dispatcher round. */
const BATCH = 20;
/** A claim lasts this long: a dispatcher that died while sending leaves its mails to another after that. */
const CLAIM_SECONDS = 300;
/** Attempts before a mail is given up (with back-off: 1, 2, 4 … minutes between them). */
const MAX_ATTEMPTS = 8;

interface ClaimedRow {
  id: string;
  key: string;
  recipient: string;
  subject: string;
  body: string;
  attachments: MailAttachment[];
  headers: Record<string, string>;
  attempts: number;
}

/**
 * The mail outbox: features queue mails inside their own transaction (so a mail exists exactly when what it tells
 * about was committed), and the dispatcher sends them afterwards. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several API processes share the work without sending a mail twice.
 */
@Injectable()
export class MailOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailOutbox');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(
    private readonly db: TransactionalConnection,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Queues mails in the transaction of `ctx` (which must be open: the mail belongs to a write). A key queued
   * before is skipped. The dispatcher is woken when the transaction commits. Returns the keys newly queued.
   */
  async enqueue(ctx: RequestContext, mails: QueuedMail[]): Promise<string[]> {
    if (!ctx.transaction) throw new Error('MailOutbox.enqueue needs the transaction of the write the mails belong to');
    if (!mails.length) return [];
    const rows = await this.db.query<{ key: string }>(
      ctx,
      `INSERT INTO mail_outbox (key, recipient, subject, body, attachments, headers, send_after)
       SELECT m.key, m.recipient, m.subject, m.body, m.attachments, coalesce(m.headers, '{}'), coalesce(m.send_after, now())
       FROM jsonb_to_recordset($1::jsonb)
         AS m(key text, recipient text, subject text, body text, attachments jsonb, headers jsonb, send_after timestamptz)
       ON CONFLICT (key) DO NOTHING RETURNING key`,
      [
        JSON.stringify(
          mails.map((m) => ({
            key: m.key,
            recipient: m.to,
            subject: m.subject,
            body: m.text,
            attachments: m.attachments ?? [],
            headers: m.headers ?? {},
            send_after: m.sendAfter?.toISOString() ?? null,
          })),
        ),
      ],
    );
    this.db.afterCommit(ctx, () => void this.wake());
    return rows.map((r) => r.key);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule();
    void this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends what is due now; resolves when this round (and one more, if woken meanwhile) is done. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain()
      .catch((error: Error) => this.logger.error(`mail outbox round failed: ${error.message}`))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.wake().finally(() => {
        if (!this.stopped) this.schedule();
      });
    }, this.config.mailOutboxPollMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      while (!this.stopped) {
        const claimed = await this.claim();
        for (const row of claimed) await this.sendOne(row);
        if (claimed.length < BATCH) break;
      }
    } while (this.again && !this.stopped);
  }

  private claim(): Promise<ClaimedRow[]> {
    return this.db.query<ClaimedRow>(
      RequestContext.anonymous(),
      `UPDATE mail_outbox SET claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS}), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM mail_outbox
         WHERE sent_at IS NULL AND failed_at IS NULL AND send_after <= now() AND (claimed_until IS NULL OR claimed_until < now())
         ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
       RETURNING id::text, key, recipient, subject, body, attachments, headers, attempts`,
    );
  }

  private async sendOne(row: ClaimedRow): Promise<void> {
    const ctx = RequestContext.anonymous();
    try {
      await this.mailer.deliver({
        to: row.recipient,
        subject: row.subject,
        text: row.body,
        attachments: row.attachments,
        headers: row.headers,
        messageId: `<outbox-${row.id}@${messageIdHost(this.config.publicAppUrl)}>`,
      });
      await this.db.query(ctx, 'UPDATE mail_outbox SET sent_at = now(), claimed_until = NULL, last_error = NULL WHERE id = $1', [row.id]);
    } catch (error) {
      const message = (error as Error).message;
      if (row.attempts >= MAX_ATTEMPTS) {
        this.logger.error(`gave up the mail "${row.subject}" to ${row.recipient} after ${row.attempts} attempts: ${message}`);
        await this.db.query(ctx, 'UPDATE mail_outbox SET failed_at = now(), claimed_until = NULL, last_error = $2 WHERE id = $1', [
          row.id,
          message,
        ]);
      } else {
        this.logger.warn(`could not deliver the mail "${row.subject}" to ${row.recipient} (attempt ${row.attempts}), retrying: ${message}`);
        await this.db.query(
          ctx,
          `UPDATE mail_outbox SET claimed_until = NULL, last_error = $2, send_after = now() + make_interval(mins => $3) WHERE id = $1`,
          [row.id, message, 2 ** (row.attempts - 1)],
        );
      }
    }
  }
}

function messageIdHost(publicAppUrl: string): string {
  try {
    return new URL(publicAppUrl).hostname || 'krisenfest.local';
  } catch {
    return 'krisenfest.local';
  }
}
