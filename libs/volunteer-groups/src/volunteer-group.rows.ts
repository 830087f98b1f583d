import { RowShape } from '@krisenfest/database';
import { VolunteerGroupKind, VolunteerGroupStatus } from './volunteer-group.entity';

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
  status: VolunteerGroupStatus;
  registeredById: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  createdAt: Date;
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
    status: 'status',
    registeredById: 'registered_by_id',
    decidedAt: 'decided_at',
    decisionReason: 'decision_reason',
    createdAt: 'created_at',
  },
  'VolunteerGroup',
  {
    always: ['id'],
    fields: {
      homeMunicipality: ['homeMunicipalityId'],
      // Who may see the reason, edit or decide depends on the registrant and the status.
      decisionReason: ['decisionReason', 'registeredById', 'status'],
      viewerCanEdit: ['registeredById', 'status'],
      viewerCanDecide: ['registeredById', 'status'],
    },
  },
);
