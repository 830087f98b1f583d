export * from './node-registry';
