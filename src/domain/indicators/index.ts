export * from './definitions';
export * from './measure';
export * from './figures';
