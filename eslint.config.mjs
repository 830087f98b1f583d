// Flat config: ESLint 9 + typescript-eslint 8, type-aware (the project service reads tsconfig.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      '.bench/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
      'libs/testing/src/gql/**',
      'apps/web/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits fails silently, or crashes the process as an unhandled rejection.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async callback where a sync one is expected (e.g. forEach, an event handler) loses its errors.
      '@typescript-eslint/no-misused-promises': 'error',
      // A new enum member (ErrorCode, Hazard, …) must be handled wherever the enum is switched over.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Libraries depend downward only, through each other's public surface (index.ts): never on an app,
    // never into another library's files, and their code never on the test harness.
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**'], message: 'A library must not import from apps/.' },
            { group: ['../../*', '**/libs/**'], message: "Import another library through its public surface, '@krisenfest/<name>'." },
            { group: ['@krisenfest/*/**'], message: "Import a library through its public surface, '@krisenfest/<name>'." },
            {
              group: ['@krisenfest/testing', '@krisenfest/app'],
              message: 'Library code must not depend on the application or the test harness.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the harness use the same public surfaces; only the app assembles everything.
    files: ['libs/**/*.spec.ts', 'libs/**/*.e2e-spec.ts', 'libs/testing/**/*.ts', 'apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**', '../../../*'], message: 'Import the application through @krisenfest/app, not its files.' },
            { group: ['../../*/src/*', '**/libs/**'], message: "Import another library through its public surface, '@krisenfest/<name>'." },
            { group: ['@krisenfest/*/**'], message: "Import a library through its public surface, '@krisenfest/<name>'." },
          ],
        },
      ],
    },
  },
  {
    // Tests read untyped JSON responses from the API.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
