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

  @ResolveField(() => String, { nullable: true, description: 'Why it was rejected: for its registrant and those who decide.' })
  decisionReason(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<string | null> {
    return this.service.decisionReason(ctx, g);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may change it (updateVolunteerGroup).' })
  viewerCanEdit(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): boolean {
    return this.service.canEdit(ctx, g);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may confirm or reject it now (it is pending and you decide on it).' })
  viewerCanDecide(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<boolean> {
    return this.service.canDecide(ctx, g);
  }

  @ResolveField(() => [MunicipalityModel], { description: 'The municipalities the group works in, by name.' })
  municipalitiesServed(g: VolunteerGroupView, _args: unknown, { ctx }: GraphQLContext): Promise<MunicipalityView[]> {
    return this.service.municipalitiesServed(ctx, g.id);
  }
}
