import { definedOnly } from '../defined-only';
import { CHECKLIST_ITEMS } from '../playbook/checklists';
import { CHECKLIST_ITEM_IDS } from '../playbook/ids';
import type { ChecklistId, ChecklistItemId } from '../playbook/ids';
import { Temporal } from '../time/temporal';
import { toInstant } from '../time/values';
import type {
  ChecklistInput,
  ChecklistItemState,
  ChecklistState,
  EvidenceContext,
  ItemFinding,
} from './checklist-state';
import {
  findAgreedContract,
  findBookedDedicated,
  findDirectionCovered,
  findPhaseCovered,
  findReflectionPrompt,
} from './evidence-before-during';
import {
  findContractUpdated,
  findNextBooked,
  findOpenedWithWhatsChanged,
  findOwnCommitmentsChecked,
  findOwnCommitmentsScheduled,
  findSummarySent,
  findTimeSensitiveDone,
} from './evidence-after-next';

type EvidenceRule = (ctx: EvidenceContext) => ItemFinding;

/** The items the playbook data marks as provable from records ('automatic'). */
type EvidenceItemId = {
  [K in ChecklistItemId]: (typeof CHECKLIST_ITEMS)[K]['evidence'] extends 'automatic' ? K : never;
}[ChecklistItemId];

// Which items are evidence items is decided once, in the playbook data; this table must then have
// exactly one rule for each of them, or it does not compile.
const EVIDENCE_RULES: Record<EvidenceItemId, EvidenceRule> = {
  'booked-dedicated-60': findBookedDedicated,
  'sent-reflection-prompt': findReflectionPrompt,
  'covered-where-now': findPhaseCovered('where-now'),
  'covered-where-to-go': findDirectionCovered,
  'covered-the-gap': findPhaseCovered('close-the-gap'),
  'agreed-contract': findAgreedContract,
  'sent-summary-48h': findSummarySent,
  'own-commitments-in-calendar': findOwnCommitmentsScheduled,
  'booked-next': findNextBooked,
  'done-time-sensitive-within-week': findTimeSensitiveDone,
  'checked-own-commitments-first': findOwnCommitmentsChecked,
  'opened-with-whats-changed': findOpenedWithWhatsChanged,
  'updated-contract': findContractUpdated,
};

export function isEvidenceItem(id: ChecklistItemId): id is EvidenceItemId {
  return CHECKLIST_ITEMS[id].evidence === 'automatic';
}

/** The checklist items the records can prove, which therefore cannot be ticked by hand. */
export const EVIDENCE_ITEM_IDS: readonly ChecklistItemId[] = Object.values(
  CHECKLIST_ITEM_IDS,
).flatMap((ids: readonly ChecklistItemId[]) => ids.filter(isEvidenceItem));

/**
 * The four checklists for one full conversation. Evidence items are ticked from the records only:
 * a manual tick on one is ignored, so "sent the summary" can never be claimed without the mail.
 */
export function evaluateChecklists(input: ChecklistInput): ChecklistState {
  const ctx = buildContext(input);
  const evaluate = (checklist: ChecklistId): ChecklistItemState[] =>
    CHECKLIST_ITEM_IDS[checklist].map((id) => evaluateItem(id, checklist, ctx));
  return {
    before: evaluate('before'),
    during: evaluate('during'),
    after: evaluate('after'),
    next: evaluate('next'),
  };
}

function evaluateItem(
  id: ChecklistItemId,
  checklist: ChecklistId,
  ctx: EvidenceContext,
): ChecklistItemState {
  if (isEvidenceItem(id)) {
    const finding = EVIDENCE_RULES[id](ctx);
    return {
      id,
      checklist,
      mode: 'evidence',
      source: finding.ticked ? 'evidence' : 'none',
      ...finding,
    };
  }
  const ticked = ctx.conversation.manualTicks.includes(id);
  return { id, checklist, mode: 'manual', ticked, source: ticked ? 'manual' : 'none' };
}

function buildContext(input: ChecklistInput): EvidenceContext {
  const { conversation, history } = input;
  const contract = history.contract;
  const atIso = conversation.heldAt ?? conversation.event?.start;
  const at = atIso === undefined ? undefined : toInstant(atIso);
  const versions = contract?.versions ?? [];
  const agreedHere = versions.filter((v) => v.conversationId === conversation.id).at(-1);
  const earlier = versions
    .filter(
      (v) =>
        v.conversationId !== conversation.id &&
        (at === undefined || Temporal.Instant.compare(toInstant(v.agreedAt), at) <= 0),
    )
    .at(-1);
  return {
    ...input,
    reportName: history.report.displayName,
    ...definedOnly({ contract, at, agreedHere, earlier }),
  };
}
