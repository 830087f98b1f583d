export * from './flag.entity';
export * from './moderation-action.entity';
export * from './moderation.module';
