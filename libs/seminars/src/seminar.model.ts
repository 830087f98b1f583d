import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@krisenfest/core';
import { RegistrationStatus, SpeakerConfirmation } from './seminar.entity';

registerEnumType(SpeakerConfirmation, {
  name: 'SpeakerConfirmation',
  valuesMap: {
    CONFIRMED: { description: 'bestätigt' },
    REQUESTED: { description: 'angefragt' },
    DECLINED: { description: 'abgesagt' },
  },
});

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  valuesMap: {
    REGISTERED: { description: 'angemeldet: has a seat' },
    WAITLISTED: { description: 'auf der Warteliste: moves up, in order of registration, when a seat frees up' },
    CANCELLED: { description: 'abgemeldet' },
  },
});

/** Which sessions a list shows; "upcoming" means not over yet, like SeminarSession.isUpcoming. */
export enum SeminarTimeFilter {
  UPCOMING = 'UPCOMING',
  PAST = 'PAST',
  ALL = 'ALL',
}

registerEnumType(SeminarTimeFilter, {
  name: 'SeminarTimeFilter',
  valuesMap: {
    UPCOMING: { description: 'Sessions that have not ended yet (including running ones), soonest first.' },
    PAST: { description: 'Sessions that have ended, most recent first.' },
    ALL: { description: 'All sessions, most recent first.' },
  },
});

@ObjectType('SeminarSeries', { implements: () => [Node], description: 'A series of online seminars, e.g. #kommunalEngagiert.' })
export class SeminarSeriesModel extends Node {
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => [String], { description: 'The organisations running the series, in the order they present themselves.' })
  organisers: string[];
}

@ObjectType('SeminarSession', { implements: () => [Node], description: 'One online seminar of a series.' })
export class SeminarSessionModel extends Node {
  @Field() title: string;
  @Field(() => String, { nullable: true }) topic: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() startsAt: Date;
  @Field() endsAt: Date;
  @Field({ description: 'The IANA time zone the session is announced in, e.g. Europe/Berlin.' }) timeZone: string;
  @Field(() => Int, { nullable: true, description: 'Seats; null: no limit.' }) capacity: number | null;
  @Field(() => Date, { nullable: true }) registrationOpensAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'null: registration closes when the session starts.' })
  registrationClosesAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set when the organisers cancelled the session.' }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => [String], { description: 'The questions the session sets out to discuss; they open its follow-up thread.' })
  guidingQuestions: string[];
  @Field(() => String, { nullable: true, description: 'Minutes of the session (Markdown), once the organisers wrote them.' })
  minutes: string | null;
  @Field(() => String, { nullable: true, description: 'The minutes as sanitized HTML.' }) minutesHtml: string | null;
  @Field(() => String, { nullable: true, description: 'A link to the recording, if there is one.' }) recordingUrl: string | null;
}

@ObjectType('SeminarSpeaker', { description: 'Someone speaking in a seminar session.' })
export class SeminarSpeakerModel {
  @Field(() => ID, { description: 'For updateSeminarSpeaker and removeSeminarSpeaker.' }) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Bürgermeister der Stadt Plochingen".' }) role: string | null;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => SpeakerConfirmation) confirmation: SpeakerConfirmation;
}

@ObjectType()
export class SeminarSessionConnection extends ConnectionType(SeminarSessionModel, 'SeminarSession') {}

@ObjectType()
export class SeminarSeriesPayload {
  @Field(() => SeminarSeriesModel) series: object;
}

@ObjectType()
export class SeminarSessionPayload {
  @Field(() => SeminarSessionModel) session: object;
}

@ObjectType()
export class SeminarSpeakerPayload {
  @Field(() => SeminarSpeakerModel, { nullable: true, description: 'null after removeSeminarSpeaker.' }) speaker: object | null;
  @Field(() => SeminarSessionModel, { description: 'The session, with its speakers as they are now.' }) session: object;
}

@ObjectType('SeminarRegistration', { description: "One person's registration for a session, as they and the organisers see it." })
export class SeminarRegistrationModel {
  @Field(() => ID, { description: 'For markSeminarAttendance.' }) id: string;
  @Field(() => RegistrationStatus) status: RegistrationStatus;
  @Field({ description: 'When the person (last) registered: the order of the waitlist.' }) registeredAt: Date;
  @Field(() => Date, { nullable: true, description: 'When they moved up from the waitlist.' }) promotedAt: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt: Date | null;
  @Field(() => Int, { nullable: true, description: '1-based place on the waitlist; null unless WAITLISTED.' })
  waitlistPosition: number | null;
  @Field({ description: 'Whether a reminder mail comes before the session.' }) reminder: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Marked by the organisers after the session; null: not marked.' })
  attended: boolean | null;
}

@ObjectType()
export class SeminarRegistrationConnection extends ConnectionType(SeminarRegistrationModel, 'SeminarRegistration') {}

@ObjectType()
export class SeminarRegistrationPayload {
  @Field(() => SeminarRegistrationModel) registration: object;
  @Field(() => SeminarSessionModel, { description: 'The session, with its seats as they are now.' }) session: object;
}
