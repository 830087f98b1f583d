import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Connection, Ctx, NotFoundError, pageRequest, parseGlobalId, Permission, RequestContext } from '@krisenfest/core';
import {
  CrisesArgs,
  CrisisArgs,
  CrisisIdInput,
  EndCrisisInput,
  MergeCrisisInput,
  ProposeCrisisInput,
  RejectCrisisInput,
  UpdateCrisisInput,
} from './crisis.inputs';
import { CrisisConnection, CrisisModel, CrisisPayload } from './crisis.model';
import { CrisisView } from './crisis.rows';
import { CrisisService } from './crisis.service';

@Resolver()
export class CrisisResolver {
  constructor(private readonly service: CrisisService) {}

  @Query(() => CrisisConnection, { description: 'Crises, most recent first; confirmed ones unless `status` says otherwise.' })
  @Allow(Permission.Read)
  crises(@Ctx() ctx: RequestContext, @Args() args: CrisesArgs): Promise<Connection<CrisisView>> {
    return this.service.page(ctx, args, pageRequest(args));
  }

  @Query(() => CrisisModel, { description: 'One crisis by id (a merged duplicate names the crisis it went into).' })
  @Allow(Permission.Read)
  async crisis(@Ctx() ctx: RequestContext, @Args() args: CrisisArgs): Promise<CrisisView> {
    const found = await this.service.byId(ctx, parseGlobalId(args.id, 'Crisis'));
    if (!found) throw new NotFoundError('Crisis', args.id);
    return found;
  }

  @Mutation(() => CrisisPayload, {
    description: 'Proposes a crisis (verified municipal staff); the moderation confirms it. A moderator’s proposal is confirmed at once.',
  })
  @Allow(Permission.ProposeCrisis)
  async proposeCrisis(@Ctx() ctx: RequestContext, @Args('input') input: ProposeCrisisInput): Promise<CrisisPayload> {
    return { crisis: await this.service.propose(ctx, input) };
  }

  @Mutation(() => CrisisPayload, { description: 'Changes a crisis: its proposer while it is proposed, the moderation while it is listed.' })
  @Allow(Permission.ProposeCrisis)
  async updateCrisis(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCrisisInput): Promise<CrisisPayload> {
    return { crisis: await this.service.update(ctx, input) };
  }

  @Mutation(() => CrisisPayload, {
    description: 'Sets the last day of a crisis (the moderation, or verified staff of a municipality it hit).',
  })
  @Allow(Permission.ProposeCrisis)
  async endCrisis(@Ctx() ctx: RequestContext, @Args('input') input: EndCrisisInput): Promise<CrisisPayload> {
    return { crisis: await this.service.end(ctx, input) };
  }

  @Mutation(() => CrisisPayload, { description: 'Confirms a proposed crisis: it is listed for everyone (moderators).' })
  @Allow(Permission.ReviewCrises)
  async confirmCrisis(@Ctx() ctx: RequestContext, @Args('input') input: CrisisIdInput): Promise<CrisisPayload> {
    return { crisis: await this.service.confirm(ctx, input.id) };
  }

  @Mutation(() => CrisisPayload, { description: 'Rejects a proposed crisis with a reason for its proposer (moderators).' })
  @Allow(Permission.ReviewCrises)
  async rejectCrisis(@Ctx() ctx: RequestContext, @Args('input') input: RejectCrisisInput): Promise<CrisisPayload> {
    return { crisis: await this.service.reject(ctx, input) };
  }

  @Mutation(() => CrisisPayload, {
    description: 'Merges a duplicate into a confirmed crisis, which takes over its places, lessons and followers (moderators).',
  })
  @Allow(Permission.ReviewCrises)
  async mergeCrisis(@Ctx() ctx: RequestContext, @Args('input') input: MergeCrisisInput): Promise<CrisisPayload> {
    return { crisis: await this.service.merge(ctx, input) };
  }
}
