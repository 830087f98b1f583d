export * from './experience.entity';
