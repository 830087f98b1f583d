export { Mailer, OutgoingMail } from './mailer';
export { MailModule } from './mail.module';
export { MailOutbox, QueuedMail } from './mail-outbox';
export { MailAttachment, MailOutboxEntry } from './mail-outbox.entity';
