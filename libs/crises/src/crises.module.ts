import { Module } from '@nestjs/common';
import { IdentityModule } from '@krisenfest/identity';
import { MunicipalitiesModule } from '@krisenfest/municipalities';
import { NotificationsModule } from '@krisenfest/notifications';
import { CrisisFieldsResolver } from './crisis-fields.resolver';
import { CrisisResolver } from './crisis.resolver';
import { CrisisService } from './crisis.service';
import { HazardFollowsResolver, UserHazardFollowsResolver } from './hazard-follows.resolver';

@Module({
  imports: [MunicipalitiesModule, IdentityModule, NotificationsModule],
  providers: [CrisisService, CrisisResolver, CrisisFieldsResolver, HazardFollowsResolver, UserHazardFollowsResolver],
  exports: [CrisisService],
})
export class CrisesModule {}
