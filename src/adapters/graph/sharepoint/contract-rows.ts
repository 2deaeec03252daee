import {
  definedOnly,
  COMMITMENT_STATUSES,
  CONTRACT_CHANGE_REASONS,
  MANAGER_COMMITMENT_KINDS,
  PARTIES,
  REPORT_COMMITMENT_KINDS,
  SCHEDULED_VIAS,
  type Commitment,
  type ContractVersion,
  type DevelopmentContract,
  type ReviewItem,
} from '../../../domain';
import { dateToField, FieldReader, type ProblemSink } from './field-codecs';
import type { FieldValues, ListItem } from './list-client';
import { ROW_STATES, type ColumnOf, type RowState } from './schema';

/** Maps contract versions, commitments and review items to list items and back. */

type Fields<L extends 'contractVersions' | 'commitments' | 'reviewItems'> = Readonly<
  Record<ColumnOf<L>, string | number | boolean | null>
> & { Title: string };

const KINDS = [...REPORT_COMMITMENT_KINDS, ...MANAGER_COMMITMENT_KINDS] as const;

export interface VersionRow {
  item: ListItem;
  contractId: string;
  reportId: string;
  managerId: string;
  saveId: string;
  commitmentCount?: number;
  reviewCount?: number;
  version: Omit<ContractVersion, 'commitments' | 'reviews'>;
}

export interface CommitmentRow {
  item: ListItem;
  reportId: string;
  contractId: string;
  contractVersion: number;
  saveId: string;
  position: number;
  rowState?: RowState;
  commitment: Commitment;
}

export interface ReviewRow {
  item: ListItem;
  contractVersion: number;
  saveId: string;
  position: number;
  review: ReviewItem;
}

export const versionKey = (reportId: string, version: number): string => `${reportId}#${version}`;

interface RowScope {
  contract: DevelopmentContract;
  version: number;
  saveId: string;
}

function scoped({ contract, version, saveId }: RowScope) {
  return {
    reportId: contract.reportId,
    managerId: contract.managerId,
    contractId: contract.id,
    contractVersion: version,
    saveId,
  };
}

export function versionFields(
  scope: RowScope,
  version: ContractVersion,
  writeToken: string,
): Fields<'contractVersions'> {
  return {
    Title: `Contract ${scope.contract.id} v${version.version}`,
    ...scoped(scope),
    versionKey: versionKey(scope.contract.reportId, version.version),
    agreedAt: version.agreedAt,
    reason: version.reason,
    note: version.note,
    openQuestion: version.openQuestion,
    conversationId: version.conversationId ?? null,
    commitmentCount: version.commitments.length,
    reviewCount: version.reviews.length,
    writeToken,
  };
}

/**
 * The done note is written only when there is one, or to clear one the row had: a list
 * provisioned before the `doneNote` column refuses any field it lacks, so marking done without a
 * note keeps working there until provisioning adds the column (setup health names it missing).
 */
function doneNoteField(commitment: Commitment, before?: Commitment): { doneNote?: string | null } {
  if (commitment.doneNote !== undefined) return { doneNote: commitment.doneNote };
  return before?.doneNote === undefined ? {} : { doneNote: null };
}

/**
 * What a progress update may change on a commitment row; the agreed terms stay as they are.
 * `before`: the commitment as the row holds it now.
 */
export function progressFields(commitment: Commitment, before?: Commitment): FieldValues {
  return {
    status: commitment.status,
    completedAt: commitment.completedAt ?? null,
    ...doneNoteField(commitment, before),
    droppedReason: commitment.droppedReason ?? null,
    scheduledVia: commitment.scheduled?.via ?? null,
    scheduledRef: commitment.scheduled?.ref ?? null,
    scheduledAt: commitment.scheduled?.at ?? null,
  };
}

/**
 * Like the done note, the in-gift reason is written only when there is one, so agreeing a version
 * keeps working on a list provisioned before its column (setup health names it missing). It is
 * part of the agreed terms: written with the version's rows, never by a progress update.
 */
function inGiftReasonField(commitment: Commitment): { inGiftReason?: string } {
  return commitment.inGiftReason === undefined ? {} : { inGiftReason: commitment.inGiftReason };
}

export function commitmentFields(
  scope: RowScope,
  commitment: Commitment,
  position: number,
  rowState: RowState,
): Omit<Fields<'commitments'>, 'doneNote' | 'inGiftReason'> & {
  doneNote?: string | null;
  inGiftReason?: string;
} {
  return {
    Title: commitment.action.slice(0, 255),
    ...scoped(scope),
    commitmentId: commitment.id,
    position,
    rowState,
    party: commitment.party,
    kind: commitment.kind,
    action: commitment.action,
    due: dateToField(commitment.due),
    ...(progressFields(commitment) as Pick<
      Fields<'commitments'>,
      'status' | 'completedAt' | 'droppedReason' | 'scheduledVia' | 'scheduledRef' | 'scheduledAt'
    >),
    ...doneNoteField(commitment),
    ...inGiftReasonField(commitment),
  };
}

export function reviewFields(
  scope: RowScope,
  review: ReviewItem,
  position: number,
): Fields<'reviewItems'> {
  return {
    Title: review.aspect.slice(0, 255),
    ...scoped(scope),
    reviewId: review.id,
    position,
    month: review.month,
    aspect: review.aspect,
  };
}

export function readVersionRow(item: ListItem, sink: ProblemSink): VersionRow | undefined {
  const r = new FieldReader('contractVersions', item.id, item.fields);
  const required = {
    contractId: r.text('contractId'),
    reportId: r.text('reportId'),
    managerId: r.text('managerId'),
    saveId: r.text('saveId'),
    contractVersion: r.integer('contractVersion'),
    agreedAt: r.instant('agreedAt'),
    reason: r.choice('reason', CONTRACT_CHANGE_REASONS),
  };
  const conversationId = r.text('conversationId');
  const commitmentCount = r.integer('commitmentCount');
  const reviewCount = r.integer('reviewCount');
  const note = r.text('note') ?? '';
  const openQuestion = r.text('openQuestion') ?? '';
  const v = r.finish(sink, required);
  if (!v) return undefined;
  const { contractId, reportId, managerId, saveId, contractVersion, agreedAt, reason } = v;
  return {
    item,
    contractId,
    reportId,
    managerId,
    saveId,
    ...definedOnly({ commitmentCount, reviewCount }),
    version: {
      version: contractVersion,
      agreedAt,
      reason,
      note,
      openQuestion,
      ...(conversationId === undefined ? {} : { conversationId }),
    },
  };
}

export function readCommitmentRow(item: ListItem, sink: ProblemSink): CommitmentRow | undefined {
  const r = new FieldReader('commitments', item.id, item.fields);
  const required = {
    reportId: r.text('reportId'),
    contractId: r.text('contractId'),
    saveId: r.text('saveId'),
    contractVersion: r.integer('contractVersion'),
    commitmentId: r.text('commitmentId'),
    party: r.choice('party', PARTIES),
    kind: r.choice('kind', KINDS),
    action: r.text('action'),
    due: r.date('due'),
    status: r.choice('status', COMMITMENT_STATUSES),
  };
  const position = r.integer('position') ?? Number.MAX_SAFE_INTEGER;
  const rowState = r.choice('rowState', ROW_STATES);
  const completedAt = r.instant('completedAt');
  // Lists provisioned before the column existed have no value at all: that reads as no note.
  const doneNote = r.text('doneNote')?.trim() || undefined;
  const droppedReason = r.text('droppedReason');
  const inGiftReason = r.text('inGiftReason')?.trim() || undefined;
  const via = r.choice('scheduledVia', SCHEDULED_VIAS);
  const ref = r.text('scheduledRef');
  const at = r.instant('scheduledAt');
  const scheduleParts = [via, ref, at].filter((v) => v !== undefined).length;
  const v = r.finish(sink, required);
  if (!v) return undefined;
  if (scheduleParts > 0 && scheduleParts < 3) {
    sink({
      list: 'commitments',
      itemId: item.id,
      field: 'scheduledVia, scheduledRef, scheduledAt',
      problem: 'only part of where it was scheduled is recorded',
      action: 'repaired',
    });
  }
  return {
    item,
    reportId: v.reportId,
    contractId: v.contractId,
    saveId: v.saveId,
    contractVersion: v.contractVersion,
    position,
    ...(rowState === undefined ? {} : { rowState }),
    commitment: {
      id: v.commitmentId,
      party: v.party,
      kind: v.kind,
      action: v.action,
      due: v.due,
      status: v.status,
      ...definedOnly({ completedAt, doneNote, droppedReason, inGiftReason }),
      ...(via !== undefined && ref !== undefined && at !== undefined
        ? { scheduled: { via, ref, at } }
        : {}),
    },
  };
}

export function readReviewRow(item: ListItem, sink: ProblemSink): ReviewRow | undefined {
  const r = new FieldReader('reviewItems', item.id, item.fields);
  const required = {
    saveId: r.text('saveId'),
    contractVersion: r.integer('contractVersion'),
    reviewId: r.text('reviewId'),
    month: r.month('month'),
    aspect: r.text('aspect'),
  };
  const position = r.integer('position') ?? Number.MAX_SAFE_INTEGER;
  const v = r.finish(sink, required);
  if (!v) return undefined;
  return {
    item,
    saveId: v.saveId,
    contractVersion: v.contractVersion,
    position,
    review: { id: v.reviewId, month: v.month, aspect: v.aspect },
  };
}
