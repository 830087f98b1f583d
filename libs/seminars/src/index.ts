export * from './seminar.entity';
export * from './seminar.model';
export * from './seminar.service';
export * from './seminars.module';
