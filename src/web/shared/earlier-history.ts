/**
 * What a new manager is told about records from before them: that there are some, and that the
 * person decides. Never how many: how much there is belongs to the history the person decides
 * whether to share.
 */
export const EARLIER_HISTORY_NOTE =
  'There is earlier history from before you became their manager. They decide whether to share it with you.';

/** The same on the team overview, where it may be about several people. */
export const TEAM_EARLIER_HISTORY_NOTE =
  'Some of your reports have earlier history from before you became their manager. Each person decides whether to share it with you.';
