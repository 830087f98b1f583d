import { RowShape } from '@krisenfest/database';
import { VolunteerGroupKind } from './volunteer-group.entity';

/** A volunteer group as GraphQL shows it. */
export interface VolunteerGroupView {
  __typename?: 'VolunteerGroup';
  id: string;
  name: string;
  sortName: string;
  kind: VolunteerGroupKind;
  description: string | null;
  website: string | null;
  homeMunicipalityId: string | null;
}

export const VOLUNTEER_GROUP_ROW = new RowShape<VolunteerGroupView>(
  {
    id: 'id',
    name: 'name',
    sortName: 'sort_name',
    kind: 'kind',
    description: 'description',
    website: 'website',
    homeMunicipalityId: 'home_municipality_id',
  },
  'VolunteerGroup',
  { always: ['id'], fields: { homeMunicipality: ['homeMunicipalityId'] } },
);
