import { describe, expect, it } from 'vitest';
import {
  commitmentFields,
  progressFields,
  readCommitmentRow,
} from '../../../../../src/adapters/graph/sharepoint/contract-rows';
import type { DataProblem } from '../../../../../src/adapters/graph/sharepoint/field-codecs';
import { aFullCommitment, aNewContract } from '../../../../integration/ports/store-fixtures';

const scope = { contract: aNewContract(), version: 2, saveId: 'save-2' };

function readBack(fields: Record<string, unknown>) {
  const problems: DataProblem[] = [];
  const row = readCommitmentRow({ id: '9', etag: '"9,1"', fields }, (p) => problems.push(p));
  return { commitment: row?.commitment, problems };
}

describe('a commitment row’s in-gift reason', () => {
  const promise = aFullCommitment({
    party: 'manager',
    kind: 'other-manager',
    action: 'I will make sure you get promoted',
    inGiftReason: 'I chair the promotion panel for this level',
  });

  it('is written to its own column with the version’s rows and read back', () => {
    const fields = commitmentFields(scope, promise, 0, 'current');
    expect(fields.inGiftReason).toBe(promise.inGiftReason);
    expect(readBack(fields).commitment).toEqual(promise);
  });

  it('is left out where there is none, so lists provisioned before the column keep working', () => {
    const { inGiftReason: _reason, ...plain } = promise;
    expect(_reason).toBeDefined();
    expect(commitmentFields(scope, plain, 0, 'current')).not.toHaveProperty('inGiftReason');
    expect(readBack({ ...commitmentFields(scope, plain, 0, 'current') }).commitment).toEqual(plain);
  });

  it('is agreed terms, never touched by a progress update', () => {
    expect(progressFields({ ...promise, status: 'done' }, promise)).not.toHaveProperty(
      'inGiftReason',
    );
  });
});
