import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** Provides the Mailer; needs APP_CONFIG (SMTP_URL, MAIL_FROM), which the application provides globally. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
