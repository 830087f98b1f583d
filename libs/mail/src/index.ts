export { Mailer, OutgoingMail } from './mailer';
export { MailModule } from './mail.module';
