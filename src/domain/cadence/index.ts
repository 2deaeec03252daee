export * from './cadence-types';
export {
  CONVERSATION_MINUTES,
  DUE_SOON_DAYS,
  FULL_INTERVAL_MONTHS,
  LEAVING_SIGNAL_TRIGGERS,
  REVIEW_INTERVAL_MONTHS,
  TRANSITION_FLAG_DUE_DAYS,
  TRANSITION_INTERVAL_WEEKS,
  TRIGGER_DUE_DAYS,
  isLeavingSignal,
} from './cadence-rules';
export { planCadence } from './plan-cadence';
