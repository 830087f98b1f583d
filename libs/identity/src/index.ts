export * from './user.entity';
export * from './membership.entity';
