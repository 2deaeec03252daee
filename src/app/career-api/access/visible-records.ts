import {
  authorize,
  type AccessAction,
  type AccessRecord,
  type Caller,
} from '../../../domain/access';
import type { Temporal } from '../../../domain';
import type { ResolvedRelationship } from './relationship';

/**
 * Whether the caller may do an action on one record: the same rule as for a single request,
 * applied to each record of a list (so a list never shows what the record's own endpoint would
 * refuse) or to each record a change touches on the side (the triggers a held conversation closes).
 */
export function permits(
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
