import { describe, expect, it } from 'vitest';
import { lintPromiseLanguage, Temporal } from '../../../../src/domain';
import {
  adviceOnly,
  applicableSuggestions,
  applySuggestion,
} from '../../../../src/web/features/contract-editor/apply-suggestion';
import { checkDraft } from '../../../../src/web/features/contract-editor/check-draft';
import {
  draftFrom,
  type ContractDraft,
  type DraftCommitment,
} from '../../../../src/web/features/contract-editor/contract-draft';
import { aCommitment, aManagerCommitment, aVersion } from '../../builders';

const NOW = Temporal.Instant.from('2026-03-02T10:00:00Z');
const ZONE = 'Europe/London';

const lint = (text: string) =>
  lintPromiseLanguage(text, { party: 'manager', context: 'commitment', hasDueDate: true });

function newCommitment(overrides: Partial<DraftCommitment>): DraftCommitment {
  return {
    key: `new-${String(Math.random())}`,
    party: 'report',
    kind: 'action',
    action: 'Write the design proposal for the billing service',
    due: '2026-04-30',
    status: 'open',
    droppedReason: '',
    inGiftReason: '',
    ...overrides,
  };
}

describe('applying an honest rephrasing', () => {
  it('turns a promise into advocacy with one click, and the lint is then satisfied', () => {
    const text = 'I will make sure you get promoted';
    const [finding] = lint(text);
    if (finding === undefined) throw new Error('the promise was not flagged');
    const [first] = applicableSuggestions(finding);
    expect(first).toBe(
      'I will make the case for your promotion to <my manager>; I cannot commit to the outcome.',
    );
    const applied = applySuggestion(text, finding.span, first ?? '');
    expect(lint(applied.replace('<my manager>', 'Amara'))).toEqual([]);
  });

  it('replaces only the flagged sentence and keeps the rest of what was typed', () => {
    const text = 'Book the design review. I will get you the senior title. Then we talk again.';
    const [finding] = lint(text);
    if (finding === undefined) throw new Error('the promise was not flagged');
    expect(applySuggestion(text, finding.span, 'I will put you forward.')).toBe(
      'Book the design review. I will put you forward. Then we talk again.',
    );
  });

  it('offers advice about any action as advice, not as a replacement', () => {
    const [finding] = lint('I will introduce you to Sam soon');
    if (finding === undefined) throw new Error('vague timing was not flagged');
    expect(applicableSuggestions(finding)).toEqual(['I will introduce you to Sam']);
    expect(adviceOnly(finding)[0]).toContain('<action>');
  });
});

describe('checks before saving (the same rules the API applies)', () => {
  const first = (commitments: DraftCommitment[]): ContractDraft => ({
    ...draftFrom('r1', null),
    commitments,
  });

  it('asks for dated commitments from both parties in a first contract', () => {
    const targets = checkDraft(first([]), NOW, ZONE).map((p) => p.message);
    expect(targets.join(' ')).toMatch(/open commitment from the report/);
    expect(targets.join(' ')).toMatch(/open commitment of your own/);
    const ok = first([
      newCommitment({}),
      newCommitment({
        party: 'manager',
        kind: 'introduction',
        action: 'Introduce you to Ada, who leads payments',
      }),
    ]);
    expect(checkDraft(ok, NOW, ZONE)).toEqual([]);
  });

  it('pins problems to the commitment that has them, including unfilled placeholders', () => {
    const mine = newCommitment({
      party: 'manager',
      kind: 'introduction',
      action: 'I will introduce you to [name], who leads [team]',
    });
    const late = newCommitment({ due: '2026-02-01' });
    const problems = checkDraft(first([late, mine]), NOW, ZONE);
    expect(problems).toContainEqual(
      expect.objectContaining({ target: `commitment:${mine.key}`, field: 'action' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ target: `commitment:${late.key}`, field: 'due' }),
    );
  });

  it('is not ready to agree with a flagged promise until it is stated in the manager’s gift', () => {
    const promise = newCommitment({
      party: 'manager',
      kind: 'other-manager',
      action: 'I will make sure you get promoted',
    });
    expect(checkDraft(first([newCommitment({}), promise]), NOW, ZONE)).toEqual([
      expect.objectContaining({
        target: `commitment:${promise.key}`,
        field: 'action',
        code: 'unresolved-promise',
      }),
    ]);
    const stated = { ...promise, inGiftReason: 'I chair the promotion panel for this level' };
    expect(checkDraft(first([newCommitment({}), stated]), NOW, ZONE)).toEqual([]);
  });

  it('asks for both sides in a version agreed in a conversation, as the API does', () => {
    const version = aVersion({ commitments: [aCommitment({ id: 'c1' })] });
    const draft = { ...draftFrom('r1', { version, etag: 'e1' }), note: 'Added a course' };
    const added = { ...draft, commitments: [...draft.commitments, newCommitment({})] };
    expect(checkDraft(added, NOW, ZONE)).toEqual([]);
    expect(checkDraft(added, NOW, ZONE, { closesConversation: true })).toEqual([
      expect.objectContaining({ code: 'no-manager-commitment' }),
    ]);
  });

  it('asks for a note on a revision, and a reason for a drop', () => {
    const version = aVersion({
      commitments: [aCommitment({ id: 'c1' }), aManagerCommitment({ id: 'c2' })],
    });
    const draft = draftFrom('r1', { version, etag: 'e1' });
    expect(checkDraft(draft, NOW, ZONE)).toContainEqual(
      expect.objectContaining({ target: 'note' }),
    );
    const dropped = {
      ...draft,
      note: 'Course replaced',
      commitments: [
        ...draft.commitments.map((c) => (c.id === 'c1' ? { ...c, status: 'dropped' as const } : c)),
        newCommitment({}),
      ],
    };
    expect(checkDraft(dropped, NOW, ZONE)).toEqual([
      expect.objectContaining({ target: 'commitment:c1', field: 'droppedReason' }),
    ]);
  });
});
