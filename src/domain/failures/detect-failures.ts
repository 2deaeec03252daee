import type { ReportHistory } from '../model/conversation';
import { FAILURE_IDS } from '../playbook/ids';
import type { FailureId } from '../playbook/ids';
import type { Temporal } from '../time/temporal';
import type { IsoDate, TimeZoneId } from '../time/values';
import { detectConflating } from './detect-conflating';
import { detectDeferring } from './detect-deferring';
import { detectGoesNowhere } from './detect-goes-nowhere';
import { detectOrganisationsNeeds } from './detect-organisations-needs';
import { detectPromises } from './detect-promises';
import type { FailureDetector, FailureFinding } from './failure-finding';

/** One detector per failure in the playbook; adding a failure id without one does not compile. */
export const FAILURE_DETECTORS: Record<FailureId, FailureDetector> = {
  deferring: detectDeferring,
  conflating: detectConflating,
  'organisations-needs': detectOrganisationsNeeds,
  promises: detectPromises,
  'goes-nowhere': detectGoesNowhere,
};

/** The playbook's common failures visible in one report's records, in the playbook's order. */
export function detectFailures(
  history: ReportHistory,
  now: Temporal.Instant,
  zone: TimeZoneId,
  options: { relationshipStartedOn?: IsoDate } = {},
): FailureFinding[] {
  const input = { history, now, zone, ...options };
  return FAILURE_IDS.flatMap((id) => FAILURE_DETECTORS[id](input) ?? []);
}
