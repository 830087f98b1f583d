// One swc configuration for the build (scripts/build.js) and the tests (jest.config.js), so both see
// the same decorators, decorator metadata and path aliases as the type-checker (tsconfig.base.json).
const path = require('node:path');
const { compilerOptions } = require('../tsconfig.base.json');

const root = path.resolve(__dirname, '..');

function swcOptions() {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs', strict: false, noInterop: false },
    sourceMaps: true,
  };
}

module.exports = { swcOptions, root };
