import { describe, expect, it } from 'vitest';
import {
  CONTRACT_LIMITS,
  currentVersion,
  markCommitmentDone,
  readDoneNote,
} from '../../../src/domain/contract';
import { aCommitment, aContract, aManagerCommitment, aVersion, at } from '../builders';

describe('readDoneNote', () => {
  it('trims the note and reads an empty one as none', () => {
    expect(readDoneNote('  Finished the course early.  ')).toEqual({
      ok: true,
      value: 'Finished the course early.',
    });
    expect(readDoneNote('   \n ')).toEqual({ ok: true, value: undefined });
    expect(readDoneNote(undefined)).toEqual({ ok: true, value: undefined });
  });

  it('takes up to the limit after trimming and refuses one character more', () => {
    const max = CONTRACT_LIMITS.doneNoteMax;
    expect(max).toBe(500);
    expect(readDoneNote(` ${'a'.repeat(max)} `)).toEqual({ ok: true, value: 'a'.repeat(max) });
    const long = readDoneNote('a'.repeat(max + 1));
    expect(long.ok ? [] : long.errors).toEqual([
      {
        code: 'done-note-too-long',
        field: 'note',
        message: 'The note can be at most 500 characters (it has 501).',
      },
    ]);
  });
});

describe('markCommitmentDone with a note', () => {
  const contract = aContract(
    aVersion({
      commitments: [aCommitment({ id: 'theirs' }), aManagerCommitment({ id: 'mine' })],
    }),
  );
  const now = at('2026-03-05T09:30:00Z');

  it('keeps the trimmed note with the completion', () => {
    const result = markCommitmentDone(contract, 'theirs', 'report', now, '  Booked and done. ');
    expect(result.ok && currentVersion(result.value).commitments[0]).toMatchObject({
      status: 'done',
      completedAt: '2026-03-05T09:30:00Z',
      doneNote: 'Booked and done.',
    });
  });

  it('records no note when none or only spaces are sent', () => {
    for (const note of [undefined, '', '   ']) {
      const result = markCommitmentDone(contract, 'mine', 'manager', now, note);
      expect(result.ok && currentVersion(result.value).commitments[1]).not.toHaveProperty(
        'doneNote',
      );
    }
  });

  it('refuses a note that is too long and changes nothing', () => {
    const result = markCommitmentDone(contract, 'theirs', 'report', now, 'x'.repeat(501));
    expect(result.ok ? '' : result.errors[0]?.code).toBe('done-note-too-long');
  });

  it('refuses the other party, note or not', () => {
    const result = markCommitmentDone(contract, 'theirs', 'manager', now, 'Well done');
    expect(result.ok ? '' : result.errors[0]?.code).toBe('not-your-commitment');
  });
});

describe('markCommitmentDone after a reopening', () => {
  it('does not carry the earlier note over to a completion without one', () => {
    const reopened = aContract(
      aVersion({ commitments: [aCommitment({ id: 'again', doneNote: 'First time round.' })] }),
    );
    const result = markCommitmentDone(reopened, 'again', 'report', at('2026-03-05T09:30:00Z'));
    expect(result.ok && currentVersion(result.value).commitments[0]).not.toHaveProperty('doneNote');
  });
});
