export * from './volunteer-group.entity';
export * from './volunteer-groups.module';
