import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { LessonFilters } from '../lib/filters';
import { HAZARDS, PHASES, STATES } from '../lib/labels';

const MunicipalityPicker = lazy(() => import('./MunicipalityPicker'));

const CRISES = graphql(`
  query FilterCrises {
    crises(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/**
 * The filters of a lesson list. Each change applies at once (the list follows the URL); native selects where a
 * fixed list suffices, a searchable combobox for the ~11 000 municipalities.
 */
export function LessonFilterForm({ filters, onChange }: { filters: LessonFilters; onChange: (next: LessonFilters) => void }) {
  const [crises] = useQuery({ query: CRISES });
  const set = (key: keyof LessonFilters) => (value: string | undefined) => onChange({ ...filters, [key]: value });
  return (
    <form className="filters" aria-label="Erfahrungen filtern" onSubmit={(e) => e.preventDefault()}>
      <ChoiceField id="filter-hazard" label="Gefahr" value={filters.hazard} choices={HAZARDS} onChange={set('hazard')} />
      <ChoiceField id="filter-phase" label="Phase" value={filters.phase} choices={PHASES} onChange={set('phase')} />
      <ChoiceField id="filter-state" label="Bundesland" value={filters.state} choices={STATES} onChange={set('state')} />
      <ChoiceField
        id="filter-crisis"
        label="Krise"
        value={filters.crisisId}
        choices={Object.fromEntries((crises.data?.crises.nodes ?? []).map((c) => [c.id, c.name]))}
        onChange={set('crisisId')}
      />
      <div className="field field--wide">
        <Suspense fallback={<p className="field__placeholder">Kommune: wird geladen …</p>}>
          <MunicipalityPicker
            selectedId={filters.municipalityId}
            onSelect={(municipalityId) => onChange({ ...filters, municipalityId: municipalityId ?? undefined })}
          />
        </Suspense>
      </div>
      <div className="field">
        <label htmlFor="filter-order">Sortierung</label>
        <select
          id="filter-order"
          value={filters.order}
          onChange={(e) => onChange({ ...filters, order: e.target.value === 'MOST_HELPFUL' ? 'MOST_HELPFUL' : 'NEWEST' })}
        >
          <option value="NEWEST">neueste zuerst</option>
          <option value="MOST_HELPFUL">hilfreichste zuerst</option>
        </select>
      </div>
    </form>
  );
}

/** A labelled native select of `choices` (value → German name) with "alle" for no filter. */
function ChoiceField(props: {
  id: string;
  label: string;
  value: string | undefined;
  choices: Record<string, string>;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value || undefined)}>
        <option value="">alle</option>
        {Object.entries(props.choices).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
