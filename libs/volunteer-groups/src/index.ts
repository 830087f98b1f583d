export * from './volunteer-group.entity';
export * from './volunteer-group.model';
export { VolunteerGroupDecided, VolunteerGroupRegistered } from './volunteer-group.events';
export { VOLUNTEER_GROUP_ROW, VolunteerGroupView } from './volunteer-group.rows';
export { VolunteerGroupService, VolunteerGroupFilter } from './volunteer-group.service';
export * from './volunteer-groups.module';
