export * from './volunteer-group.entity';
export * from './volunteer-group.model';
export * from './volunteer-group.service';
export * from './volunteer-groups.module';
