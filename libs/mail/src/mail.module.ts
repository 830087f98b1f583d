import { Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { Mailer } from './mailer';

/**
 * The Mailer (send now) and the MailOutbox (send after the commit, once); needs APP_CONFIG (SMTP_URL, MAIL_FROM)
 * and TransactionalConnection, which the application provides globally.
 */
@Module({ providers: [Mailer, MailOutbox], exports: [Mailer, MailOutbox] })
export class MailModule {}
