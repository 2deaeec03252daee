import type { PersonCadenceFacts, SuppressionCause } from './aggregate-types';
import type { UnitTree } from './unit-tree';

/**
 * Which figures to hold back so that no group of 1 to `minGroupSize - 1` people can be shown or
 * worked out by adding and subtracting published figures, even by a reader who knows their own
 * facts and their direct reports' (the HR admin is a person of the organisation, and may manage).
 *
 * Every published figure is the total of a set of people: a unit with its sub-units, or the whole
 * organisation. These sets nest (each is inside or apart from any other), so what adding and
 * subtracting can produce is exactly this: give each published figure its *region*, its people
 * minus those of the biggest published figures inside it. Regions are disjoint, each one's totals
 * follow from published figures (the figure minus the ones inside), and any exact total that can be
 * derived at all is the total of a union of regions. A reader who subtracts the people they know
 * can isolate a union of regions minus those people. So the rule is one check per region:
 *   the region is empty, or it has at least `minGroupSize` people and, for every person, what is
 *   left after taking away that person and their direct reports is empty or at least `minGroupSize`.
 * A union of regions that pass passes too (sums of 0 or ≥ n are 0 or ≥ n), whoever reads.
 *
 * The plan works from the leaves up. A unit under the threshold is hidden ('small-group'), and its
 * people join the region of the nearest published figure above. A unit whose region fails the
 * check takes in the regions of the outermost published figures inside it, smallest first, hiding
 * those ('complementary'; a hidden one's own inner figures become candidates in turn), until it
 * passes; if even its whole subtree fails, the unit is hidden instead and its people go up. The organisation is settled last the same way. People left in no region
 * are in no published figure, so nothing about them can be derived.
 */

export interface SuppressionPlan {
  /** Unit id → why its figure is held back; units not listed are published. */
  units: ReadonlyMap<string, SuppressionCause>;
  organisation?: SuppressionCause;
}

/** The people each figure's reader may already know: themselves, and their manager. */
const knowersOf = (p: PersonCadenceFacts): string[] =>
  p.managerId === undefined ? [p.personId] : [p.personId, p.managerId];

/** Whether the exact totals of `people` reveal no group under the threshold, to anyone. */
export function isSafeRegion(people: readonly PersonCadenceFacts[], minGroupSize: number): boolean {
  if (people.length === 0) return true;
  if (people.length < minGroupSize) return false;
  const knownBy = new Map<string, number>();
  for (const p of people) for (const k of knowersOf(p)) knownBy.set(k, (knownBy.get(k) ?? 0) + 1);
  for (const known of knownBy.values()) {
    const rest = people.length - known;
    if (rest > 0 && rest < minGroupSize) return false;
  }
  return true;
}

/** A published unit, its region, and the outermost published units inside it. */
interface Published {
  unitId: string;
  region: readonly PersonCadenceFacts[];
  inner: readonly Published[];
}

/** What a subtree hands up: people in no published region yet, and its outermost published units. */
interface Settled {
  open: PersonCadenceFacts[];
  outermost: Published[];
}

const bySizeThenId = (a: Published, b: Published): number =>
  a.region.length - b.region.length || a.unitId.localeCompare(b.unitId);

export function planSuppression(tree: UnitTree, minGroupSize: number): SuppressionPlan {
  const units = new Map<string, SuppressionCause>();
  let organisation: SuppressionCause | undefined;
  const hide = (unitId: string | undefined, cause: SuppressionCause): void => {
    if (unitId === undefined) organisation = cause;
    else units.set(unitId, cause);
  };

  /** Publishes the figure `unitId` (undefined: the organisation) if its region can be made safe. */
  const settle = (
    unitId: string | undefined,
    size: number,
    own: readonly PersonCadenceFacts[],
    parts: readonly Settled[],
  ): Settled => {
    const open = [...own, ...parts.flatMap((p) => p.open)];
    const outermost = parts.flatMap((p) => p.outermost).sort(bySizeThenId);
    if (size < minGroupSize) {
      hide(unitId, 'small-group');
      return { open, outermost };
    }
    let region = open;
    let inner = outermost;
    const absorbed: Published[] = [];
    while (!isSafeRegion(region, minGroupSize)) {
      const [next, ...others] = inner;
      if (next === undefined) break;
      // Hiding `next` brings its region into this one and lays bare the units inside it.
      region = [...region, ...next.region];
      inner = [...others, ...next.inner].sort(bySizeThenId);
      absorbed.push(next);
    }
    if (!isSafeRegion(region, minGroupSize)) {
      hide(unitId, 'complementary');
      return { open, outermost };
    }
    for (const unit of absorbed) hide(unit.unitId, 'complementary');
    return { open: [], outermost: unitId === undefined ? [] : [{ unitId, region, inner }] };
  };

  const visit = (unitId: string): Settled => {
    const node = tree.byId.get(unitId);
    if (node === undefined) return { open: [], outermost: [] };
    return settle(unitId, node.rollup.people, node.members, node.children.map(visit));
  };
  settle(undefined, tree.total.people, [], tree.roots.map(visit));
  return { units, ...(organisation === undefined ? {} : { organisation }) };
}
