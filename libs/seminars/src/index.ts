export * from './seminar.entity';
