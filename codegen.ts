import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the tests: every `graphql(...)` document in a test file is checked against the committed
 * schema and gets its result and variables types. `npm run codegen` writes them; CI fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/**/*.e2e-spec.ts', 'libs/**/*.e2e-spec.ts', 'libs/testing/src/**/*.ts', '!libs/testing/src/gql/**'],
  ignoreNoDocuments: true,
  // Only the graphql(...) of the generated module marks a document (the tests' t.gql(...) sends raw text).
  pluckConfig: { globalGqlIdentifierName: ['graphql'], modules: [{ name: './gql', identifier: 'graphql' }] },
  generates: {
    'libs/testing/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
