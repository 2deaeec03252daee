import { toIsoInstant, type TransitionFlag } from '../../../domain';
import type { ReportProfile, Versioned } from '../../ports';
import { checkExpected } from '../contract/agree-contract-version';
import type { UseCaseContext } from '../context';

/**
 * Records the report's 3-year direction in their own words and the transition points that call
 * for more frequent conversations. The direction keeps its recorded time unless its text changes.
 */
export async function saveProfile(
  ctx: UseCaseContext,
  input: {
    reportId: string;
    managerId: string;
    directionText?: string;
    transitions: TransitionFlag[];
    expectedEtag: string | undefined;
  },
): Promise<Versioned<ReportProfile>> {
  const stored = await ctx.stores.profiles.get(input.reportId);
  checkExpected(stored, input.expectedEtag);
  const before = stored?.value.direction;
  const text = input.directionText?.trim();
  const direction =
    text === undefined || text === ''
      ? undefined
      : before?.text === text
        ? before
        : { text, recordedAt: toIsoInstant(ctx.clock.now()) };
  const profile: ReportProfile = {
    reportId: input.reportId,
    managerId: input.managerId,
    ...(direction ? { direction } : {}),
    transitions: input.transitions,
  };
  return ctx.stores.profiles.put(profile, stored?.etag);
}
