import { describe, expect, it } from 'vitest';
import { CONTRACT_LIMITS, validateContractTerms } from '../../../src/domain/contract';
import type { ContractError, ValidationContext } from '../../../src/domain/contract';
import type { ContractTerms } from '../../../src/domain';
import {
  aCommitment,
  aManagerCommitment,
  aReview,
  aVersion,
  at,
  someTerms,
  ZONE,
} from '../builders';

const ctx: ValidationContext = { now: at('2026-03-03T12:00:00Z'), zone: ZONE };

function errorsOf(terms: ContractTerms, context: ValidationContext = ctx): ContractError[] {
  const result = validateContractTerms(terms, context);
  return result.ok ? [] : result.errors;
}

const codes = (terms: ContractTerms, context?: ValidationContext): string[] =>
  errorsOf(terms, context).map((e) => e.code);

describe('validateContractTerms', () => {
  it('accepts a commitment from each party with dates and returns the terms trimmed', () => {
    const terms = someTerms({
      commitments: [
        aCommitment({ id: ' c1 ', action: '  Shadow the on-call lead for two incidents  ' }),
        aManagerCommitment({ id: 'c2', due: ' 2026-04-01 ' }),
      ],
      reviews: [aReview({ id: 'r1', month: ' 2026-06 ', aspect: ' The two incidents ' })],
      openQuestion: '  Is a move to platform realistic?  ',
    });
    const result = validateContractTerms(terms, ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.commitments[0]).toMatchObject({
      id: 'c1',
      action: 'Shadow the on-call lead for two incidents',
    });
    expect(result.value.commitments[1]?.due).toBe('2026-04-01');
    expect(result.value.reviews[0]).toEqual({
      id: 'r1',
      month: '2026-06',
      aspect: 'The two incidents',
    });
    expect(result.value.openQuestion).toBe('Is a move to platform realistic?');
  });

  it('does not change the input', () => {
    const terms = someTerms({ openQuestion: '  padded  ' });
    const copy = structuredClone(terms);
    validateContractTerms(terms, ctx);
    expect(terms).toEqual(copy);
  });

  describe('due dates', () => {
    it('requires a due date', () => {
      const errors = errorsOf(
        someTerms({ commitments: [aCommitment({ due: ' ' }), aManagerCommitment()] }),
      );
      expect(errors).toContainEqual(
        expect.objectContaining({ code: 'missing-due-date', field: 'commitments.0.due' }),
      );
    });

    it('rejects a date that does not exist', () => {
      const errors = errorsOf(
        someTerms({ commitments: [aCommitment(), aManagerCommitment({ due: '2026-02-30' })] }),
      );
      expect(errors).toContainEqual(
        expect.objectContaining({ code: 'invalid-due-date', field: 'commitments.1.due' }),
      );
    });

    it('rejects a past date but accepts today', () => {
      expect(
        codes(
          someTerms({ commitments: [aCommitment({ due: '2026-03-02' }), aManagerCommitment()] }),
        ),
      ).toEqual(['due-date-in-past']);
      expect(
        codes(
          someTerms({ commitments: [aCommitment({ due: '2026-03-03' }), aManagerCommitment()] }),
        ),
      ).toEqual([]);
    });

    it("judges the past in the manager's zone", () => {
      const now = at('2026-03-03T20:00:00Z');
      const terms = someTerms({
        commitments: [aCommitment({ due: '2026-03-03' }), aManagerCommitment()],
      });
      // Already 4 March in Auckland, still 3 March in Los Angeles.
      expect(codes(terms, { now, zone: 'Pacific/Auckland' })).toEqual(['due-date-in-past']);
      expect(codes(terms, { now, zone: 'America/Los_Angeles' })).toEqual([]);
    });

    it('lets a done commitment carried over unchanged keep its past date, but not an open one', () => {
      const done = aCommitment({
        id: 'old',
        due: '2026-01-15',
        status: 'done',
        completedAt: '2026-01-14T09:00:00Z',
      });
      const previous = aVersion({ commitments: [done, aManagerCommitment()] });
      const withDone = someTerms({ commitments: [done, aCommitment(), aManagerCommitment()] });
      expect(codes(withDone, { ...ctx, previous })).toEqual([]);

      const reopened = { ...done, status: 'open' as const };
      expect(
        codes(someTerms({ commitments: [reopened, aCommitment(), aManagerCommitment()] }), {
          ...ctx,
          previous,
        }),
      ).toEqual(['due-date-in-past']);
      const moved = { ...done, due: '2026-02-01' };
      expect(
        codes(someTerms({ commitments: [moved, aCommitment(), aManagerCommitment()] }), {
          ...ctx,
          previous,
        }),
      ).toEqual(['due-date-in-past']);
    });

    it('does not exempt a done commitment that is new to this version', () => {
      const done = aCommitment({ due: '2026-01-15', status: 'done' });
      expect(
        codes(someTerms({ commitments: [done, aCommitment(), aManagerCommitment()] })),
      ).toEqual(['due-date-in-past']);
    });
  });

  describe('both parties', () => {
    it('needs a commitment from the report', () => {
      const errors = errorsOf(someTerms({ commitments: [aManagerCommitment()] }));
      expect(errors).toEqual([
        expect.objectContaining({ code: 'no-report-commitment', field: 'commitments' }),
      ]);
    });

    it('needs a commitment from the manager', () => {
      expect(codes(someTerms({ commitments: [aCommitment()] }))).toEqual(['no-manager-commitment']);
    });

    it('needs both when there are none', () => {
      expect(codes(someTerms({ commitments: [] }))).toEqual([
        'no-report-commitment',
        'no-manager-commitment',
      ]);
    });

    it('does not count commitments already done in the previous version', () => {
      const done = aCommitment({ id: 'done', status: 'done', completedAt: '2026-02-01T09:00:00Z' });
      const mine = aManagerCommitment({ id: 'mine' });
      const previous = aVersion({ commitments: [done, mine] });
      // In a version that closes a conversation both sides need something still to do.
      expect(
        codes(someTerms({ commitments: [done, mine] }), {
          ...ctx,
          previous,
          closesConversation: true,
        }),
      ).toEqual(['no-report-commitment']);
    });

    it('does not count a dropped commitment', () => {
      const dropped = aManagerCommitment({
        status: 'dropped',
        droppedReason: 'Priya left the company',
      });
      expect(codes(someTerms({ commitments: [aCommitment(), dropped] }))).toEqual([
        'no-manager-commitment',
      ]);
    });
  });

  describe('actions', () => {
    const withAction = (action: string): string[] =>
      codes(someTerms({ commitments: [aCommitment({ action }), aManagerCommitment()] }));

    it('requires an action', () => {
      expect(withAction('   ')).toEqual(['missing-action']);
    });

    it(`requires at least ${CONTRACT_LIMITS.actionMin} characters after trimming`, () => {
      expect(withAction('  Read up  ')).toEqual(['action-too-short']);
      expect(withAction('Read SICP')).toEqual([]);
    });

    it(`allows at most ${CONTRACT_LIMITS.actionMax} characters`, () => {
      const base = 'Write the billing design proposal ';
      expect(withAction(base.padEnd(CONTRACT_LIMITS.actionMax, 'x'))).toEqual([]);
      expect(withAction(base.padEnd(CONTRACT_LIMITS.actionMax + 1, 'x'))).toEqual([
        'action-too-long',
      ]);
    });

    it('rejects an action too vague to check off, with the lint message', () => {
      const errors = errorsOf(
        someTerms({
          commitments: [
            aCommitment(),
            aManagerCommitment({ action: 'Look into options for your growth' }),
          ],
        }),
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ code: 'vague-action', field: 'commitments.1.action' });
      expect(errors[0]?.message).toMatch(/look into/i);
    });

    it('requires a kind that belongs to the party', () => {
      const errors = errorsOf(
        someTerms({ commitments: [aCommitment({ kind: 'introduction' }), aManagerCommitment()] }),
      );
      expect(errors).toEqual([
        expect.objectContaining({ code: 'kind-does-not-match-party', field: 'commitments.0.kind' }),
      ]);
    });
  });

  it('rejects duplicate and empty commitment ids', () => {
    const errors = errorsOf(
      someTerms({
        commitments: [
          aCommitment({ id: 'same' }),
          aManagerCommitment({ id: 'same' }),
          aCommitment({ id: ' ' }),
        ],
      }),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['missing-commitment-id', 'commitments.2.id'],
      ['duplicate-commitment-id', 'commitments.1.id'],
    ]);
  });

  it('asks for a reason when a commitment is newly dropped', () => {
    const dropped = aCommitment({ id: 'x', status: 'dropped' });
    const previous = aVersion({ commitments: [{ ...dropped, status: 'open' }] });
    const errors = errorsOf(
      someTerms({ commitments: [dropped, aCommitment(), aManagerCommitment()] }),
      {
        ...ctx,
        previous,
      },
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'missing-drop-reason',
        field: 'commitments.0.droppedReason',
      }),
    ]);
  });

  it('keeps completedAt only on done commitments and fills it in when missing', () => {
    const result = validateContractTerms(
      someTerms({
        commitments: [
          aCommitment({ status: 'done' }),
          aCommitment({ completedAt: '2026-01-01T00:00:00Z' }),
          aManagerCommitment(),
        ],
      }),
      ctx,
    );
    expect(result.ok && result.value.commitments.map((c) => c.completedAt)).toEqual([
      '2026-03-03T12:00:00Z',
      undefined,
      undefined,
    ]);
  });

  describe('reviews', () => {
    const withReview = (review: Partial<ReturnType<typeof aReview>>): ContractError[] =>
      errorsOf(someTerms({ reviews: [aReview(review)] }));

    it('requires a YYYY-MM month', () => {
      for (const month of ['2026-13', 'Sept', '2026-9', '2026-09-01']) {
        expect(withReview({ month })).toEqual([
          expect.objectContaining({ code: 'invalid-review-month', field: 'reviews.0.month' }),
        ]);
      }
    });

    it('rejects a month already past but accepts this month', () => {
      expect(withReview({ month: '2026-02' }).map((e) => e.code)).toEqual(['review-month-in-past']);
      expect(withReview({ month: '2026-03' })).toEqual([]);
    });

    it('requires an aspect of at most the limit', () => {
      expect(withReview({ aspect: '  ' })).toEqual([
        expect.objectContaining({ code: 'missing-review-aspect', field: 'reviews.0.aspect' }),
      ]);
      expect(
        withReview({ aspect: 'x'.repeat(CONTRACT_LIMITS.reviewAspectMax + 1) }).map((e) => e.code),
      ).toEqual(['review-aspect-too-long']);
    });

    it('rejects duplicate review ids', () => {
      const errors = errorsOf(someTerms({ reviews: [aReview({ id: 'r' }), aReview({ id: 'r' })] }));
      expect(errors.map((e) => [e.code, e.field])).toEqual([
        ['duplicate-review-id', 'reviews.1.id'],
      ]);
    });

    it('allows a contract without reviews', () => {
      expect(errorsOf(someTerms({ reviews: [] }))).toEqual([]);
    });
  });

  it(`limits the open question to ${CONTRACT_LIMITS.openQuestionMax} characters and allows it empty`, () => {
    expect(codes(someTerms({ openQuestion: 'q'.repeat(CONTRACT_LIMITS.openQuestionMax) }))).toEqual(
      [],
    );
    expect(codes(someTerms({ openQuestion: '' }))).toEqual([]);
    expect(
      errorsOf(someTerms({ openQuestion: 'q'.repeat(CONTRACT_LIMITS.openQuestionMax + 1) })),
    ).toEqual([expect.objectContaining({ code: 'open-question-too-long', field: 'openQuestion' })]);
  });

  it('reports every problem at once, each with a field and a message', () => {
    const errors = errorsOf({
      commitments: [aCommitment({ due: '', action: '' })],
      reviews: [aReview({ month: 'soon', aspect: '' })],
      openQuestion: 'q'.repeat(1000),
    });
    expect(errors.map((e) => e.code)).toEqual([
      'missing-action',
      'missing-due-date',
      'no-manager-commitment',
      'invalid-review-month',
      'missing-review-aspect',
      'open-question-too-long',
    ]);
    for (const error of errors) {
      expect(error.field).not.toBe('');
      expect(error.message.length).toBeGreaterThan(10);
    }
  });
});
