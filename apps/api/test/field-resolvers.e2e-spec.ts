import { ModulesContainer } from '@nestjs/core';
import { createTestApp, TestApp } from '@krisenfest/testing';

// @nestjs/graphql's metadata keys (graphql.constants): a @ResolveField method, its field middleware, and the
// parameter decorators Nest records on a method.
const RESOLVE_FIELD = 'graphql:resolve_property';
const FIELD_MIDDLEWARE = 'graphql:field_resolver_middleware';
const PARAMETERS = '__routeArguments__';

describe('field resolvers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('resolve every field on the fast path: plain functions of the object, no parameter decorators, no middleware', () => {
    const fields: string[] = [];
    const slow: string[] = [];
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const instance = wrapper.instance as object | undefined;
        if (!instance || typeof instance !== 'object') continue;
        const prototype = Object.getPrototypeOf(instance) as object;
        for (const method of Object.getOwnPropertyNames(prototype)) {
          const fn: unknown = Object.getOwnPropertyDescriptor(prototype, method)?.value;
          if (typeof fn !== 'function' || !Reflect.getMetadata(RESOLVE_FIELD, fn)) continue;
          const name = `${instance.constructor.name}.${method}`;
          fields.push(name);
          const params = Object.keys((Reflect.getMetadata(PARAMETERS, instance.constructor, method) as object | undefined) ?? {});
          if (params.length || ((Reflect.getMetadata(FIELD_MIDDLEWARE, fn) as unknown[] | undefined)?.length ?? 0) > 0) {
            slow.push(name);
          }
        }
      }
    }
    expect(fields.length).toBeGreaterThan(40);
    expect(slow).toEqual([]);
  });
});
