import { currentVersion } from '../contract/versioning';
import type { Commitment, DevelopmentContract } from '../model/contract';
import type { ConversationRecord } from '../model/conversation';
import type { Person } from '../model/person';
import { DEVELOPMENT_CONTRACT } from '../playbook/development-contract';
import type { Temporal } from '../time/temporal';
import { todayIn } from '../time/values';
import type { TimeZoneId } from '../time/values';
import {
  commitmentLine,
  commitmentState,
  contractSectionTitle,
  reviewLine,
  sortedReviews,
  standingCommitments,
} from './contract-lines';
import { firstNameOf, messageWording } from './address-person';
import { wordingOr } from './default-wording';
import { heading, list, paragraph, renderHtml, renderText, toSubject } from './message-blocks';
import type { MessageBlock } from './message-blocks';
import type { ComposedMessage } from './message-types';
import { MESSAGE_SUBJECTS } from './message-subjects';
import { linkBlocks, type AppLinks } from './deep-link';

export interface ContractSummaryInput {
  manager: Person;
  report: Person;
  /** The summary is of the current (last) version. */
  contract: DevelopmentContract;
  /** The conversation the version was agreed in, when there was one. */
  conversation?: ConversationRecord;
  zone: TimeZoneId;
  now: Temporal.Instant;
  /** The manager's own opening paragraph; the default one when absent or blank. */
  intro?: string;
  /** Back into the app: the conversation, with the contract and the notes shared. */
  links?: AppLinks;
}

function summaryLine(commitment: Commitment, today: Temporal.PlainDate): string {
  const state = commitmentState(commitment, today);
  const line = commitmentLine(commitment);
  const stated = line + inGift(commitment);
  return state === 'done' || state === 'overdue' ? `${stated} (${state})` : stated;
}

/** The mail is in the manager's voice: a promise agreed as theirs to give says why, in their words. */
function inGift(commitment: Commitment): string {
  const reason = commitment.inGiftReason?.trim() ?? '';
  return reason === '' ? '' : ` (in my own gift: ${reason})`;
}

/** Open commitments this version dropped, so nothing leaves the contract without its reason. */
function droppedNow(contract: DevelopmentContract): Commitment[] {
  const previous = contract.versions.at(-2);
  const wasDropped = new Set(
    (previous?.commitments ?? []).filter((c) => c.status === 'dropped').map((c) => c.id),
  );
  return currentVersion(contract).commitments.filter(
    (c) => c.status === 'dropped' && previous !== undefined && !wasDropped.has(c.id),
  );
}

/** The opening paragraph the summary has unless the manager writes their own. */
export function defaultSummaryIntro(
  input: Pick<ContractSummaryInput, 'contract' | 'conversation' | 'zone'>,
): string {
  const heldAt = input.conversation?.heldAt ?? input.conversation?.event?.start;
  return heldAt === undefined
    ? `Here is our development contract as we agreed it on ${messageWording(input.zone).longDateOf(currentVersion(input.contract).agreedAt)}, so we both have it in writing.`
    : `Thank you for our conversation on ${messageWording(input.zone).longDateOf(heldAt)}. Here is the development contract we agreed, so we both have it in writing.`;
}

/**
 * The written summary of the development contract, to send within 48 hours, in the playbook's
 * structure. It carries the contract and deliberately not the conversation's shared notes: the
 * contract is the artefact both parties agreed, while notes are working material that stays in
 * the app, where both can read them in context and where a correction updates the only copy.
 */
export function composeContractSummary(input: ContractSummaryInput): ComposedMessage {
  const { manager, report, contract, zone } = input;
  const today = todayIn(input.now, zone);
  const version = currentVersion(contract);
  const agreedOn = messageWording(zone).longDateOf(version.agreedAt);

  const blocks: MessageBlock[] = [
    paragraph(`Hi ${firstNameOf(report)},`),
    paragraph(wordingOr(input.intro, defaultSummaryIntro(input))),
    // The mail goes to the report, in the manager's voice: "your" and "my" commitments.
    heading('Your commitments'),
    list(
      standingCommitments(version.commitments, 'report').map((c) => summaryLine(c, today)),
      'None yet.',
    ),
    heading(`My commitments (${manager.displayName})`),
    list(
      standingCommitments(version.commitments, 'manager').map((c) => summaryLine(c, today)),
      'None yet.',
    ),
    heading(contractSectionTitle('review')),
    list(sortedReviews(version.reviews).map(reviewLine), 'Nothing set yet.'),
    heading(contractSectionTitle('open-question')),
    list(version.openQuestion.trim() === '' ? [] : [version.openQuestion], 'Nothing open for now.'),
  ];
  const dropped = droppedNow(contract);
  if (dropped.length > 0) {
    blocks.push(
      heading('No longer part of the contract'),
      list(
        dropped.map((c) =>
          c.droppedReason === undefined ? c.action : `${c.action} (why: ${c.droppedReason})`,
        ),
      ),
    );
  }
  blocks.push(
    paragraph(DEVELOPMENT_CONTRACT.liveDocument),
    paragraph("If anything here doesn't match what you remember, reply and we'll put it right."),
    ...linkBlocks(input.links),
    paragraph(manager.displayName),
  );
  return {
    subject: toSubject(`${MESSAGE_SUBJECTS.summary} — ${agreedOn}`),
    html: renderHtml(blocks),
    text: renderText(blocks),
  };
}
