/** The command line of `npm run provision`, parsed; the usage text the admin guide shows. */

export const USAGE = `Usage: npm run provision -- --site <url> [--dry-run] [--grant]

  --site <url>  the career site, e.g. https://contoso.sharepoint.com/sites/career-conversations
  --dry-run     print the lists, columns and indexes it would create; change nothing
  --grant       first grant the API app Sites.Selected "manage" on the site, with the token in
                GRAPH_ADMIN_TOKEN (a SharePoint Administrator's, or an admin app's, carrying
                Sites.FullControl.All)

Signs in as the career API (TENANT_ID, API_CLIENT_ID, API_CLIENT_SECRET, AUTHORITY_HOST and
GRAPH_BASE_URL, as the API reads them), creates what is missing, verifies it, and prints the
site id for SHAREPOINT_SITE_ID. Safe to run again: it never deletes anything.`;

export interface ProvisionArgs {
  site: string;
  dryRun: boolean;
  grant: boolean;
}

export type ParsedArgs =
  { kind: 'run'; args: ProvisionArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let site: string | undefined;
  let dryRun = false;
  let grant = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--grant') grant = true;
    else if (arg.startsWith('--site=')) site = arg.slice('--site='.length);
    else if (arg === '--site') {
      site = argv[i + 1];
      i += 1;
    } else return { kind: 'error', message: `Unknown argument: ${arg}` };
  }
  if (site === undefined || site.trim() === '' || site.startsWith('--')) {
    return { kind: 'error', message: '--site <url> is required.' };
  }
  return { kind: 'run', args: { site: site.trim(), dryRun, grant } };
}
