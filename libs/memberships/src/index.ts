export * from './membership.entity';
export * from './membership-event.entity';
export { AccessService, Principal } from './access.service';
export * from './membership.model';
export { MembershipService } from './membership.service';
export * from './memberships.module';
export { VisibilityPolicy, RestrictedColumns } from './visibility.policy';
