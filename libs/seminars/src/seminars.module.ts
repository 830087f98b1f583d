import { Module } from '@nestjs/common';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { SeminarSeriesFieldsResolver, SeminarSessionFieldsResolver, SeminarSpeakerFieldsResolver } from './seminar-fields.resolver';
import { SeminarResolver } from './seminar.resolver';
import { SeminarService } from './seminar.service';

@Module({
  imports: [MunicipalitiesModule],
  providers: [SeminarService, SeminarResolver, SeminarSeriesFieldsResolver, SeminarSessionFieldsResolver, SeminarSpeakerFieldsResolver],
  exports: [SeminarService],
})
export class SeminarsModule {}
