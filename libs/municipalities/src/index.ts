export * from './municipality.entity';
