export * from './snapshot';
export * from './sentences';
export { extractFigures } from './figures';
export { TEMPLATES, type Templates } from './templates';
export { leagueSentences, type LeagueRow, type LeagueTier } from './league';
