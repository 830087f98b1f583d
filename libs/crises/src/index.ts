export * from './crisis.entity';
export * from './crisis.model';
export * from './crisis.service';
export * from './crises.module';
