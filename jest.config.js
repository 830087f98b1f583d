// NestJS 12 and parts of Apollo ship ESM only; swc turns them (and our TypeScript) into CommonJS for jest.
const { swcOptions } = require('./scripts/swc-options');
const { compilerOptions } = require('./tsconfig.base.json');

const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  '@graphql-tools',
  '@whatwg-node',
  'file-type',
  'load-esm',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'marked',
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'entities',
  'cookie',
  'content-disposition',
  // @fastify/static keeps its own (ESM-only) content-disposition in a nested node_modules.
  '@fastify/static',
];

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias}$`] = `<rootDir>/${target.replace(/^\.\//, '')}`;
}

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcOptions()] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
};
