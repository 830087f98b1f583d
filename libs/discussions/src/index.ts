export * from './thread.entity';
export * from './comment.entity';
export * from './reaction.entity';
export * from './discussions.module';
