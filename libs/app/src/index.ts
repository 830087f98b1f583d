export * from './app.module';
export * from './bootstrap';
export * from './entities';
export * from './graphql/graphql-options';
export * from './shutdown';
export * from './web-client';
