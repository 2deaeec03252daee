import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCadenceHealth } from '../../../src/domain/aggregates';
import type {
  AggregateReport,
  OrgUnitInput,
  PersonCadenceFacts,
} from '../../../src/domain/aggregates';
import { Temporal } from '../../../src/domain';
import { attack, publicationOf, trueCells } from './attacker';

const NOW = Temporal.Instant.from('2026-05-04T09:30:00Z');

const facts = fc
  .record({
    id: fc.uuid(),
    full: fc.boolean(),
    dated: fc.boolean(),
    due: fc.nat({ max: 3 }),
  })
  .chain((f) => fc.record({ f: fc.constant(f), onTime: fc.integer({ min: 0, max: f.due }) }));

/** Up to 12 units, each under an earlier one or at the top, with 0 to 9 direct members. */
const hierarchy = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat({ max: 11 }), { nil: undefined, freq: 3 }),
      people: fc.array(facts, { maxLength: 9 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows): OrgUnitInput[] =>
    rows.map((row, i) => ({
      unitId: `unit-${String(i)}`,
      label: `Unit ${String(i)}`,
      ...(row.parent === undefined || i === 0
        ? {}
        : { parentId: `unit-${String(row.parent % i)}` }),
      people: row.people.map(({ f, onTime }, j): PersonCadenceFacts => ({
        personId: `${f.id}-${String(i)}-${String(j)}`,
        hadFullConversationLastQuarter: f.full,
        contractHasDatedCommitmentsFromBoth: f.dated,
        managerCommitmentsDue: f.due,
        managerCommitmentsOnTime: onTime,
      })),
    })),
  );

const minGroupSize = fc.constantFrom(5, 5, 6, 8);

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

describe('aggregate suppression: properties over generated hierarchies', () => {
  it('leaves the subtraction attacker nothing to pin down', () => {
    let hierarchies = 0;
    let withSmallGroups = 0;
    fc.assert(
      fc.property(hierarchy, minGroupSize, (units, min) => {
        const report = reportFor(units, min);
        const breaches = attack(units, publicationOf(report), min);
        hierarchies += 1;
        if (report.units.some((u) => u.size === 'suppressed')) withSmallGroups += 1;
        expect(breaches).toEqual([]);
      }),
      { numRuns: 400 },
    );
    console.info(
      `subtraction attack: ${hierarchies} hierarchies (${withSmallGroups} with suppressed units), 0 successes`,
    );
    expect(withSmallGroups).toBeGreaterThan(hierarchies / 4);
  });

  it('shows only groups of at least the threshold, with their true size, and no one’s id', () => {
    fc.assert(
      fc.property(hierarchy, minGroupSize, (units, min) => {
        const report = reportFor(units, min);
        const cells = trueCells(units);
        for (const u of report.units) {
          const people = cells.get(`unit:${u.unitId}`)?.people ?? 0;
          if (people < min)
            expect(u).toMatchObject({ size: 'suppressed', suppressedBecause: 'small-group' });
          if (u.size !== 'suppressed') expect(u.size).toBe(people);
        }
        const total = cells.get('organisation')?.people ?? 0;
        if (total < min) expect(report.organisation.size).toBe('suppressed');
        else if (report.organisation.size !== 'suppressed')
          expect(report.organisation.size).toBe(total);
        const json = JSON.stringify(report);
        for (const u of units) for (const p of u.people) expect(json).not.toContain(p.personId);
      }),
      { numRuns: 300 },
    );
  });

  it('holds nothing back when no group is small', () => {
    fc.assert(
      fc.property(hierarchy, minGroupSize, (units, min) => {
        const cells = [...trueCells(units).values()];
        fc.pre(cells.every((c) => c.people === 0 || c.people >= min));
        const report = reportFor(units, min);
        for (const u of report.units) {
          if (u.size === 'suppressed') expect(u.suppressedBecause).toBe('small-group');
        }
        expect(report.organisation.size === 'suppressed').toBe(cells.every((c) => c.people === 0));
      }),
      { numRuns: 200 },
    );
  });
});
