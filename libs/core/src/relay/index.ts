export * from './global-id';
export * from './connection';
export * from './cursor';
export * from './node';
export * from './resolve-type';
