export * from './notification.entity';
export * from './notification.model';
export { FollowService, FollowView } from './follow.service';
export { NewNotification, NotificationService, NotificationView, NotificationVisibility } from './notification.service';
export * from './notifications.module';
