import { describe, expect, it } from 'vitest';
import { Temporal, type ContractVersion } from '../../../../src/domain';
import { checkDraft } from '../../../../src/web/features/contract-editor/check-draft';
import {
  draftFrom,
  type ContractDraft,
  type DraftCommitment,
} from '../../../../src/web/features/contract-editor/contract-draft';
import { rebaseDraft } from '../../../../src/web/features/contract-editor/rebase-draft';
import { aCommitment, aManagerCommitment, aReview, aVersion } from '../../builders';

const BASE = aVersion({
  version: 2,
  reason: 'quarterly-update',
  note: 'Q1',
  commitments: [
    aCommitment({ id: 'c1', action: 'Write the billing proposal', due: '2026-06-30' }),
    aManagerCommitment({ id: 'c2', action: 'Introduce you to Ada', due: '2026-05-31' }),
  ],
  reviews: [aReview({ id: 'r1', month: '2026-06' }), aReview({ id: 'r2', month: '2026-07' })],
  openQuestion: 'Is platform the right team?',
});

const latest = (overrides: Partial<ContractVersion>) => ({
  version: { ...BASE, version: 3, reason: 'correction' as const, note: 'theirs', ...overrides },
  etag: 'e3',
});

const fresh = (): ContractDraft => draftFrom('r1', { version: BASE, etag: 'e2' });

const added = (action: string, party: DraftCommitment['party'] = 'report'): DraftCommitment => ({
  key: `new-${action}`,
  party,
  kind: party === 'report' ? 'learning' : 'introduction',
  action,
  due: '2026-08-31',
  status: 'open',
  droppedReason: '',
  inGiftReason: '',
});

function edit(draft: ContractDraft, id: string, patch: Partial<DraftCommitment>): ContractDraft {
  return {
    ...draft,
    commitments: draft.commitments.map((c) => (c.id === id ? { ...c, ...patch } : c)),
  };
}

describe('re-applying a draft onto a version saved meanwhile', () => {
  it('keeps their new commitment and open question, adds mine after, and moves the base on', () => {
    const mine = {
      ...fresh(),
      commitments: [...fresh().commitments, added('Take the SRE course')],
    };
    const theirs = latest({
      commitments: [
        ...BASE.commitments,
        aManagerCommitment({ id: 'c9', action: 'Book a forum slot' }),
      ],
      openQuestion: 'Is a staff role realistic?',
    });
    const { draft, overlaps } = rebaseDraft({ ...mine, note: 'mine' }, theirs);
    expect(draft.commitments.map((c) => c.action)).toEqual([
      'Write the billing proposal',
      'Introduce you to Ada',
      'Book a forum slot',
      'Take the SRE course',
    ]);
    expect(draft.openQuestion).toBe('Is a staff role realistic?');
    expect(draft.baseEtag).toBe('e3');
    expect(draft.base?.version).toBe(3);
    expect(draft.note).toBe('mine');
    expect(overlaps).toEqual([]);
  });

  it('merges field by field: my drop and their new date both survive', () => {
    const mine = edit(fresh(), 'c1', { status: 'dropped', droppedReason: 'Billing was cancelled' });
    const theirs = latest({
      commitments: BASE.commitments.map((c) => (c.id === 'c1' ? { ...c, due: '2026-07-31' } : c)),
    });
    const { draft, overlaps } = rebaseDraft(mine, theirs);
    expect(draft.commitments[0]).toMatchObject({
      id: 'c1',
      status: 'dropped',
      droppedReason: 'Billing was cancelled',
      due: '2026-07-31',
    });
    expect(overlaps).toEqual([]);
  });

  it('keeps my wording where both of us reworded the same commitment, and says so', () => {
    const mine = edit(fresh(), 'c2', { action: 'Introduce you to Ada and book the first meeting' });
    const theirs = latest({
      commitments: BASE.commitments.map((c) =>
        c.id === 'c2' ? { ...c, action: 'Introduce you to Ada from payments' } : c,
      ),
    });
    const { draft, overlaps } = rebaseDraft(mine, theirs);
    expect(draft.commitments[1]?.action).toBe('Introduce you to Ada and book the first meeting');
    expect(overlaps).toEqual([
      {
        what: 'Introduce you to Ada and book the first meeting',
        field: 'action',
        theirs: 'Introduce you to Ada from payments',
        yours: 'Introduce you to Ada and book the first meeting',
      },
    ]);
  });

  it('removes a review only I removed, but keeps one they changed meanwhile', () => {
    const mine = { ...fresh(), reviews: [] };
    const theirs = latest({
      reviews: BASE.reviews.map((r) =>
        r.id === 'r2' ? { ...r, aspect: 'The talk at the forum' } : r,
      ),
    });
    const { draft, overlaps } = rebaseDraft(mine, theirs);
    expect(draft.reviews.map((r) => r.id)).toEqual(['r2']);
    expect(overlaps.map((o) => o.field)).toEqual(['removed']);
  });

  it('turns a first contract written meanwhile by someone else into an update that passes the rules', () => {
    const first: ContractDraft = {
      ...draftFrom('r1', null),
      commitments: [
        added('Take the SRE course'),
        added('Introduce you to Sam, who runs SRE', 'manager'),
      ],
    };
    const theirs = { version: { ...BASE, version: 1, reason: 'initial' as const }, etag: 'e1' };
    const { draft } = rebaseDraft(first, theirs);
    expect(draft.reason).toBe('quarterly-update');
    expect(draft.commitments).toHaveLength(4);
    const now = Temporal.Instant.from('2026-03-02T10:00:00Z');
    expect(checkDraft({ ...draft, note: 'Added what we agreed today' }, now, 'UTC')).toEqual([]);
  });

  it('loses nothing: every text from either side is in the result', () => {
    const mine = {
      ...edit(fresh(), 'c1', { action: 'Write and present the billing proposal' }),
      commitments: [
        ...edit(fresh(), 'c1', { action: 'Write and present the billing proposal' }).commitments,
        added('Pair with Ada on the payments API'),
      ],
      openQuestion: 'Is platform still right?',
    };
    const theirs = latest({
      commitments: [
        ...BASE.commitments,
        aCommitment({ id: 'c7', action: 'Mentor the new joiner' }),
      ],
      reviews: [...BASE.reviews, aReview({ id: 'r3', aspect: 'Mentoring' })],
    });
    const { draft } = rebaseDraft(mine, theirs);
    const texts = [
      ...draft.commitments.map((c) => c.action),
      ...draft.reviews.map((r) => r.aspect),
    ];
    expect(texts).toEqual(
      expect.arrayContaining([
        'Write and present the billing proposal',
        'Pair with Ada on the payments API',
        'Mentor the new joiner',
        'Mentoring',
        'Introduce you to Ada',
      ]),
    );
    expect(draft.openQuestion).toBe('Is platform still right?');
  });
});
