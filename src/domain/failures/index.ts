export type { FailureDetector, FailureFinding, FailureInput } from './failure-finding';
export { detectConflating } from './detect-conflating';
export {
  detectDeferring,
  FIRST_CONVERSATION_GRACE_DAYS,
  QUARTER_WARNING_DAYS,
  RESCHEDULES_IN_TWO_QUARTERS,
  RESCHEDULES_OF_UPCOMING,
} from './detect-deferring';
export { CONTRACT_GRACE_HOURS, detectGoesNowhere } from './detect-goes-nowhere';
export { detectOrganisationsNeeds } from './detect-organisations-needs';
export { detectPromises } from './detect-promises';
export { detectFailures, FAILURE_DETECTORS } from './detect-failures';
