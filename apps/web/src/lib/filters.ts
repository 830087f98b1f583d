/**
 * The filters of the lesson lists, kept in the URL's query so that a filtered view can be shared and bookmarked:
 * `?gefahr=FLOOD&phase=RESPONSE&land=RP&kommune=<id>&krise=<id>&sortierung=hilfreich`.
 */
export interface LessonFilters {
  hazard?: string;
  phase?: string;
  state?: string;
  municipalityId?: string;
  crisisId?: string;
  order: 'NEWEST' | 'MOST_HELPFUL';
}

const PARAMS: Record<Exclude<keyof LessonFilters, 'order'>, string> = {
  hazard: 'gefahr',
  phase: 'phase',
  state: 'land',
  municipalityId: 'kommune',
  crisisId: 'krise',
};

const ENUM_VALUE = /^[A-Z_]{2,40}$/;
const ID_VALUE = /^[A-Za-z0-9_-]{1,200}$/;

/** Reads the filters from a query string; values that cannot be valid are left out rather than sent. */
export function filtersFromSearch(search: string | URLSearchParams): LessonFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: LessonFilters = { order: params.get('sortierung') === 'hilfreich' ? 'MOST_HELPFUL' : 'NEWEST' };
  for (const [key, param] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = params.get(param);
    if (!value) continue;
    const valid = key === 'municipalityId' || key === 'crisisId' ? ID_VALUE.test(value) : ENUM_VALUE.test(value);
    if (valid) filters[key] = value;
  }
  return filters;
}

/** The query string for `filters` (without "?"), in a fixed order so equal filters give equal URLs. */
export function searchFromFilters(filters: LessonFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = filters[key];
    if (value) params.set(param, value);
  }
  if (filters.order === 'MOST_HELPFUL') params.set('sortierung', 'hilfreich');
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params.toString();
}

/** The API's ExperienceFilter for `filters`. */
export function apiFilter(filters: LessonFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.hazard) out.hazard = filters.hazard;
  if (filters.phase) out.phase = filters.phase;
  if (filters.state) out.state = filters.state;
  if (filters.municipalityId) out.municipalityId = filters.municipalityId;
  if (filters.crisisId) out.crisisId = filters.crisisId;
  return out;
}
