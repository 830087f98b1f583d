import { RowShape } from '@krisenfest/database';
import { CrisisStatus, Hazard } from './crisis.entity';

/** A crisis as GraphQL shows it. Its days are calendar dates, 'YYYY-MM-DD'. */
export interface CrisisView {
  __typename?: 'Crisis';
  id: string;
  name: string;
  hazards: Hazard[];
  description: string | null;
  startsOn: string;
  endsOn: string | null;
  status: CrisisStatus;
  proposedById: string | null;
  decisionReason: string | null;
  mergedIntoId: string | null;
}

export const CRISIS_ROW = new RowShape<CrisisView>(
  {
    id: 'id',
    name: 'name',
    hazards: { column: 'hazards', as: 'text[]' },
    description: 'description',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
    status: 'status',
    proposedById: 'proposed_by_id',
    decisionReason: 'decision_reason',
    mergedIntoId: 'merged_into_id',
  },
  'Crisis',
  {
    always: ['id'],
    fields: {
      hazard: ['hazards'],
      decisionReason: ['decisionReason', 'proposedById'],
      mergedInto: ['mergedIntoId'],
      proposedBy: ['proposedById'],
    },
  },
);
