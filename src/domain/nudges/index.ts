export * from './nudge-types';
export * from './plan-nudges';
export {
  HISTORY_REQUEST_DAYS,
  NEW_VERSION_DAYS,
  SUMMARY_DUE_HOURS,
  SUMMARY_NUDGE_HOURS,
  TRIGGER_WAIT_DAYS,
} from './nudge-occasions';
export * from './nudge-activity-types';
