import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, ModerationNoticeModel, Node, Visibility } from '@krisenfest/core';
import { Hazard } from '@krisenfest/crises';
import { ReactionKind } from '@krisenfest/discussions';
import { CrisisPhase, ExperienceStatus, RecommendationAddressee, RecommendationStatus } from './experience.entity';

registerEnumType(CrisisPhase, {
  name: 'CrisisPhase',
  valuesMap: {
    PREVENTION: { description: 'Vorsorge' },
    PREPAREDNESS: { description: 'Vorbereitung' },
    RESPONSE: { description: 'Bewältigung' },
    RECOVERY: { description: 'Wiederaufbau' },
  },
});
registerEnumType(ExperienceStatus, {
  name: 'ExperienceStatus',
  valuesMap: { DRAFT: { description: 'Entwurf: only its author sees it.' }, PUBLISHED: { description: 'veröffentlicht' } },
});
registerEnumType(RecommendationAddressee, {
  name: 'RecommendationAddressee',
  valuesMap: {
    KOMMUNE: { description: 'Gemeinde / Stadt' },
    KREIS: { description: 'Landkreis' },
    LAND: { description: 'Bundesland' },
    BUND: { description: 'Bund' },
    EHRENAMT: { description: 'Ehrenamt und Zivilgesellschaft' },
  },
});
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  valuesMap: {
    PROPOSED: { description: 'empfohlen' },
    IN_PROGRESS: { description: 'in Umsetzung' },
    IMPLEMENTED: { description: 'umgesetzt' },
    NOT_PURSUED: { description: 'nicht weiterverfolgt' },
  },
});

@ObjectType('Recommendation')
export class RecommendationModel {
  @Field() text: string;
  @Field(() => RecommendationAddressee) addressee: RecommendationAddressee;
  @Field(() => RecommendationStatus) status: RecommendationStatus;
}

@ObjectType('Experience', { implements: () => [Node], description: 'A lesson learned (Erfahrungsbericht), structured for reuse.' })
export class ExperienceModel extends Node {
  @Field({ description: 'A notice while hidden by the moderation (except for its author and moderators).' }) title: string;
  @Field({ description: 'At most 300 characters.' }) summary: string;
  @Field(() => [Hazard]) hazards: Hazard[];
  @Field(() => CrisisPhase) phase: CrisisPhase;
  @Field(() => [String]) fieldsOfAction: string[];
  @Field(() => [String]) actors: string[];
  @Field(() => ExperienceStatus) status: ExperienceStatus;
  @Field(() => Visibility) visibility: Visibility;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Int) helpfulCount: number;
  @Field(() => Int) thanksCount: number;
  @Field(() => Int, { description: 'Comments and replies in its discussion that are not deleted.' }) commentCount: number;
  @Field(() => [ReactionKind]) viewerReactions: ReactionKind[];
  @Field(() => ModerationNoticeModel, { nullable: true, description: 'Set while the moderation hides it; public.' })
  moderation: ModerationNoticeModel | null;
}

@ObjectType()
export class ExperienceConnection extends ConnectionType(ExperienceModel, 'Experience') {}

@ObjectType()
export class ExperiencePayload {
  @Field(() => ExperienceModel) experience: object;
}
