import { Module } from '@nestjs/common';
import { NotificationsModule } from '@krisenfest/notifications';
import { MunicipalityFieldsResolver } from './municipality-fields.resolver';
import { MunicipalityFollowsResolver } from './municipality-follows.resolver';
import { MunicipalityResolver } from './municipality.resolver';
import { MunicipalityService } from './municipality.service';

@Module({
  imports: [NotificationsModule],
  providers: [MunicipalityService, MunicipalityResolver, MunicipalityFieldsResolver, MunicipalityFollowsResolver],
  exports: [MunicipalityService],
})
export class MunicipalitiesModule {}
