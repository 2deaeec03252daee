import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCadenceHealth } from '../../../src/domain/aggregates';
import type {
  AggregateReport,
  OrgUnitInput,
  PersonCadenceFacts,
} from '../../../src/domain/aggregates';
import { Temporal } from '../../../src/domain';
import { attack, naivePublication, publicationOf } from './attacker';

const NOW = Temporal.Instant.from('2026-05-04T09:30:00Z');

const facts = fc
  .record({
    full: fc.boolean(),
    dated: fc.boolean(),
    due: fc.nat({ max: 3 }),
    /** Index of the manager among everyone generated, or the organisation's top (outside it). */
    boss: fc.option(fc.nat({ max: 80 }), { nil: undefined, freq: 4 }),
  })
  .chain((f) => fc.record({ f: fc.constant(f), onTime: fc.integer({ min: 0, max: f.due }) }));

/**
 * Up to 10 units, each under an earlier one or at the top, with 0 to 9 direct members; everyone has
 * a manager somewhere in the organisation or at its top, so readers know teams spread over units.
 */
const organisation = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat({ max: 9 }), { nil: undefined, freq: 3 }),
      people: fc.array(facts, { maxLength: 9 }),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((rows): OrgUnitInput[] => {
    const ids = rows.flatMap((row, i) => row.people.map((_, j) => `p-${String(i)}-${String(j)}`));
    let n = 0;
    return rows.map((row, i) => ({
      unitId: `unit-${String(i)}`,
      label: `Unit ${String(i)}`,
      ...(row.parent === undefined || i === 0
        ? {}
        : { parentId: `unit-${String(row.parent % i)}` }),
      people: row.people.map(({ f, onTime }): PersonCadenceFacts => {
        const personId = ids[n++] ?? 'missing';
        const boss = f.boss === undefined ? 'top' : (ids[f.boss % ids.length] ?? 'top');
        return {
          personId,
          managerId: boss === personId ? 'top' : boss,
          hadFullConversationLastQuarter: f.full,
          contractHasDatedCommitmentsFromBoth: f.dated,
          managerCommitmentsDue: f.due,
          managerCommitmentsOnTime: onTime,
        };
      }),
    }));
  });

const minGroupSize = fc.constantFrom(5, 5, 5, 6, 8);

function reportFor(units: OrgUnitInput[], min: number): AggregateReport {
  const result = aggregateCadenceHealth({
    units,
    now: NOW,
    zone: 'Europe/Paris',
    minGroupSize: min,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const subtreeSize = (units: readonly OrgUnitInput[], unitId: string): number =>
  (units.find((u) => u.unitId === unitId)?.people.length ?? 0) +
  units.filter((u) => u.parentId === unitId).reduce((n, u) => n + subtreeSize(units, u.unitId), 0);

describe('aggregate suppression: properties over generated organisations', () => {
  it('leaves no reader any sum or difference of figures that isolates fewer than the threshold', () => {
    const seen = { organisations: 0, withSuppressed: 0, withPublished: 0, naiveBreached: 0 };
    fc.assert(
      fc.property(organisation, minGroupSize, (units, min) => {
        const report = reportFor(units, min);
        const published = publicationOf(report);
        seen.organisations += 1;
        if (report.units.some((u) => u.size === 'suppressed')) seen.withSuppressed += 1;
        if (published.organisation || published.units.size > 0) seen.withPublished += 1;
        if (attack(units, naivePublication(units, min), min).length > 0) seen.naiveBreached += 1;
        expect(attack(units, published, min)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    console.info(`aggregate attacker: ${JSON.stringify(seen)}, 0 groups under the threshold`);
    // The generated organisations are ones where suppression has work to do, and figures remain.
    expect(seen.withSuppressed).toBeGreaterThan(seen.organisations / 2);
    expect(seen.withPublished).toBeGreaterThan(seen.organisations / 2);
    // The attacker bites: publishing every group of the threshold or more would be broken often.
    expect(seen.naiveBreached).toBeGreaterThan(seen.organisations / 2);
  });

  it('shows only groups of at least the threshold, with their true size, and no one’s id', () => {
    fc.assert(
      fc.property(organisation, minGroupSize, (units, min) => {
        const report = reportFor(units, min);
        for (const u of report.units) {
          const people = subtreeSize(units, u.unitId);
          if (people < min)
            expect(u).toMatchObject({ size: 'suppressed', suppressedBecause: 'small-group' });
          if (u.size !== 'suppressed') expect(u.size).toBe(people);
        }
        const total = units.reduce((n, u) => n + u.people.length, 0);
        if (total < min) expect(report.organisation.size).toBe('suppressed');
        else if (report.organisation.size !== 'suppressed')
          expect(report.organisation.size).toBe(total);
        const json = JSON.stringify(report);
        for (const u of units)
          for (const p of u.people) {
            expect(json).not.toContain(p.personId);
            if (p.managerId !== undefined) expect(json).not.toContain(p.managerId);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('holds nothing back when every unit’s own people are none or one more than the threshold, and nobody manages anyone', () => {
    fc.assert(
      fc.property(organisation, minGroupSize, (generated, min) => {
        const units = generated.map((u) => ({
          ...u,
          people: u.people.map(({ managerId: _, ...p }) => p),
        }));
        fc.pre(units.every((u) => u.people.length === 0 || u.people.length > min));
        const report = reportFor(units, min);
        for (const u of report.units) {
          if (u.size === 'suppressed') expect(u.suppressedBecause).toBe('small-group');
        }
        const total = units.reduce((n, u) => n + u.people.length, 0);
        expect(report.organisation.size === 'suppressed').toBe(total === 0);
      }),
      { numRuns: 200 },
    );
  });
});
