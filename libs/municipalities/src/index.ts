export * from './municipality.entity';
export * from './municipality.model';
export { MUNICIPALITY_ROW, MunicipalityView } from './municipality.rows';
export { MunicipalityService, MunicipalityFilter } from './municipality.service';
export * from './municipalities.module';
export * from './gemeindeverzeichnis';
