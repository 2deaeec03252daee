import { describe, expect, it } from 'vitest';
import {
  CONTRACT_LIMITS,
  createContract,
  reviseContract,
  validateContractTerms,
} from '../../../src/domain/contract';
import type { ContractError, ValidationContext } from '../../../src/domain/contract';
import { lintPromiseLanguage } from '../../../src/domain/language';
import type { ContractTerms } from '../../../src/domain';
import {
  aCommitment,
  aContract,
  aManagerCommitment,
  aVersion,
  at,
  someTerms,
  ZONE,
} from '../builders';

const ctx: ValidationContext = { now: at('2026-03-03T12:00:00Z'), zone: ZONE };
const PROMISE = 'I will make sure you get promoted';

function errorsOf(terms: ContractTerms, context: ValidationContext = ctx): ContractError[] {
  const result = validateContractTerms(terms, context);
  return result.ok ? [] : result.errors;
}

describe('an unresolved promise blocks agreeing the version', () => {
  it('refuses a manager commitment the lint flags as a promise, naming the commitment', () => {
    const terms = someTerms({
      commitments: [aCommitment(), aManagerCommitment({ kind: 'other-manager', action: PROMISE })],
    });
    expect(errorsOf(terms)).toEqual([
      expect.objectContaining({ code: 'unresolved-promise', field: 'commitments.1.action' }),
    ]);
    expect(errorsOf(terms)[0]?.message).toContain(`“${PROMISE}”`);
  });

  it('blocks the first version too', () => {
    const result = createContract({
      id: 'c',
      reportId: 'r',
      managerId: 'm',
      now: ctx.now,
      zone: ZONE,
      terms: someTerms({
        commitments: [
          aCommitment(),
          aManagerCommitment({ kind: 'other-manager', action: PROMISE }),
        ],
      }),
    });
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['unresolved-promise']);
  });

  it('accepts the promise when the manager says why it is in their own gift, and keeps the reason', () => {
    const terms = someTerms({
      commitments: [
        aCommitment(),
        aManagerCommitment({
          kind: 'other-manager',
          action: PROMISE,
          inGiftReason: '  I chair the promotion panel for this level  ',
        }),
      ],
    });
    const result = validateContractTerms(terms, ctx);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.value.commitments[1]?.inGiftReason).toBe(
      'I chair the promotion panel for this level',
    );
  });

  it('limits the reason and does not accept a blank one', () => {
    const withReason = (inGiftReason: string) =>
      errorsOf(
        someTerms({
          commitments: [
            aCommitment(),
            aManagerCommitment({ kind: 'other-manager', action: PROMISE, inGiftReason }),
          ],
        }),
      ).map((e) => [e.code, e.field]);
    expect(withReason('   ')).toEqual([['unresolved-promise', 'commitments.1.action']]);
    expect(withReason('x'.repeat(CONTRACT_LIMITS.inGiftReasonMax + 1))).toEqual([
      ['in-gift-reason-too-long', 'commitments.1.inGiftReason'],
    ]);
  });

  it('drops a reason where nothing is promised: there is nothing for it to explain', () => {
    const result = validateContractTerms(
      someTerms({
        commitments: [aCommitment(), aManagerCommitment({ inGiftReason: 'Because I can' })],
      }),
      ctx,
    );
    expect(result.ok && result.value.commitments[1]).not.toHaveProperty('inGiftReason');
  });

  it('accepts the honest rephrasing the lint offers', () => {
    const honest =
      'I will make the case for your promotion to Dana at the calibration; I cannot commit to the outcome.';
    expect(
      errorsOf(
        someTerms({
          commitments: [
            aCommitment(),
            aManagerCommitment({ kind: 'talk-to-own-manager', action: honest }),
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('does not ask again for a promise agreed earlier and carried over unchanged', () => {
    const agreed = aManagerCommitment({ id: 'p', kind: 'other-manager', action: PROMISE });
    const previous = aVersion({ commitments: [aCommitment({ id: 'a' }), agreed] });
    const terms = someTerms({ commitments: [...previous.commitments, aCommitment()] });
    expect(errorsOf(terms, { ...ctx, previous })).toEqual([]);
    // Re-worded, it is a new promise and needs resolving again.
    const reworded = { ...agreed, action: `${PROMISE} this year` };
    expect(
      errorsOf(someTerms({ commitments: [aCommitment({ id: 'a' }), reworded] }), {
        ...ctx,
        previous,
      }).map((e) => e.code),
    ).toEqual(['unresolved-promise']);
  });
});

describe('a rephrasing the lint offers never needs fixing itself', () => {
  const texts = [
    "I'll look into it soon",
    'I will get you promoted soon',
    "I'll sort out your promotion soon",
    'I will think about your request at some point',
    'I will introduce you to Sam soon',
  ];
  for (const text of texts) {
    it(`offers only fixes that pass the lint for “${text}”`, () => {
      const options = { party: 'manager', context: 'commitment', hasDueDate: true } as const;
      const suggestions = lintPromiseLanguage(text, options).flatMap((f) => f.suggestions);
      expect(suggestions.length).toBeGreaterThan(0);
      for (const suggestion of suggestions.filter((s) => !s.includes('<action>'))) {
        const filled = suggestion.replace(/<date>/g, '30 April').replace(/<([^>]+)>/g, '$1');
        expect(
          lintPromiseLanguage(filled, options).map((f) => `${f.code}: ${f.excerpt}`),
          suggestion,
        ).toEqual([]);
      }
    });
  }

  it('still offers the dated sentence when the only problem was the timing', () => {
    const [finding] = lintPromiseLanguage('I will introduce you to Sam soon', {
      context: 'commitment',
    });
    expect(finding?.suggestions).toContain('I will introduce you to Sam by <date>');
  });
});

describe('a change is validated for what it changes', () => {
  const later = { ...ctx, now: at('2026-07-01T12:00:00Z') };
  const overdue = aCommitment({ id: 'overdue', due: '2026-04-01' });
  const review = { id: 'r-march', month: '2026-04', aspect: 'The design proposal' };

  it('accepts a new, well-dated commitment beside an open one whose date has passed', () => {
    const previous = aVersion({ commitments: [overdue, aManagerCommitment({ id: 'm' })] });
    const terms = someTerms({
      commitments: [...previous.commitments, aCommitment({ due: '2026-08-01' })],
      reviews: [],
    });
    expect(errorsOf(terms, { ...later, previous })).toEqual([]);
  });

  it('still refuses a past date on the new or re-dated commitment', () => {
    const previous = aVersion({ commitments: [overdue, aManagerCommitment({ id: 'm' })] });
    const redated = { ...overdue, due: '2026-05-01' };
    expect(
      errorsOf(
        someTerms({ commitments: [redated, aManagerCommitment({ id: 'm' })], reviews: [] }),
        {
          ...later,
          previous,
        },
      ).map((e) => [e.code, e.field]),
    ).toEqual([['due-date-in-past', 'commitments.0.due']]);
  });

  it('does not let an agreed review month that has passed block the change', () => {
    const previous = aVersion({
      reviews: [review],
      commitments: [aCommitment({ id: 'a' }), aManagerCommitment({ id: 'm' })],
    });
    const terms = someTerms({
      commitments: [...previous.commitments, aCommitment({ due: '2026-08-01' })],
      reviews: [review],
    });
    expect(errorsOf(terms, { ...later, previous })).toEqual([]);
    expect(
      errorsOf(
        { ...terms, reviews: [{ ...review, month: '2026-05' }] },
        { ...later, previous },
      ).map((e) => e.code),
    ).toEqual(['review-month-in-past']);
  });

  it('does not let a missing manager commitment block adding a report commitment', () => {
    const previous = aVersion({ commitments: [aCommitment({ id: 'a' })] });
    const terms = someTerms({ commitments: [...previous.commitments, aCommitment()] });
    expect(errorsOf(terms, { ...ctx, previous })).toEqual([]);
  });

  it('still needs both parties in a version that closes a conversation, or that would lose one', () => {
    const previous = aVersion({ commitments: [aCommitment({ id: 'a' })] });
    const terms = someTerms({ commitments: [...previous.commitments, aCommitment()] });
    expect(
      errorsOf(terms, { ...ctx, previous, closesConversation: true }).map((e) => e.code),
    ).toEqual(['no-manager-commitment']);
    const both = aVersion({
      commitments: [aCommitment({ id: 'a' }), aManagerCommitment({ id: 'm' })],
    });
    expect(
      errorsOf(someTerms({ commitments: [aCommitment({ id: 'a' })] }), {
        ...ctx,
        previous: both,
      }).map((e) => e.code),
    ).toEqual(['no-manager-commitment']);
  });

  it('revises a contract with every standing problem by adding one dated commitment', () => {
    const agreed = aVersion({ commitments: [overdue], reviews: [review] });
    const contract = aContract(agreed);
    const result = reviseContract(contract, {
      terms: {
        ...agreed,
        commitments: [overdue, aCommitment({ id: 'new', due: '2026-08-01' })],
      },
      reason: 'monthly-review',
      note: 'Added the course',
      now: later.now,
      zone: ZONE,
    });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
