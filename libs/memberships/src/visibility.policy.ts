import { Injectable } from '@nestjs/common';
import { isModerator, RequestContext, Visibility } from '@krisenfest/core';
import { AccessService } from './access.service';

/** What decides whether an experience or a thread may be read. */
export interface Restricted {
  visibility: Visibility;
  authorId: string;
  ownerMunicipalityId: string | null;
  ownerVolunteerGroupId: string | null;
}

/** Column names of a table's restriction, for the SQL form of the rule. */
export interface RestrictedColumns {
  visibility: string;
  author: string;
  ownerMunicipality: string;
  ownerVolunteerGroup: string;
  /** The post's hidden_at: lists and search leave hidden posts out except for their author and moderators (mayReadHidden as SQL). */
  hiddenAt?: string;
}

/**
 * The one rule for reading restricted content, in two forms that must agree: `canSee` for a loaded row,
 * `sqlPredicate` for lists and search. Authors always see their own; anonymous callers see PUBLIC only.
 * Moderators and admins see every tier: they review flagged posts of every tier and need their context.
 */
@Injectable()
export class VisibilityPolicy {
  constructor(private readonly access: AccessService) {}

  async canSee(ctx: RequestContext, item: Restricted): Promise<boolean> {
    if (item.visibility === Visibility.PUBLIC) return true;
    if (!ctx.userId) return false;
    if (isModerator(ctx.user)) return true;
    if (item.authorId === ctx.userId) return true;
    const principal = await this.access.principal(ctx);
    if (item.visibility === Visibility.VERIFIED) return this.access.isVerified(principal);
    return item.ownerVolunteerGroupId !== null
      ? principal.memberOf.has(item.ownerVolunteerGroupId)
      : item.ownerMunicipalityId !== null && principal.staffOf.has(item.ownerMunicipalityId);
  }

  /** A WHERE fragment; `bind` adds a parameter and returns its placeholder (e.g. $3 or :name). */
  async sqlPredicate(ctx: RequestContext, c: RestrictedColumns, bind: (value: unknown) => string): Promise<string> {
    const shown =
      !c.hiddenAt || isModerator(ctx.user)
        ? ''
        : ctx.userId
          ? ` AND (${c.hiddenAt} IS NULL OR ${c.author} = ${bind(ctx.userId)}::uuid)`
          : ` AND ${c.hiddenAt} IS NULL`;
    if (!ctx.userId) return `${c.visibility} = 'PUBLIC'${shown}`;
    if (isModerator(ctx.user)) return 'TRUE';
    const principal = await this.access.principal(ctx);
    const verified = this.access.isVerified(principal);
    return `(${c.visibility} = 'PUBLIC'
      OR ${c.author} = ${bind(ctx.userId)}::uuid
      ${verified ? `OR ${c.visibility} = 'VERIFIED'` : ''}
      OR (${c.visibility} = 'MEMBERS' AND (
        (${c.ownerVolunteerGroup} IS NOT NULL AND ${c.ownerVolunteerGroup} = ANY(${bind([...principal.memberOf])}::uuid[]))
        OR (${c.ownerVolunteerGroup} IS NULL AND ${c.ownerMunicipality} = ANY(${bind([...principal.staffOf])}::uuid[])))))${shown}`;
  }
}
