import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { MunicipalityModel } from './municipality.model';
import { MunicipalityView } from './municipality.rows';
import { MunicipalityService } from './municipality.service';

@Resolver(() => MunicipalityModel)
export class MunicipalityFieldsResolver {
  constructor(private readonly service: MunicipalityService) {}

  @ResolveField(() => ID)
  id(m: MunicipalityView): string {
    return toGlobalId('Municipality', m.id);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'The Landkreis this Gemeinde belongs to.' })
  parent(m: MunicipalityView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView | null> | null {
    return m.parentId ? this.service.byId(ctx, m.parentId) : null;
  }
}
