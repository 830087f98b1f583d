import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Connection, decodeTypedCursor, PageRequest, RequestContext, requireUser, toConnection } from '@krisenfest/core';
import { TransactionalConnection } from '@krisenfest/database';
import { ModerationAction, ModerationActionKind, ModerationSubject, PUBLIC_ACTIONS } from './moderation-action.entity';
import { decodeKindedId } from './moderated-content';

export interface LoggedAction {
  actorId: string | null;
  action: ModerationActionKind;
  subjectKind: ModerationSubject;
  subjectId: string;
  reason: string;
  details?: Record<string, unknown>;
}

/** The GraphQL type of each subject kind, for global ids. */
export const SUBJECT_TYPES: Record<ModerationSubject, string> = {
  [ModerationSubject.COMMENT]: 'Comment',
  [ModerationSubject.THREAD]: 'Thread',
  [ModerationSubject.EXPERIENCE]: 'Experience',
  [ModerationSubject.USER]: 'User',
};

/** The moderation log: written inside each action's transaction, read by moderators, in part by everyone. */
@Injectable()
export class ModerationLogService {
  constructor(private readonly db: TransactionalConnection) {}

  record(ctx: RequestContext, entry: LoggedAction): Promise<ModerationAction> {
    const actions = this.db.repository(ctx, ModerationAction);
    return actions.save(actions.create({ details: {}, ...entry }));
  }

  /** Carries out a moderator's `change` and logs it as theirs, in one transaction: no action without its entry. */
  act(
    ctx: RequestContext,
    entry: Omit<LoggedAction, 'actorId'>,
    change: (tx: RequestContext) => Promise<unknown>,
  ): Promise<ModerationAction> {
    const actorId = requireUser(ctx).id;
    return this.db.transaction(ctx, async (tx) => {
      await change(tx);
      return this.record(tx, { actorId, ...entry });
    });
  }

  /** Newest first; optionally only the actions on one subject (any global id of a comment, thread, experience or user). */
  async page(ctx: RequestContext, subjectGlobalId: string | undefined, page: PageRequest): Promise<Connection<ModerationAction>> {
    const qb = this.db.repository(ctx, ModerationAction).createQueryBuilder('a');
    if (subjectGlobalId !== undefined) {
      const { kind, id } = decodeKindedId(subjectGlobalId, SUBJECT_TYPES, 'subjectId', 'a comment, thread, experience or user');
      qb.where('a.subject_kind = :kind AND a.subject_id = :id', { kind, id });
    }
    if (page.after) {
      const [at, id] = decodeTypedCursor(page.after, ['timestamp', 'uuid']);
      qb.andWhere('(a.created_at, a.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const rows = await qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (a) => [a.createdAt.toISOString(), a.id]);
  }

  /** The public entries of one post, oldest first; the posts of a page are read with one statement. */
  publicHistory(ctx: RequestContext, kind: ModerationSubject, id: string): Promise<ModerationAction[]> {
    return ctx
      .loader(
        `ModerationLog.public:${kind}`,
        () =>
          new DataLoader<string, ModerationAction[]>(async (ids) => {
            const rows = await this.db
              .repository(ctx, ModerationAction)
              .createQueryBuilder('a')
              .where('a.subject_kind = :kind AND a.subject_id = ANY(:ids::uuid[]) AND a.action IN (:...actions)', {
                kind,
                ids: [...ids],
                actions: PUBLIC_ACTIONS,
              })
              .orderBy('a.createdAt', 'ASC')
              .addOrderBy('a.id', 'ASC')
              .getMany();
            return ids.map((sid) => rows.filter((r) => r.subjectId === sid));
          }),
      )
      .load(id);
  }
}
