import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { typeNameOf } from './resolve-type';

/** Relay's Node: anything with an opaque global id that `node(id:)` can fetch. */
@InterfaceType('Node', { resolveType: (value: object) => typeNameOf(value) })
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id; pass it to node(id:).' })
  id: string;
}
