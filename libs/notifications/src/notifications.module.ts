import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MailModule } from '@krisenfest/mail';
import { NotificationMails } from './notification-mails';
import { NotificationMailsController } from './notification-mails.controller';
import { FollowService } from './follow.service';
import { NotificationFieldsResolver, NotificationResolver, UserNotificationsResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationLiveResolver } from './notification-live.resolver';

@Module({
  imports: [IdentityModule, MailModule],
  controllers: [NotificationMailsController],
  providers: [
    FollowService,
    NotificationService,
    NotificationMails,
    NotificationResolver,
    NotificationFieldsResolver,
    UserNotificationsResolver,
    NotificationLiveResolver,
  ],
  exports: [FollowService, NotificationService, NotificationMails],
})
export class NotificationsModule {}
