import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentVersion,
  reviseContract,
  validateContractTerms,
} from '../../../src/domain/contract';
import type { Commitment, ContractTerms, ReviewItem } from '../../../src/domain';
import { MANAGER_COMMITMENT_KINDS, REPORT_COMMITMENT_KINDS } from '../../../src/domain';
import { aCommitment, aContract, aManagerCommitment, aVersion, at, ZONE } from '../builders';

const now = at('2026-03-03T12:00:00Z');

// Mostly valid input, so that revisions often succeed and the property has something to check;
// with some invalid values mixed in so that the error paths are exercised too.
const futureDate = fc
  .date({
    min: new Date('2026-03-03T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const anyDate = fc.oneof(
  { weight: 20, arbitrary: futureDate },
  { weight: 1, arbitrary: fc.constantFrom('2026-01-15', '2025-12-31') },
  { weight: 1, arbitrary: fc.constantFrom('', '2026-02-30', 'tomorrow') },
);
const text = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.constantFrom(
      'Present the billing design at architecture review',
      'Introduce Alex to Priya and book the first meeting',
      'Book a feedback session on the proposal draft',
      '  Shadow the incident commander on two incidents  ',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'Look into options', 'x'.repeat(600)) },
);
const status = fc.oneof(
  { weight: 6, arbitrary: fc.constant('open' as const) },
  { weight: 2, arbitrary: fc.constant('done' as const) },
  { weight: 1, arbitrary: fc.constant('dropped' as const) },
);
const commitment = (id: string): fc.Arbitrary<Commitment> =>
  fc
    .record({
      party: fc.constantFrom('report' as const, 'manager' as const),
      action: text,
      due: anyDate,
      status,
      droppedReason: fc.option(text, { nil: undefined }),
      reportKind: fc.constantFrom(...REPORT_COMMITMENT_KINDS),
      managerKind: fc.constantFrom(...MANAGER_COMMITMENT_KINDS),
    })
    .map(({ reportKind, managerKind, droppedReason, ...c }) => ({
      id,
      ...c,
      kind: c.party === 'report' ? reportKind : managerKind,
      ...(droppedReason === undefined ? {} : { droppedReason }),
    }));
const commitments = (prefix: string): fc.Arbitrary<Commitment[]> =>
  fc
    .integer({ min: 0, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => commitment(`${prefix}${i}`))));
const review: fc.Arbitrary<ReviewItem> = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', ''),
  month: fc.oneof(
    { weight: 8, arbitrary: futureDate.map((d) => d.slice(0, 7)) },
    { weight: 1, arbitrary: fc.constantFrom('2026-01', '2026-13', 'soon') },
  ),
  aspect: text,
});
const terms = (prefix: string): fc.Arbitrary<ContractTerms> =>
  fc.record({
    commitments: commitments(prefix),
    reviews: fc.array(review, { maxLength: 3 }),
    openQuestion: text,
  });

// Always present in the new terms, so that a revision is not refused merely for lacking a party.
const bothParties: Commitment[] = [
  aCommitment({ id: 'fresh-report', due: '2026-06-30' }),
  aManagerCommitment({ id: 'fresh-manager', due: '2026-04-15' }),
];

describe('contract properties', () => {
  it('revising a contract never loses a commitment silently', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        terms('old-'),
        terms('new-'),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        text,
        (before, added, keep, declareDrop, why) => {
          const contract = aContract(aVersion(before));
          const kept = before.commitments.filter((_, i) => keep[i] === true);
          const dropped = before.commitments
            .filter((_, i) => keep[i] !== true && declareDrop[i] === true)
            .map((c) => ({ id: c.id, why }));
          const result = reviseContract(contract, {
            terms: { ...added, commitments: [...kept, ...added.commitments, ...bothParties] },
            reason: 'quarterly-update',
            note: 'Quarterly update',
            now,
            zone: ZONE,
            dropped,
          });
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            return;
          }
          accepted += 1;
          const after = currentVersion(result.value);
          const afterById = new Map(after.commitments.map((c) => [c.id, c]));
          for (const old of before.commitments) {
            const now = afterById.get(old.id);
            expect(now).toBeDefined();
            // A commitment that was open and left out may only come back as dropped, with a reason.
            if (old.status === 'open' && !kept.includes(old)) {
              expect(now?.status).toBe('dropped');
              expect(now?.droppedReason?.trim()).not.toBe('');
            }
          }
          expect(result.value.versions.slice(0, -1)).toEqual(contract.versions);
        },
      ),
      { numRuns: 300 },
    );
    // The property must have been checked on real revisions, not only on refusals.

    expect(accepted).toBeGreaterThan(15);
  });

  it('validation errors always have a non-empty message and a field', () => {
    fc.assert(
      fc.property(terms('c'), fc.option(terms('c'), { nil: undefined }), (candidate, previous) => {
        const result = validateContractTerms(candidate, {
          now,
          zone: ZONE,
          ...(previous === undefined ? {} : { previous: aVersion(previous) }),
        });
        if (result.ok) return;
        for (const error of result.errors) {
          expect(error.message.trim()).not.toBe('');
          expect(error.field.trim()).not.toBe('');
          expect(error.code).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('valid terms come back trimmed and still valid (normalising is idempotent)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(terms('c'), (candidate) => {
        const first = validateContractTerms(candidate, { now, zone: ZONE });
        if (!first.ok) return;
        accepted += 1;
        const second = validateContractTerms(first.value, { now, zone: ZONE });
        expect(second).toEqual(first);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(15);
  });
});
