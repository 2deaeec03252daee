export * from './aggregate-types';
export { MIN_GROUP_SIZE, aggregateCadenceHealth } from './aggregate-cadence-health';
export { LAST_QUARTER_MONTHS, cadenceFactsFor, lastQuarterWindow } from './cadence-facts';
export type { QuarterWindow } from './cadence-facts';
