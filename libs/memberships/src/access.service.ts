import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isAdmin, RequestContext, requireUser } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { Membership } from '@krisenfest/identity';

/** What the signed-in user may speak for and decide, read once per request. */
export interface Principal {
  userId: string;
  platformRoles: string[];
  /** Municipalities with a verified staff (or municipal admin) membership. */
  staffOf: Set<string>;
  /** Municipalities whose admin the user is (a Landkreis admin also decides for its Gemeinden). */
  adminOf: Set<string>;
  /** Groups with a verified member or lead membership. */
  memberOf: Set<string>;
  leadOf: Set<string>;
}

interface PrincipalRow {
  platform_roles: string[];
  staff_of: string[];
  admin_of: string[];
  member_of: string[];
  lead_of: string[];
}

/**
 * The rules of who may act for whom, each in one place: speaking for a municipality or group, and
 * deciding on memberships. Services call these; resolvers never decide.
 */
@Injectable()
export class AccessService {
  constructor(private readonly db: TransactionalConnection) {}

  /** The caller's roles and verified memberships (one statement per request). */
  principal(ctx: RequestContext): Promise<Principal> {
    const user = requireUser(ctx);
    return ctx
      .loader(
        'Access.principal',
        () =>
          new DataLoader<string, Principal>(
            async (ids) => {
              const rows = await this.db.query<PrincipalRow>(
                ctx,
                `
        SELECT u.platform_roles,
          ARRAY(SELECT m.municipality_id FROM membership m WHERE m.user_id = u.id AND m.status = 'VERIFIED' AND m.municipality_id IS NOT NULL) AS staff_of,
          ARRAY(SELECT m.municipality_id FROM membership m WHERE m.user_id = u.id AND m.status = 'VERIFIED' AND m.role = 'MUNICIPAL_ADMIN') AS admin_of,
          ARRAY(SELECT m.volunteer_group_id FROM membership m WHERE m.user_id = u.id AND m.status = 'VERIFIED' AND m.volunteer_group_id IS NOT NULL) AS member_of,
          ARRAY(SELECT m.volunteer_group_id FROM membership m WHERE m.user_id = u.id AND m.status = 'VERIFIED' AND m.role = 'LEAD') AS lead_of
        FROM user_account u WHERE u.id = $1`,
                [ids[0]],
              );
              const row = rows[0] ?? { platform_roles: [], staff_of: [], admin_of: [], member_of: [], lead_of: [] };
              return [
                {
                  userId: ids[0],
                  platformRoles: row.platform_roles,
                  staffOf: new Set(row.staff_of),
                  adminOf: new Set(row.admin_of),
                  memberOf: new Set(row.member_of),
                  leadOf: new Set(row.lead_of),
                },
              ];
            },
            { batch: false },
          ),
      )
      .load(user.id);
  }

  isPlatformAdmin(principal: Principal): boolean {
    return isAdmin(principal);
  }

  /** Verified staff of a municipality or verified member of a group, anywhere. */
  isVerified(principal: Principal): boolean {
    return principal.staffOf.size > 0 || principal.memberOf.size > 0;
  }

  /** Only verified staff speak for their municipality; only verified members or leads for their group. */
  async canSpeakFor(ctx: RequestContext, municipalityId: string, volunteerGroupId: string | null): Promise<boolean> {
    const principal = await this.principal(ctx);
    return volunteerGroupId ? principal.memberOf.has(volunteerGroupId) : principal.staffOf.has(municipalityId);
  }

  /**
   * Decides on a municipality membership: its municipal admins, the admins of its Landkreis, platform
   * admins. On a group membership: its leads and platform admins. Nobody decides on their own.
   */
  async canDecide(ctx: RequestContext, membership: Membership, municipalityParentId: string | null): Promise<boolean> {
    const principal = await this.principal(ctx);
    if (membership.userId === principal.userId) return false;
    if (this.isPlatformAdmin(principal)) return true;
    if (membership.volunteerGroupId) return principal.leadOf.has(membership.volunteerGroupId);
    const municipalityId = membership.municipalityId!;
    return principal.adminOf.has(municipalityId) || (municipalityParentId !== null && principal.adminOf.has(municipalityParentId));
  }
}
