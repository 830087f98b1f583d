import { Type } from '@nestjs/common';
import { Args, ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadUserInputError } from '../errors';
import { CursorValue, encodeCursor } from './cursor';

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

export interface PageRequest {
  first: number;
  after?: string;
}

export function pageRequest(args: ConnectionArgs): PageRequest {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after };
}

/**
 * The LIMIT of a page's statement, `first + 1` (the extra row says whether there is a next page), written into
 * the SQL as a number rather than bound: with a bound LIMIT the planner cannot reuse a generic plan and plans
 * a prepared statement anew on every execution. `first` is a validated integer, so it is safe as text.
 */
export function limitSql(page: PageRequest): string {
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > MAX_PAGE_SIZE) throw new Error(`bad page size ${page.first}`);
  return String(page.first + 1);
}

const FIRST_RANGE = `first must be between 1 and ${MAX_PAGE_SIZE}`;

/**
 * The page a nested connection field asks for (e.g. each comment's replies). Its arguments are plain scalars,
 * checked here, so no class validation runs for every parent on a page.
 */
export function nestedPageRequest({ first, after }: NestedPageArgs): PageRequest {
  if (first != null && (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE))
    throw BadUserInputError.field('first', FIRST_RANGE);
  if (after != null && after.length > 500) throw BadUserInputError.field('after', 'must be shorter than or equal to 500 characters');
  return { first: first ?? DEFAULT_PAGE_SIZE, after: after ?? undefined };
}

/** The arguments of a nested connection field, as GraphQL passes them to a field resolver. */
export interface NestedPageArgs {
  first?: number | null;
  after?: string | null;
}

// Nest's record of a method's parameter decorators (ROUTE_ARGS_METADATA in @nestjs/common/constants).
const PARAMETER_DECORATORS = '__routeArguments__';

/**
 * Declares `first` and `after` on a nested connection field while keeping it on @nestjs/graphql's fast path:
 * the schema gets both arguments, but no parameter decorator stays behind, so the method is called as a plain
 * GraphQL resolver `(parent, args: NestedPageArgs, { ctx }, info)` for each parent on a page, and
 * `nestedPageRequest(args)` checks the values. Put it above `@ResolveField`.
 */
export function PageArgs(): MethodDecorator {
  return (target, key) => {
    Args('first', {
      type: () => Int,
      nullable: true,
      description: `How many items (1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
    })(target, key, 1);
    Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })(target, key, 1);
    Reflect.deleteMetadata(PARAMETER_DECORATORS, target.constructor, key);
  };
}

/**
 * Turns `first + 1` rows fetched after a cursor into a connection; the extra row only says that there is
 * a next page.
 */
export function toConnection<T>(rows: T[], page: PageRequest, cursorOf: (row: T) => CursorValue[]): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const cursor = (node: T | undefined) => (node === undefined ? null : encodeCursor(cursorOf(node)));
  // Edges and cursors are made when a query asks for them: most pages read `nodes`, and every cursor is an encoding.
  let edges: Edge<T>[] | undefined;
  return {
    get edges() {
      return (edges ??= nodes.map((node) => ({ node, cursor: cursor(node)! })));
    },
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after !== undefined,
      get startCursor() {
        return cursor(nodes[0]);
      },
      get endCursor() {
        return cursor(nodes.at(-1));
      },
    },
  };
}
