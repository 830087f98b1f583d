export * from './flag.entity';
export * from './moderation-action.entity';
export * from './moderation.models';
export * from './moderation-log.service';
export * from './moderation.module';
