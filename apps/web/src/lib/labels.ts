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

/** Why a post is reported, as the person reporting reads it. */
export const FLAG_REASONS: Record<string, string> = {
  SPAM: 'Werbung oder wiederholte Beiträge (Spam)',
  OFFENSIVE: 'Beleidigend, hasserfüllt oder bedrohlich',
  PERSONAL_DATA: 'Persönliche Daten anderer (Namen, Adressen, Gesundheit)',
  MISINFORMATION: 'Falsche oder gefährliche Informationen',
  OTHER: 'Etwas anderes (bitte beschreiben)',
};

/** The same reasons, short, for the moderation's lists. */
export const FLAG_REASONS_SHORT: Record<string, string> = {
  SPAM: 'Spam',
  OFFENSIVE: 'Beleidigend',
  PERSONAL_DATA: 'Persönliche Daten',
  MISINFORMATION: 'Falschinformation',
  OTHER: 'Anderes',
};

/** What the moderation did (moderation log). */
export const MODERATION_ACTIONS: Record<string, string> = {
  AUTO_HIDE: 'automatisch ausgeblendet',
  HIDE: 'ausgeblendet',
  RESTORE: 'wieder angezeigt',
  DISMISS_FLAGS: 'Meldungen verworfen',
  LOCK: 'Diskussion gesperrt',
  UNLOCK: 'Diskussion entsperrt',
  MOVE: 'Diskussion verschoben',
  BAN: 'Konto gesperrt',
  UNBAN: 'Kontosperre aufgehoben',
  ERASE_PERSONAL_DATA: 'persönliche Daten gelöscht',
};

export const MEMBERSHIP_STATUS: Record<string, string> = {
  PENDING: 'beantragt',
  VERIFIED: 'bestätigt',
  REJECTED: 'abgelehnt',
  REVOKED: 'beendet',
};

export const MEMBERSHIP_ROLES: Record<string, string> = {
  STAFF: 'Mitarbeit',
  MUNICIPAL_ADMIN: 'Administration der Kommune',
  MEMBER: 'Mitglied',
  LEAD: 'Leitung',
};

/** The kinds of notification as the settings name them. */
export const NOTIFICATION_KINDS: Record<string, string> = {
  REPLY: 'Antworten auf Ihre Kommentare',
  MENTION: 'Erwähnungen (@Name)',
  QUESTION_TO_YOU: 'Fragen an Sie als Referent*in',
  ANSWER_ACCEPTED: 'Ihr Beitrag als Antwort markiert',
  THREAD_COMMENT: 'Neue Kommentare in Diskussionen, denen Sie folgen',
  SESSION_ANNOUNCED: 'Neue Veranstaltungen von Reihen, denen Sie folgen',
  NEW_LESSON: 'Neue Erfahrungen zu Themen, denen Sie folgen',
  MEMBERSHIP_APPROVED: 'Mitgliedschaft bestätigt',
  MEMBERSHIP_REJECTED: 'Mitgliedschaft abgelehnt',
  POST_HIDDEN: 'Ihr Beitrag ausgeblendet',
  POST_RESTORED: 'Ihr Beitrag wieder angezeigt',
  REGISTRATION_PROMOTED: 'Von der Warteliste nachgerückt',
  SESSION_CANCELLED: 'Veranstaltung abgesagt',
};

/** How a kind of notification reaches someone by e-mail (in the app they always see it). */
export const MAIL_DELIVERY: Record<string, string> = {
  IMMEDIATE: 'Sofort per E-Mail',
  DAILY: 'Täglich zusammengefasst per E-Mail',
  NEVER: 'Nur in Krisenfest, keine E-Mail',
};
