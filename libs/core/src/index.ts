export * from './config';
export * from './errors';
export * from './relay';
export * from './context';
export * from './auth';
export * from './markdown';
export * from './graphql';
