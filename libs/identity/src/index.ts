export * from './user.entity';
export * from './membership.entity';
export * from './user.model';
export * from './user.service';
export * from './auth.service';
export * from './identity.module';
export * from './user-session.entity';
export * from './session.service';
