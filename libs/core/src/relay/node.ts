import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** Relay's Node: anything with an opaque global id that `node(id:)` can fetch. */
@InterfaceType('Node', { resolveType: (value: { __typename?: string }) => value.__typename })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to node(id:).' })
  id: string;
}
