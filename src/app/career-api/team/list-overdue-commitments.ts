import { todayIn, type Person, type TimeZoneId } from '../../../domain';
import type { OpenCommitment } from '../../ports';
import type { UseCaseContext } from '../context';

/**
 * Open commitments past their date across the manager's live reports, in one indexed query.
 * Someone who moved to another manager is not in `reports`, so they drop out at once.
 */
export async function listOverdueCommitments(
  ctx: UseCaseContext,
  input: { reports: readonly Person[]; zone: TimeZoneId },
): Promise<{ today: string; items: OpenCommitment[] }> {
  const today = todayIn(ctx.clock.now(), input.zone).toString();
  const items = await ctx.stores.contracts.listOpenCommitmentsDue(
    input.reports.map((r) => r.id),
    today,
  );
  return { today, items };
}
