import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig, APP_CONFIG } from '@krisenfest/core';
import { MailAttachment } from './mail-outbox.entity';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** A stable Message-ID, so a mail sent again after a crash is recognised as the same one by mail programs. */
  messageId?: string;
  /** Extra header lines, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

/** sent: accepted by the SMTP server; logged: no SMTP_URL, written to the log instead; failed: the SMTP server refused or was unreachable. */
export type MailOutcome = 'sent' | 'logged' | 'failed';

/** How long shutdown waits for mails still on their way. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Outgoing mail over SMTP (SMTP_URL, sender MAIL_FROM). Without SMTP_URL the mails are written to the log,
 * so a developer can follow the links; in production that is a configuration mistake and said so at start.
 * Sending never throws: a failed delivery is logged, and the request that caused it answers as usual.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private readonly pending = new Set<Promise<MailOutcome>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtpUrl
      ? createTransport(
          { url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
          { from: config.mailFrom, headers: { 'Auto-Submitted': 'auto-generated' } },
        )
      : null;
  }

  onModuleInit(): void {
    if (!this.transport && this.config.nodeEnv === 'production') {
      this.logger.warn('SMTP_URL is not set: e-mails (address confirmation, password reset) are not delivered');
    }
  }

  /** Delivers one mail and tells how it went; never rejects. */
  async send(mail: OutgoingMail): Promise<MailOutcome> {
    try {
      return await this.deliver(mail);
    } catch (error) {
      this.logger.error(`could not deliver the mail "${mail.subject}" to ${mail.to}: ${(error as Error).message}`);
      return 'failed';
    }
  }

  /** Delivers one mail: 'sent', or 'logged' without SMTP_URL; rejects with the SMTP server's refusal. */
  async deliver(mail: OutgoingMail): Promise<Exclude<MailOutcome, 'failed'>> {
    if (!this.transport) {
      if (this.config.nodeEnv === 'production') {
        // The text carries links that act for the account: not into production logs.
        this.logger.warn(`mail "${mail.subject}" to ${mail.to} was not delivered: SMTP_URL is not set`);
      } else {
        this.logger.log(`mail to ${mail.to} (not sent, SMTP_URL is not set)\nSubject: ${mail.subject}\n\n${mail.text}`);
      }
      return 'logged';
    }
    await this.transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html ? { html: mail.html } : {}),
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
      ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
      ...(mail.headers && Object.keys(mail.headers).length ? { headers: mail.headers } : {}),
    });
    return 'sent';
  }

  /**
   * Sends in the background: the caller's answer neither waits for the SMTP server nor depends on it (so
   * its timing does not tell whether a mail was sent at all).
   */
  sendLater(mail: OutgoingMail): void {
    const delivery = this.send(mail).finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Resolves when the mails sent in the background so far have been delivered or have failed. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.settled(),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, SHUTDOWN_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    this.transport?.close();
  }
}
