import { describe, expect, it } from 'vitest';
import { aggregateCadenceHealth } from '../../../src/domain/aggregates';
import type {
  AggregateReport,
  OrgUnitInput,
  PersonCadenceFacts,
  UnitAggregate,
} from '../../../src/domain/aggregates';
import { Temporal } from '../../../src/domain';
import { attack, naivePublication, publicationOf } from './attacker';

const NOW = Temporal.Instant.from('2026-05-04T09:30:00Z');
const ZONE = 'Europe/London';
let next = 0;

function people(count: number, facts: Partial<PersonCadenceFacts> = {}): PersonCadenceFacts[] {
  return Array.from({ length: count }, () => ({
    personId: `person-${String(++next)}`,
    hadFullConversationLastQuarter: true,
    contractHasDatedCommitmentsFromBoth: true,
    managerCommitmentsDue: 1,
    managerCommitmentsOnTime: 1,
    ...facts,
  }));
}

const unit = (unitId: string, members: PersonCadenceFacts[], parentId?: string): OrgUnitInput => ({
  unitId,
  label: unitId.replace(/-/g, ' '),
  people: members,
  ...(parentId === undefined ? {} : { parentId }),
});

function report(units: OrgUnitInput[]): AggregateReport {
  const result = aggregateCadenceHealth({ units, now: NOW, zone: ZONE });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function find(r: AggregateReport, unitId: string): UnitAggregate {
  const found = r.units.find((u) => u.unitId === unitId);
  if (found === undefined) throw new Error(`no unit ${unitId}`);
  return found;
}

describe('aggregate cadence health: figures', () => {
  it('shows whole-percent shares per unit, its sub-units included, and for the organisation', () => {
    const units = [
      unit('engineering', people(1)),
      unit(
        'platform',
        [...people(4), ...people(2, { hadFullConversationLastQuarter: false })],
        'engineering',
      ),
      unit('apps', people(6, { contractHasDatedCommitmentsFromBoth: false }), 'engineering'),
    ];
    const r = report(units);
    expect(find(r, 'platform')).toMatchObject({
      size: 6,
      metrics: {
        fullConversationLastQuarter: 67,
        datedContracts: 100,
        managerCommitmentsOnTime: 100,
      },
    });
    expect(find(r, 'engineering')).toMatchObject({
      size: 13,
      metrics: { fullConversationLastQuarter: 85, datedContracts: 54 },
    });
    expect(r.organisation).toMatchObject({ size: 13 });
    expect(r.period).toEqual({ from: '2026-02-04', to: '2026-05-04', timeZone: ZONE });
  });

  it('says null for on-time commitments when none fell due', () => {
    const r = report([
      unit('sales', people(6, { managerCommitmentsDue: 0, managerCommitmentsOnTime: 0 })),
    ]);
    expect(find(r, 'sales')).toMatchObject({ metrics: { managerCommitmentsOnTime: null } });
  });

  it('never outputs a person id', () => {
    const units = [unit('a', people(7)), unit('b', people(2), 'a'), unit('c', people(5), 'a')];
    const json = JSON.stringify(report(units));
    for (const u of units) for (const p of u.people) expect(json).not.toContain(p.personId);
  });
});

describe('aggregate cadence health: suppression', () => {
  it('holds back size and metrics of a group under five', () => {
    const r = report([unit('sales', people(8)), unit('legal', people(4))]);
    expect(find(r, 'legal')).toEqual({
      unitId: 'legal',
      label: 'legal',
      size: 'suppressed',
      metrics: 'suppressed',
      suppressedBecause: 'small-group',
    });
  });

  it('stops the subtraction attack: parent minus published siblings', () => {
    const units = [
      unit('engineering', []),
      unit('platform', people(6), 'engineering'),
      unit('apps', people(7), 'engineering'),
      unit('data', people(2, { hadFullConversationLastQuarter: false }), 'engineering'),
      unit('sales', people(9)),
    ];
    // Published naively, engineering − platform − apps gives the data team's exact figures.
    const naive = attack(units, naivePublication(units, 5), 5);
    expect(naive.find((b) => b.reader === undefined)?.recovered).toMatchObject({
      people: 2,
      full: 0,
    });

    const r = report(units);
    expect(find(r, 'platform')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(find(r, 'apps').size).toBe(7);
    expect(find(r, 'engineering').size).toBe(15);
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('stops the organisation total minus published units', () => {
    const units = [unit('sales', people(8)), unit('ops', people(2)), unit('finance', people(12))];
    const naive = attack(units, naivePublication(units, 5), 5);
    expect(naive.find((b) => b.reader === undefined)?.recovered.people).toBe(2);
    const r = report(units);
    expect(find(r, 'sales')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(r.organisation.size).toBe(22);
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('protects a head of department sitting alone above published teams', () => {
    const units = [
      unit('engineering', people(1, { hadFullConversationLastQuarter: false })),
      unit('platform', people(6), 'engineering'),
      unit('apps', people(7), 'engineering'),
    ];
    const naive = attack(units, naivePublication(units, 5), 5);
    expect(naive.find((b) => b.reader === undefined)?.recovered).toMatchObject({
      people: 1,
      full: 0,
    });
    const r = report(units);
    expect(find(r, 'platform')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('carries complementary suppression down when the hidden sibling has published teams', () => {
    const units = [
      unit('engineering', []),
      unit('platform', [], 'engineering'),
      unit('platform-core', people(6), 'platform'),
      unit('platform-edge', people(6), 'platform'),
      unit('data', people(2), 'engineering'),
    ];
    const r = report(units);
    expect(find(r, 'platform')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(find(r, 'platform-core')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(find(r, 'platform-edge').size).toBe(6);
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('stops the organisation total minus published units when two small ones are hidden', () => {
    const units = [
      unit('sales', people(8)),
      unit('ops', people(2, { hadFullConversationLastQuarter: false })),
      unit('legal', people(2, { hadFullConversationLastQuarter: false })),
      unit('finance', people(12)),
    ];
    // Organisation − sales − finance: ops and legal together, four people, exactly.
    const naive = attack(units, naivePublication(units, 5), 5);
    expect(naive.find((b) => b.reader === undefined)?.recovered).toMatchObject({
      people: 4,
      full: 0,
    });
    const r = report(units);
    expect(r.organisation.size).toBe(24);
    expect(find(r, 'sales')).toMatchObject({ suppressedBecause: 'complementary' });
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('stops a reader subtracting their own facts and their reports’ from a published group', () => {
    const [admin, ...team] = people(5, { hadFullConversationLastQuarter: false });
    if (admin === undefined) throw new Error('no admin');
    const managed = people(6, { managerId: 'manager-of-six' });
    const units = [
      // The HR admin and four colleagues: HR minus the admin is four people.
      unit('hr', [admin, ...team]),
      // Six people and their manager in one unit, with two others: the manager knows all but two.
      unit('ops', [...managed, ...people(1, { managerId: 'someone' }), ...people(1)]),
      unit('sales', people(9)),
    ];
    expect(
      attack(units, naivePublication(units, 5), 5).map((b) => [b.reader, b.group.length]),
    ).toEqual(
      expect.arrayContaining([
        [admin.personId, 4],
        ['manager-of-six', 2],
      ]),
    );
    const r = report(units);
    expect(find(r, 'hr')).toMatchObject({ size: 'suppressed' });
    expect(find(r, 'ops')).toMatchObject({ size: 'suppressed' });
    expect(attack(units, publicationOf(r), 5)).toEqual([]);
  });

  it('hides nothing when every group is large enough, even without one reader', () => {
    const units = [unit('a', people(6)), unit('b', people(6), 'a'), unit('c', people(9))];
    const r = report(units);
    expect(r.units.every((u) => u.size !== 'suppressed')).toBe(true);
    expect(r.organisation.size).toBe(21);
  });
});

describe('aggregate cadence health: input errors', () => {
  const codes = (units: OrgUnitInput[], minGroupSize?: number): string[] => {
    const result = aggregateCadenceHealth({
      units,
      now: NOW,
      zone: ZONE,
      ...(minGroupSize === undefined ? {} : { minGroupSize }),
    });
    return result.ok ? [] : result.errors.map((e) => e.code);
  };

  it('refuses a threshold under five', () => {
    expect(codes([unit('a', people(3))], 3)).toEqual(['min-group-too-small']);
  });

  it('refuses a hierarchy that is not a tree or counts someone twice', () => {
    const twice = people(1);
    expect(codes([unit('a', []), unit('a', [])])).toContain('duplicate-unit');
    expect(codes([unit('a', [], 'nowhere')])).toEqual(['unknown-parent']);
    expect(codes([unit('a', [], 'b'), unit('b', [], 'a')])).toContain('unit-cycle');
    expect(codes([unit('a', twice), unit('b', twice)])).toEqual(['person-in-two-units']);
    expect(codes([unit('a', people(1, { managerCommitmentsOnTime: 2 }))])).toEqual([
      'invalid-counts',
    ]);
  });
});
