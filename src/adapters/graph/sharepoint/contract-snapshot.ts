import type { DevelopmentContract } from '../../../domain';
import {
  readCommitmentRow,
  readReviewRow,
  readVersionRow,
  type CommitmentRow,
  type ReviewRow,
  type VersionRow,
} from './contract-rows';
import type { ProblemSink } from './field-codecs';
import type { ListItem } from './list-client';
import type { RowState } from './schema';

/**
 * A report's contract as the lists hold it. A version exists once its version item does; its
 * commitment and review rows are those written by the same save (same `saveId`), so rows left by
 * a save that failed half-way are never mistaken for part of a version.
 */
export interface ContractSnapshot {
  contract: DevelopmentContract;
  /** The version in force: its item's eTag is the contract's eTag. */
  current: VersionRow;
  versions: readonly VersionRow[];
  commitmentRows: readonly CommitmentRow[];
  reviewRows: readonly ReviewRow[];
}

const byItemId = (a: { item: ListItem }, b: { item: ListItem }) =>
  Number(a.item.id) - Number(b.item.id);

export const belongsTo = (row: { contractVersion: number; saveId: string }, version: VersionRow) =>
  row.contractVersion === version.version.version && row.saveId === version.saveId;

/** One item per version number; should two exist (a lost race), the first created wins. */
function committedVersions(rows: VersionRow[], sink: ProblemSink): VersionRow[] {
  const winners = new Map<number, VersionRow>();
  for (const row of [...rows].sort(byItemId)) {
    const number = row.version.version;
    if (winners.has(number)) {
      sink({
        list: 'contractVersions',
        itemId: row.item.id,
        field: 'contractVersion',
        problem: `a second item for version ${number}`,
        action: 'skipped',
      });
    } else {
      winners.set(number, row);
    }
  }
  return [...winners.values()].sort((a, b) => a.version.version - b.version.version);
}

function checkCount(
  sink: ProblemSink,
  version: VersionRow,
  what: 'commitments' | 'reviewItems',
  expected: number | undefined,
  found: number,
): void {
  if (expected === undefined || expected === found) return;
  sink({
    list: 'contractVersions',
    itemId: version.item.id,
    field: what,
    problem: `version ${version.version.version} should have ${expected} ${what}, found ${found}`,
    action: 'repaired',
  });
}

export function assembleContract(
  items: { versions: ListItem[]; commitments: ListItem[]; reviews: ListItem[] },
  sink: ProblemSink,
): ContractSnapshot | undefined {
  const read = <T>(list: ListItem[], parse: (i: ListItem, s: ProblemSink) => T | undefined) =>
    list.flatMap((item) => parse(item, sink) ?? []);
  const versions = committedVersions(read(items.versions, readVersionRow), sink);
  const commitmentRows = read(items.commitments, readCommitmentRow);
  const reviewRows = read(items.reviews, readReviewRow);
  const current = versions.at(-1);
  if (!current) return undefined;

  const contractVersions = versions.map((version) => {
    const commitments = commitmentRows
      .filter((row) => belongsTo(row, version))
      .sort((a, b) => a.position - b.position);
    const reviews = reviewRows
      .filter((row) => belongsTo(row, version))
      .sort((a, b) => a.position - b.position);
    checkCount(sink, version, 'commitments', version.commitmentCount, commitments.length);
    checkCount(sink, version, 'reviewItems', version.reviewCount, reviews.length);
    if (version.contractId !== current.contractId) {
      sink({
        list: 'contractVersions',
        itemId: version.item.id,
        field: 'contractId',
        problem: `belongs to contract ${version.contractId}, not ${current.contractId}`,
        action: 'repaired',
      });
    }
    return {
      ...version.version,
      commitments: commitments.map((row) => row.commitment),
      reviews: reviews.map((row) => row.review),
    };
  });

  return {
    contract: {
      id: current.contractId,
      reportId: current.reportId,
      managerId: current.managerId,
      versions: contractVersions,
    },
    current,
    versions,
    commitmentRows,
    reviewRows,
  };
}

/**
 * Commitment rows whose `rowState` is not what the committed versions say it should be: the
 * current version's rows are `current`, older versions' rows `superseded`; rows of no version
 * (a save that failed half-way) stay as they are. Fixing these on every write heals an earlier
 * write that was interrupted between committing a version and flipping its rows.
 */
export function rowStateFixes(
  versions: readonly VersionRow[],
  rows: readonly CommitmentRow[],
  current: VersionRow | undefined,
): { row: CommitmentRow; state: RowState }[] {
  return rows.flatMap((row) => {
    const version = versions.find((v) => belongsTo(row, v));
    if (!version) return [];
    const state: RowState = version === current ? 'current' : 'superseded';
    return row.rowState === state ? [] : [{ row, state }];
  });
}
