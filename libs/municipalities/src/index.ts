export * from './municipality.entity';
export * from './municipality.model';
export * from './municipality.service';
export * from './municipalities.module';
