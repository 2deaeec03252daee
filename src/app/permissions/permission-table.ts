import { GRAPH_PERMISSIONS, type GraphPermission } from './graph-permissions';

/** The markers around the generated table in docs/admin-guide.md. */
export const PERMISSION_TABLE_BEGIN = '<!-- permissions:begin -->';
export const PERMISSION_TABLE_END = '<!-- permissions:end -->';

const who = (permission: GraphPermission): string =>
  permission.kind === 'delegated' ? 'delegated (web app)' : 'application (career API)';

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/**
 * The admin guide's permission table, rendered from the one list. `npm run docs:permissions`
 * writes it between the markers; a unit test fails when the guide says anything else.
 */
export function renderPermissionTable(
  permissions: readonly GraphPermission[] = GRAPH_PERMISSIONS,
): string {
  const rows = permissions.map(
    (p) =>
      `| \`${p.name}\` | ${who(p)} | ${cell(p.feature)} | ${cell(p.why)} | ${p.adminConsent ? 'yes' : 'no'} |`,
  );
  return [
    '| Microsoft Graph permission | type | feature | why | admin consent required |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * A Markdown table's cells, row by row, without the padding Prettier adds: two tables are the
 * same when these are.
 */
export function tableCells(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim().startsWith('|'))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

/** The text between the markers, or undefined when the document lacks them. */
export function readPermissionTable(document: string): string | undefined {
  const begin = document.indexOf(PERMISSION_TABLE_BEGIN);
  const end = document.indexOf(PERMISSION_TABLE_END);
  if (begin === -1 || end < begin) return undefined;
  return document.slice(begin + PERMISSION_TABLE_BEGIN.length, end).trim();
}

/** The document with the generated table between its markers (which must exist). */
export function writePermissionTable(document: string, table = renderPermissionTable()): string {
  const begin = document.indexOf(PERMISSION_TABLE_BEGIN);
  const end = document.indexOf(PERMISSION_TABLE_END);
  if (begin === -1 || end < begin) {
    throw new Error(
      `The document has no ${PERMISSION_TABLE_BEGIN} … ${PERMISSION_TABLE_END} markers.`,
    );
  }
  return `${document.slice(0, begin + PERMISSION_TABLE_BEGIN.length)}\n\n${table}\n\n${document.slice(end)}`;
}
