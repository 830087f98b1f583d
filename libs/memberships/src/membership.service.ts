import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import {
  BadUserInputError,
  ConflictError,
  DomainEvents,
  ForbiddenError,
  NodeRegistry,
  NotFoundError,
  parseGlobalId,
  RequestContext,
  requireUser,
} from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { NotificationKind, NotificationService } from '@krisenfest/notifications';
import { UserService } from '@krisenfest/identity';
import { Membership, MembershipRole, MembershipStatus } from './membership.entity';
import { MunicipalityService } from '@krisenfest/municipalities';
import { VolunteerGroupDecided, VolunteerGroupRegistered, VolunteerGroupService, VolunteerGroupStatus } from '@krisenfest/volunteer-groups';
import { AccessService } from './access.service';
import { MembershipAction, MembershipEvent } from './membership-event.entity';
import { DecideMembershipInput, RequestMembershipInput, RevokeMembershipInput } from './membership.inputs';

const MUNICIPAL_ROLES = [MembershipRole.STAFF, MembershipRole.MUNICIPAL_ADMIN];
const GROUP_ROLES = [MembershipRole.MEMBER, MembershipRole.LEAD];
const GROUP_NOT_CONFIRMED = 'This group has not been confirmed yet; members can join once it is.';

/** Requests, decisions and revocations of memberships; every step is recorded as a MembershipEvent. */
@Injectable()
export class MembershipService implements OnModuleInit {
  constructor(
    private readonly db: TransactionalConnection,
    private readonly nodes: NodeRegistry,
    private readonly access: AccessService,
    private readonly municipalities: MunicipalityService,
    private readonly groups: VolunteerGroupService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Membership', (ctx, id) => this.visibleById(ctx, id));
    // Who registers a group asks to lead it; the group's confirmation or rejection decides that request too.
    this.events.on(VolunteerGroupRegistered, (tx, event) => this.openLeadRequest(tx, event));
    this.events.on(VolunteerGroupDecided, (tx, event) => this.settleLeadRequest(tx, event));
  }

  async request(ctx: RequestContext, input: RequestMembershipInput): Promise<Membership> {
    const user = requireUser(ctx);
    // Staff and members are verified by who they are at their address: it must be theirs first.
    const account = await this.users.byId(ctx, user.id);
    if (!account?.emailVerified) {
      throw new ForbiddenError(
        'Please confirm your e-mail address first: open the link in the mail we sent you, or ask for a new one with requestEmailVerification.',
      );
    }
    if ((input.municipalityId === undefined) === (input.volunteerGroupId === undefined)) {
      throw new BadUserInputError('Give either municipalityId or volunteerGroupId.', [
        { field: 'municipalityId', message: 'give either municipalityId or volunteerGroupId' },
      ]);
    }
    let municipalityId: string | null = null;
    let volunteerGroupId: string | null = null;
    if (input.municipalityId !== undefined) {
      municipalityId = parseGlobalId(input.municipalityId, 'Municipality', 'municipalityId');
      if (!MUNICIPAL_ROLES.includes(input.role))
        throw BadUserInputError.field('role', 'must be STAFF or MUNICIPAL_ADMIN for a municipality');
      if (!(await this.municipalities.byId(ctx, municipalityId))) throw new NotFoundError('Municipality', input.municipalityId);
    } else {
      volunteerGroupId = parseGlobalId(input.volunteerGroupId!, 'VolunteerGroup', 'volunteerGroupId');
      if (!GROUP_ROLES.includes(input.role)) throw BadUserInputError.field('role', 'must be MEMBER or LEAD for a volunteer group');
      const group = await this.groups.byId(ctx, volunteerGroupId);
      if (!group) throw new NotFoundError('VolunteerGroup', input.volunteerGroupId);
      if (group.status !== VolunteerGroupStatus.CONFIRMED) throw new ConflictError(GROUP_NOT_CONFIRMED);
    }
    const open = await this.db.repository(ctx, Membership).findOneBy({
      userId: user.id,
      ...(municipalityId ? { municipalityId } : { volunteerGroupId: volunteerGroupId! }),
      status: In([MembershipStatus.PENDING, MembershipStatus.VERIFIED]),
    });
    if (open)
      throw new ConflictError(
        open.status === MembershipStatus.PENDING
          ? 'You have asked for this membership already; it is waiting for a decision.'
          : 'You are a verified member already.',
      );
    return this.db.transaction(ctx, async (tx) => {
      const memberships = this.db.repository(tx, Membership);
      const saved = await memberships.save(
        memberships.create({
          userId: user.id,
          municipalityId,
          volunteerGroupId,
          role: input.role,
          position: input.position,
          status: MembershipStatus.PENDING,
        }),
      );
      await this.record(tx, saved.id, MembershipAction.REQUESTED, null);
      return saved;
    });
  }

  async decide(ctx: RequestContext, input: DecideMembershipInput): Promise<Membership> {
    const membership = await this.requireDecidable(ctx, input.membershipId);
    if (membership.status !== MembershipStatus.PENDING) throw new ConflictError('This request has been decided already.');
    if (
      membership.volunteerGroupId &&
      (await this.groups.byId(ctx, membership.volunteerGroupId))?.status !== VolunteerGroupStatus.CONFIRMED
    ) {
      throw new ConflictError('This group has not been confirmed yet: confirming or rejecting the group decides this request.');
    }
    if (!input.approve && !input.reason) throw BadUserInputError.field('reason', 'is required when rejecting, so the person knows why');
    const status = input.approve ? MembershipStatus.VERIFIED : MembershipStatus.REJECTED;
    return this.setStatus(
      ctx,
      membership,
      status,
      input.approve ? MembershipAction.APPROVED : MembershipAction.REJECTED,
      input.reason ?? null,
    );
  }

  /** Its holder may leave; a decider may revoke it (with a reason). */
  async revoke(ctx: RequestContext, input: RevokeMembershipInput): Promise<Membership> {
    const user = requireUser(ctx);
    const membership = await this.requireVisibleMembership(ctx, input.membershipId);
    const own = membership.userId === user.id;
    if (!own && !(await this.canDecide(ctx, membership)))
      throw new ForbiddenError('Only the admins of this municipality or the leads of this group can revoke it.');
    if (![MembershipStatus.PENDING, MembershipStatus.VERIFIED].includes(membership.status))
      throw new ConflictError('This membership has ended already.');
    if (!own && !input.reason) throw BadUserInputError.field('reason', "is required when revoking someone else's membership");
    return this.setStatus(
      ctx,
      membership,
      MembershipStatus.REVOKED,
      own ? MembershipAction.LEFT : MembershipAction.REVOKED,
      input.reason ?? null,
    );
  }

  /** A user's memberships: all of them to the user, only verified ones to others. */
  async ofUser(ctx: RequestContext, userId: string): Promise<Membership[]> {
    const all = await ctx
      .loader(
        'Membership.ofUser',
        () =>
          new DataLoader<string, Membership[]>(async (ids) => {
            const rows = await this.db.repository(ctx, Membership).find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
            return ids.map((id) => rows.filter((m) => m.userId === id));
          }),
      )
      .load(userId);
    return ctx.userId === userId ? all : all.filter((m) => m.status === MembershipStatus.VERIFIED);
  }

  /**
   * Ends the user's pending and verified memberships as the caller (recorded with `reason`, like any
   * revocation) and deletes the positions they gave, e.g. when their personal data are erased.
   */
  async endAllFor(ctx: RequestContext, userId: string, reason: string): Promise<void> {
    const ended = await this.db.query<{ id: string }>(
      ctx,
      `
      WITH ended AS (
        UPDATE membership SET status = 'REVOKED', decided_at = now(), decided_by_id = $2, decision_reason = $3
        WHERE user_id = $1 AND status IN ('PENDING', 'VERIFIED') RETURNING id)
      SELECT id FROM ended`,
      [userId, requireUser(ctx).id, reason],
    );
    await this.db.query(ctx, 'UPDATE membership SET position = NULL WHERE user_id = $1', [userId]);
    for (const { id } of ended) await this.record(ctx, id, MembershipAction.REVOKED, reason);
  }

  /** Open requests the caller may decide, oldest first. */
  async decidable(ctx: RequestContext): Promise<Membership[]> {
    const principal = this.access.principal(ctx);
    // Platform admins decide all; the statement binds the same parameters either way (PostgreSQL refuses unused ones).
    const where = this.access.isPlatformAdmin(principal)
      ? '$2::uuid[] IS NOT NULL AND $3::uuid[] IS NOT NULL'
      : `(m.municipality_id = ANY($2::uuid[]) OR m.municipality_id IN (SELECT id FROM municipality WHERE parent_id = ANY($2::uuid[])) OR m.volunteer_group_id = ANY($3::uuid[]))`;
    const ids = await this.db.query<{ id: string }>(
      ctx,
      `
      SELECT m.id FROM membership m WHERE m.status = 'PENDING' AND m.user_id <> $1 AND ${where}
      ORDER BY m.created_at, m.id LIMIT 200`,
      [principal.userId, [...principal.adminOf], [...principal.leadOf]],
    );
    if (!ids.length) return [];
    const found = await this.db.repository(ctx, Membership).find({ where: { id: In(ids.map((r) => r.id)) }, order: { createdAt: 'ASC' } });
    // A request to lead a group that waits for confirmation is decided with the group, not on its own.
    const groups = await Promise.all(found.map((m) => (m.volunteerGroupId ? this.groups.byId(ctx, m.volunteerGroupId) : null)));
    return found.filter((m, i) => !m.volunteerGroupId || groups[i]?.status === VolunteerGroupStatus.CONFIRMED);
  }

  /** The registrant of a new group asks to lead it (decided with the group). */
  private async openLeadRequest(tx: RequestContext, event: VolunteerGroupRegistered): Promise<void> {
    const memberships = this.db.repository(tx, Membership);
    const saved = await memberships.save(
      memberships.create({
        userId: event.registeredById,
        volunteerGroupId: event.groupId,
        role: MembershipRole.LEAD,
        status: MembershipStatus.PENDING,
      }),
    );
    await this.record(tx, saved.id, MembershipAction.REQUESTED, null);
  }

  /** A confirmed group's registrant becomes its verified lead; a rejected group's hears why (as any decision). */
  private async settleLeadRequest(tx: RequestContext, event: VolunteerGroupDecided): Promise<void> {
    if (!event.registeredById) return;
    const request = await this.db.repository(tx, Membership).findOneBy({
      userId: event.registeredById,
      volunteerGroupId: event.groupId,
      role: MembershipRole.LEAD,
      status: MembershipStatus.PENDING,
    });
    if (!request) return;
    await this.setStatus(
      tx,
      request,
      event.confirmed ? MembershipStatus.VERIFIED : MembershipStatus.REJECTED,
      event.confirmed ? MembershipAction.APPROVED : MembershipAction.REJECTED,
      event.reason,
    );
  }

  private async setStatus(
    ctx: RequestContext,
    membership: Membership,
    status: MembershipStatus,
    action: MembershipAction,
    reason: string | null,
  ): Promise<Membership> {
    const user = requireUser(ctx);
    await this.db.transaction(ctx, async (tx) => {
      await this.db
        .repository(tx, Membership)
        .update({ id: membership.id }, { status, decidedAt: () => 'now()', decidedById: user.id, decisionReason: reason });
      await this.record(tx, membership.id, action, reason);
      // The person hears of the decision on their request.
      const kind = {
        [MembershipAction.APPROVED]: NotificationKind.MEMBERSHIP_APPROVED,
        [MembershipAction.REJECTED]: NotificationKind.MEMBERSHIP_REJECTED,
      }[action as MembershipAction.APPROVED];
      if (kind) await this.notifications.notify(tx, [{ userId: membership.userId, kind, actorId: user.id, membershipId: membership.id }]);
    });
    return this.db.repository(ctx, Membership).findOneByOrFail({ id: membership.id });
  }

  private async record(ctx: RequestContext, membershipId: string, action: MembershipAction, reason: string | null): Promise<void> {
    const events = this.db.repository(ctx, MembershipEvent);
    await events.insert(events.create({ membershipId, actorId: ctx.userId, action, reason }));
  }

  private async canDecide(ctx: RequestContext, membership: Membership): Promise<boolean> {
    const municipality = membership.municipalityId ? await this.municipalities.byId(ctx, membership.municipalityId) : null;
    return this.access.canDecide(ctx, membership, municipality?.parentId ?? null);
  }

  private async requireDecidable(ctx: RequestContext, globalId: string): Promise<Membership> {
    const membership = await this.requireVisibleMembership(ctx, globalId);
    if (!(await this.canDecide(ctx, membership))) {
      throw new ForbiddenError(
        membership.userId === ctx.userId
          ? 'You cannot decide on your own membership.'
          : 'Only the admins of this municipality (or its Landkreis) or the leads of this group can decide.',
      );
    }
    return membership;
  }

  private async requireVisibleMembership(ctx: RequestContext, globalId: string): Promise<Membership> {
    const membership = await this.visibleById(ctx, parseGlobalId(globalId, 'Membership', 'membershipId'));
    if (!membership) throw new NotFoundError('Membership', globalId);
    return membership;
  }

  /** Verified memberships are public; others only to their holder and those who may decide on them. */
  /** A membership the caller may see (their own, or one they decide), or null. */
  async visibleById(ctx: RequestContext, id: string): Promise<Membership | null> {
    const membership = await this.db.repository(ctx, Membership).findOneBy({ id });
    if (!membership) return null;
    if (membership.status === MembershipStatus.VERIFIED || membership.userId === ctx.userId) return membership;
    return ctx.userId && (await this.canDecide(ctx, membership)) ? membership : null;
  }
}
