import {
  authorize,
  type AccessAction,
  type AccessRecord,
  type Caller,
} from '../../../domain/access';
import type { Temporal } from '../../../domain';
import type { ResolvedRelationship } from './relationship';

/**
 * Whether the caller may read one record: the same rule as for a single request, applied to each
 * record of a list, so a list never shows what the record's own endpoint would refuse.
 */
export function canRead(
  caller: Caller,
  subjectId: string,
  resolved: ResolvedRelationship,
  now: Temporal.Instant,
): (action: AccessAction, record: AccessRecord) => boolean {
  return (action, record) =>
    authorize({
      caller,
      action,
      subjectId,
      relationship: resolved.relationship,
      record,
      now,
    }).allowed;
}
