import {
  appLinksForSubPage,
  dateIn,
  nudgeSubPageId,
  planNudges,
  type AppLinkTarget,
  type Nudge,
  type NudgeKind,
  type PendingHistoryRequest,
  type Person,
  type TimeZoneId,
} from '../../../domain';
import { isPortError, type ActivityFeed, type NudgeStore } from '../../ports';
import type { UseCaseContext } from '../context';
import { walkOrganisation, type OrgMember } from '../hr/read-cadence-aggregates';
import { mapConcurrent } from '../map-concurrent';
import { loadReportRecords, visibleHistory } from '../team/report-records';

const IN_FLIGHT = 8;
/**
 * How far back what was sent is read. An occasion still open after this long (a commitment
 * overdue for a quarter) is nudged again, once.
 */
const SENT_LOOKBACK_DAYS = 90;
/** What the feed shows beside the line: the app, never the subject of the nudge. */
const TOPIC = 'Career Conversations';

export interface NudgeJob {
  feed: ActivityFeed;
  store: NudgeStore;
  /** The app's address and its Teams app, for the deep link each nudge opens. */
  links: AppLinkTarget & { teams: NonNullable<AppLinkTarget['teams']> };
  /** The people at the top of the organisations whose people are nudged. */
  orgRoots: readonly string[];
  /** For people the directory gives no zone (the API reads no mailbox settings). */
  defaultZone: TimeZoneId;
}

export interface NudgeRun {
  sent: number;
  /** Nudges not delivered, with why (the recipient has not installed the app, say). */
  failed: { recipientId: string; kind: NudgeKind; reason: string }[];
}

async function membersOf(ctx: UseCaseContext, roots: readonly string[]): Promise<OrgMember[]> {
  const seen = new Set<string>();
  const members: OrgMember[] = [];
  for (const root of roots) {
    for (const member of await walkOrganisation(ctx, root)) {
      if (seen.has(member.person.id)) continue;
      seen.add(member.person.id);
      members.push(member);
    }
  }
  return members;
}

/**
 * The scheduled job: plans the nudges due now over everyone under the roots, each report's
 * records read as their current manager may see them, and sends them to the Teams activity
 * feed. A nudge is recorded before it is sent, so a restart or a second instance never sends
 * it twice; one that failed for a passing reason is forgotten again and retried next run.
 */
export async function sendDueNudges(ctx: UseCaseContext, job: NudgeJob): Promise<NudgeRun> {
  const now = ctx.clock.now();
  const members = await membersOf(ctx, job.orgRoots);
  const people = new Map<string, Person>(members.map((m) => [m.person.id, m.person]));
  for (const root of job.orgRoots) {
    if (!people.has(root)) people.set(root, await ctx.directory.person(root));
  }
  const read = await mapConcurrent(members, IN_FLIGHT, async (member) => {
    const [records, requests] = await Promise.all([
      loadReportRecords(ctx, member.person, member.managerId),
      ctx.stores.historyRequests.listForReport(member.person.id),
    ]);
    const manager = { userId: member.managerId, isHrAdmin: false };
    // "Overdue" in withheld history is counted in the manager's day, as their overview does.
    const zone = people.get(member.managerId)?.timeZone ?? job.defaultZone;
    return {
      history: visibleHistory(manager, records, member.managerId, now, zone).history,
      // Who asked and when, nothing more; an answered request is nothing to remind of.
      pending: requests
        .filter(({ value }) => value.state === 'pending')
        .map(({ value }): PendingHistoryRequest => {
          const { id, reportId, managerId, askedAt } = value;
          return { id, reportId, managerId, askedAt };
        }),
    };
  });
  const ids = [...people.keys()];
  const off = await mapConcurrent(ids, IN_FLIGHT, (id) => job.store.switchedOff(id));
  const since = dateIn(now, 'UTC').subtract({ days: SENT_LOOKBACK_DAYS }).toString();
  const nudges = planNudges(
    {
      histories: read.map((r) => r.history),
      historyRequests: read.flatMap((r) => r.pending),
      managers: people,
      switchedOff: new Map(ids.map((id, i) => [id, off[i] ?? []])),
      sent: await job.store.sentSince(since),
      defaultZone: job.defaultZone,
    },
    now,
  );
  const run: NudgeRun = { sent: 0, failed: [] };
  for (const nudge of nudges) await deliver(job, nudge, run);
  return run;
}

async function deliver(job: NudgeJob, nudge: Nudge, run: NudgeRun): Promise<void> {
  const { recipientId, key, day, kind } = nudge;
  if (!(await job.store.recordSent({ recipientId, key, day, kind }))) return;
  const link = appLinksForSubPage(job.links, nudgeSubPageId(nudge.screen)).teams;
  try {
    await job.feed.notify({
      recipientId,
      kind,
      parameters: nudge.parameters,
      preview: nudge.preview,
      topic: TOPIC,
      link: link ?? job.links.appUrl,
    });
    run.sent += 1;
  } catch (error) {
    if (!isPortError(error)) throw error;
    // Refusals (no permission, app not installed, unknown person) stay recorded: sending again
    // would be refused again. A busy or unreachable Graph is tried again on the next run.
    if (isPortError(error, 'throttled') || isPortError(error, 'unavailable')) {
      await job.store.forget(recipientId, key);
    }
    run.failed.push({ recipientId, kind, reason: error.kind });
  }
}
