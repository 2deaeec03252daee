/** What `npm run provision` prints: short lines an administrator can act on. */
import {
  SHAREPOINT_LISTS,
  siteGrantRequests,
  siteLookupRequest,
  type GrantedApp,
  type GraphRequestText,
  type ListInspection,
  type ProvisionReport,
  type SharePointGraph,
} from '../../src/adapters/graph/sharepoint';

const plural = (n: number, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

function requestLines(request: GraphRequestText): string[] {
  return [
    `  ${request.method} ${request.url}`,
    ...(request.body ? [`  ${JSON.stringify(request.body)}`] : []),
  ];
}

/**
 * The Sites.Selected grant the API app needs, spelled out as the requests a SharePoint
 * Administrator (or an app with Sites.FullControl.All) sends, e.g. from Graph Explorer. Without
 * a site id (the API could not even read the site) the lookup request comes first.
 */
export function grantAdvice(
  graph: Pick<SharePointGraph, 'root'>,
  siteUrl: string,
  siteId: string | undefined,
  app: GrantedApp,
): string[] {
  const id = siteId ?? '{site-id}';
  const [create, raise] = siteGrantRequests(graph, id, app, 'manage');
  return [
    `The API app ${app.displayName} (${app.id}) needs Sites.Selected "manage" on ${siteUrl}.`,
    'A SharePoint Administrator with Sites.FullControl.All must grant it:',
    ...(siteId === undefined
      ? [
          '1. Find the site id ({site-id} below):',
          ...requestLines(siteLookupRequest(graph, siteUrl)),
        ]
      : []),
    `${siteId === undefined ? '2' : '1'}. Grant "write" (Content-Type: application/json):`,
    ...(create ? requestLines(create) : []),
    `${siteId === undefined ? '3' : '2'}. Raise it to "manage" (creates lists), {permission-id} from the answer to the grant:`,
    ...(raise ? requestLines(raise) : []),
    'Or run this command as that administrator, with their Graph token in GRAPH_ADMIN_TOKEN:',
    `  npm run provision -- --site ${siteUrl} --grant`,
  ];
}

/** The dry run: what provisioning would create or change, list by list. */
export function planLines(inspections: readonly ListInspection[]): string[] {
  const lines: string[] = [];
  let lists = 0;
  let columns = 0;
  let indexes = 0;
  for (const inspection of inspections) {
    const name = inspection.displayName;
    if (!inspection.present) {
      const spec = SHAREPOINT_LISTS[inspection.key];
      const indexed = spec.columns.filter((c) => c.indexed).map((c) => c.name);
      lists += 1;
      columns += spec.columns.length;
      indexes += indexed.length;
      lines.push(
        `  create list ${name} (${plural(spec.columns.length, 'column')}); index ${indexed.join(', ')}`,
      );
      continue;
    }
    const changes = [
      inspection.missingColumns.length > 0 &&
        `add ${inspection.missingColumns.map((c) => c.name).join(', ')}`,
      inspection.notIndexed.length > 0 && `index ${inspection.notIndexed.join(', ')}`,
      inspection.notUnique.length > 0 &&
        `enforce unique values on ${inspection.notUnique.join(', ')}`,
      inspection.wrongType.length > 0 &&
        `cannot fix (recreate by hand): ${inspection.wrongType.join('; ')}`,
    ].filter((c): c is string => typeof c === 'string');
    columns += inspection.missingColumns.length;
    indexes +=
      inspection.notIndexed.length + inspection.missingColumns.filter((c) => c.indexed).length;
    lines.push(`  ${name}: ${changes.length === 0 ? 'up to date' : changes.join('; ')}`);
  }
  const total =
    lists + columns + indexes === 0
      ? 'Dry run: nothing to change.'
      : `Dry run: would create ${plural(lists, 'list')} and ${plural(columns, 'column')}, and index ${plural(indexes, 'column')}. Nothing was changed.`;
  return [...lines, total];
}

/** What a real run did. */
export function reportLines(report: ProvisionReport): string[] {
  const lists = report.created.filter((name) => !name.includes('.'));
  const columns = report.created.length - lists.length;
  const changed = lists.length + columns + report.indexed.length + report.updated.length;
  return [
    changed === 0
      ? `Nothing to change: all ${plural(report.unchanged.length, 'list')} match the schema.`
      : `Created ${plural(lists.length, 'list')} and ${plural(columns, 'column')}; indexed ${plural(report.indexed.length, 'column')}; updated ${plural(report.updated.length, 'column')}.`,
    ...report.updated.map((update) => `  updated ${update}`),
    ...report.problems.map((problem) => `  problem: ${problem}`),
  ];
}
