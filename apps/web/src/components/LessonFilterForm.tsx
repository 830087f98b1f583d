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
  const set = (key: keyof LessonFilters) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    onChange({ ...filters, [key]: event.target.value || undefined });
  return (
    <form className="filters" aria-label="Erfahrungen filtern" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-hazard">Gefahr</label>
        <select id="filter-hazard" value={filters.hazard ?? ''} onChange={set('hazard')}>
          <option value="">alle</option>
          {Object.entries(HAZARDS).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-phase">Phase</label>
        <select id="filter-phase" value={filters.phase ?? ''} onChange={set('phase')}>
          <option value="">alle</option>
          {Object.entries(PHASES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-state">Bundesland</label>
        <select id="filter-state" value={filters.state ?? ''} onChange={set('state')}>
          <option value="">alle</option>
          {Object.entries(STATES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-crisis">Krise</label>
        <select id="filter-crisis" value={filters.crisisId ?? ''} onChange={set('crisisId')}>
          <option value="">alle</option>
          {crises.data?.crises.nodes.map((crisis) => (
            <option key={crisis.id} value={crisis.id}>
              {crisis.name}
            </option>
          ))}
        </select>
      </div>
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
