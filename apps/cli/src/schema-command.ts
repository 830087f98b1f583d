import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { ModulesContainer, NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema as printSdl } from 'graphql';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig } from '@krisenfest/core';
import { dataSourceOptions } from '@krisenfest/database';
import { AuthService } from '@krisenfest/identity';
import { RateLimits } from '@krisenfest/rate-limit';
import { AppModule, ENTITIES, graphqlOptions } from '@krisenfest/app';

export const SCHEMA_HEADER = '# Generated from the code by npm run schema:print; do not edit.\n';

/** `npm run schema:print [FILE]`: writes the API's GraphQL schema (SDL) to FILE, default schema.graphql. */
export async function printSchema(file = 'schema.graphql'): Promise<void> {
  const sdl = await generateSchemaSdl();
  await fs.writeFile(file, sdl);
  console.log(`wrote the GraphQL schema to ${path.relative(process.cwd(), path.resolve(file)) || file}`);
}

/**
 * The schema the API serves, as sorted SDL with the header line, built from the code alone: no database,
 * no server. The classes come from the application's own module graph, so a resolver registered in any
 * module is part of it without being listed here.
 */
export async function generateSchemaSdl(): Promise<string> {
  const schema = await buildServedSchema();
  return SCHEMA_HEADER + printSdl(lexicographicSortSchema(schema)) + '\n';
}

/** The same steps as GraphQLModule (autoSchemaFile, code first) on the same classes and options. */
export async function buildServedSchema(): Promise<GraphQLSchema> {
  // The auth service and the rate limits are only used per request (context), never while building the schema.
  const options = graphqlOptions(offlineConfig(), undefined as unknown as AuthService, undefined as unknown as RateLimits);
  if (options.include?.length) throw new Error('schema:print does not support GraphQLModule `include` yet');

  const classes = await applicationProviderClasses();
  const builder = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const factory = builder.get(GraphQLSchemaFactory);
    // As GraphQLSchemaBuilder: buildSchemaOptions, plus @Scalar() classes found among the providers
    // (the factory picks those out of the list by their metadata and ignores the rest).
    let schema = await factory.create(classes, classes, { ...options.buildSchemaOptions });
    if (options.transformSchema) schema = await options.transformSchema(schema);
    return schema;
  } finally {
    await builder.close();
  }
}

/** Fixed settings: the schema must not depend on the caller's environment (and none of these shape it). */
function offlineConfig(): AppConfig {
  return loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent', SEED: '0' });
}

/**
 * Every provider class of the application's modules, which is what GraphQLModule hands to the schema
 * factory (ResolversExplorerService.getAllCtors). Nest's preview mode scans the module graph, dynamic
 * modules included, without instantiating anything, so no database is needed.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest hands resolvers to the schema factory as bare constructors
export async function applicationProviderClasses(): Promise<Function[]> {
  // Handed to TypeORM's module but never connected: in preview mode no provider is instantiated.
  const dataSource = new DataSource(dataSourceOptions(ENTITIES, {}));
  const preview = await NestFactory.createApplicationContext(AppModule.forRoot(offlineConfig(), dataSource), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- as above
    const classes = new Set<Function>();
    for (const module of preview.get(ModulesContainer).values()) {
      for (const wrapper of module.providers.values()) {
        const { metatype } = wrapper;
        // Class providers; factories and values are never resolvers.
        if (typeof metatype === 'function' && !wrapper.inject && metatype.prototype) classes.add(metatype);
      }
    }
    return [...classes];
  } finally {
    await preview.close();
  }
}
