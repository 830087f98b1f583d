import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { FollowService } from './follow.service';
import { NotificationFieldsResolver, NotificationResolver, UserNotificationsResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

@Module({
  imports: [IdentityModule],
  providers: [FollowService, NotificationService, NotificationResolver, NotificationFieldsResolver, UserNotificationsResolver],
  exports: [FollowService, NotificationService],
})
export class NotificationsModule {}
