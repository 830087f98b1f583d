export * from './experience.entity';
export * from './experience.model';
export * from './experience.service';
export * from './experiences.module';
export * from './experience.inputs';
