import { fail, ok } from '../result';
import type { Result } from '../result';
import type { AggregateError, OrgUnitInput, PersonCadenceFacts } from './aggregate-types';

/** Additive counts, so a parent's totals are its own plus its sub-units'. */
export interface Totals {
  people: number;
  fullConversation: number;
  datedContract: number;
  managerDue: number;
  managerOnTime: number;
}

export interface UnitNode {
  unitId: string;
  label: string;
  parentId?: string;
  children: string[];
  /** The unit's own members (not its sub-units'). */
  members: readonly PersonCadenceFacts[];
  own: Totals;
  /** The unit with everything below it. */
  rollup: Totals;
}

export interface UnitTree {
  /** In input order. */
  nodes: UnitNode[];
  byId: ReadonlyMap<string, UnitNode>;
  roots: string[];
  total: Totals;
}

const ZERO: Totals = {
  people: 0,
  fullConversation: 0,
  datedContract: 0,
  managerDue: 0,
  managerOnTime: 0,
};

export const addTotals = (a: Totals, b: Totals): Totals => ({
  people: a.people + b.people,
  fullConversation: a.fullConversation + b.fullConversation,
  datedContract: a.datedContract + b.datedContract,
  managerDue: a.managerDue + b.managerDue,
  managerOnTime: a.managerOnTime + b.managerOnTime,
});

const totalsOf = (people: readonly PersonCadenceFacts[]): Totals =>
  people.reduce<Totals>(
    (sum, p) =>
      addTotals(sum, {
        people: 1,
        fullConversation: p.hadFullConversationLastQuarter ? 1 : 0,
        datedContract: p.contractHasDatedCommitmentsFromBoth ? 1 : 0,
        managerDue: p.managerCommitmentsDue,
        managerOnTime: p.managerCommitmentsOnTime,
      }),
    ZERO,
  );

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

function checkPeople(units: readonly OrgUnitInput[]): AggregateError[] {
  const errors: AggregateError[] = [];
  const seen = new Set<string>();
  units.forEach((unit, u) => {
    unit.people.forEach((p, i) => {
      const field = `units.${u}.people.${i}`;
      if (seen.has(p.personId)) {
        errors.push({
          code: 'person-in-two-units',
          field,
          message: `Someone in “${unit.label}” is listed more than once; each person must count in one unit only.`,
        });
      }
      seen.add(p.personId);
      const { managerCommitmentsDue: due, managerCommitmentsOnTime: onTime } = p;
      if (!isCount(due) || !isCount(onTime) || onTime > due) {
        errors.push({
          code: 'invalid-counts',
          field,
          message: `Commitment counts in “${unit.label}” must be whole numbers, with no more on time than due.`,
        });
      }
    });
  });
  return errors;
}

function checkStructure(units: readonly OrgUnitInput[]): AggregateError[] {
  const errors: AggregateError[] = [];
  const parentOf = new Map<string, string | undefined>();
  units.forEach((unit, u) => {
    if (parentOf.has(unit.unitId)) {
      errors.push({
        code: 'duplicate-unit',
        field: `units.${u}.unitId`,
        message: `The unit “${unit.label}” appears twice; list each unit once.`,
      });
    }
    parentOf.set(unit.unitId, unit.parentId);
  });
  units.forEach((unit, u) => {
    if (unit.parentId !== undefined && !parentOf.has(unit.parentId)) {
      errors.push({
        code: 'unknown-parent',
        field: `units.${u}.parentId`,
        message: `The parent of “${unit.label}” is not in the list of units; include it or leave the parent out.`,
      });
      return;
    }
    const path = new Set([unit.unitId]);
    for (let p = unit.parentId; p !== undefined; p = parentOf.get(p)) {
      if (path.has(p)) {
        errors.push({
          code: 'unit-cycle',
          field: `units.${u}.parentId`,
          message: `“${unit.label}” sits inside itself through its parents; fix the unit hierarchy.`,
        });
        return;
      }
      path.add(p);
    }
  });
  return errors;
}

/** The unit hierarchy with totals per unit, after checking it is a proper tree. */
export function buildUnitTree(units: readonly OrgUnitInput[]): Result<UnitTree, AggregateError> {
  const errors = [...checkStructure(units), ...checkPeople(units)];
  if (errors.length > 0) return fail(errors);
  const children = new Map<string, OrgUnitInput[]>(units.map((u) => [u.unitId, []]));
  for (const unit of units) {
    if (unit.parentId !== undefined) children.get(unit.parentId)?.push(unit);
  }
  const byId = new Map<string, UnitNode>();
  const build = (unit: OrgUnitInput): UnitNode => {
    const done = byId.get(unit.unitId);
    if (done !== undefined) return done;
    const kids = children.get(unit.unitId) ?? [];
    const own = totalsOf(unit.people);
    const node: UnitNode = {
      unitId: unit.unitId,
      label: unit.label,
      ...(unit.parentId === undefined ? {} : { parentId: unit.parentId }),
      children: kids.map((kid) => kid.unitId),
      members: unit.people,
      own,
      rollup: kids.map(build).reduce((sum, kid) => addTotals(sum, kid.rollup), own),
    };
    byId.set(unit.unitId, node);
    return node;
  };
  const nodes = units.map(build);
  const roots = nodes.filter((n) => n.parentId === undefined).map((n) => n.unitId);
  const total = nodes
    .filter((n) => n.parentId === undefined)
    .reduce((sum, n) => addTotals(sum, n.rollup), ZERO);
  return ok({ nodes, byId, roots, total });
}
