import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, DateScalar, Node } from '@krisenfest/core';
import { Hazard } from './crisis.entity';

// Registered here only: other features (e.g. experiences) use Hazard through '@krisenfest/crises'.
registerEnumType(Hazard, {
  name: 'Hazard',
  description: 'The kind of event a crisis is.',
  valuesMap: {
    FLOOD: { description: 'Hochwasser' },
    HEAVY_RAIN: { description: 'Starkregen' },
    STORM: { description: 'Sturm' },
    HEAT: { description: 'Hitze' },
    DROUGHT: { description: 'Dürre' },
    WILDFIRE: { description: 'Waldbrand' },
    PANDEMIC: { description: 'Pandemie' },
    POWER_OUTAGE: { description: 'Stromausfall' },
    REFUGEE_ARRIVAL: { description: 'Ankunft Geflüchteter' },
    CYBER_ATTACK: { description: 'Cyberangriff' },
    SUPPLY_SHORTAGE: { description: 'Versorgungsengpass' },
    OTHER: { description: 'Sonstiges' },
  },
});

@ObjectType('Crisis', {
  implements: () => [Node],
  description: 'A named event that hit one or more municipalities, e.g. the flood of July 2021.',
})
export class CrisisModel extends Node {
  @Field() name: string;
  @Field(() => Hazard) hazard: Hazard;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'null while the crisis is ongoing or its end is not known.' })
  endsOn: string | null;
}

@ObjectType()
export class CrisisConnection extends ConnectionType(CrisisModel, 'Crisis') {}
