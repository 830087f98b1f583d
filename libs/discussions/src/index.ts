export * from './thread.entity';
export * from './comment.entity';
export * from './reaction.entity';
export * from './discussion.models';
export * from './thread.service';
export * from './comment.service';
export * from './new-account-limits';
export * from './discussions.module';
