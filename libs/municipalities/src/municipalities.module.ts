import { Module } from '@nestjs/common';
import { MunicipalityFieldsResolver } from './municipality-fields.resolver';
import { MunicipalityResolver } from './municipality.resolver';
import { MunicipalityService } from './municipality.service';

@Module({ providers: [MunicipalityService, MunicipalityResolver, MunicipalityFieldsResolver], exports: [MunicipalityService] })
export class MunicipalitiesModule {}
