import type { CadenceStatus } from '../cadence/cadence-types';
import { compareNames } from './by-name';
import type { ReportOverview } from './overview-types';
import { PERSON_STATUS_URGENCY } from './person-status';

/** Lower comes first. */
export const CADENCE_URGENCY: Record<CadenceStatus, number> = {
  overdue: 0,
  'due-soon': 1,
  'on-track': 2,
};

/**
 * The overview's order, most urgent first:
 * 1. the person's status: overdue, then due soon, then booked, then on track;
 * 2. within a status, reports where the manager has overdue commitments first (the manager's
 *    own follow-through is what the playbook asks them to check first);
 * 3. then by display name (case- and accent-insensitive), then by id so the order is total.
 */
export function compareByUrgency(a: ReportOverview, b: ReportOverview): number {
  return (
    PERSON_STATUS_URGENCY[a.status.code] - PERSON_STATUS_URGENCY[b.status.code] ||
    Number(hasManagerOverdue(b)) - Number(hasManagerOverdue(a)) ||
    compareNames(a.person.displayName, b.person.displayName) ||
    (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0)
  );
}

function hasManagerOverdue(report: ReportOverview): boolean {
  return report.contractHealth.overdue.manager.length > 0;
}
