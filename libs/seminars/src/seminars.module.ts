import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { SeminarSeriesResolver, SeminarSessionResolver, SeminarSpeakerResolver } from './seminar.resolver';
import { SeminarService } from './seminar.service';

@Module({
  imports: [MunicipalitiesModule],
  providers: [SeminarService, SeminarSeriesResolver, SeminarSessionResolver, SeminarSpeakerResolver],
  exports: [SeminarService],
})
export class SeminarsModule {}
