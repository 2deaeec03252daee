import {
  compareNames,
  summarizeTeam,
  type Person,
  type TeamOverview,
  type TimeZoneId,
} from '../../../domain';
import type { Caller } from '../../../domain/access';
import type { UseCaseContext } from '../context';
import { loadReportRecords, visibleHistory } from './report-records';

/** The overview covers at most this many reports in one answer. */
export const TEAM_OVERVIEW_MAX = 50;

export interface TeamOverviewResult {
  overview: TeamOverview;
  /** Reports beyond the first 50, by display name, left out of this answer. */
  truncated: number;
  /** Some report has records from before the caller managed them, not shared (never how many). */
  earlierHistory: boolean;
}

/**
 * The manager's whole overview in one call: the live direct reports (from the directory, passed
 * in), every report's records asked for at once (the stores send them as a few shared queries,
 * not a handful per report), filtered by what the manager may see, then summarised by the
 * playbook's rules.
 */
export async function readTeamOverview(
  ctx: UseCaseContext,
  input: { caller: Caller; reports: readonly Person[]; zone: TimeZoneId },
): Promise<TeamOverviewResult> {
  const now = ctx.clock.now();
  const sorted = [...input.reports].sort(
    (a, b) => compareNames(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1),
  );
  const shown = sorted.slice(0, TEAM_OVERVIEW_MAX);
  const managerId = input.caller.userId;
  const visible = await Promise.all(
    shown.map(async (report) => {
      const records = await loadReportRecords(ctx, report, managerId);
      return visibleHistory(input.caller, records, managerId, now, input.zone);
    }),
  );
  return {
    overview: summarizeTeam({
      managerId,
      histories: visible.map((v) => v.history),
      now,
      zone: input.zone,
    }),
    truncated: sorted.length - shown.length,
    earlierHistory: visible.some((v) => v.earlierHistory),
  };
}
