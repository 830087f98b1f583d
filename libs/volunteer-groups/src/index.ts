export * from './volunteer-group.entity';
