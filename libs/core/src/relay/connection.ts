import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `How many items (1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  @Max(MAX_PAGE_SIZE, { message: `first must be between 1 and ${MAX_PAGE_SIZE}` })
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
}

/** Builds the GraphQL type `<Name>Connection` with its `<Name>Edge` for a node type. */
export function ConnectionType<T>(nodeType: Type<T>, name: string = nodeType.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => nodeType) node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionClass implements Connection<T> {
    @Field(() => [EdgeType]) edges: Edge<T>[];
    @Field(() => [nodeType]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export type CursorValue = string | number | null;

/** Keyset cursors: the sort key of the last row, opaque to clients. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** Decodes a cursor of `arity` values; anything else is a BAD_USER_INPUT naming `after`. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => v === null || typeof v === 'number' || (typeof v === 'string' && v.length <= 200))
  ) {
    throw BadUserInputError.field('after', 'is not a cursor of this list; use a pageInfo.endCursor you received');
  }
  return values as CursorValue[];
}

export type CursorPart = 'timestamp' | 'date' | 'uuid' | 'int' | 'number' | 'string';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CHECKS: Record<CursorPart, (v: CursorValue) => boolean> = {
  // As written by Date.toISOString(), which is how every cursor stores instants.
  timestamp: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v,
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  uuid: (v) => typeof v === 'string' && UUID_RE.test(v),
  int: (v) => typeof v === 'number' && Number.isSafeInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  string: (v) => typeof v === 'string' && !v.includes('\u0000'),
};

/** Decodes a keyset cursor and checks each value's type, so a forged cursor never reaches SQL. */
export function decodeTypedCursor(cursor: string, parts: CursorPart[]): CursorValue[] {
  const values = decodeCursor(cursor, parts.length);
  if (!parts.every((part, i) => CHECKS[part](values[i]))) {
    throw BadUserInputError.field('after', 'is not a cursor of this list; use a pageInfo.endCursor you received');
  }
  return values;
}

export interface PageRequest {
  first: number;
  after?: string;
}

export function pageRequest(args: ConnectionArgs): PageRequest {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after };
}

/**
 * Turns `first + 1` rows fetched after a cursor into a connection; the extra row only says that there is
 * a next page.
 */
export function toConnection<T>(rows: T[], page: PageRequest, cursorOf: (row: T) => CursorValue[]): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
