import type { SuppressionCause } from './aggregate-types';
import type { UnitTree } from './unit-tree';

/**
 * Which figures to hold back so that no group smaller than the threshold can be shown or worked
 * out by subtraction.
 *
 * The published figures obey one sum per unit with sub-units, and one for the organisation:
 *   unit = its own direct members + Σ sub-units,      organisation = Σ top-level units.
 * A unit's direct members are never published on their own, yet they can be derived when the
 * unit and all its sub-units are (think of a head of department sitting alone above the teams).
 * A hidden figure can be worked out from published ones exactly when some sum has it as its only
 * hidden term; since every figure sits in at most two sums and the sums form a tree, that is the
 * only way (a combination of sums always leaves a second hidden term in its outermost sum). So:
 * while some sum has exactly one hidden term, hide one more figure in that sum: the smallest
 * published sibling, or, when there is none, the unit's (or organisation's) own total. The only
 * lone hidden term allowed is a unit's direct members when they are at least the threshold: they
 * appear in no other sum, and knowing them tells nothing about anyone smaller.
 *
 * Empty groups are treated as known (an empty unit reveals nobody) and never hide anything.
 */

type CellKind = 'organisation' | 'unit' | 'direct-members';

interface Cell {
  kind: CellKind;
  unitId?: string;
  people: number;
  state: 'published' | 'hidden' | 'empty';
}

interface Sum {
  total: Cell;
  parts: Cell[];
}

export interface SuppressionPlan {
  /** Unit id → why its figure is held back; units not listed are published. */
  units: ReadonlyMap<string, SuppressionCause>;
  organisation?: SuppressionCause;
}

function newCell(kind: CellKind, people: number, minGroupSize: number, unitId?: string): Cell {
  const state =
    people === 0
      ? 'empty'
      : kind === 'direct-members' || people < minGroupSize
        ? 'hidden'
        : 'published';
  return { kind, people, state, ...(unitId === undefined ? {} : { unitId }) };
}

const bySizeThenId = (a: Cell, b: Cell): number =>
  a.people - b.people || (a.unitId ?? '').localeCompare(b.unitId ?? '');

/** The figure to hide with `hidden` so that it is no longer the sum's only unknown. */
function complementFor(sum: Sum, hidden: Cell): Cell | undefined {
  const siblings = sum.parts
    .filter((c) => c !== hidden && c.kind === 'unit' && c.state === 'published')
    .sort(bySizeThenId);
  if (siblings[0] !== undefined) return siblings[0];
  return hidden !== sum.total && sum.total.state === 'published' ? sum.total : undefined;
}

const needsCover = (cell: Cell, minGroupSize: number): boolean =>
  cell.kind !== 'direct-members' || cell.people < minGroupSize;

export function planSuppression(tree: UnitTree, minGroupSize: number): SuppressionPlan {
  const organisation = newCell('organisation', tree.total.people, minGroupSize);
  const unitCells = new Map(
    tree.nodes.map((n) => [n.unitId, newCell('unit', n.rollup.people, minGroupSize, n.unitId)]),
  );
  const cellOf = (unitId: string): Cell => unitCells.get(unitId) ?? organisation;
  const sums: Sum[] = [
    { total: organisation, parts: tree.roots.map(cellOf) },
    ...tree.nodes
      .filter((n) => n.children.length > 0)
      .map((n) => ({
        total: cellOf(n.unitId),
        parts: [newCell('direct-members', n.own.people, minGroupSize), ...n.children.map(cellOf)],
      })),
  ];

  let changed = true;
  while (changed) {
    changed = false;
    for (const sum of sums) {
      const hidden = [sum.total, ...sum.parts].filter((c) => c.state === 'hidden');
      const only = hidden.length === 1 ? hidden[0] : undefined;
      if (only === undefined || !needsCover(only, minGroupSize)) continue;
      const cover = complementFor(sum, only);
      if (cover === undefined) return suppressAll(tree, minGroupSize);
      cover.state = 'hidden';
      changed = true;
    }
  }

  const causeOf = (cell: Cell): SuppressionCause | undefined => {
    if (cell.people < minGroupSize) return 'small-group';
    return cell.state === 'hidden' ? 'complementary' : undefined;
  };
  const units = new Map<string, SuppressionCause>();
  for (const [unitId, cell] of unitCells) {
    const cause = causeOf(cell);
    if (cause !== undefined) units.set(unitId, cause);
  }
  const orgCause = causeOf(organisation);
  return { units, ...(orgCause === undefined ? {} : { organisation: orgCause }) };
}

/**
 * Never reached when the units form a tree (a lone hidden figure always has a published sibling
 * or total to pair with), but if it were, showing nothing is the only safe answer.
 */
function suppressAll(tree: UnitTree, minGroupSize: number): SuppressionPlan {
  const cause = (people: number): SuppressionCause =>
    people < minGroupSize ? 'small-group' : 'complementary';
  return {
    units: new Map(tree.nodes.map((n) => [n.unitId, cause(n.rollup.people)])),
    organisation: cause(tree.total.people),
  };
}
