export * from './crisis.entity';
