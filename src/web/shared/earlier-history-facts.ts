import type { ReportOverview } from '../../domain';
import type { DateFormat } from './date-format';
import { conversationLabel } from '../../domain';

/**
 * The last conversation as the list and the card both say it. One held with an earlier manager
 * and not shared is still a fact with a date: "None held yet" would hide how long it has been.
 */
export function describeLastConversation(report: ReportOverview, dates: DateFormat): string {
  const last = report.lastConversation;
  if (last) return `${conversationLabel(last.kind)}, ${dates.instant(last.at)}`;
  const before = report.earlierHistory?.lastHeldOn;
  return before ? `Before you, ${dates.date(before)} (not shared)` : 'None held yet';
}

/** Overdue commitments withheld from the manager, counted per side; empty when none. */
export function describeEarlierOverdue(report: ReportOverview): string[] {
  const overdue = report.earlierHistory?.overdue;
  if (!overdue) return [];
  return [
    ...(overdue.manager.count > 0 ? [`Earlier manager: ${String(overdue.manager.count)}`] : []),
    ...(overdue.report.count > 0 ? [`They, before you: ${String(overdue.report.count)}`] : []),
  ];
}
