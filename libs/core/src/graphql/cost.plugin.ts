import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNamedType, GraphQLError, Kind, visit } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';
import { DEFAULT_PAGE_SIZE } from '../relay';

/**
 * A connection costs as many times its children as it may return (`first`, default 20): the cost is
 * an upper bound of the objects a document can make the server load, as in GitHub's API.
 */
export const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + first * Math.max(childComplexity, 1);
};

/** Costs computed per document, for each value of the variables that can change it. */
interface DocumentCosts {
  /** The variables a cost depends on: those given as `first` and those in directives (@include, @skip). */
  variables: string[];
  costs: Map<string, number>;
}

const COSTS_PER_DOCUMENT = 64;

function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node, _key, parent) {
      const inDirective = (parent as { kind?: string } | undefined)?.kind === Kind.DIRECTIVE;
      if ((node.name.value === 'first' || inDirective) && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
    Directive(node) {
      for (const arg of node.arguments ?? []) if (arg.value.kind === Kind.VARIABLE) names.add(arg.value.name.value);
    },
  });
  return [...names].sort();
}

/**
 * Refuses operations whose cost exceeds `maxCost`, before anything runs. Apollo hands the same parsed document
 * to every request that sends the same text, so the cost is computed once per document and per value of the
 * few variables it depends on, not for every request.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const documents = new WeakMap<DocumentNode, DocumentCosts>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let known = documents.get(document);
          if (!known) {
            known = { variables: costVariables(document), costs: new Map() };
            documents.set(document, known);
          }
          const variables = request.variables ?? {};
          const key = JSON.stringify([request.operationName ?? null, ...known.variables.map((name) => variables[name] ?? null)]);
          let cost = known.costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName,
                variables,
                estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch {
              // Variables that do not fit their types: nothing will run, and execution reports them by name.
              return;
            }
            if (known.costs.size < COSTS_PER_DOCUMENT) known.costs.set(key, cost);
          }
          if (cost > maxCost) {
            throw new GraphQLError(
              `This query could load up to ${cost} objects; at most ${maxCost} are allowed. Ask for fewer items (first) or fewer nested lists.`,
              { extensions: { code: ErrorCode.BAD_USER_INPUT, cost, maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
