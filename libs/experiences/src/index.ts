export * from './experience.entity';
export * from './experience.model';
export { ExperienceView } from './experience.rows';
export { ExperienceService } from './experience.service';
export * from './experiences.module';
export { ExperienceFilter } from './experience.inputs';
