import { isPortError, PortError } from '../../../app/ports';
import type { BatchOutcome } from '../client';
import { segment } from '../client';
import { SHAREPOINT_SCOPES, type SharePointGraph } from './list-client';
import {
  columnDefinition,
  LIST_KEYS,
  listSpec,
  type ColumnSpec,
  type ListIds,
  type ListSpec,
} from './schema';
import {
  collect,
  columnResource,
  listResource,
  sitePath,
  typeOf,
  type Column,
} from './site-columns';

/** What `provision` did. It never deletes a list, a column or an item. */
export interface ProvisionReport {
  /** Lists and columns created: `CareerCommitments`, `CareerCommitments.due`. */
  created: string[];
  /** Columns that were not indexed and now are. */
  indexed: string[];
  /** Columns changed in place: unique values enforced, choices added. */
  updated: string[];
  /** Lists that already matched the schema. */
  unchanged: string[];
  /** What provisioning could not put right; the stores may not work until someone does. */
  problems: string[];
  /** Ids of the lists that exist now. */
  lists: Partial<ListIds>;
  /**
   * SharePoint refused a change for want of permission: the app's Sites.Selected grant on the
   * site is weaker than `manage` (lists and columns are created with it).
   */
  forbidden: boolean;
}

/** The ids of the product's lists on the site; fails if provisioning has not created them all. */
export async function resolveLists(graph: SharePointGraph, siteId: string): Promise<ListIds> {
  const lists = await collect(graph, `${sitePath(siteId)}/lists`, listResource);
  const ids: Partial<ListIds> = {};
  for (const key of LIST_KEYS) {
    const found = lists.find((l) => l.displayName === listSpec(key).displayName);
    if (!found) {
      throw new PortError(
        'not-found',
        `The SharePoint list ${listSpec(key).displayName} is missing. Run provisioning for the site first.`,
      );
    }
    ids[key] = found.id;
  }
  return ids as ListIds;
}

/** Graph's own account of a failure (the PortError's cause), for the admin reading the report. */
function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message !== '') return cause.message;
  return error instanceof Error && error.message !== '' ? error.message : 'failed';
}

function describe(outcome: BatchOutcome): string {
  return outcome.error ? reasonOf(outcome.error) : `HTTP ${outcome.status}`;
}

/** The changes an existing column needs to match its spec, or a problem when it cannot. */
function fixesFor(
  spec: ColumnSpec,
  column: Column,
): { patch: Record<string, unknown>; kinds: string[] } | string {
  const actual = typeOf(column);
  if (actual !== spec.type) return `is ${actual ?? 'of another type'}, expected ${spec.type}`;
  const patch: Record<string, unknown> = {};
  const kinds: string[] = [];
  if (spec.indexed && column.indexed !== true) {
    patch.indexed = true;
    kinds.push('indexed');
  }
  if (spec.unique && column.enforceUniqueValues !== true) {
    patch.enforceUniqueValues = true;
    kinds.push('unique values enforced');
  }
  const choices = column.choice?.choices ?? [];
  const missing = (spec.choices ?? []).filter((c) => !choices.includes(c));
  if (missing.length > 0) {
    patch.choice = { ...column.choice, choices: [...choices, ...missing] };
    kinds.push(`choices added: ${missing.join(', ')}`);
  }
  return { patch, kinds };
}

/**
 * Creates the product's lists and columns on a site where they are missing and indexes columns
 * that should be, through Graph alone, so the same code provisions the local tenant and a real
 * site. Idempotent: a second run reports everything unchanged. It needs the app's Sites.Selected
 * grant with the `manage` role (creating lists); the stores need only `write`.
 */
export async function provision(graph: SharePointGraph, siteId: string): Promise<ProvisionReport> {
  const report: ProvisionReport = {
    created: [],
    indexed: [],
    updated: [],
    unchanged: [],
    problems: [],
    lists: {},
    forbidden: false,
  };
  const existing = await collect(graph, `${sitePath(siteId)}/lists`, listResource);
  const specs = LIST_KEYS.map(listSpec);
  const toCreate = specs.filter((s) => !existing.some((l) => l.displayName === s.displayName));
  const createdLists = await graph.batch(
    toCreate.map((spec) => ({
      id: spec.key,
      method: 'POST',
      path: `${sitePath(siteId)}/lists`,
      body: {
        displayName: spec.displayName,
        description: spec.description,
        list: { template: 'genericList' },
      },
      scopes: SHAREPOINT_SCOPES,
    })),
  );
  for (const spec of specs) {
    const found = existing.find((l) => l.displayName === spec.displayName);
    const outcome = createdLists.find((o) => o.id === spec.key);
    const created = outcome && listResource.safeParse(outcome.body);
    if (found) report.lists[spec.key] = found.id;
    else if (created?.success) {
      report.lists[spec.key] = created.data.id;
      report.created.push(spec.displayName);
    } else if (outcome) {
      report.problems.push(`${spec.displayName}: not created (${describe(outcome)})`);
      if (isPortError(outcome.error, 'forbidden')) report.forbidden = true;
    }
  }
  const present = specs.filter((spec) => report.lists[spec.key] !== undefined);
  // Lists side by side, each list's columns one at a time: SharePoint refuses overlapping changes
  // to one list's schema with 409 "Save Conflict". Merged in schema order, so reports compare.
  const changes = await Promise.all(
    present.map((spec) => provisionColumns(graph, siteId, spec, report.lists[spec.key] ?? '')),
  );
  for (const [index, spec] of present.entries()) {
    const change = changes[index];
    if (!change) continue;
    report.created.push(...change.created);
    report.indexed.push(...change.indexed);
    report.updated.push(...change.updated);
    report.problems.push(...change.problems);
    if (change.forbidden) report.forbidden = true;
    const untouched = change.created.length + change.indexed.length + change.updated.length === 0;
    if (untouched && !report.created.includes(spec.displayName)) {
      report.unchanged.push(spec.displayName);
    }
  }
  return report;
}

type ListChanges = Pick<
  ProvisionReport,
  'created' | 'indexed' | 'updated' | 'problems' | 'forbidden'
>;

function refuse(changes: ListChanges, what: string, error: unknown): void {
  changes.problems.push(`${what} (${reasonOf(error)})`);
  if (isPortError(error, 'forbidden')) changes.forbidden = true;
}

/** Adds a list's missing columns and fixes existing ones, one request at a time. */
async function provisionColumns(
  graph: SharePointGraph,
  siteId: string,
  spec: ListSpec,
  listId: string,
): Promise<ListChanges> {
  const changes: ListChanges = {
    created: [],
    indexed: [],
    updated: [],
    problems: [],
    forbidden: false,
  };
  const path = `${sitePath(siteId)}/lists/${segment(listId)}/columns`;
  const columns = await collect(graph, path, columnResource);
  for (const wanted of spec.columns) {
    const where = `${spec.displayName}.${wanted.name}`;
    const column = columns.find((col) => col.name === wanted.name);
    if (!column) {
      await addColumn(graph, path, wanted, where, changes);
      continue;
    }
    const fix = fixesFor(wanted, column);
    if (typeof fix === 'string') {
      changes.problems.push(`${where} ${fix}`);
      continue;
    }
    if (fix.kinds.length === 0) continue;
    try {
      await graph.send({
        method: 'PATCH',
        path: `${path}/${segment(column.id)}`,
        body: fix.patch,
        scopes: SHAREPOINT_SCOPES,
      });
    } catch (error) {
      refuse(changes, `${where}: not changed`, error);
      continue;
    }
    for (const kind of fix.kinds) {
      if (kind === 'indexed') changes.indexed.push(where);
      else changes.updated.push(`${where}: ${kind}`);
    }
  }
  return changes;
}

async function addColumn(
  graph: SharePointGraph,
  path: string,
  wanted: ColumnSpec,
  where: string,
  changes: ListChanges,
): Promise<void> {
  let created;
  try {
    created = await graph.send({
      method: 'POST',
      path,
      body: columnDefinition(wanted),
      scopes: SHAREPOINT_SCOPES,
    });
  } catch (error) {
    refuse(changes, `${where}: not created`, error);
    return;
  }
  changes.created.push(where);
  if (!wanted.indexed) return;
  const column = columnResource.safeParse(created.body);
  // Some tenants ignore `indexed` on creation: index the new column in a second step.
  if (!column.success || column.data.indexed === true) {
    changes.indexed.push(where);
    return;
  }
  try {
    await graph.send({
      method: 'PATCH',
      path: `${path}/${segment(column.data.id)}`,
      body: { indexed: true },
      scopes: SHAREPOINT_SCOPES,
    });
    changes.indexed.push(where);
  } catch (error) {
    refuse(changes, `${where}: not indexed`, error);
  }
}
