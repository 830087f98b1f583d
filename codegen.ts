import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTime: 'string', Date: 'string' };

/**
 * Typed documents, checked against the committed schema: for the tests (every `graphql(...)` document in a test
 * file) and for the web client (every `graphql(...)` in apps/web/src). `npm run codegen` writes them; CI fails when
 * they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  // Only the graphql(...) of the generated module marks a document (the tests' t.gql(...) sends raw text).
  pluckConfig: { globalGqlIdentifierName: ['graphql'], modules: [{ name: './gql', identifier: 'graphql' }] },
  generates: {
    'libs/testing/src/gql/': {
      documents: ['apps/api/**/*.e2e-spec.ts', 'libs/**/*.e2e-spec.ts', 'libs/testing/src/**/*.ts', '!libs/testing/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars },
    },
    // The client's documents as parsed ASTs (what urql sends and caches by), with fragment masking: a component
    // sees only the fields its own fragment asks for.
    'apps/web/src/gql/': {
      documents: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts', '!apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql' },
      config: { enumsAsTypes: true, useTypeImports: true, scalars },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
