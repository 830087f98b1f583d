import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ConflictError, RequestContext, requireUser } from '@krisenfest/core';
import { TransactionalConnection } from './transactional-connection';

/** A creation a client asked for under its own key; a retry with the key gets the first result back. */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn('uuid') userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40 }) operation: string;

  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;

  /** SHA-256 of the request, so the same key with other content is recognised. */
  @Column({ type: 'char', length: 64 }) requestHash: string;

  @Column({ type: 'uuid', nullable: true }) resultId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}

function hashRequest(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/**
 * Runs a creation at most once per (user, operation, key). The key is claimed in the same transaction
 * as the creation: a concurrent retry waits on the claim (a unique-key insert blocks until the first
 * transaction ends) and then reads the first result; if the first attempt failed, the retry does the work.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly db: TransactionalConnection) {}

  /** Forgets a user's stored requests (they hold hashes of what the person sent), e.g. when their data are erased. */
  async forgetUser(ctx: RequestContext, userId: string): Promise<void> {
    await this.db.query(ctx, 'DELETE FROM idempotency_key WHERE user_id = $1', [userId]);
  }

  async once(
    ctx: RequestContext,
    operation: string,
    key: string | undefined,
    request: unknown,
    create: (txCtx: RequestContext) => Promise<string>,
  ): Promise<{ id: string; replayed: boolean }> {
    if (key === undefined) return { id: await this.db.transaction(ctx, create), replayed: false };
    const user = requireUser(ctx);
    const requestHash = hashRequest(request);
    return this.db.transaction(ctx, async (tx) => {
      const claimed = await this.db.query<{ key: string }>(
        tx,
        `INSERT INTO idempotency_key (user_id, operation, key, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING key`,
        [user.id, operation, key, requestHash],
      );
      if (!claimed.length) {
        const [earlier] = await this.db.query<{ request_hash: string; result_id: string | null }>(
          tx,
          'SELECT request_hash, result_id FROM idempotency_key WHERE user_id = $1 AND operation = $2 AND key = $3',
          [user.id, operation, key],
        );
        if (!earlier || earlier.request_hash !== requestHash || !earlier.result_id) {
          throw new ConflictError('This idempotencyKey was used for a different request; use a new key for new content.');
        }
        return { id: earlier.result_id, replayed: true };
      }
      const id = await create(tx);
      await this.db.query(tx, 'UPDATE idempotency_key SET result_id = $4 WHERE user_id = $1 AND operation = $2 AND key = $3', [
        user.id,
        operation,
        key,
        id,
      ]);
      return { id, replayed: false };
    });
  }
}
