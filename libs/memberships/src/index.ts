export * from './membership-event.entity';
export * from './access.service';
export * from './membership.model';
export * from './membership.service';
export * from './memberships.module';
export * from './visibility.policy';
