export * from './definitions';
export * from './measure';
