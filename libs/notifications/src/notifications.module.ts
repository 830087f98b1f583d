import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { FollowService } from './follow.service';
import { NotificationFieldsResolver, NotificationResolver, UserNotificationsResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationLiveResolver } from './notification-live.resolver';

@Module({
  imports: [IdentityModule],
  providers: [
    FollowService,
    NotificationService,
    NotificationResolver,
    NotificationFieldsResolver,
    UserNotificationsResolver,
    NotificationLiveResolver,
  ],
  exports: [FollowService, NotificationService],
})
export class NotificationsModule {}
