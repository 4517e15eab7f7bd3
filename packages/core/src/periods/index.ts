export { periodFromPreset } from './periodFromPreset';
export { relativePeriod } from './relativePeriod';
export { parsePeriod, safeParsePeriod } from './parsePeriod';
export type { SafeParsePeriodResult } from './parsePeriod';
export { comparablePeriods } from './comparablePeriods';
export type { ComparablePeriods } from './comparablePeriods';
export { periodsWithin } from './periodsWithin';
export { recentPeriods } from './recentPeriods';
