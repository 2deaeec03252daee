import { describe, expect, it } from 'vitest';
import {
  commitmentFields,
  progressFields,
  readCommitmentRow,
} from '../../../../../src/adapters/graph/sharepoint/contract-rows';
import type { DataProblem } from '../../../../../src/adapters/graph/sharepoint/field-codecs';
import { aFullCommitment, aNewContract } from '../../../../integration/ports/store-fixtures';

const contract = aNewContract();
const scope = { contract, version: 1, saveId: 'save-1' };

function readBack(fields: Record<string, unknown>) {
  const problems: DataProblem[] = [];
  const row = readCommitmentRow({ id: '7', etag: '"7,1"', fields }, (p) => problems.push(p));
  return { commitment: row?.commitment, problems };
}

describe('a commitment row’s done note', () => {
  const done = aFullCommitment({
    status: 'done',
    completedAt: '2026-07-01T12:00:00Z',
    doneNote: 'Shared the three lessons at the team meeting.',
  });

  it('is written to its own column and read back', () => {
    const fields = commitmentFields(scope, done, 0, 'current');
    expect(fields.doneNote).toBe(done.doneNote);
    expect(readBack(fields).commitment).toEqual(done);
  });

  it('reads as no note where the column is missing (a list provisioned before it) or blank', () => {
    const { doneNote: _note, ...withoutNote } = commitmentFields(scope, done, 0, 'current');
    expect(_note).toBeDefined();
    const missing = readBack(withoutNote);
    expect(missing.commitment).not.toHaveProperty('doneNote');
    expect(missing.commitment?.status).toBe('done');
    expect(missing.problems).toEqual([]);
    expect(readBack({ ...withoutNote, doneNote: '  \n ' }).commitment).not.toHaveProperty(
      'doneNote',
    );
  });

  it('drops a value that is not text, says so, and keeps the commitment', () => {
    const fields = { ...commitmentFields(scope, done, 0, 'current'), doneNote: 42 };
    const { commitment, problems } = readBack(fields);
    expect(commitment).not.toHaveProperty('doneNote');
    expect(commitment?.status).toBe('done');
    expect(problems).toEqual([expect.objectContaining({ field: 'doneNote', action: 'repaired' })]);
  });
});

describe('writing the done note to a list provisioned before its column', () => {
  // SharePoint refuses a field the list does not have, so a row without a note never names the
  // column: marking done keeps working until provisioning adds it.
  const open = aFullCommitment();
  const done = { ...open, status: 'done' as const, completedAt: '2026-07-01T12:00:00Z' };

  it('leaves the column out of a new row and of progress when there is no note', () => {
    expect(commitmentFields(scope, open, 0, 'current')).not.toHaveProperty('doneNote');
    expect(progressFields(done, open)).not.toHaveProperty('doneNote');
  });

  it('writes a note, and clears one the stored row had', () => {
    expect(progressFields({ ...done, doneNote: 'Done.' }, open)).toMatchObject({
      doneNote: 'Done.',
    });
    expect(progressFields(done, { ...done, doneNote: 'Earlier.' })).toMatchObject({
      doneNote: null,
    });
  });
});
