import { describe, expect, it } from 'vitest';
import {
  commitmentKindById,
  MANAGER_COMMITMENT_KIND_LIST,
  REPORT_COMMITMENT_KIND_LIST,
  Temporal,
} from '../../../../src/domain';
import {
  draftFrom,
  firstPlaceholder,
  isDirty,
  placeholdersIn,
  quickStart,
  statusChoices,
  versionBody,
  withoutDatePlaceholder,
} from '../../../../src/web/features/contract-editor/contract-draft';
import { aCommitment, aManagerCommitment, aVersion } from '../../builders';

describe('the contract draft', () => {
  it('takes the date placeholder out of every kind’s example wording (the due field holds it)', () => {
    for (const kind of [...MANAGER_COMMITMENT_KIND_LIST, ...REPORT_COMMITMENT_KIND_LIST]) {
      const text = withoutDatePlaceholder(kind.examplePhrasing);
      expect(text).not.toMatch(/date/i);
      expect(text).not.toMatch(/\s[.;,]/);
    }
    expect(
      withoutDatePlaceholder(
        'I will make the case for your promotion to <my manager> by <date>; I cannot commit to the outcome.',
      ),
    ).toBe(
      'I will make the case for your promotion to <my manager>; I cannot commit to the outcome.',
    );
    expect(
      withoutDatePlaceholder(
        'I will give you specific feedback on [skill] after [meeting or piece of work] - booked for [date].',
      ),
    ).toBe('I will give you specific feedback on [skill] after [meeting or piece of work].');
  });

  it('finds the placeholders still to fill in, and where the first one is', () => {
    const text = 'I will introduce you to [name], who leads <team>.';
    expect(placeholdersIn(text)).toEqual(['[name]', '<team>']);
    expect(firstPlaceholder(text)).toEqual({ start: 24, end: 30 });
    expect(placeholdersIn('Introduce Sam to Ada by Friday')).toEqual([]);
    expect(firstPlaceholder('nothing here')).toBeUndefined();
  });

  it('starts from the agreed version and is clean until something is typed', () => {
    const version = aVersion({ version: 3, reason: 'quarterly-update' });
    const draft = draftFrom('r1', { version, etag: 'e3' }, 'goals-changed');
    expect(draft.reason).toBe('goals-changed');
    expect(draft.baseEtag).toBe('e3');
    expect(draft.commitments.map((c) => c.id)).toEqual(version.commitments.map((c) => c.id));
    expect(isDirty(draft)).toBe(false);

    const [first, ...rest] = draft.commitments;
    if (first === undefined) throw new Error('no commitment');
    expect(isDirty({ ...draft, commitments: [{ ...first, action: 'Changed' }, ...rest] })).toBe(
      true,
    );
    expect(isDirty({ ...draft, note: 'why' })).toBe(true);
    expect(isDirty({ ...draft, openQuestion: 'another question' })).toBe(true);
    // A reason alone is not worth keeping a draft for.
    expect(isDirty({ ...draft, reason: 'correction' })).toBe(false);
  });

  it('a first contract is initial, whatever reason was handed over', () => {
    const draft = draftFrom('r1', null, 'goals-changed');
    expect(draft.reason).toBe('initial');
    expect(draft.base).toBeNull();
    expect(isDirty(draft)).toBe(false);
  });

  it('sends new items without ids, trimmed, and a drop with its reason', () => {
    const kept = aCommitment({ id: 'c1' });
    const draft = draftFrom('r1', {
      version: aVersion({ commitments: [kept, aManagerCommitment({ id: 'c2' })] }),
      etag: 'e1',
    });
    const body = versionBody(
      {
        ...draft,
        note: '  Dropped the course  ',
        commitments: [
          ...draft.commitments.map((c) =>
            c.id === 'c1' ? { ...c, status: 'dropped' as const, droppedReason: ' no budget ' } : c,
          ),
          {
            key: 'new-1',
            party: 'report',
            kind: 'learning',
            action: '  Read the SRE book ',
            due: '2026-10-01',
            status: 'open',
            droppedReason: '',
            inGiftReason: '',
          },
        ],
      },
      'Europe/London',
      'conv-1',
    );
    expect(body.note).toBe('Dropped the course');
    expect(body.conversationId).toBe('conv-1');
    expect(body.timeZone).toBe('Europe/London');
    expect(body.terms.commitments[0]).toMatchObject({
      id: 'c1',
      status: 'dropped',
      droppedReason: 'no budget',
    });
    expect(body.terms.commitments[2]).toEqual({
      party: 'report',
      kind: 'learning',
      action: 'Read the SRE book',
      due: '2026-10-01',
      status: 'open',
    });
  });

  it('quick starts use the kind’s example and, for the manager, its default distance', () => {
    const today = Temporal.PlainDate.from('2026-03-02');
    const intro = quickStart('manager', 'introduction', today);
    expect(intro.due).toBe('2026-03-16');
    expect(intro.action).toBe(
      withoutDatePlaceholder(commitmentKindById('introduction').examplePhrasing),
    );
    const learning = quickStart('report', 'learning', today);
    expect(learning.due).toBe('');
    expect(learning.key).not.toBe(intro.key);
  });

  it('offers the manager no way to mark the report’s commitment done or reopen it', () => {
    expect(statusChoices('manager', 'open')).toEqual(['open', 'done', 'dropped']);
    expect(statusChoices('report', 'open')).toEqual(['open', 'dropped']);
    expect(statusChoices('report', 'done')).toEqual(['done']);
    expect(statusChoices('report', 'dropped')).toEqual(['dropped']);
  });
});
