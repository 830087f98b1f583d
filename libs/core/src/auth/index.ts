export * from './permission';
export * from './permission.guard';
export * from './ctx.decorator';
export * from './policy';
export * from './hidden-content';
