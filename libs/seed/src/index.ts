export * from './seeder';
export * from './sample-content';
export * from './sample-content.types';
