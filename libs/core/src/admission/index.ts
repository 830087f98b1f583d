export * from './admission-gate';
