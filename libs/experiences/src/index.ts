export * from './experience.entity';
export * from './experiences.module';
