export * from './validation';
export * from './scalars';
