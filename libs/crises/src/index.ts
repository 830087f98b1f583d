export * from './crisis.entity';
export * from './crisis.model';
export { CRISIS_ROW, CrisisView } from './crisis.rows';
export { CrisisService, CrisisFilter } from './crisis.service';
export * from './crises.module';
export * from './crisis.events';
