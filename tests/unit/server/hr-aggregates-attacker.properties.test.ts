import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryDirectory, type MemoryPerson } from '../../../src/adapters/memory/memory-directory';
import type { OrgUnitInput } from '../../../src/domain/aggregates';
import { attack, type Publication } from '../aggregates/attacker';
import { aContract, aManagerCommitment, aVersion } from '../builders';
import { createHarness, HR_ADMIN } from './harness';

const TOP = 'top';
const DEPARTMENTS = ['Platform', 'Sales', 'Legal', 'Finance', ''];
/** Callers' zones from UTC-10 to UTC+13, so a completion near midnight lands on different days. */
const CALLER_ZONES = ['Pacific/Honolulu', 'America/New_York', 'Europe/London', 'Pacific/Auckland'];

/** Up to 24 people under the top (the HR admin among them), with departments and managers. */
const organisation = fc.array(
  fc.record({
    department: fc.constantFrom(...DEPARTMENTS),
    /** Index of an earlier person as manager, or the top. */
    manager: fc.option(fc.nat({ max: 30 }), { nil: undefined, freq: 2 }),
    /** A manager commitment due some day of the quarter, done within a day of it, or none. */
    commitment: fc.option(
      fc.record({
        dueDay: fc.integer({ min: 0, max: 80 }),
        doneAfterHours: fc.integer({ min: -20, max: 30 }),
      }),
      { nil: undefined },
    ),
  }),
  { minLength: 1, maxLength: 24 },
);

type Generated = typeof organisation extends fc.Arbitrary<infer T> ? T : never;

const idOf = (i: number): string => (i === 0 ? HR_ADMIN : `p${String(i)}`);

function people(rows: Generated): MemoryPerson[] {
  return [
    { id: TOP, displayName: 'Top', mail: 'top@contoso.example' },
    ...rows.map((row, i) => ({
      id: idOf(i),
      displayName: idOf(i),
      mail: `${idOf(i)}@contoso.example`,
      managerId: row.manager === undefined || i === 0 ? TOP : idOf(row.manager % i),
      ...(row.department === '' ? {} : { department: row.department }),
    })),
  ];
}

/** Who is in which department, as the attacker sees it (counts do not change what is derivable). */
function membership(rows: Generated): OrgUnitInput[] {
  const all = people(rows).slice(1);
  const labels = [...new Set(all.map((p) => p.department ?? 'No department'))];
  return labels.map((label) => ({
    unitId: `department:${label}`,
    label,
    people: all
      .filter((p) => (p.department ?? 'No department') === label)
      .map((p) => ({
        personId: p.id,
        ...(p.managerId === undefined ? {} : { managerId: p.managerId }),
        hadFullConversationLastQuarter: false,
        contractHasDatedCommitmentsFromBoth: false,
        managerCommitmentsDue: 0,
        managerCommitmentsOnTime: 0,
      })),
  }));
}

interface Figure {
  size: number | 'suppressed';
}

describe('HR aggregates API: an attacker with every caller zone', () => {
  it('gives one set of figures whatever the zone, and no sum or difference of them isolates fewer than five', async () => {
    let published = 0;
    await fc.assert(
      fc.asyncProperty(organisation, async (rows) => {
        const h = createHarness({
          directory: new MemoryDirectory(people(rows), HR_ADMIN),
          orgTimeZone: 'Europe/Berlin',
          aggregatesCacheTtlMs: 0,
        });
        const quarterStart = h.clock
          .now()
          .toZonedDateTimeISO('UTC')
          .toPlainDate()
          .subtract({ days: 85 });
        for (const [i, row] of rows.entries()) {
          if (row.commitment === undefined) continue;
          const due = quarterStart.add({ days: row.commitment.dueDay });
          const done = due
            .toZonedDateTime({ timeZone: 'UTC' })
            .add({ hours: 12 + row.commitment.doneAfterHours })
            .toInstant()
            .toString();
          const commitment = aManagerCommitment({
            due: due.toString(),
            status: 'done',
            completedAt: done,
          });
          await h.contracts.saveVersion(
            {
              ...aContract(aVersion({ commitments: [commitment] })),
              reportId: idOf(i),
              managerId: TOP,
            },
            undefined,
          );
        }
        const replies = await Promise.all(
          ['', ...CALLER_ZONES.map((tz) => `?tz=${encodeURIComponent(tz)}`)].map((q) =>
            h.call(HR_ADMIN, 'GET', `/api/hr/aggregates${q}`),
          ),
        );
        const [first, ...others] = replies.map((r) => r.json);
        for (const other of others) expect(other).toEqual(first);
        const report = first as { organisation: Figure; units: (Figure & { unitId: string })[] };
        const publication: Publication = {
          units: new Set(report.units.filter((u) => u.size !== 'suppressed').map((u) => u.unitId)),
          organisation: report.organisation.size !== 'suppressed',
        };
        if (publication.organisation) published += 1;
        expect(attack(membership(rows), publication, 5)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    console.info(`API attacker: 1000 organisations, ${String(published)} with a published total`);
    expect(published).toBeGreaterThan(100);
  }, 60_000);
});
