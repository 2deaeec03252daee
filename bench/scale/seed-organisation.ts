/**
 * A generated organisation for the scale drill, written straight into the local tenant's state
 * (never kept in the repository): people in a management tree and list items in every career
 * list, spread over those people as a large company's records would be. Values are in stored form
 * and follow the provisioned schema, so indexed columns carry realistic spreads: ids per person,
 * dates over two years, every choice used.
 */
import { setImmediate } from 'node:timers/promises';
import { addUser } from '../../src/local-tenant/controls/users';
import { insertListItems } from '../../src/local-tenant/graph/sharepoint/bulk';
import { CAREER_SITE_ID } from '../../src/local-tenant/graph/sharepoint/seed';
import type { FieldValue, Identity } from '../../src/local-tenant/graph/sharepoint/state';
import type { LocalTenant } from '../../src/local-tenant';
import {
  SHAREPOINT_LISTS,
  type ColumnSpec,
  type ListKey,
} from '../../src/adapters/graph/sharepoint/schema';

/** Share of the items each list gets: commitments and the audit trail grow fastest. */
const SHARES: Record<ListKey, number> = {
  commitments: 0.3,
  audit: 0.276,
  conversations: 0.1,
  reviewItems: 0.1,
  contractVersions: 0.05,
  triggers: 0.04,
  managerHistory: 0.03,
  profiles: 0.02,
  refusals: 0.02,
  consents: 0.011,
  agenda: 0.02,
  historyRequests: 0.011,
  nudgesSent: 0.011,
  nudgePreferences: 0.011,
};

const SPAN_MS = 2 * 365 * 86_400_000;
const START_MS = Date.parse('2025-01-01T00:00:00Z');

export interface GeneratedPeople {
  ids: string[];
  /** The manager of each person, by index (the first person has none). */
  managerOf: (index: number) => number | undefined;
}

/** `count` people, each manager with 12 reports, all under one top. */
export function seedPeople(tenant: LocalTenant, count: number): GeneratedPeople {
  const span = 12;
  const managerOf = (index: number): number | undefined =>
    index === 0 ? undefined : Math.floor((index - 1) / span);
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const manager = managerOf(index);
    const added = addUser(tenant.ctx, {
      userPrincipalName: `scale.person${String(index)}@contoso-demo.example`,
      displayName: `Scale Person ${String(index)}`,
      managerId: manager === undefined ? null : (ids[manager] ?? null),
    });
    if (!added.ok) throw new Error(added.message);
    ids.push(added.user.id);
  }
  return { ids, managerOf };
}

/** A deterministic spread, so runs compare. */
function spread(n: number, modulo: number): number {
  return (n * 2_654_435_761) % modulo;
}

function stamp(n: number): string {
  return new Date(START_MS + spread(n, SPAN_MS / 1000) * 1000).toISOString().replace('.000', '');
}

function valueFor(
  list: ListKey,
  column: ColumnSpec,
  n: number,
  people: GeneratedPeople,
): FieldValue | undefined {
  const person = spread(n, people.ids.length);
  const manager = people.managerOf(person) ?? 0;
  if (column.unique) return `${list}-${column.name}-${String(n)}`;
  switch (column.name) {
    case 'reportId':
    case 'subjectId':
      return people.ids[person];
    case 'managerId':
    case 'actorId':
      return people.ids[manager];
    case 'contractId':
      return `contract-${String(person)}`;
  }
  switch (column.type) {
    case 'text':
      return `${column.name}-${String(spread(n, 5000))}`;
    case 'note':
      return 'Generated for the scale drill.';
    case 'number':
      return 1 + spread(n, 6);
    case 'dateTime':
      return stamp(n + column.name.length);
    case 'boolean':
      return n % 2 === 0;
    case 'choice': {
      const choices = column.choices ?? [];
      return choices[spread(n, choices.length)];
    }
  }
}

function rowsFor(
  list: ListKey,
  from: number,
  count: number,
  people: GeneratedPeople,
): Record<string, FieldValue>[] {
  const columns: readonly ColumnSpec[] = SHAREPOINT_LISTS[list].columns;
  return Array.from({ length: count }, (_, offset) => {
    const n = from + offset;
    const values: Record<string, FieldValue> = {};
    for (const column of columns) {
      const value = valueFor(list, column, n, people);
      if (value !== undefined) values[column.name] = value;
    }
    return values;
  });
}

/** How many items each list gets of `total`, and at least `atLeast` each. */
export function itemsPerList(total: number, atLeast = 0): Record<ListKey, number> {
  const counts = {} as Record<ListKey, number>;
  for (const [list, share] of Object.entries(SHARES) as [ListKey, number][]) {
    counts[list] = Math.max(atLeast, Math.round(total * share));
  }
  return counts;
}

/** Rows written per turn of the event loop, so the tenant's and the API's sockets keep working. */
const CHUNK = 10_000;

/**
 * Appends generated items to every career list (`counts` per list), numbered on from `from` so a
 * second call adds to a first. The lists must be provisioned already.
 */
export async function seedListItems(
  tenant: LocalTenant,
  people: GeneratedPeople,
  counts: Record<ListKey, number>,
  from = 0,
): Promise<void> {
  const author: Identity = {
    kind: 'application',
    id: tenant.apiClientId,
    displayName: 'Career Conversations API',
    email: null,
  };
  const now = new Date(tenant.clock.epochMs());
  for (const [list, count] of Object.entries(counts) as [ListKey, number][]) {
    for (let done = 0; done < count; done += CHUNK) {
      const rows = rowsFor(list, from + done, Math.min(CHUNK, count - done), people);
      tenant.state.update((state) => {
        insertListItems(
          state,
          CAREER_SITE_ID,
          SHAREPOINT_LISTS[list].displayName,
          rows,
          author,
          now,
        );
      });
      // A turn of the event loop: idle keep-alive sockets time out now, not under a request.
      await setImmediate();
    }
  }
}
