import type { DateWording } from '../time/wording';
import type { ReportHistory } from '../model/conversation';
import { failureById } from '../playbook/failures';
import type { FailureId } from '../playbook/ids';
import { renderProse } from '../playbook/prose';
import type { Temporal } from '../time/temporal';
import type { IsoDate, TimeZoneId } from '../time/values';

/** One of the playbook's common failures, seen in the records. */
export interface FailureFinding {
  failure: FailureId;
  /** The facts that show it, for the manager to check, e.g. "No career conversation is booked". */
  evidence: string[];
  /** The playbook's "What to do instead". */
  instead: string;
}

export interface FailureInput {
  history: ReportHistory;
  now: Temporal.Instant;
  /** The manager's zone: days and dates are counted in it. */
  zone: TimeZoneId;
  /** When the manager started managing the person, where known. */
  relationshipStartedOn?: IsoDate;
  /** How the findings word their dates: the host's on screen; en-GB when absent. */
  wording?: DateWording;
}

export type FailureDetector = (input: FailureInput) => FailureFinding | undefined;

/** A finding when there is evidence, none otherwise. */
export function findingFor(failure: FailureId, evidence: string[]): FailureFinding | undefined {
  return evidence.length === 0
    ? undefined
    : { failure, evidence, instead: renderProse(failureById(failure).instead) };
}
