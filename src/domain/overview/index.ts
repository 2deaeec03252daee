export type * from './overview-types';
export { GOOD_LOOKS_LIKE_STATES } from './overview-types';
export { summarizeTeam } from './summarize-team';
export { compareNames } from './by-name';
export { CADENCE_URGENCY, compareByUrgency } from './urgency';
export { PERSON_STATUS_CODES, PERSON_STATUS_URGENCY, assessPersonStatus } from './person-status';
export { EVIDENCE_NAMES_MAX } from './check-good-looks-like';
export { describeEarlierHistory } from './earlier-history';
