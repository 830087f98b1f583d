import { RowShape } from '@krisenfest/database';
import { Bundesland, MunicipalityKind } from './municipality.entity';

/** A municipality as GraphQL shows it (reference data: the same for everyone). */
export interface MunicipalityView {
  __typename?: 'Municipality';
  id: string;
  name: string;
  sortName: string;
  kind: MunicipalityKind;
  officialKey: string | null;
  state: Bundesland;
  parentId: string | null;
  population: number | null;
}

export const MUNICIPALITY_ROW = new RowShape<MunicipalityView>(
  {
    id: 'id',
    name: 'name',
    sortName: 'sort_name',
    kind: 'kind',
    officialKey: 'official_key',
    state: 'state',
    parentId: 'parent_id',
    population: 'population',
  },
  'Municipality',
  { always: ['id'], fields: { parent: ['parentId'] } },
);
