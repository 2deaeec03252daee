import { compareByUrgency, epochMillisOf, type ReportOverview } from '../../../domain';

export const TEAM_SORTS = ['urgency', 'name', 'next'] as const;
export type TeamSort = (typeof TEAM_SORTS)[number];
export type SortDirection = 'ascending' | 'descending';

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const byName = (a: ReportOverview, b: ReportOverview): number =>
  names.compare(a.person.displayName, b.person.displayName) ||
  (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0);

/** Booked first, soonest first; nobody booked goes last whichever way the column is sorted. */
function byNext(a: ReportOverview, b: ReportOverview, direction: SortDirection): number {
  const at = a.nextConversation?.start;
  const bt = b.nextConversation?.start;
  if (at === undefined || bt === undefined) {
    return at === bt ? compareByUrgency(a, b) : at === undefined ? 1 : -1;
  }
  const order = epochMillisOf(at) - epochMillisOf(bt) || compareByUrgency(a, b);
  return direction === 'ascending' ? order : -order;
}

/** The rows in the order the manager asked for, optionally only those needing attention now. */
export function arrangeTeam(
  reports: readonly ReportOverview[],
  view: { sort: TeamSort; direction: SortDirection; attentionOnly: boolean },
): ReportOverview[] {
  const rows = view.attentionOnly ? reports.filter((r) => r.status.needsAttention) : [...reports];
  if (view.sort === 'next') return rows.sort((a, b) => byNext(a, b, view.direction));
  const compare = view.sort === 'name' ? byName : compareByUrgency;
  const sign = view.direction === 'ascending' ? 1 : -1;
  return rows.sort((a, b) => sign * compare(a, b));
}
