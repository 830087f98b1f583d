export * from './error-code';
export * from './domain-error';
export * from './format-error';
export * from './outage';
