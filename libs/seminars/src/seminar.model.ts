import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@krisenfest/core';
import { SpeakerConfirmation } from './seminar.entity';

registerEnumType(SpeakerConfirmation, {
  name: 'SpeakerConfirmation',
  valuesMap: {
    CONFIRMED: { description: 'bestätigt' },
    REQUESTED: { description: 'angefragt' },
    DECLINED: { description: 'abgesagt' },
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
  @Field(() => String, { nullable: true }) onlineUrl: string | null;
  @Field({ description: 'The IANA time zone the session is announced in, e.g. Europe/Berlin.' }) timeZone: string;
  @Field(() => Int, { nullable: true, description: 'Seats; null: no limit.' }) capacity: number | null;
  @Field(() => Date, { nullable: true }) registrationOpensAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'null: registration closes when the session starts.' })
  registrationClosesAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set when the organisers cancelled the session.' }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
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
