import type { Commitment, ContractVersion, DevelopmentContract } from '../model/contract';
import { Temporal } from '../time/temporal';
import { isValidIsoDate, toDate } from '../time/values';
import { currentVersion } from './versioning';

export const CONTRACT_HEALTH_STATES = ['none', 'on-track', 'overdue'] as const;
export type ContractHealthState = (typeof CONTRACT_HEALTH_STATES)[number];

export interface ContractHealth {
  state: ContractHealthState;
  /** Kept apart because the manager's own overdue commitments are shown first. Oldest first. */
  overdue: { manager: Commitment[]; report: Commitment[] };
  open: number;
  done: number;
  /** The open commitment due soonest from today on. */
  nextDue?: Commitment;
  hasDatedCommitmentsFromBoth: boolean;
}

const byDueThenManager = (a: Commitment, b: Commitment): number =>
  Temporal.PlainDate.compare(toDate(a.due), toDate(b.due)) ||
  (a.party === b.party ? 0 : a.party === 'manager' ? -1 : 1);

/** How the current version stands on `today` (the viewer's date). Due today is not overdue yet. */
export function assessContractHealth(
  contract: DevelopmentContract | undefined,
  today: Temporal.PlainDate,
): ContractHealth {
  if (contract === undefined) {
    return {
      state: 'none',
      overdue: { manager: [], report: [] },
      open: 0,
      done: 0,
      hasDatedCommitmentsFromBoth: false,
    };
  }
  const { commitments } = currentVersion(contract);
  const open = commitments
    .filter((c) => c.status === 'open' && isValidIsoDate(c.due))
    .sort(byDueThenManager);
  const overdue = open.filter((c) => Temporal.PlainDate.compare(toDate(c.due), today) < 0);
  const nextDue = open.find((c) => Temporal.PlainDate.compare(toDate(c.due), today) >= 0);
  return {
    state: overdue.length > 0 ? 'overdue' : 'on-track',
    overdue: {
      manager: overdue.filter((c) => c.party === 'manager'),
      report: overdue.filter((c) => c.party === 'report'),
    },
    open: commitments.filter((c) => c.status === 'open').length,
    done: commitments.filter((c) => c.status === 'done').length,
    ...(nextDue === undefined ? {} : { nextDue }),
    hasDatedCommitmentsFromBoth: hasDatedCommitmentsFromBoth(currentVersion(contract)),
  };
}

/** The playbook's minimum for a development contract: both parties commit to something by a date. */
export function hasDatedCommitmentsFromBoth(version: ContractVersion): boolean {
  const dated = version.commitments.filter((c) => c.status !== 'dropped' && isValidIsoDate(c.due));
  return dated.some((c) => c.party === 'report') && dated.some((c) => c.party === 'manager');
}
