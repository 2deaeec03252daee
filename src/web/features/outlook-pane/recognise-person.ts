import type { ReportOverview } from '../../../domain';
import type { ItemPerson } from '../../host/outlook-item';

/** Who the task pane is about, from the people on the open item. */
export type PaneSubject =
  /** A current direct report of the caller: their summary and the manager's actions. */
  | { kind: 'report'; report: ReportOverview }
  /** The caller's own manager is on the item: the caller's own contract, as in their tab. */
  | { kind: 'self' }
  /** Nobody the caller manages: said, and nothing else offered. */
  | { kind: 'not-a-report'; person: ItemPerson | undefined };

export interface Caller {
  /** Every address the caller is known by (UPN, mail): never taken for someone else. */
  emails: readonly string[];
  /** The caller's current direct reports (the team overview's rows). */
  reports: readonly ReportOverview[];
  /** The caller's manager's mail, when they have one. */
  managerEmail?: string | undefined;
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The first direct report among the item's people, in Outlook's order (sender or organizer
 * first); else, when the caller's manager is on it, the caller themself; else whoever else is on
 * it, who is not the caller's report. Matched by mail address, as Outlook gives no directory id;
 * the career API still decides what may be read about whom.
 */
export function recognisePerson(people: readonly ItemPerson[], caller: Caller): PaneSubject {
  const others = people.filter((p) => !caller.emails.some((mine) => same(mine, p.email)));
  for (const person of others) {
    const report = caller.reports.find((r) => same(r.person.mail, person.email));
    if (report) return { kind: 'report', report };
  }
  const manager = caller.managerEmail;
  if (manager !== undefined && others.some((p) => same(p.email, manager))) return { kind: 'self' };
  return { kind: 'not-a-report', person: others[0] };
}
