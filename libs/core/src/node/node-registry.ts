import { Injectable } from '@nestjs/common';
import { RequestContext } from '../context';
import { decodeGlobalId } from '../relay';

export type NodeFetcher = (ctx: RequestContext, id: string) => Promise<object | null>;

/**
 * Each feature registers how to fetch its node types by id (with its own visibility rules), so
 * `node(id:)` works for every type without knowing the features.
 */
@Injectable()
export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(type: string, fetcher: NodeFetcher): void {
    this.fetchers.set(type, fetcher);
  }

  /** null for ids that are malformed, of unknown types, missing or not visible to the caller. */
  async fetch(ctx: RequestContext, globalId: string): Promise<object | null> {
    const decoded = decodeGlobalId(globalId);
    const fetcher = decoded && this.fetchers.get(decoded.type);
    if (!decoded || !fetcher) return null;
    return fetcher(ctx, decoded.id);
  }
}
