export * from './definition';
export * from './catalog';
