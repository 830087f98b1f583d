import DataLoader from 'dataloader';
import { SqlStatementCounter } from './sql-statements';

/** Who is calling, as read with the session on every request. Verified memberships come from AccessService. */
export interface AuthUser {
  id: string;
  /** MODERATOR and/or ADMIN. */
  platformRoles?: readonly string[];
  /** A ban by the moderation, while it lasts (read but do not write). */
  bannedUntil?: Date | null;
  banReason?: string | null;
}

/**
 * Travels with one GraphQL request: the caller, the request's DataLoaders (created lazily, so a loader
 * never outlives the request and never leaks one user's view to another) and the SQL statement counter.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(
    readonly user: AuthUser | null,
    /** Set when the request carried a token that is invalid or expired. */
    readonly authError: string | null = null,
    readonly sql: SqlStatementCounter = { statements: 0 },
    readonly requestId?: string,
    /** The open database transaction (an EntityManager), bound by TransactionalConnection. */
    readonly transaction: unknown = null,
  ) {}

  /** The same caller with empty loaders, to read what this request has just written. */
  withFreshLoaders(): RequestContext {
    return new RequestContext(this.user, this.authError, this.sql, this.requestId, this.transaction);
  }

  /** The same caller inside a transaction; loaders start empty so they read the transaction's writes. */
  withTransaction(transaction: unknown): RequestContext {
    return new RequestContext(this.user, this.authError, this.sql, this.requestId, transaction);
  }

  static anonymous(): RequestContext {
    return new RequestContext(null);
  }

  get userId(): string | null {
    return this.user?.id ?? null;
  }

  /** The request's loader under `key`, created by `create` on first use. */
  loader<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders batch results like the keys DataLoader asked for; missing keys become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}
