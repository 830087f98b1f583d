export * from './crisis.entity';
export * from './crises.module';
