import { PortError } from '../../../app/ports';
import type { BatchOutcome, BatchStep } from '../client';
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

function describe(outcome: BatchOutcome): string {
  const cause = outcome.error?.cause;
  return cause instanceof Error && cause.message !== '' ? cause.message : `HTTP ${outcome.status}`;
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
    } else if (outcome)
      report.problems.push(`${spec.displayName}: not created (${describe(outcome)})`);
  }
  const present = specs.filter((spec) => report.lists[spec.key] !== undefined);
  for (const spec of present) {
    const changes = await provisionColumns(
      graph,
      siteId,
      spec,
      report.lists[spec.key] ?? '',
      report,
    );
    if (changes === 0 && !report.created.includes(spec.displayName))
      report.unchanged.push(spec.displayName);
  }
  return report;
}

/** Adds missing columns and fixes existing ones; returns how many changes it made. */
async function provisionColumns(
  graph: SharePointGraph,
  siteId: string,
  spec: ListSpec,
  listId: string,
  report: ProvisionReport,
): Promise<number> {
  const path = `${sitePath(siteId)}/lists/${segment(listId)}/columns`;
  const columns = await collect(graph, path, columnResource);
  const missing = spec.columns.filter((c) => !columns.some((col) => col.name === c.name));
  const steps: BatchStep[] = missing.map((c) => ({
    id: `new-${c.name}`,
    method: 'POST',
    path,
    body: columnDefinition(c),
    scopes: SHAREPOINT_SCOPES,
  }));
  const fixes: { spec: ColumnSpec; kinds: string[] }[] = [];
  for (const c of spec.columns) {
    const column = columns.find((col) => col.name === c.name);
    if (!column) continue;
    const fix = fixesFor(c, column);
    if (typeof fix === 'string') {
      report.problems.push(`${spec.displayName}.${c.name} ${fix}`);
    } else if (fix.kinds.length > 0) {
      fixes.push({ spec: c, kinds: fix.kinds });
      steps.push({
        id: `fix-${c.name}`,
        method: 'PATCH',
        path: `${path}/${segment(column.id)}`,
        body: fix.patch,
        scopes: SHAREPOINT_SCOPES,
      });
    }
  }
  const outcomes = await graph.batch(steps);
  let changes = 0;
  for (const outcome of outcomes) {
    const name = outcome.id.replace(/^(new|fix)-/, '');
    const where = `${spec.displayName}.${name}`;
    if (outcome.error) {
      report.problems.push(
        `${where}: ${outcome.id.startsWith('new') ? 'not created' : 'not changed'} (${describe(outcome)})`,
      );
      continue;
    }
    changes += 1;
    if (outcome.id.startsWith('new')) {
      report.created.push(where);
      const column = columnResource.safeParse(outcome.body);
      const wanted = spec.columns.find((c) => c.name === name);
      // Some tenants ignore `indexed` on creation: index the new column in a second step.
      if (wanted?.indexed && column.success && column.data.indexed !== true) {
        await indexColumn(graph, `${path}/${segment(column.data.id)}`, where, report);
      } else if (wanted?.indexed) {
        report.indexed.push(where);
      }
      continue;
    }
    const fix = fixes.find((f) => f.spec.name === name);
    for (const kind of fix?.kinds ?? []) {
      if (kind === 'indexed') report.indexed.push(where);
      else report.updated.push(`${where}: ${kind}`);
    }
  }
  return changes;
}

async function indexColumn(
  graph: SharePointGraph,
  path: string,
  where: string,
  report: ProvisionReport,
): Promise<void> {
  try {
    await graph.send({ method: 'PATCH', path, body: { indexed: true }, scopes: SHAREPOINT_SCOPES });
    report.indexed.push(where);
  } catch (error) {
    report.problems.push(
      `${where}: not indexed (${error instanceof Error ? error.message : 'failed'})`,
    );
  }
}
