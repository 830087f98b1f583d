/**
 * The shape of Krisenfest's sample content. Everything refers to other records by a stable `key`
 * (a slug), so the seed can be re-run without duplicating anything.
 */
import type { Bundesland, MunicipalityKind } from '@krisenfest/municipalities';
import type { VolunteerGroupKind } from '@krisenfest/volunteer-groups';
import type { Hazard } from '@krisenfest/crises';
import type { CrisisPhase, RecommendationAddressee, RecommendationStatus } from '@krisenfest/experiences';
import type { SpeakerConfirmation } from '@krisenfest/seminars';
import type { MembershipRole } from '@krisenfest/memberships';

export interface SeedMunicipality {
  key: string;
  name: string;
  kind: MunicipalityKind;
  /** Only a key you are sure of; otherwise null. */
  officialKey: string | null;
  state: Bundesland;
  /** key of the Landkreis */
  parentKey?: string;
  population?: number | null;
}

export interface SeedVolunteerGroup {
  key: string;
  name: string;
  kind: VolunteerGroupKind;
  description?: string;
  website?: string;
  homeMunicipalityKey?: string;
  servesMunicipalityKeys: string[];
}

export interface SeedUser {
  key: string;
  displayName: string;
  /** Sample accounts use @beispiel.krisenfest.de */
  email: string;
  memberships: { municipalityKey?: string; volunteerGroupKey?: string; role: MembershipRole; position?: string }[];
  /** MODERATOR and/or ADMIN. */
  platformRoles?: string[];
}

export interface SeedCrisis {
  key: string;
  name: string;
  hazards: Hazard[];
  description: string;
  startsOn: string; // YYYY-MM-DD
  endsOn?: string | null;
  affectedMunicipalityKeys: string[];
}

export interface SeedSpeaker {
  name: string;
  role: string;
  organisation: string;
  municipalityKey?: string;
  confirmation: SpeakerConfirmation;
}

export interface SeedSeminarSession {
  key: string;
  title: string;
  topic: string;
  description: string;
  /** ISO 8601 with offset, Europe/Berlin, e.g. 2023-01-25T13:30:00+01:00 */
  startsAt: string;
  endsAt: string;
  onlineUrl?: string | null;
  speakers: SeedSpeaker[];
  followUpThread: SeedThread;
}

export interface SeedSeminarSeries {
  key: string;
  title: string;
  description: string;
  organisers: string[];
  sessions: SeedSeminarSession[];
}

export interface SeedComment {
  authorKey: string;
  /** Markdown */
  body: string;
  /** minutes after the thread was opened */
  minutesAfterStart: number;
  replies?: SeedComment[];
}

export interface SeedThread {
  key: string;
  title: string;
  /** Markdown opening post */
  body: string;
  authorKey: string;
  /** ISO 8601 with offset */
  openedAt: string;
  comments: SeedComment[];
}

export interface SeedRecommendation {
  text: string;
  addressee: RecommendationAddressee;
  status: RecommendationStatus;
}

export interface SeedExperience {
  key: string;
  title: string;
  /** at most 300 characters */
  summary: string;
  situation: string;
  actions: string;
  outcome: string;
  rootCause?: string;
  transferability?: string;
  hazards: Hazard[];
  phase: CrisisPhase;
  fieldsOfAction: string[];
  actors: string[];
  authorKey: string;
  municipalityKey: string;
  volunteerGroupKey?: string;
  crisisKey?: string;
  seminarSessionKey?: string;
  /** ISO 8601 with offset */
  publishedAt: string;
  recommendations: SeedRecommendation[];
  comments: SeedComment[];
  /** user keys who marked it HELPFUL */
  helpfulBy?: string[];
}

export interface SampleContent {
  municipalities: SeedMunicipality[];
  volunteerGroups: SeedVolunteerGroup[];
  users: SeedUser[];
  crises: SeedCrisis[];
  seminarSeries: SeedSeminarSeries[];
  experiences: SeedExperience[];
  generalThreads: SeedThread[];
}
