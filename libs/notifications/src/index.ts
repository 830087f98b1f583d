export * from './notification.entity';
export * from './notification.model';
export { FollowAlias, FollowService, FollowView, WatchedTopics } from './follow.service';
export {
  NewNotification,
  NotificationDescriber,
  NotificationDescription,
  NotificationService,
  NotificationView,
  NotificationVisibility,
} from './notification.service';
export { DEFAULT_DELIVERY, MAILABLE_KINDS, NotificationMails, UNSUBSCRIBE_PATH } from './notification-mails';
export * from './notifications.module';
