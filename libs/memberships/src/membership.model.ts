import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Node } from '@krisenfest/core';
import { MembershipRole, MembershipStatus } from './membership.entity';

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  valuesMap: {
    STAFF: { description: 'Mitarbeiterin / Mitarbeiter einer Kommune' },
    MUNICIPAL_ADMIN: { description: 'Administration der Kommune: bestätigt Mitarbeitende (im Landkreis auch die der Gemeinden)' },
    MEMBER: { description: 'Mitglied einer Gruppe' },
    LEAD: { description: 'Leitung einer Gruppe: bestätigt Mitglieder' },
  },
});
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  valuesMap: {
    PENDING: { description: 'beantragt' },
    VERIFIED: { description: 'bestätigt' },
    REJECTED: { description: 'abgelehnt' },
    REVOKED: { description: 'widerrufen oder beendet' },
  },
});

@ObjectType('Membership', {
  implements: () => [Node],
  description: "A user's tie to a municipality or a volunteer group, and its verification.",
})
export class MembershipModel extends Node {
  @Field(() => MembershipRole) role: MembershipRole;
  @Field(() => MembershipStatus) status: MembershipStatus;
  @Field(() => String, { nullable: true, description: 'Position and department, as the user described them.' }) position: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was rejected or revoked.' }) decisionReason: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType()
export class MembershipPayload {
  @Field(() => MembershipModel) membership: object;
}
