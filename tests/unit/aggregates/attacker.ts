/**
 * An attacker for the aggregate report, written apart from the code under test and knowing nothing
 * of how it plans suppression. It knows the unit hierarchy, who is in which unit, and (generously)
 * the exact counts behind every published figure: people, full conversations, dated contracts,
 * manager commitments due and on time. It reads as one person of the organisation (or as an
 * outsider), who also knows their own facts and their direct reports' and subtracts them.
 *
 * Every published figure, per metric, is the sum of the same people's values, so each is a 0/1 row
 * over people. Adding and subtracting figures in every way at once is the row space of those rows
 * (after the reader's own people are subtracted out). A group S of other people is isolated when
 * its indicator vector lies in that space: then every metric of S is known exactly. Such a vector is
 * constant on people no row tells apart, so S is a union of those classes; the attacker tries every
 * union of classes with 1 to `minGroupSize - 1` people against the row space (Gaussian elimination).
 */
import type {
  AggregateReport,
  OrgUnitInput,
  PersonCadenceFacts,
} from '../../../src/domain/aggregates';

export interface Publication {
  units: ReadonlySet<string>;
  organisation: boolean;
}

export interface Breach {
  /** Who could do it: a person or manager id, or undefined for someone who knows nobody's facts. */
  reader: string | undefined;
  /** The people whose exact figures come out. */
  group: string[];
  recovered: Counts;
}

export interface Counts {
  people: number;
  full: number;
  dated: number;
  due: number;
  onTime: number;
}

export function publicationOf(report: AggregateReport): Publication {
  return {
    units: new Set(report.units.filter((u) => u.size !== 'suppressed').map((u) => u.unitId)),
    organisation: report.organisation.size !== 'suppressed',
  };
}

/** Everyone in a unit and below it. */
function subtreePeople(units: readonly OrgUnitInput[], unitId: string): PersonCadenceFacts[] {
  const unit = units.find((u) => u.unitId === unitId);
  if (unit === undefined) return [];
  return [
    ...unit.people,
    ...units.filter((u) => u.parentId === unitId).flatMap((u) => subtreePeople(units, u.unitId)),
  ];
}

/** What a careless report would publish: every group of at least the threshold. */
export function naivePublication(
  units: readonly OrgUnitInput[],
  minGroupSize: number,
): Publication {
  const big = (u: OrgUnitInput): boolean => subtreePeople(units, u.unitId).length >= minGroupSize;
  return {
    units: new Set(units.filter(big).map((u) => u.unitId)),
    organisation: units.flatMap((u) => u.people).length >= minGroupSize,
  };
}

/** The published figures as sets of people. */
function publishedGroups(units: readonly OrgUnitInput[], published: Publication): Set<string>[] {
  const groups = units
    .filter((u) => published.units.has(u.unitId))
    .map((u) => new Set(subtreePeople(units, u.unitId).map((p) => p.personId)));
  if (published.organisation)
    groups.push(new Set(units.flatMap((u) => u.people.map((p) => p.personId))));
  return groups;
}

/** Each possible reader with the people whose facts they already know. */
function readers(everyone: readonly PersonCadenceFacts[]): Map<string | undefined, Set<string>> {
  const known = new Map<string | undefined, Set<string>>([[undefined, new Set()]]);
  const add = (reader: string, personId: string): void => {
    const set = known.get(reader) ?? new Set<string>();
    set.add(personId);
    known.set(reader, set);
  };
  for (const p of everyone) {
    add(p.personId, p.personId);
    if (p.managerId !== undefined) add(p.managerId, p.personId);
  }
  return known;
}

const EPS = 1e-9;

/** Reduced row echelon basis of the rows, as [pivot column, row] pairs. */
function echelon(rows: number[][], width: number): { pivot: number; row: number[] }[] {
  const basis: { pivot: number; row: number[] }[] = [];
  const work = rows.map((r) => [...r]);
  let next = 0;
  for (let col = 0; col < width && next < work.length; col++) {
    let found = -1;
    for (let i = next; i < work.length; i++) if (Math.abs(work[i]?.[col] ?? 0) > EPS) found = i;
    if (found < 0) continue;
    const row = work[found] ?? [];
    work[found] = work[next] ?? [];
    work[next] = row;
    const scale = row[col] ?? 1;
    for (let j = 0; j < width; j++) row[j] = (row[j] ?? 0) / scale;
    for (let i = 0; i < work.length; i++) {
      const other = work[i] ?? [];
      const factor = other[col] ?? 0;
      if (i === next || Math.abs(factor) < EPS) continue;
      for (let j = 0; j < width; j++) other[j] = (other[j] ?? 0) - factor * (row[j] ?? 0);
    }
    basis.push({ pivot: col, row });
    next += 1;
  }
  return basis;
}

/** Whether `vector` is a combination of the basis rows, and with which coefficients. */
function express(
  basis: { pivot: number; row: number[] }[],
  vector: number[],
): number[] | undefined {
  const rest = [...vector];
  const coefficients = basis.map(({ pivot, row }) => {
    const factor = rest[pivot] ?? 0;
    if (Math.abs(factor) > EPS) row.forEach((v, j) => (rest[j] = (rest[j] ?? 0) - factor * v));
    return factor;
  });
  return rest.every((v) => Math.abs(v) < EPS) ? coefficients : undefined;
}

const countsOf = (people: readonly PersonCadenceFacts[]): Counts => ({
  people: people.length,
  full: people.filter((p) => p.hadFullConversationLastQuarter).length,
  dated: people.filter((p) => p.contractHasDatedCommitmentsFromBoth).length,
  due: people.reduce((n, p) => n + p.managerCommitmentsDue, 0),
  onTime: people.reduce((n, p) => n + p.managerCommitmentsOnTime, 0),
});

/** Every group of 1 to `minGroupSize - 1` other people some reader can pin to exact figures. */
export function attack(
  units: readonly OrgUnitInput[],
  published: Publication,
  minGroupSize: number,
): Breach[] {
  const everyone = units.flatMap((u) => u.people);
  const byId = new Map(everyone.map((p) => [p.personId, p]));
  const groups = publishedGroups(units, published);
  const breaches: Breach[] = [];
  for (const [reader, known] of readers(everyone)) {
    // People no published figure tells apart (same figures, not known to the reader) form a class.
    const classes = new Map<string, string[]>();
    for (const p of everyone) {
      if (known.has(p.personId)) continue;
      const signature = groups.map((g) => (g.has(p.personId) ? '1' : '0')).join('');
      if (!signature.includes('1')) continue; // in no published figure: nothing derivable about them
      classes.set(signature, [...(classes.get(signature) ?? []), p.personId]);
    }
    const members = [...classes.values()];
    const rows = groups.map((g) => members.map((m) => (g.has(m[0] ?? '') ? 1 : 0)));
    const basis = echelon(rows, members.length);
    const small = members.map((m, i) => ({ m, i })).filter(({ m }) => m.length < minGroupSize);
    const tryUnion = (from: number, chosen: number[], size: number): void => {
      if (chosen.length > 0) {
        const vector = members.map((_, i) => (chosen.includes(i) ? 1 : 0));
        const coefficients = express(basis, vector);
        if (coefficients !== undefined) {
          const group = chosen.flatMap((i) => members[i] ?? []);
          const people = group.flatMap((id) => byId.get(id) ?? []);
          breaches.push({ reader, group, recovered: countsOf(people) });
        }
      }
      for (let k = from; k < small.length; k++) {
        const next = small[k];
        if (next === undefined || size + next.m.length >= minGroupSize) continue;
        tryUnion(k + 1, [...chosen, next.i], size + next.m.length);
      }
    };
    tryUnion(0, [], 0);
  }
  return breaches;
}
