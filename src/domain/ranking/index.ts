export * from './indicators';
export * from './method';
export * from './inputs';
export * from './rank';
export * from './score';
export * from './tiers';
export * from './explain';
export * from './history';
