import { permits, type ResolvedRelationship } from '../../app/career-api';
import type { Versioned } from '../../app/ports';
import type { Party } from '../../domain';
import type { AccessAction, AccessRecord } from '../../domain/access';
import type { Caller } from '../auth/caller';
import type { Services } from './route';

/** Which side of the contract the caller is on; the guard has already checked they are one. */
export function partyOf(caller: Caller, reportId: string): Party {
  return caller.userId === reportId ? 'report' : 'manager';
}

/** A request about a person, past the gate. */
export interface GatedRequest {
  caller: Caller;
  params: { personId: string };
  resolved: ResolvedRelationship;
}

/**
 * The records of a person the caller may see, each asked on its own; each one shown is in the
 * person's trail. `earlierHistory` says some exist that are not shared with the caller.
 */
export async function visibleRecords<T>(
  services: Services,
  request: GatedRequest,
  action: AccessAction,
  items: readonly T[],
  factsOf: (item: T) => AccessRecord,
): Promise<{ shown: T[]; earlierHistory: boolean }> {
  const { caller, resolved } = request;
  const { personId } = request.params;
  const may = permits(caller, personId, resolved, services.ctx.clock.now());
  const checked = items.map((item) => ({ item, facts: factsOf(item) }));
  const shown = checked.filter(({ facts }) => may(action, facts));
  await services.guard.auditRecords(
    caller,
    action,
    personId,
    resolved,
    shown.map((s) => s.facts),
  );
  return { shown: shown.map((s) => s.item), earlierHistory: shown.length < items.length };
}

/**
 * The answer of a list of a person's stored records: those the caller may see, each shown as
 * `show` says, and whether earlier ones exist that are not shared.
 */
export async function listAnswer<T, Item>(
  services: Services,
  request: GatedRequest,
  action: AccessAction,
  stored: readonly Versioned<T>[],
  factsOf: (resolved: ResolvedRelationship, value: T) => AccessRecord,
  show: (item: Versioned<T>) => Item,
) {
  const { shown, earlierHistory } = await visibleRecords(
    services,
    request,
    action,
    stored,
    (item) => factsOf(request.resolved, item.value),
  );
  return { body: { reportId: request.params.personId, items: shown.map(show), earlierHistory } };
}
