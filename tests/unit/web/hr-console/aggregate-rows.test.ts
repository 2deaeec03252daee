import { describe, expect, it } from 'vitest';
import type { CadenceAggregates } from '../../../../src/adapters/career-api/career-api-client';
import { aggregateRows } from '../../../../src/web/features/hr-console/aggregate-rows';

const report: CadenceAggregates = {
  generatedAt: '2026-12-08T09:30:00Z',
  period: { from: '2026-07-01', to: '2026-09-30', timeZone: 'Europe/London' },
  minGroupSize: 5,
  organisation: {
    size: 40,
    metrics: {
      fullConversationLastQuarter: 55,
      datedContracts: 40,
      managerCommitmentsOnTime: null,
    },
  },
  units: [
    {
      unitId: 'eng',
      label: 'Engineering',
      size: 30,
      metrics: {
        fullConversationLastQuarter: 60,
        datedContracts: 50,
        managerCommitmentsOnTime: 75,
      },
    },
    {
      unitId: 'people',
      label: 'People',
      parentId: 'org',
      size: 'suppressed',
      metrics: 'suppressed',
      suppressedBecause: 'small-group',
    },
    {
      unitId: 'sales',
      label: 'Sales',
      size: 'suppressed',
      metrics: 'suppressed',
      suppressedBecause: 'complementary',
    },
  ],
};

describe('aggregateRows: the table and the chart say the same, and say why a group is hidden', () => {
  it('gives the organisation first, then each unit, with its figures as percentages', () => {
    const rows = aggregateRows(report);
    expect(rows.map((r) => r.label)).toEqual([
      'Whole organisation',
      'Engineering',
      'People',
      'Sales',
    ]);
    expect(rows[1]).toMatchObject({
      people: '30',
      figures: {
        fullConversationLastQuarter: 60,
        datedContracts: 50,
        managerCommitmentsOnTime: 75,
      },
    });
    expect(rows[0]?.figures?.managerCommitmentsOnTime).toBeNull();
  });

  it('shows the small-group rule on every hidden group, never a size', () => {
    const rows = aggregateRows(report);
    expect(rows[2]).toMatchObject({
      people: 'hidden',
      figures: undefined,
      hiddenBecause: 'hidden: fewer than 5',
    });
    expect(rows[3]?.hiddenBecause).toBe(
      'hidden: showing it would let fewer than 5 people be worked out from the other figures',
    );
  });
});
