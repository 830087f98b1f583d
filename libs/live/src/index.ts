export * from './live-events';
export { MemoryLiveEvents } from './memory-live-events';
export { RedisLiveEvents } from './redis-live-events';
export * from './live.module';
export * from './channels';
export { PerEventShared } from './shared-reads';
