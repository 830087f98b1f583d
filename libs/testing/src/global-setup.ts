import { randomSuffix, RUN_ID_ENV, serverUrl } from './test-env';

/**
 * jest globalSetup: migrates one template database for the whole run; every test file then gets a copy
 * of it (createTestDatabase). Values set on process.env here reach the jest workers.
 *
 * Migrating loads the entities and so Nest and @nestjs/graphql, which keep their metadata on the global
 * object (GqlTypeMetadataStorage, …). When jest runs in band (one test file, or -i) each test environment
 * copies this process's globals, and the tests would build their schema from this process's classes
 * ("Cannot determine a GraphQL output type for the "id""). So the application is loaded only here,
 * lazily, and every global it added is removed again afterwards.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV ??= 'test';
  // CI may name the run (KRISENFEST_TEST_RUN) so that it can drop what a killed run left behind.
  const preset = process.env[RUN_ID_ENV];
  const run = preset && /^[a-z0-9]{1,24}$/.test(preset) ? preset : randomSuffix();
  process.env[RUN_ID_ENV] = run;

  const globalsBefore = new Set(Reflect.ownKeys(globalThis));
  try {
    const { prepareTemplate } = await import('./template');
    await prepareTemplate(run, serverUrl());
  } finally {
    const scope = globalThis as Record<string | symbol, unknown>;
    for (const key of Reflect.ownKeys(globalThis)) {
      if (globalsBefore.has(key)) continue;
      try {
        delete scope[key];
      } catch {
        // non-configurable globals (e.g. signal-exit's emitter) stay; they hold no GraphQL metadata
      }
    }
  }
}
