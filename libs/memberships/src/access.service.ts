import { Injectable, OnModuleInit } from '@nestjs/common';
import { isAdmin, RequestContext, requireUser, VerifiedMemberships } from '@krisenfest/core';
import { SessionService } from '@krisenfest/identity';
import { Membership, MembershipRole } from './membership.entity';

/** What the signed-in user may speak for and decide: their platform roles and verified memberships. */
export interface Principal extends VerifiedMemberships {
  userId: string;
  platformRoles: readonly string[];
}

const MUNICIPAL_ROLES: readonly string[] = [MembershipRole.STAFF, MembershipRole.MUNICIPAL_ADMIN];

/** The verified memberships as the session check reads them ("ROLE:target-id" each) into the caller. */
function verifiedMemberships(entries: string[]): VerifiedMemberships {
  const staffOf = new Set<string>();
  const adminOf = new Set<string>();
  const memberOf = new Set<string>();
  const leadOf = new Set<string>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const role = entry.slice(0, colon);
    const target = entry.slice(colon + 1);
    if (MUNICIPAL_ROLES.includes(role)) staffOf.add(target);
    else memberOf.add(target);
    if (role === MembershipRole.MUNICIPAL_ADMIN) adminOf.add(target);
    if (role === MembershipRole.LEAD) leadOf.add(target);
  }
  return { staffOf, adminOf, memberOf, leadOf };
}

/**
 * The rules of who may act for whom, each in one place: speaking for a municipality or group, and
 * deciding on memberships. Services call these; resolvers never decide. The caller's verified memberships
 * are read with the session, in the same statement (see onModuleInit).
 */
@Injectable()
export class AccessService implements OnModuleInit {
  constructor(private readonly sessions: SessionService) {}

  onModuleInit(): void {
    this.sessions.extendCaller({
      select: (userId) => `ARRAY(SELECT m.role || ':' || coalesce(m.municipality_id, m.volunteer_group_id) FROM membership m
          WHERE m.user_id = ${userId} AND m.status = 'VERIFIED') AS verified_memberships`,
      read: (row) => ({ memberships: verifiedMemberships(row.verified_memberships as string[]) }),
    });
  }

  /** The caller's roles and verified memberships, as read with the session. */
  principal(ctx: RequestContext): Principal {
    const user = requireUser(ctx);
    return { userId: user.id, platformRoles: user.platformRoles ?? [], ...ctx.memberships };
  }

  isPlatformAdmin(principal: Principal): boolean {
    return isAdmin(principal);
  }

  /** Verified staff of a municipality or verified member of a group, anywhere. */
  isVerified(memberships: VerifiedMemberships): boolean {
    return memberships.staffOf.size > 0 || memberships.memberOf.size > 0;
  }

  /** SQL: the user `userId` (an SQL expression) has a verified membership anywhere. */
  verifiedSql(userId: string): string {
    return `EXISTS (SELECT 1 FROM membership m WHERE m.user_id = ${userId} AND m.status = 'VERIFIED')`;
  }

  /** Only verified staff speak for their municipality; only verified members or leads for their group. */
  canSpeakFor(ctx: RequestContext, municipalityId: string, volunteerGroupId: string | null): boolean {
    const { staffOf, memberOf } = ctx.memberships;
    return volunteerGroupId ? memberOf.has(volunteerGroupId) : staffOf.has(municipalityId);
  }

  /**
   * Decides on a municipality membership: its municipal admins, the admins of its Landkreis, platform
   * admins. On a group membership: its leads and platform admins. Nobody decides on their own.
   */
  canDecide(ctx: RequestContext, membership: Membership, municipalityParentId: string | null): boolean {
    const principal = this.principal(ctx);
    if (membership.userId === principal.userId) return false;
    if (this.isPlatformAdmin(principal)) return true;
    if (membership.volunteerGroupId) return principal.leadOf.has(membership.volunteerGroupId);
    const municipalityId = membership.municipalityId!;
    return principal.adminOf.has(municipalityId) || (municipalityParentId !== null && principal.adminOf.has(municipalityParentId));
  }
}
