import '@krisenfest/testing';
import * as g from '@nestjs/graphql';
import { GraphQLScalarType } from 'graphql';
it('dbg', () => {
  console.log('ID', typeof g.ID, g.ID && g.ID.name, g.ID instanceof GraphQLScalarType, g.Int instanceof GraphQLScalarType);
});
