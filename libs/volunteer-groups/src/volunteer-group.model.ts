import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@krisenfest/core';
import { VolunteerGroupKind, VolunteerGroupStatus } from './volunteer-group.entity';

registerEnumType(VolunteerGroupKind, {
  name: 'VolunteerGroupKind',
  valuesMap: {
    VEREIN: { description: 'Verein' },
    FREIWILLIGENAGENTUR: { description: 'Freiwilligenagentur' },
    INITIATIVE: { description: 'Initiative' },
    HILFSORGANISATION: { description: 'Hilfsorganisation' },
    SPONTANHELFENDE: { description: 'Spontanhelfende' },
  },
});

registerEnumType(VolunteerGroupStatus, {
  name: 'VolunteerGroupStatus',
  description: 'Whether a group registered by a user has been confirmed.',
  valuesMap: {
    PENDING: { description: 'angemeldet, wartet auf Bestätigung' },
    CONFIRMED: { description: 'bestätigt' },
    REJECTED: { description: 'abgelehnt' },
  },
});

@ObjectType('VolunteerGroup', {
  implements: () => [Node],
  description: 'A Verein, Freiwilligenagentur, initiative, relief organisation or a network of spontaneous helpers.',
})
export class VolunteerGroupModel extends Node {
  @Field() name: string;
  @Field(() => VolunteerGroupKind) kind: VolunteerGroupKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => VolunteerGroupStatus, {
    description: 'CONFIRMED groups are public; PENDING and REJECTED ones only their registrant and those who decide see.',
  })
  status: VolunteerGroupStatus;
  @Field({ description: 'When the group was registered (or added).' }) createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was confirmed or rejected.' }) decidedAt: Date | null;
}

@ObjectType()
export class VolunteerGroupPayload {
  @Field(() => VolunteerGroupModel) volunteerGroup: object;
}

@ObjectType()
export class VolunteerGroupConnection extends ConnectionType(VolunteerGroupModel, 'VolunteerGroup') {}
