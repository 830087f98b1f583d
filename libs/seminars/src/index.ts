export * from './seminar.entity';
export * from './seminars.module';
