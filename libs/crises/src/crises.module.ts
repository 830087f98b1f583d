import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { CrisisResolver } from './crisis.resolver';
import { CrisisService } from './crisis.service';

@Module({ imports: [MunicipalitiesModule], providers: [CrisisService, CrisisResolver], exports: [CrisisService] })
export class CrisesModule {}
