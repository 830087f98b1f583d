import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { MunicipalityModel, MunicipalityView } from '@krisenfest/municipalities';
import { CrisisModel } from './crisis.model';
import { CrisisView } from './crisis.rows';
import { CrisisService } from './crisis.service';

@Resolver(() => CrisisModel)
export class CrisisFieldsResolver {
  constructor(private readonly service: CrisisService) {}

  @ResolveField(() => ID)
  id(c: CrisisView): string {
    return toGlobalId('Crisis', c.id);
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the crisis hit, by name.' })
  affectedMunicipalities(c: CrisisView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView[]> {
    return this.service.affectedMunicipalities(ctx, c.id);
  }
}
