import { describe, expect, it } from 'vitest';
import {
  draftFrom,
  type ContractDraft,
  type DraftCommitment,
} from '../../../../src/web/features/contract-editor/contract-draft';
import {
  contractEditorReducer,
  initialContractEditorState,
  type ContractEditorAction,
  type ContractEditorState,
} from '../../../../src/web/features/contract-editor/contract-editor-state';
import { aCommitment, aManagerCommitment, aReview, aVersion } from '../../builders';

const V2 = aVersion({
  version: 2,
  commitments: [
    aCommitment({ id: 'c1', action: 'Write the billing proposal', due: '2026-06-30' }),
    aManagerCommitment({ id: 'c2', action: 'Introduce you to Ada', due: '2026-05-31' }),
  ],
  reviews: [aReview({ id: 'r1', month: '2026-06' })],
});
const AGREED = { version: V2, etag: 'e2' };
const V3 = { version: { ...V2, version: 3, openQuestion: 'Theirs' }, etag: 'e3' };

const opened = (): ContractEditorState =>
  initialContractEditorState('report-1', AGREED, undefined, undefined);
const run = (state: ContractEditorState, ...actions: ContractEditorAction[]) =>
  actions.reduce(contractEditorReducer, state);

const added: DraftCommitment = {
  key: 'new-1',
  party: 'report',
  kind: 'learning',
  action: 'Shadow the on-call lead',
  due: '2026-08-31',
  status: 'open',
  droppedReason: '',
  inGiftReason: '',
};
const kept = (change: Partial<ContractDraft>) => ({
  draft: { ...draftFrom('report-1', AGREED), ...change },
  savedAt: '2026-03-04T09:00:00Z',
});

describe('initialContractEditorState: the editor as it opens', () => {
  it('opens on the agreed version, nothing touched, tried or said', () => {
    const state = opened();
    expect(state.draft).toEqual(draftFrom('report-1', AGREED));
    expect(state).toMatchObject({
      restoredAt: undefined,
      attempted: false,
      justAdded: undefined,
      overlaps: [],
      status: '',
      confirmation: '',
    });
    expect(state.touched.size).toBe(0);
  });

  it('opens a first contract when none is agreed', () => {
    const state = initialContractEditorState('report-1', null, undefined, undefined);
    expect(state.draft).toMatchObject({ base: null, reason: 'initial', commitments: [] });
  });

  it('takes the reason it was sent here for', () => {
    const state = initialContractEditorState('report-1', AGREED, 'monthly-review', undefined);
    expect(state.draft.reason).toBe('monthly-review');
  });

  it('opens on the draft kept in this browser, saying when it was kept', () => {
    const stored = kept({ note: 'Half done' });
    const state = initialContractEditorState('report-1', AGREED, undefined, stored);
    expect(state.draft).toEqual(stored.draft);
    expect(state.restoredAt).toBe('2026-03-04T09:00:00Z');
  });

  it('gives a kept revision the reason it was sent here for, never a kept first contract', () => {
    const revision = initialContractEditorState('report-1', AGREED, 'goals-changed', kept({}));
    expect(revision.draft.reason).toBe('goals-changed');
    const first = {
      draft: draftFrom('report-1', null),
      savedAt: '2026-03-04T09:00:00Z',
    };
    const state = initialContractEditorState('report-1', null, 'goals-changed', first);
    expect(state.draft.reason).toBe('initial');
  });
});

describe('contractEditorReducer: editing the draft', () => {
  it('changes one commitment and marks it touched', () => {
    const [c1] = opened().draft.commitments;
    if (c1 === undefined) throw new Error('no commitment');
    const state = run(opened(), {
      type: 'change-commitment',
      commitment: { ...c1, action: 'Write it' },
    });
    expect(state.draft.commitments.map((c) => c.action)).toEqual([
      'Write it',
      'Introduce you to Ada',
    ]);
    expect([...state.touched]).toEqual(['c1']);
  });

  it('adds a commitment at the end and remembers it to put the cursor in', () => {
    const state = run(opened(), { type: 'add-commitment', commitment: added });
    expect(state.draft.commitments.map((c) => c.key)).toEqual(['c1', 'c2', 'new-1']);
    expect(state.justAdded).toBe('new-1');
    expect(state.touched.size).toBe(0);
  });

  it('removes a commitment without marking anything touched', () => {
    const state = run(opened(), { type: 'remove-commitment', key: 'c1' });
    expect(state.draft.commitments.map((c) => c.key)).toEqual(['c2']);
    expect(state.touched.size).toBe(0);
  });

  it('records a standing decision on a commitment and marks it touched', () => {
    const state = run(opened(), { type: 'set-commitment-status', key: 'c2', status: 'dropped' });
    expect(state.draft.commitments.map((c) => c.status)).toEqual(['open', 'dropped']);
    expect([...state.touched]).toEqual(['c2']);
  });

  it('changes, adds and removes reviews', () => {
    const review = { key: 'new-r', month: '2026-09', aspect: '' };
    const state = run(
      opened(),
      { type: 'add-review', review },
      { type: 'change-review', review: { ...review, aspect: 'Progress' } },
      { type: 'remove-review', key: 'r1' },
    );
    expect(state.draft.reviews).toEqual([{ key: 'new-r', month: '2026-09', aspect: 'Progress' }]);
    expect([...state.touched]).toEqual(['new-r']);
  });

  it('sets the open question, the reason and the note; only the note counts as touched', () => {
    const state = run(
      opened(),
      { type: 'set-open-question', openQuestion: 'Platform or product?' },
      { type: 'set-reason', reason: 'correction' },
      { type: 'set-note', note: 'Fixed a date' },
    );
    expect(state.draft).toMatchObject({
      openQuestion: 'Platform or product?',
      reason: 'correction',
      note: 'Fixed a date',
    });
    expect([...state.touched]).toEqual(['note']);
  });

  it('drops the last save’s confirmation at the next edit', () => {
    const saved = run(opened(), { type: 'saved', agreed: V3, confirmation: 'Version 3 saved.' });
    expect(saved.confirmation).toBe('Version 3 saved.');
    expect(run(saved, { type: 'set-note', note: 'x' }).confirmation).toBe('');
  });
});

describe('contractEditorReducer: saving', () => {
  it('shows every problem once a save is tried, and clears what was said before', () => {
    const said = { ...opened(), status: 'Re-applied.', confirmation: 'Saved.' };
    const state = run(said, { type: 'save-attempted' });
    expect(state).toMatchObject({ attempted: true, status: '', confirmation: '' });
  });

  it('starts again on the saved version, nothing touched or tried, and says so', () => {
    const state = run(
      opened(),
      { type: 'set-note', note: 'Q2' },
      { type: 'save-attempted' },
      { type: 'saved', agreed: V3, confirmation: 'Version 3 saved.' },
    );
    expect(state.draft).toEqual(draftFrom('report-1', V3, 'quarterly-update'));
    expect(state).toMatchObject({
      attempted: false,
      overlaps: [],
      restoredAt: undefined,
      confirmation: 'Version 3 saved.',
    });
    expect(state.touched.size).toBe(0);
  });

  it('keeps the reason the draft had through a save', () => {
    const state = run(
      opened(),
      { type: 'set-reason', reason: 'goals-changed' },
      { type: 'saved', agreed: V3, confirmation: '' },
    );
    expect(state.draft.reason).toBe('goals-changed');
  });
});

describe('contractEditorReducer: someone else saved meanwhile', () => {
  it('follows the latest version when nothing was typed here', () => {
    const state = run(opened(), { type: 'follow-latest', agreed: V3 });
    expect(state.draft.baseEtag).toBe('e3');
    expect(state.draft.openQuestion).toBe('Theirs');
  });

  it('re-applies the draft onto the latest version and says which version', () => {
    const state = run(
      opened(),
      { type: 'set-open-question', openQuestion: 'Mine' },
      { type: 'reapply', latest: V3 },
    );
    expect(state.draft.baseEtag).toBe('e3');
    expect(state.draft.openQuestion).toBe('Mine');
    expect(state.overlaps.map((o) => o.what)).toEqual(['The open question']);
    expect(state.status).toBe('Your changes are re-applied onto version 3. Check them, then save.');
  });

  it('no longer calls a re-applied draft the one kept in this browser', () => {
    const restored = initialContractEditorState('report-1', AGREED, undefined, kept({ note: 'n' }));
    expect(run(restored, { type: 'reapply', latest: V3 }).restoredAt).toBeUndefined();
  });
});

describe('contractEditorReducer: discarding the kept draft', () => {
  it('goes back to the agreed version and drops the notice', () => {
    const restored = initialContractEditorState('report-1', AGREED, undefined, kept({ note: 'n' }));
    const state = run(restored, { type: 'discard-restored', agreed: AGREED });
    expect(state.draft).toEqual(draftFrom('report-1', AGREED));
    expect(state.restoredAt).toBeUndefined();
  });

  it('starts afresh: problems of the discarded draft’s save attempt do not show on the agreed one', () => {
    const restored = initialContractEditorState('report-1', AGREED, undefined, kept({ note: 'n' }));
    const state = run(
      restored,
      { type: 'set-note', note: 'nn' },
      { type: 'save-attempted' },
      { type: 'discard-restored', agreed: AGREED },
    );
    expect(state.attempted).toBe(false);
    expect(state.touched.size).toBe(0);
  });
});
