/** German names of the API's enums, as people read them. */

export const HAZARDS: Record<string, string> = {
  FLOOD: 'Hochwasser',
  HEAVY_RAIN: 'Starkregen',
  STORM: 'Sturm',
  HEAT: 'Hitze',
  DROUGHT: 'Dürre',
  WILDFIRE: 'Waldbrand',
  PANDEMIC: 'Pandemie',
  POWER_OUTAGE: 'Stromausfall',
  REFUGEE_ARRIVAL: 'Ankunft Geflüchteter',
  CYBER_ATTACK: 'Cyberangriff',
  SUPPLY_SHORTAGE: 'Versorgungsengpass',
  OTHER: 'Sonstiges',
};

export const PHASES: Record<string, string> = {
  PREVENTION: 'Vorsorge',
  PREPAREDNESS: 'Vorbereitung',
  RESPONSE: 'Bewältigung',
  RECOVERY: 'Wiederaufbau',
};

export const STATES: Record<string, string> = {
  BW: 'Baden-Württemberg',
  BY: 'Bayern',
  BE: 'Berlin',
  BB: 'Brandenburg',
  HB: 'Bremen',
  HH: 'Hamburg',
  HE: 'Hessen',
  MV: 'Mecklenburg-Vorpommern',
  NI: 'Niedersachsen',
  NW: 'Nordrhein-Westfalen',
  RP: 'Rheinland-Pfalz',
  SL: 'Saarland',
  SN: 'Sachsen',
  ST: 'Sachsen-Anhalt',
  SH: 'Schleswig-Holstein',
  TH: 'Thüringen',
};

export const RECOMMENDATION_STATUS: Record<string, string> = {
  PROPOSED: 'vorgeschlagen',
  IN_PROGRESS: 'in Umsetzung',
  IMPLEMENTED: 'umgesetzt',
  NOT_PURSUED: 'nicht weiterverfolgt',
};

export const ADDRESSEES: Record<string, string> = {
  BUND: 'Bund',
  LAND: 'Bundesland',
  KREIS: 'Landkreis',
  KOMMUNE: 'Gemeinde / Stadt',
  EHRENAMT: 'Ehrenamt und Zivilgesellschaft',
};

export function label(names: Record<string, string>, value: string | null | undefined): string {
  return value ? (names[value] ?? value) : '';
}
