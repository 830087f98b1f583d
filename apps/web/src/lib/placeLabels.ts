import { formatDay } from './format';

/** German names for the places, groups and crises pages (kept apart from labels.ts: the start page needs none). */

export const MUNICIPALITY_KINDS: Record<string, string> = {
  GEMEINDE: 'Gemeinde',
  STADT: 'Stadt',
  GROSSE_KREISSTADT: 'Große Kreisstadt',
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  LANDKREIS: 'Landkreis',
  AMT: 'Amt',
  SAMTGEMEINDE: 'Samtgemeinde',
  VERBANDSGEMEINDE: 'Verbandsgemeinde',
  STADTSTAAT: 'Stadtstaat',
};

export const GROUP_KINDS: Record<string, string> = {
  VEREIN: 'Verein',
  FREIWILLIGENAGENTUR: 'Freiwilligenagentur',
  INITIATIVE: 'Initiative',
  HILFSORGANISATION: 'Hilfsorganisation',
  SPONTANHELFENDE: 'Spontanhelfende',
};

export const CRISIS_STATUS: Record<string, string> = {
  CONFIRMED: 'bestätigt',
  PROPOSED: 'vorgeschlagen, noch nicht bestätigt',
  REJECTED: 'abgelehnt',
  MERGED: 'zusammengeführt',
};

export const MEMBERSHIP_STATUS: Record<string, string> = {
  PENDING: 'beantragt',
  VERIFIED: 'bestätigt',
  REJECTED: 'abgelehnt',
  REVOKED: 'beendet',
};

export const MEMBERSHIP_ROLES: Record<string, string> = {
  STAFF: 'Mitarbeiterin / Mitarbeiter',
  MUNICIPAL_ADMIN: 'Administration der Kommune',
  MEMBER: 'Mitglied',
  LEAD: 'Leitung der Gruppe',
};

/** "AGS" for a Gemeinde's 8-digit key, "Kreisschlüssel" for a Landkreis' 5 digits. */
export function officialKeyName(key: string): string {
  return key.length === 5 ? 'Kreisschlüssel' : 'Amtlicher Gemeindeschlüssel (AGS)';
}

/** "14. Juli 2021 bis 3. März 2022", or "seit 14. Juli 2021" while it lasts (calendar days, no zone). */
export function crisisDates(startsOn: string, endsOn: string | null | undefined): string {
  return endsOn ? `${formatDay(startsOn)} bis ${formatDay(endsOn)}` : `seit ${formatDay(startsOn)}`;
}
