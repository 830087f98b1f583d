import { RowShape } from '@krisenfest/database';
import { Hazard } from './crisis.entity';

/** A crisis as GraphQL shows it. Its days are calendar dates, 'YYYY-MM-DD'. */
export interface CrisisView {
  __typename?: 'Crisis';
  id: string;
  name: string;
  hazard: Hazard;
  description: string | null;
  startsOn: string;
  endsOn: string | null;
}

export const CRISIS_ROW = new RowShape<CrisisView>(
  {
    id: 'id',
    name: 'name',
    hazard: 'hazard',
    description: 'description',
    startsOn: 'starts_on',
    endsOn: 'ends_on',
  },
  'Crisis',
  { always: ['id'] },
);
