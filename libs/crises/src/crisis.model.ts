import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, DateScalar, Node } from '@krisenfest/core';
import { CrisisStatus, Hazard } from './crisis.entity';

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

registerEnumType(CrisisStatus, {
  name: 'CrisisStatus',
  description: 'Where a crisis stands: staff propose it, the moderation confirms, rejects or merges it.',
  valuesMap: {
    PROPOSED: { description: 'Proposed by municipal staff, not yet looked at by the moderation.' },
    CONFIRMED: { description: 'Confirmed: listed for everyone.' },
    REJECTED: { description: 'Rejected, with a reason: seen only by its proposer and the moderation.' },
    MERGED: { description: 'A duplicate of `mergedInto`, which took over its lessons and followers.' },
  },
});

@ObjectType('Crisis', {
  implements: () => [Node],
  description: 'A named event that hit one or more municipalities, e.g. the flood of July 2021.',
})
export class CrisisModel extends Node {
  @Field() name: string;
  @Field(() => [Hazard], { description: 'What kind of event it was (at least one).' }) hazards: Hazard[];
  @Field(() => CrisisStatus) status: CrisisStatus;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DateScalar) startsOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'null while the crisis is ongoing or its end is not known.' })
  endsOn: string | null;
}

@ObjectType()
export class CrisisConnection extends ConnectionType(CrisisModel, 'Crisis') {}

@ObjectType()
export class CrisisPayload {
  @Field(() => CrisisModel) crisis: object;
}
