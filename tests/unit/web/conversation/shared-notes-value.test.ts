import { describe, expect, it } from 'vitest';
import { SHARED_NOTES_MAX } from '../../../../src/app/api-schemas/conversation';
import { EMPTY_PHASE_NOTES } from '../../../../src/web/shared/conversation/notes-sync/phase-notes';
import {
  aspirationWritten,
  checkSharedNotes,
  fromRecord,
  phasesReached,
  sameSharedNotes,
  sharedNotesText,
} from '../../../../src/web/shared/conversation/notes-sync/shared-notes-value';

describe('the shared notes value conversation mode autosaves', () => {
  it('counts a phase as reached when marked or when it has notes, in the playbook order', () => {
    const value = {
      notes: { ...EMPTY_PHASE_NOTES, 'close-the-gap': 'x' },
      covered: ['where-to-go' as const],
    };
    expect(phasesReached(value)).toEqual(['where-to-go', 'close-the-gap']);
  });

  it('records the aspiration only when "where do you want to go" has notes', () => {
    expect(aspirationWritten({ notes: EMPTY_PHASE_NOTES, covered: ['where-to-go'] })).toBe(false);
    expect(
      aspirationWritten({ notes: { ...EMPTY_PHASE_NOTES, 'where-to-go': 'Staff' }, covered: [] }),
    ).toBe(true);
  });

  it('compares without layout whitespace and reads a record back', () => {
    const record = fromRecord({
      sharedNotes: '## Where are you now?\nfine',
      phasesReached: ['where-now'],
    });
    expect(
      sameSharedNotes(record, {
        notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'fine\n' },
        covered: [],
      }),
    ).toBe(true);
    expect(
      sameSharedNotes(record, {
        notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'fine!' },
        covered: [],
      }),
    ).toBe(false);
  });

  it('strips invisible control characters the record refuses, and refuses text past the limit', () => {
    const value = { notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'a\u0007b\tc' }, covered: [] };
    expect(sharedNotesText(value)).toBe('## Where are you now?\nab\tc');
    expect(checkSharedNotes(value)).toBeUndefined();
    const long = {
      notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'x'.repeat(SHARED_NOTES_MAX) },
      covered: [],
    };
    expect(checkSharedNotes(long)).toMatch(/at most/);
  });
});
