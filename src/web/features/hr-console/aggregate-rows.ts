import type { CadenceAggregates } from '../../../adapters/career-api/career-api-client';

type Metrics = Exclude<CadenceAggregates['organisation']['metrics'], 'suppressed'>;
type Figure = CadenceAggregates['organisation'];

export interface AggregateRow {
  id: string;
  label: string;
  /** The group's size, or "hidden". */
  people: string;
  /** Percentages; undefined when the group is hidden. */
  figures: Metrics | undefined;
  /** The rule that hid it, in words; undefined when shown. */
  hiddenBecause: string | undefined;
}

export const METRIC_LABELS: Readonly<Record<keyof Metrics, string>> = {
  fullConversationLastQuarter: 'Had a full career conversation last quarter',
  datedContracts: 'Contract with dated commitments from both sides',
  managerCommitmentsOnTime: 'Manager commitments done on time',
};

function row(id: string, label: string, figure: Figure, minGroupSize: number): AggregateRow {
  if (figure.size === 'suppressed') {
    const min = String(minGroupSize);
    return {
      id,
      label,
      people: 'hidden',
      figures: undefined,
      hiddenBecause:
        figure.suppressedBecause === 'small-group'
          ? `hidden: fewer than ${min}`
          : `hidden: showing it would let fewer than ${min} people be worked out from the other figures`,
    };
  }
  return {
    id,
    label,
    people: String(figure.size),
    figures: figure.metrics,
    hiddenBecause: undefined,
  };
}

/** The organisation, then each unit as the API lists them: one row each for table and chart. */
export function aggregateRows(report: CadenceAggregates): AggregateRow[] {
  return [
    row('organisation', 'Whole organisation', report.organisation, report.minGroupSize),
    ...report.units.map((unit) => row(unit.unitId, unit.label, unit, report.minGroupSize)),
  ];
}
