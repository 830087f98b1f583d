import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { CrisisFieldsResolver } from './crisis-fields.resolver';
import { CrisisResolver } from './crisis.resolver';
import { CrisisService } from './crisis.service';

@Module({ imports: [MunicipalitiesModule], providers: [CrisisService, CrisisResolver, CrisisFieldsResolver], exports: [CrisisService] })
export class CrisesModule {}
