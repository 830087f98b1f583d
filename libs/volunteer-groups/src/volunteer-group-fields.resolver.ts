import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, toGlobalId } from '@krisenfest/core';
import { MunicipalityModel, MunicipalityService, MunicipalityView } from '@krisenfest/municipalities';
import { VolunteerGroupModel } from './volunteer-group.model';
import { VolunteerGroupView } from './volunteer-group.rows';
import { VolunteerGroupService } from './volunteer-group.service';

@Resolver(() => VolunteerGroupModel)
export class VolunteerGroupFieldsResolver {
  constructor(
    private readonly service: VolunteerGroupService,
    private readonly municipalities: MunicipalityService,
  ) {}

  @ResolveField(() => ID)
  id(g: VolunteerGroupView): string {
    return toGlobalId('VolunteerGroup', g.id);
  }

  @ResolveField(() => MunicipalityModel, { nullable: true, description: 'Where the group is based.' })
  homeMunicipality(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView | null> | null {
    return g.homeMunicipalityId ? this.municipalities.byId(ctx, g.homeMunicipalityId) : null;
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the group works in, by name.' })
  municipalitiesServed(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView[]> {
    return this.service.municipalitiesServed(ctx, g.id);
  }
}
