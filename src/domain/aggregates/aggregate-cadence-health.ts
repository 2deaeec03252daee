import { fail, ok } from '../result';
import type { Result } from '../result';
import { toIsoInstant } from '../time/values';
import type {
  AggregateError,
  AggregateFigure,
  AggregateInput,
  AggregateReport,
  CadenceMetrics,
  SuppressionCause,
} from './aggregate-types';
import { lastQuarterWindow } from './cadence-facts';
import { planSuppression } from './suppression';
import type { Totals } from './unit-tree';
import { buildUnitTree } from './unit-tree';

/** The floor: no figure about fewer people than this is ever shown. */
export const MIN_GROUP_SIZE = 5;

const percent = (part: number, whole: number): number => Math.round((100 * part) / whole);

/**
 * Sizes are shown exactly: HR knows head counts per unit anyway, and rounding them would not
 * protect the shares. Shares are whole percent; what protects small groups is that their figures
 * are held back, directly or by complementary suppression, never rounding.
 */
function figureOf(totals: Totals, cause: SuppressionCause | undefined): AggregateFigure {
  if (cause !== undefined) {
    return { size: 'suppressed', metrics: 'suppressed', suppressedBecause: cause };
  }
  const metrics: CadenceMetrics = {
    fullConversationLastQuarter: percent(totals.fullConversation, totals.people),
    datedContracts: percent(totals.datedContract, totals.people),
    managerCommitmentsOnTime:
      totals.managerDue === 0 ? null : percent(totals.managerOnTime, totals.managerDue),
  };
  return { size: totals.people, metrics };
}

/**
 * Cadence health per organisational unit for HR: how many had a full conversation last quarter,
 * have a contract with dated commitments from both sides, and how many manager commitments were
 * kept on time. Counts only: no person, name or content ever reaches the report, and no group
 * smaller than `minGroupSize` can be read or derived from it.
 */
export function aggregateCadenceHealth(
  input: AggregateInput,
): Result<AggregateReport, AggregateError> {
  const minGroupSize = input.minGroupSize ?? MIN_GROUP_SIZE;
  if (!Number.isInteger(minGroupSize) || minGroupSize < MIN_GROUP_SIZE) {
    return fail([
      {
        code: 'min-group-too-small',
        field: 'minGroupSize',
        message: `Groups must have at least ${MIN_GROUP_SIZE} people before their figures are shown.`,
      },
    ]);
  }
  const tree = buildUnitTree(input.units);
  if (!tree.ok) return tree;
  const plan = planSuppression(tree.value, minGroupSize);
  const window = lastQuarterWindow(input.now, input.zone);
  return ok({
    generatedAt: toIsoInstant(input.now),
    period: { from: window.from.toString(), to: window.to.toString(), timeZone: input.zone },
    minGroupSize,
    organisation: figureOf(tree.value.total, plan.organisation),
    units: tree.value.nodes.map((node) => ({
      unitId: node.unitId,
      label: node.label,
      ...(node.parentId === undefined ? {} : { parentId: node.parentId }),
      ...figureOf(node.rollup, plan.units.get(node.unitId)),
    })),
  });
}
