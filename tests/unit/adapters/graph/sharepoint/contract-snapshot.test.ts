import { describe, expect, it } from 'vitest';
import {
  commitmentFields,
  reviewFields,
  versionFields,
} from '../../../../../src/adapters/graph/sharepoint/contract-rows';
import {
  assembleContract,
  rowStateFixes,
} from '../../../../../src/adapters/graph/sharepoint/contract-snapshot';
import type { DataProblem } from '../../../../../src/adapters/graph/sharepoint/field-codecs';
import type { ListItem } from '../../../../../src/adapters/graph/sharepoint/list-client';
import type { RowState } from '../../../../../src/adapters/graph/sharepoint/schema';
import type { DevelopmentContract } from '../../../../../src/domain';
import {
  aFirstVersion,
  aNewContract,
  aRevision,
} from '../../../../integration/ports/store-fixtures';

let nextItemId = 1;
const item = (fields: Record<string, unknown>): ListItem => {
  const id = String(nextItemId++);
  return { id, etag: `"guid-${id},1"`, fields };
};

/** The items a complete save of `contract`'s version `index` writes. */
function saved(contract: DevelopmentContract, index: number, saveId: string, state: RowState) {
  const version = contract.versions[index] ?? aFirstVersion();
  const scope = { contract, version: version.version, saveId };
  return {
    commitments: version.commitments.map((c, i) => item(commitmentFields(scope, c, i, state))),
    reviews: version.reviews.map((r, i) => item(reviewFields(scope, r, i))),
    version: item(versionFields(scope, version, 'token')),
  };
}

function twoVersions() {
  const first = aNewContract();
  const contract = {
    ...first,
    versions: [...first.versions, aRevision(first.versions[0] ?? aFirstVersion())],
  };
  return {
    contract,
    v1: saved(contract, 0, 'save-1', 'superseded'),
    v2: saved(contract, 1, 'save-2', 'current'),
  };
}

describe('assembleContract', () => {
  it('rebuilds every version from its own rows, whatever order the items come in', () => {
    const { contract, v1, v2 } = twoVersions();
    const problems: DataProblem[] = [];
    const snapshot = assembleContract(
      {
        versions: [v2.version, v1.version],
        commitments: [...v2.commitments, ...v1.commitments].reverse(),
        reviews: [...v1.reviews, ...v2.reviews].reverse(),
      },
      (p) => problems.push(p),
    );
    expect(snapshot?.contract).toEqual(contract);
    expect(snapshot?.current.item).toBe(v2.version);
    expect(problems).toEqual([]);
  });

  it('ignores rows a failed save left behind, and a version item that lost a race', () => {
    const { contract, v1, v2 } = twoVersions();
    const orphan = saved(contract, 1, 'failed-save', 'pending');
    const rival = saved(contract, 1, 'rival-save', 'current');
    const problems: DataProblem[] = [];
    const snapshot = assembleContract(
      {
        versions: [v1.version, v2.version, rival.version],
        commitments: [
          ...v1.commitments,
          ...orphan.commitments,
          ...v2.commitments,
          ...rival.commitments,
        ],
        reviews: [...v1.reviews, ...orphan.reviews, ...v2.reviews],
      },
      (p) => problems.push(p),
    );
    expect(snapshot?.contract).toEqual(contract);
    expect(problems).toEqual([
      expect.objectContaining({
        itemId: rival.version.id,
        action: 'skipped',
        problem: 'a second item for version 2',
      }),
    ]);
  });

  it('reports a version whose rows are missing, and keeps what is there', () => {
    const { v1 } = twoVersions();
    const problems: DataProblem[] = [];
    const snapshot = assembleContract(
      { versions: [v1.version], commitments: v1.commitments.slice(1), reviews: v1.reviews },
      (p) => problems.push(p),
    );
    expect(snapshot?.contract.versions[0]?.commitments).toHaveLength(v1.commitments.length - 1);
    expect(problems).toEqual([
      expect.objectContaining({
        itemId: v1.version.id,
        problem: `version 1 should have ${v1.commitments.length} commitments, found ${v1.commitments.length - 1}`,
      }),
    ]);
  });

  it('skips a commitment row it cannot read, and says why', () => {
    const { v1 } = twoVersions();
    const [broken, ...rest] = v1.commitments;
    if (!broken) throw new Error('fixture');
    const problems: DataProblem[] = [];
    assembleContract(
      {
        versions: [v1.version],
        commitments: [{ ...broken, fields: { ...broken.fields, due: null, party: 'hr' } }, ...rest],
        reviews: v1.reviews,
      },
      (p) => problems.push(p),
    );
    expect(problems[0]).toMatchObject({
      list: 'commitments',
      itemId: broken.id,
      field: 'party, due',
      action: 'skipped',
    });
  });

  it('has no contract without a version item', () => {
    const { v1 } = twoVersions();
    expect(
      assembleContract({ versions: [], commitments: v1.commitments, reviews: [] }, () => undefined),
    ).toBeUndefined();
  });
});

describe('rowStateFixes', () => {
  it('makes the current version’s rows current and older ones superseded, leaving orphans alone', () => {
    const { contract, v1, v2 } = twoVersions();
    const orphan = saved(contract, 1, 'failed-save', 'pending');
    // As a save interrupted after its commit point leaves them: new rows pending, old rows current.
    const stale = [...saved(contract, 0, 'save-1', 'current').commitments];
    const v2Pending = v2.commitments.map((i) => ({
      ...i,
      fields: { ...i.fields, rowState: 'pending' },
    }));
    const snapshot = assembleContract(
      {
        versions: [v1.version, v2.version],
        commitments: [...stale, ...v2Pending, ...orphan.commitments],
        reviews: [],
      },
      () => undefined,
    );
    if (!snapshot) throw new Error('no snapshot');
    const fixes = rowStateFixes(snapshot.versions, snapshot.commitmentRows, snapshot.current);
    expect(fixes.map((f) => [f.row.item.id, f.state])).toEqual([
      ...stale.map((i) => [i.id, 'superseded']),
      ...v2Pending.map((i) => [i.id, 'current']),
    ]);
  });
});
