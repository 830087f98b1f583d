import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Node } from '@krisenfest/core';
import { VolunteerGroupKind } from './volunteer-group.entity';

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

@ObjectType('VolunteerGroup', {
  implements: () => [Node],
  description: 'A Verein, Freiwilligenagentur, initiative, relief organisation or a network of spontaneous helpers.',
})
export class VolunteerGroupModel extends Node {
  @Field() name: string;
  @Field(() => VolunteerGroupKind) kind: VolunteerGroupKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) website: string | null;
}

@ObjectType()
export class VolunteerGroupConnection extends ConnectionType(VolunteerGroupModel, 'VolunteerGroup') {}
