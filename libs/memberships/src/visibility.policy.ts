import { Injectable } from '@nestjs/common';
import { isModerator, RequestContext } from '@krisenfest/core';
import { AccessService } from './access.service';

/** Column names of a table's restriction, for the rule as SQL. */
export interface RestrictedColumns {
  visibility: string;
  author: string;
  ownerMunicipality: string;
  ownerVolunteerGroup: string;
  /** The post's hidden_at: lists and search leave hidden posts out except for their author and moderators. */
  hiddenAt?: string;
}

/**
 * The one rule for reading restricted content (experiences, threads and everything under them), as a SQL
 * predicate that every statement reading such rows includes: lists, search and the lookups by id alike, so it
 * is decided where the rows are read and nowhere else. Authors always see their own; anonymous callers see
 * PUBLIC only; VERIFIED needs a verified membership anywhere, MEMBERS one in the owning municipality or group.
 * Moderators and admins see every tier: they review flagged posts of every tier and need their context.
 */
@Injectable()
export class VisibilityPolicy {
  constructor(private readonly access: AccessService) {}

  /** A WHERE fragment; `bind` adds a parameter and returns its placeholder (e.g. $3 or :name). */
  sqlPredicate(ctx: RequestContext, c: RestrictedColumns, bind: (value: unknown) => string): string {
    if (isModerator(ctx.user)) return 'TRUE';
    const viewer = ctx.userId;
    const shown = !c.hiddenAt
      ? ''
      : viewer
        ? ` AND (${c.hiddenAt} IS NULL OR ${c.author} = ${bind(viewer)}::uuid)`
        : ` AND ${c.hiddenAt} IS NULL`;
    if (!viewer) return `${c.visibility} = 'PUBLIC'${shown}`;
    const memberships = ctx.memberships;
    return `(${c.visibility} = 'PUBLIC'
      OR ${c.author} = ${bind(viewer)}::uuid
      ${this.access.isVerified(memberships) ? `OR ${c.visibility} = 'VERIFIED'` : ''}
      OR (${c.visibility} = 'MEMBERS' AND (
        (${c.ownerVolunteerGroup} IS NOT NULL AND ${c.ownerVolunteerGroup} = ANY(${bind([...memberships.memberOf])}::uuid[]))
        OR (${c.ownerVolunteerGroup} IS NULL AND ${c.ownerMunicipality} = ANY(${bind([...memberships.staffOf])}::uuid[])))))${shown}`;
  }
}
