import DataLoader from 'dataloader';
import { SqlStatementCounter } from './sql-statements';

/** The caller's verified ties, read with the session: what they may speak for, see and decide. */
export interface VerifiedMemberships {
  /** Municipalities with a verified staff (or municipal admin) membership. */
  staffOf: ReadonlySet<string>;
  /** Municipalities whose admin the user is (a Landkreis admin also decides for its Gemeinden). */
  adminOf: ReadonlySet<string>;
  /** Groups with a verified member or lead membership. */
  memberOf: ReadonlySet<string>;
  leadOf: ReadonlySet<string>;
}

export const NO_MEMBERSHIPS: VerifiedMemberships = Object.freeze({
  staffOf: new Set<string>(),
  adminOf: new Set<string>(),
  memberOf: new Set<string>(),
  leadOf: new Set<string>(),
});

/** Who is calling, as read with the session on every request (one statement: session, roles, ban, memberships). */
export interface AuthUser {
  id: string;
  /** The sign-in (session row and its family) of the access token, when there is one. */
  sessionId?: string;
  familyId?: string;
  /** MODERATOR and/or ADMIN. */
  platformRoles?: readonly string[];
  /** A ban by the moderation, while it lasts (read but do not write). */
  bannedUntil?: Date | null;
  banReason?: string | null;
  memberships?: VerifiedMemberships;
}

/** What a sign-in records about the device: the User-Agent header and the client address. */
export interface RequestMeta {
  userAgent: string | null;
  ip: string | null;
}

const NO_META: RequestMeta = Object.freeze({ userAgent: null, ip: null });

/**
 * Travels with one GraphQL request: the caller, the device, the request's DataLoaders (created lazily, so a
 * loader never outlives the request and never leaks one user's view to another), the SQL statement counter and,
 * inside a transaction, its handle. Everything a request needs is passed in it, so no async-context bookkeeping
 * runs per request.
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
    readonly meta: RequestMeta = NO_META,
  ) {}

  /** The same caller inside a transaction; its loaders start empty so they read the transaction's writes. */
  withTransaction(transaction: unknown): RequestContext {
    return new RequestContext(this.user, this.authError, this.sql, this.requestId, transaction, this.meta);
  }

  static anonymous(): RequestContext {
    return new RequestContext(null);
  }

  get userId(): string | null {
    return this.user?.id ?? null;
  }

  /** The caller's verified memberships (none when anonymous). */
  get memberships(): VerifiedMemberships {
    return this.user?.memberships ?? NO_MEMBERSHIPS;
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

  /** Forgets everything the loaders hold, after a write has committed, so what is read next is fresh. */
  clearLoaders(): void {
    this.loaders.clear();
  }
}

/** What Apollo hands every resolver as its context: the request's RequestContext. */
export interface GraphQLContext {
  ctx: RequestContext;
}

/** Orders batch results like the keys DataLoader asked for; missing keys become null. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * The request's loader of one kind of object by id: `fetch` reads the objects of a batch of ids (complete, as
 * GraphQL shows them to this caller), missing or invisible ids become null. Prime it only with such objects.
 */
export function byIdLoader<V extends { id: string }>(
  ctx: RequestContext,
  key: string,
  fetch: (ids: string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  return ctx.loader(key, () => new DataLoader<string, V | null>(async (ids) => byKeys(ids, await fetch([...ids]), (v) => v.id)));
}

/** The request's loader of the lists that belong to each of a batch of ids (e.g. a session's speakers). */
export function listLoader<V>(
  ctx: RequestContext,
  key: string,
  fetch: (ids: string[]) => Promise<V[]>,
  ownerOf: (row: V) => string,
): DataLoader<string, V[]> {
  return ctx.loader(
    key,
    () =>
      new DataLoader<string, V[]>(async (ids) => {
        const lists = new Map<string, V[]>(ids.map((id) => [id, []]));
        for (const row of await fetch([...ids])) lists.get(ownerOf(row))?.push(row);
        return ids.map((id) => lists.get(id)!);
      }),
  );
}
