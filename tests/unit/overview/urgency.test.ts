import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByUrgency } from '../../../src/domain/overview';
import type { ReportOverview } from '../../../src/domain/overview';
import type { PersonStatusCode } from '../../../src/domain/overview';
import { aManagerCommitment } from '../builders';

/** Only what the comparator reads is meaningful here; the rest is filler. */
function aRow(
  id: string,
  displayName: string,
  status: PersonStatusCode,
  managerOverdue = 0,
): ReportOverview {
  const overdue = Array.from({ length: managerOverdue }, () =>
    aManagerCommitment({ due: '2026-01-01' }),
  );
  return {
    person: { id, displayName, mail: `${id}@contoso.example` },
    contractHealth: {
      state: overdue.length > 0 ? 'overdue' : 'on-track',
      overdue: { manager: overdue, report: [] },
      overdueManagerFirst: overdue,
      open: overdue.length,
      done: 0,
      hasDatedCommitmentsFromBoth: false,
    },
    cadence: {
      status: status === 'booked' ? 'on-track' : status,
      kind: 'full',
      dueBy: '2026-06-01',
      message: '',
      reason: { code: 'first-conversation' },
    },
    status: {
      code: status,
      needsAttention: status === 'overdue' || status === 'due-soon',
      reasons: [],
    },
    activeSignals: { triggers: [], transitions: [] },
    failures: [],
  };
}

const order = (rows: ReportOverview[]): string[] =>
  [...rows].sort(compareByUrgency).map((r) => r.person.id);

describe('compareByUrgency', () => {
  it('puts overdue cadence first, then due soon, then on track', () => {
    expect(
      order([
        aRow('track', 'A', 'on-track'),
        aRow('soon', 'B', 'due-soon'),
        aRow('late', 'C', 'overdue'),
      ]),
    ).toEqual(['late', 'soon', 'track']);
  });

  it("within a status, puts reports with the manager's overdue commitments first", () => {
    expect(
      order([
        aRow('plain', 'Aaron', 'on-track'),
        aRow('owed', 'Zoe', 'on-track', 1),
        aRow('soon', 'Yann', 'due-soon'),
      ]),
    ).toEqual(['soon', 'owed', 'plain']);
  });

  it('ranks cadence above commitments: a due-soon report beats an on-track one the manager owes', () => {
    expect(order([aRow('owed', 'A', 'on-track', 3), aRow('soon', 'B', 'due-soon')])).toEqual([
      'soon',
      'owed',
    ]);
  });

  it('then sorts alphabetically by name, ignoring case and accents, numbers in order', () => {
    expect(
      order([
        aRow('z', 'zoë', 'on-track'),
        aRow('e', 'Émile', 'on-track'),
        aRow('a', 'adam', 'on-track'),
        aRow('r10', 'Report 10', 'on-track'),
        aRow('r9', 'Report 9', 'on-track'),
      ]),
    ).toEqual(['a', 'e', 'r9', 'r10', 'z']);
  });

  it('breaks a tie on name by id, so the order never depends on the input order', () => {
    expect(order([aRow('b', 'Sam', 'on-track'), aRow('a', 'Sam', 'on-track')])).toEqual(['a', 'b']);
  });

  it('gives the same order for any permutation of the same rows', () => {
    const row = fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        name: fc.constantFrom('Ana', 'ana', 'Ben', 'Émile', 'Zoe'),
        status: fc.constantFrom<PersonStatusCode>('overdue', 'due-soon', 'booked', 'on-track'),
        owed: fc.nat({ max: 2 }),
      })
      .map((r) => aRow(r.id, r.name, r.status, r.owed));
    const rowsAndPermutation = fc
      .uniqueArray(row, { selector: (r) => r.person.id, maxLength: 12 })
      .chain((rows) =>
        fc.tuple(
          fc.constant(rows),
          fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
        ),
      );
    fc.assert(
      fc.property(rowsAndPermutation, ([rows, shuffled]) => {
        expect(order(shuffled)).toEqual(order(rows));
      }),
    );
  });
});
