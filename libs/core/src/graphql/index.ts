export * from './validation';
export * from './scalars';
export * from './limits.plugin';
export * from './query-stats.plugin';
export * from './pass-through.filter';
export * from './cost.plugin';
export * from './selection';
export * from './service-unavailable.plugin';
