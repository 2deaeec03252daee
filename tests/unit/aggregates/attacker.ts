/**
 * An attacker for the aggregate report, written apart from the code under test. It knows the unit
 * hierarchy, which groups are empty, and (generously) the exact counts behind every published
 * figure. It then combines every sum the hierarchy implies (unit = direct members + sub-units,
 * organisation = top-level units) in every way at once, by Gaussian elimination, and reports each
 * small group it can pin to exact numbers: a suppressed unit, the suppressed organisation total,
 * or the direct members of a unit when they are fewer than the threshold.
 */
import type { AggregateReport, OrgUnitInput } from '../../../src/domain/aggregates';

const COMPONENTS = ['people', 'full', 'dated', 'due', 'onTime'] as const;
export type Counts = Record<(typeof COMPONENTS)[number], number>;

export interface Publication {
  units: ReadonlySet<string>;
  organisation: boolean;
}

export interface Breach {
  cell: string;
  recovered: Counts;
  actual: Counts;
}

const zero = (): Counts => ({ people: 0, full: 0, dated: 0, due: 0, onTime: 0 });
const plus = (a: Counts, b: Counts): Counts => ({
  people: a.people + b.people,
  full: a.full + b.full,
  dated: a.dated + b.dated,
  due: a.due + b.due,
  onTime: a.onTime + b.onTime,
});

function ownCounts(unit: OrgUnitInput): Counts {
  return unit.people
    .map((p) => ({
      people: 1,
      full: p.hadFullConversationLastQuarter ? 1 : 0,
      dated: p.contractHasDatedCommitmentsFromBoth ? 1 : 0,
      due: p.managerCommitmentsDue,
      onTime: p.managerCommitmentsOnTime,
    }))
    .reduce(plus, zero());
}

/** The true counts of every cell: `unit:<id>` (with sub-units), `own:<id>`, `organisation`. */
export function trueCells(units: readonly OrgUnitInput[]): Map<string, Counts> {
  const cells = new Map<string, Counts>();
  const subtree = (unitId: string): Counts => {
    const unit = units.find((u) => u.unitId === unitId);
    if (unit === undefined) return zero();
    const kids = units.filter((u) => u.parentId === unitId);
    const own = ownCounts(unit);
    if (kids.length > 0) cells.set(`own:${unitId}`, own);
    const total = kids.map((k) => subtree(k.unitId)).reduce(plus, own);
    cells.set(`unit:${unitId}`, total);
    return total;
  };
  const roots = units.filter((u) => u.parentId === undefined);
  cells.set('organisation', roots.map((r) => subtree(r.unitId)).reduce(plus, zero()));
  return cells;
}

export function publicationOf(report: AggregateReport): Publication {
  return {
    units: new Set(report.units.filter((u) => u.size !== 'suppressed').map((u) => u.unitId)),
    organisation: report.organisation.size !== 'suppressed',
  };
}

/** What a careless report would publish: every group of at least the threshold. */
export function naivePublication(
  units: readonly OrgUnitInput[],
  minGroupSize: number,
): Publication {
  const cells = trueCells(units);
  const big = (key: string): boolean => (cells.get(key)?.people ?? 0) >= minGroupSize;
  return {
    units: new Set(units.filter((u) => big(`unit:${u.unitId}`)).map((u) => u.unitId)),
    organisation: big('organisation'),
  };
}

/** Each sum as coefficients over cells: Σ coefficient × cell = 0. */
function sums(units: readonly OrgUnitInput[]): Map<string, number>[] {
  const rows: Map<string, number>[] = [];
  const org = new Map<string, number>([['organisation', 1]]);
  for (const u of units) if (u.parentId === undefined) org.set(`unit:${u.unitId}`, -1);
  rows.push(org);
  for (const u of units) {
    const kids = units.filter((k) => k.parentId === u.unitId);
    if (kids.length === 0) continue;
    const row = new Map<string, number>([
      [`unit:${u.unitId}`, 1],
      [`own:${u.unitId}`, -1],
    ]);
    for (const k of kids) row.set(`unit:${k.unitId}`, -1);
    rows.push(row);
  }
  return rows;
}

export function attack(
  units: readonly OrgUnitInput[],
  published: Publication,
  minGroupSize: number,
): Breach[] {
  const truth = trueCells(units);
  const isKnown = (cell: string): boolean => {
    if ((truth.get(cell)?.people ?? 0) === 0) return true;
    if (cell === 'organisation') return published.organisation;
    if (cell.startsWith('unit:')) return published.units.has(cell.slice('unit:'.length));
    return false; // a unit's direct members are never published on their own
  };
  const unknowns = [...truth.keys()].filter((c) => !isKnown(c));
  const column = new Map(unknowns.map((c, i) => [c, i]));

  // Rows of [coefficients over unknowns | right-hand side per component].
  const matrix = sums(units).map((row) => {
    const coefficients = unknowns.map(() => 0);
    const rhs = COMPONENTS.map(() => 0);
    for (const [cell, coefficient] of row) {
      const col = column.get(cell);
      if (col !== undefined) coefficients[col] = coefficient;
      else {
        const value = truth.get(cell) ?? zero();
        COMPONENTS.forEach((k, i) => (rhs[i] = (rhs[i] ?? 0) - coefficient * value[k]));
      }
    }
    return { coefficients, rhs };
  });

  // Reduced row echelon form.
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < matrix.length; col++) {
    const found = matrix.findIndex(
      (r, i) => i >= pivotRow && Math.abs(r.coefficients[col] ?? 0) > 1e-9,
    );
    if (found < 0) continue;
    const row = matrix[found];
    const other = matrix[pivotRow];
    if (row === undefined || other === undefined) continue;
    matrix[found] = other;
    matrix[pivotRow] = row;
    const pivot = row.coefficients[col] ?? 1;
    row.coefficients = row.coefficients.map((v) => v / pivot);
    row.rhs = row.rhs.map((v) => v / pivot);
    for (const [i, r] of matrix.entries()) {
      const factor = r.coefficients[col] ?? 0;
      if (i === pivotRow || Math.abs(factor) < 1e-12) continue;
      r.coefficients = r.coefficients.map((v, j) => v - factor * (row.coefficients[j] ?? 0));
      r.rhs = r.rhs.map((v, j) => v - factor * (row.rhs[j] ?? 0));
    }
    pivotRow += 1;
  }

  const isTarget = (cell: string): boolean => {
    const people = truth.get(cell)?.people ?? 0;
    return cell.startsWith('own:') ? people > 0 && people < minGroupSize : people > 0;
  };
  const breaches: Breach[] = [];
  for (const r of matrix) {
    const nonZero = r.coefficients.flatMap((v, j) => (Math.abs(v) > 1e-9 ? [j] : []));
    const only = nonZero.length === 1 ? unknowns[nonZero[0] ?? -1] : undefined;
    if (only === undefined || !isTarget(only)) continue;
    const recovered = zero();
    COMPONENTS.forEach((k, i) => (recovered[k] = Math.round(r.rhs[i] ?? 0) + 0));
    breaches.push({ cell: only, recovered, actual: truth.get(only) ?? zero() });
  }
  return breaches;
}
