import { RowShape } from '@krisenfest/database';
import { SpeakerConfirmation } from './seminar.entity';

/** A seminar series as GraphQL shows it. */
export interface SeminarSeriesView {
  __typename?: 'SeminarSeries';
  id: string;
  title: string;
  description: string | null;
  organisers: string[];
  organisingMunicipalityIds: string[];
  organisingVolunteerGroupIds: string[];
}

/** A seminar session as GraphQL shows it. */
export interface SeminarSessionView {
  __typename?: 'SeminarSession';
  id: string;
  seriesId: string;
  title: string;
  topic: string | null;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  onlineUrl: string | null;
  timeZone: string;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  guidingQuestions: string[];
  minutes: string | null;
  minutesHtml: string | null;
  recordingUrl: string | null;
}

/** A speaker of a session as GraphQL shows them. */
export interface SeminarSpeakerView {
  id: string;
  sessionId: string;
  position: number;
  name: string;
  role: string | null;
  organisation: string | null;
  municipalityId: string | null;
  volunteerGroupId: string | null;
  userId: string | null;
  confirmation: SpeakerConfirmation;
}

export const SERIES_ROW = new RowShape<SeminarSeriesView>(
  {
    id: 'id',
    title: 'title',
    description: 'description',
    organisers: 'organisers',
    organisingMunicipalityIds: 'organising_municipality_ids',
    organisingVolunteerGroupIds: 'organising_volunteer_group_ids',
  },
  'SeminarSeries',
);

export const SESSION_ROW = new RowShape<SeminarSessionView>(
  {
    id: 'id',
    seriesId: 'series_id',
    title: 'title',
    topic: 'topic',
    description: 'description',
    startsAt: 'starts_at',
    endsAt: 'ends_at',
    onlineUrl: 'online_url',
    timeZone: 'time_zone',
    capacity: 'capacity',
    registrationOpensAt: 'registration_opens_at',
    registrationClosesAt: 'registration_closes_at',
    cancelledAt: 'cancelled_at',
    cancelReason: 'cancel_reason',
    guidingQuestions: 'guiding_questions',
    minutes: 'minutes',
    minutesHtml: 'minutes_html',
    recordingUrl: 'recording_url',
  },
  'SeminarSession',
);

export const SPEAKER_ROW = new RowShape<SeminarSpeakerView>({
  id: 'id',
  sessionId: 'session_id',
  position: 'position',
  name: 'name',
  role: 'role',
  organisation: 'organisation',
  municipalityId: 'municipality_id',
  volunteerGroupId: 'volunteer_group_id',
  userId: 'user_id',
  confirmation: 'confirmation',
});
