import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
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
}

@ObjectType('SeminarSpeaker', { description: 'Someone speaking in a seminar session.' })
export class SeminarSpeakerModel {
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'e.g. "Bürgermeister der Stadt Plochingen".' }) role: string | null;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => SpeakerConfirmation) confirmation: SpeakerConfirmation;
}

@ObjectType()
export class SeminarSessionConnection extends ConnectionType(SeminarSessionModel, 'SeminarSession') {}
