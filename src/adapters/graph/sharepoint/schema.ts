import {
  ACCESS_ACTIONS,
  AUDIT_OUTCOMES,
  COMMITMENT_STATUSES,
  CONTRACT_CHANGE_REASONS,
  CONVERSATION_STATES,
  CONVERSATION_KINDS,
  DECISION_BASES,
  DENY_REASONS,
  MANAGER_COMMITMENT_KINDS,
  PARTIES,
  NUDGE_KINDS,
  PHASE_IDS,
  PROMPT_CHANNELS,
  REPORT_COMMITMENT_KINDS,
  SCHEDULED_VIAS,
  TRANSITION_IDS,
  TRIGGER_IDS,
} from '../../../domain';
import type { TransitionId } from '../../../domain';
import { HISTORY_REQUEST_STATES } from '../../../app/ports/history-request-store';

/**
 * The SharePoint lists behind the stores, as code: `provision` creates what is missing and the
 * stores read and write exactly these columns. Every column a query filters on is indexed, so no
 * query scans a list past SharePoint's 5,000-item view threshold.
 *
 * Deliberately absent: any column for whether someone plans to leave, a flight risk or a score of
 * any kind. The answer to the leave question is never a field (a test scans for such names).
 */

export type ColumnType = 'text' | 'note' | 'number' | 'dateTime' | 'choice' | 'boolean';

export interface ColumnSpec<Name extends string = string> {
  /** Internal name: the key in a list item's `fields`. */
  name: Name;
  type: ColumnType;
  description: string;
  /** Queries may filter on this column (multi-line `note` columns cannot be indexed). */
  indexed: boolean;
  /** SharePoint refuses a second item with the same value (needs `indexed`). */
  unique: boolean;
  /** The only values a `choice` column takes; no free text. */
  choices?: readonly string[];
}

interface ColumnOptions {
  indexed?: boolean;
  unique?: boolean;
}

function column<Name extends string>(
  name: Name,
  type: Exclude<ColumnType, 'choice'>,
  description: string,
  options: ColumnOptions = {},
): ColumnSpec<Name> {
  const unique = options.unique ?? false;
  return { name, type, description, indexed: (options.indexed ?? false) || unique, unique };
}

function choice<Name extends string>(
  name: Name,
  choices: readonly string[],
  description: string,
  options: ColumnOptions = {},
): ColumnSpec<Name> {
  return { ...column(name, 'text', description, options), type: 'choice', choices };
}

const id = <Name extends string>(name: Name, description: string, options: ColumnOptions = {}) =>
  column(name, 'text', description, { indexed: true, ...options });

/** Dates (`YYYY-MM-DD`) are stored as noon UTC in a dateTime column: see `field-codecs.ts`. */
const COMMITMENT_KINDS = [...REPORT_COMMITMENT_KINDS, ...MANAGER_COMMITMENT_KINDS] as const;
/** A commitment row's place in history; only `current` rows count for follow-through queries. */
export const ROW_STATES = ['pending', 'current', 'superseded'] as const;
export type RowState = (typeof ROW_STATES)[number];

/** Columns every version-scoped row carries, tying it to the write that created its version. */
const versionScoped = [
  id('reportId', 'Entra object id of the person the contract is for.'),
  id('managerId', 'Entra object id of the manager who agreed this version.'),
  id('contractId', 'The development contract this row belongs to.'),
  column('contractVersion', 'number', 'The agreed version number (1, 2, ...).', { indexed: true }),
  column(
    'saveId',
    'text',
    'The write that created the version; rows of a failed write are ignored.',
  ),
] as const;

const contractVersions = {
  key: 'contractVersions',
  displayName: 'CareerContractVersions',
  description: 'Development contracts: one item per agreed version, every version kept.',
  columns: [
    ...versionScoped,
    id('versionKey', 'reportId#version: SharePoint refuses a second item for the same version.', {
      unique: true,
    }),
    column('agreedAt', 'dateTime', 'When this version was agreed.'),
    choice('reason', CONTRACT_CHANGE_REASONS, 'Why a new version was agreed.'),
    column('note', 'note', 'What changed and why, in the manager’s words.'),
    column('openQuestion', 'note', 'The open question both are sitting with.'),
    column('conversationId', 'text', 'The conversation this version was agreed in.'),
    column('commitmentCount', 'number', 'How many commitment rows this version has.'),
    column('reviewCount', 'number', 'How many review rows this version has.'),
    column('writeToken', 'text', 'Changes on every conditional write, so the item’s eTag does.'),
  ],
} as const;

const commitments = {
  key: 'commitments',
  displayName: 'CareerCommitments',
  description: 'Commitments of every agreed contract version; one row per commitment per version.',
  columns: [
    ...versionScoped,
    id('commitmentId', 'Stable across versions, so history shows what changed.'),
    column('position', 'number', 'Order within the version.'),
    choice('rowState', ROW_STATES, 'current = in force now; superseded = history.', {
      indexed: true,
    }),
    choice('party', PARTIES, 'Whose commitment this is.'),
    choice('kind', COMMITMENT_KINDS, 'Action, learning, behaviour, or the manager’s kind.'),
    column('action', 'note', 'The specific action, learning or behaviour.'),
    column('due', 'dateTime', 'The date it is due by.', { indexed: true }),
    choice('status', COMMITMENT_STATUSES, 'Progress.', { indexed: true }),
    column('completedAt', 'dateTime', 'When it was marked done.'),
    column('doneNote', 'note', 'What its owner said when marking it done; shown to both people.'),
    column('droppedReason', 'note', 'Why it was dropped, in the manager’s words.'),
    column(
      'inGiftReason',
      'note',
      'Why an outcome this manager commitment promises is in the manager’s own gift; shown to the report.',
    ),
    choice('scheduledVia', SCHEDULED_VIAS, 'Where the manager put it so it happens.'),
    column('scheduledRef', 'text', 'The calendar event id or To Do task id.'),
    column('scheduledAt', 'dateTime', 'When it was put there.'),
  ],
} as const;

const reviewItems = {
  key: 'reviewItems',
  displayName: 'CareerReviewItems',
  description: '"In [month], we will check in on [aspect]": one row per item per version.',
  columns: [
    ...versionScoped,
    id('reviewId', 'Stable across versions.'),
    column('position', 'number', 'Order within the version.'),
    column('month', 'text', 'The month of the check-in, YYYY-MM.'),
    column('aspect', 'note', 'The specific aspect of progress to check in on.'),
  ],
} as const;

const conversations = {
  key: 'conversations',
  displayName: 'CareerConversations',
  description: 'Shared conversation records, visible to both parties.',
  columns: [
    id('conversationId', 'The conversation’s id.', { unique: true }),
    id('reportId', 'Entra object id of the report.'),
    id('managerId', 'Entra object id of the manager.'),
    choice('kind', CONVERSATION_KINDS, 'Quarterly, monthly review, informal or ad hoc.', {
      indexed: true,
    }),
    choice('trigger', TRIGGER_IDS, 'For ad hoc conversations: the playbook trigger.'),
    choice('state', CONVERSATION_STATES, 'Booked, held or cancelled.', {
      indexed: true,
    }),
    column('eventId', 'text', 'The calendar event id.'),
    column('eventTitle', 'note', 'The event title as the calendar reported it.'),
    column('eventStart', 'dateTime', 'Event start.', { indexed: true }),
    column('eventEnd', 'dateTime', 'Event end.'),
    column('seriesId', 'text', 'The recurring series the event belongs to.'),
    column('joinUrl', 'note', 'The Teams meeting link.'),
    column('meetingThreads', 'note', 'Each session’s Teams meeting thread, ;-separated.'),
    column('insideOneOnOne', 'boolean', 'The slot sits inside or next to a 1:1.'),
    column('rescheduleCount', 'number', 'How many times it was moved.'),
    column('heldAt', 'dateTime', 'When it was held.'),
    column('phasesReached', 'text', `Phase ids reached, ';'-separated: ${PHASE_IDS.join(', ')}.`),
    column('aspirationRecorded', 'boolean', 'The person’s aspiration was written down.'),
    column('sharedNotes', 'note', 'Notes both parties see.'),
    choice('promptChannel', PROMPT_CHANNELS, 'How the reflection prompt was sent.'),
    column('promptDeliverAt', 'dateTime', 'When the prompt is delivered.'),
    column('promptQueuedAt', 'dateTime', 'When the manager queued the prompt.'),
    column('promptMessageId', 'text', 'The held prompt mail in the manager’s mailbox.'),
    column('promptWording', 'note', 'The manager’s own prompt wording, when not the playbook’s.'),
    column('promptRecalledAt', 'dateTime', 'When the held prompt was taken back.'),
    column('contractVersion', 'number', 'The contract version agreed in it.'),
    column('summarySentAt', 'dateTime', 'When the written summary was sent.'),
    column('previousCommitmentsReviewedAt', 'dateTime', 'Previous commitments reviewed.'),
    column('openedWithWhatsChangedAt', 'dateTime', 'Opened with "what’s changed?".'),
    column('manualTicks', 'note', 'Checklist item ids ticked by hand, ;-separated.'),
  ],
} as const;

const triggers = {
  key: 'triggers',
  displayName: 'CareerTriggers',
  description: 'Ad hoc triggers a manager logged: one of the playbook’s six, never free text.',
  columns: [
    id('logId', 'The log entry’s id.', { unique: true }),
    id('reportId', 'Entra object id of the report.'),
    choice('trigger', TRIGGER_IDS, 'The playbook trigger.'),
    column('loggedAt', 'dateTime', 'When it was logged.'),
    column('closedAt', 'dateTime', 'When the conversation it called for happened.'),
    column('closedByConversationId', 'text', 'That conversation.'),
  ],
} as const;

/** One dateTime column per transition point: `promotion-decision` → `promotionDecisionSince`. */
export function transitionColumnName(transition: TransitionId): string {
  const camel = transition.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `${camel}Since`;
}

const profiles = {
  key: 'profiles',
  displayName: 'CareerProfiles',
  description: 'What the rules need about a report: direction in their words, transition points.',
  columns: [
    id('reportId', 'Entra object id of the report.', { unique: true }),
    id('managerId', 'Entra object id of the manager.'),
    column('directionText', 'note', 'The 3-year direction in the person’s own words.'),
    column('directionRecordedAt', 'dateTime', 'When the direction was recorded.'),
    ...TRANSITION_IDS.map((transition) =>
      column(transitionColumnName(transition), 'dateTime', `Since when: ${transition}.`),
    ),
  ],
} as const;

/**
 * Changes are appended and never edited; a day's reads of one record by one person are one item
 * whose count and last time are raised in place (with If-Match). Ids and codes only.
 */
const audit = {
  key: 'audit',
  displayName: 'CareerAudit',
  description:
    'Who did what to whose data: one item per change, one per day for the same read, counted.',
  columns: [
    column('at', 'dateTime', 'When it happened (a day’s reads: the last of them).', {
      indexed: true,
    }),
    id('actorId', 'Entra object id of the person who acted.'),
    id('subjectId', 'Entra object id of the person whose data it was.'),
    choice('action', ACCESS_ACTIONS, 'What was asked for.'),
    column('recordId', 'text', 'The record it concerned, if one.'),
    choice('outcome', AUDIT_OUTCOMES, 'Allowed, allowed but failed, or denied.'),
    choice('basis', DECISION_BASES, 'Why it was allowed.'),
    choice('reason', DENY_REASONS, 'Why it was denied.'),
    column(
      'count',
      'number',
      'Reads summarised in this item (same day, reader, record); empty: 1.',
    ),
    column('firstAt', 'dateTime', 'The first of the reads counted here; empty: `at`.'),
    // Indexed, not unique: older items and changes have none (a blank is not a key), and a race
    // to create a day's item is settled by the adapter (the oldest item wins).
    id('dayKey', 'day#actorId#subjectId#action#recordId#outcome#basis of a day’s reads.'),
  ],
} as const;

/**
 * Refused requests, counted: one item per actor, subject, action, reason and UTC hour, so a
 * flood of refusals costs one item an hour, not one each. Ids and codes only.
 */
const refusals = {
  key: 'refusals',
  displayName: 'CareerRefusals',
  description: 'The security log: refused requests counted per actor, subject and hour.',
  columns: [
    id('refusalKey', 'hour#actorId#subjectId#action#reason: one item per count.', {
      unique: true,
    }),
    column('hour', 'dateTime', 'The start of the UTC hour counted.', { indexed: true }),
    column('actorId', 'text', 'Entra object id of the person refused.'),
    id('subjectId', 'Entra object id of the person whose data was asked for.'),
    choice('action', ACCESS_ACTIONS, 'What was asked for.'),
    choice('reason', DENY_REASONS, 'Why it was refused.'),
    column('timesRefused', 'number', 'How many times in the hour.'),
    column('lastAt', 'dateTime', 'The latest refusal counted.'),
  ],
} as const;

const consents = {
  key: 'consents',
  displayName: 'CareerConsents',
  description: 'A report’s grants letting a manager see history from before them; revoked kept.',
  columns: [
    id('consentId', 'The grant’s id.', { unique: true }),
    id('reportId', 'Entra object id of the report who granted it.'),
    id('managerId', 'Entra object id of the manager it was granted to.'),
    column('grantedAt', 'dateTime', 'When it was granted.'),
    column('revokedAt', 'dateTime', 'When it was revoked.'),
  ],
} as const;

const agenda = {
  key: 'agenda',
  displayName: 'CareerAgenda',
  description: 'What a report wants to raise at the next conversation, in their words.',
  columns: [
    id('itemId', 'The item’s id.', { unique: true }),
    id('reportId', 'Entra object id of the report who added it.'),
    column('managerId', 'text', 'Entra object id of the manager it was added for.'),
    column('agendaText', 'note', 'What they want to raise.'),
    column('addedAt', 'dateTime', 'When it was added.'),
  ],
} as const;

const historyRequests = {
  key: 'historyRequests',
  displayName: 'CareerHistoryRequests',
  description: 'A new manager asking a report to share their earlier history, and the answer.',
  columns: [
    id('requestKey', 'reportId#managerId: SharePoint refuses a second request of the pair.', {
      unique: true,
    }),
    id('reportId', 'Entra object id of the report who was asked.'),
    id('requestId', 'The request’s id.'),
    column('managerId', 'text', 'Entra object id of the manager who asked.'),
    column('askedAt', 'dateTime', 'When it was asked.'),
    choice('requestState', HISTORY_REQUEST_STATES, 'pending, shared or declined.'),
    column('answeredAt', 'dateTime', 'When the report answered.'),
  ],
} as const;

const managerHistory = {
  key: 'managerHistory',
  displayName: 'CareerManagerHistory',
  description: 'Who managed a report when, as the API observed it in the directory.',
  columns: [
    id('reportId', 'Entra object id of the report.'),
    id('stintKey', 'reportId#n for the n-th stretch: SharePoint refuses a second item for it.', {
      unique: true,
    }),
    column('managerId', 'text', 'Entra object id of the manager in this stretch.'),
    column('since', 'dateTime', 'When the API saw this manager take over.'),
    column('until', 'dateTime', 'When the API first saw someone else, or no one.'),
  ],
} as const;

const nudgesSent = {
  key: 'nudgesSent',
  displayName: 'CareerNudgesSent',
  description: 'Teams nudges the career API sent: who, which occasion, which day. No content.',
  columns: [
    id('sentKey', 'recipientId|occasion: SharePoint refuses a second item, so a nudge goes once.', {
      unique: true,
    }),
    id('recipientId', 'Entra object id of the person nudged.'),
    column('sentDay', 'dateTime', 'The recipient’s day it was sent on.', { indexed: true }),
    choice('nudgeKind', NUDGE_KINDS, 'Which kind of nudge.'),
  ],
} as const;

const nudgePreferences = {
  key: 'nudgePreferences',
  displayName: 'CareerNudgePreferences',
  description: 'The kinds of Teams nudges a person switched off, set by that person only.',
  columns: [
    id('personId', 'Entra object id of the person whose choice it is.', { unique: true }),
    column('switchedOff', 'note', 'The kinds switched off, comma-separated.'),
  ],
} as const;

export const SHAREPOINT_LISTS = {
  contractVersions,
  commitments,
  reviewItems,
  conversations,
  triggers,
  profiles,
  audit,
  refusals,
  consents,
  agenda,
  historyRequests,
  managerHistory,
  nudgesSent,
  nudgePreferences,
};

export type ListKey = keyof typeof SHAREPOINT_LISTS;
export const LIST_KEYS = Object.keys(SHAREPOINT_LISTS) as ListKey[];

export interface ListSpec {
  key: ListKey;
  displayName: string;
  description: string;
  columns: readonly ColumnSpec[];
}

/** A list's column names, so mapping code cannot write a column the schema lacks. */
export type ColumnOf<L extends ListKey> = (typeof SHAREPOINT_LISTS)[L]['columns'][number]['name'];

/** SharePoint list ids, by list; `provision` and `resolveLists` return them. */
export type ListIds = Record<ListKey, string>;

export function listSpec(key: ListKey): ListSpec {
  return SHAREPOINT_LISTS[key];
}

export function columnSpec(key: ListKey, name: string): ColumnSpec | undefined {
  return listSpec(key).columns.find((c) => c.name === name);
}

/** The columnDefinition Graph expects when creating the column. */
export function columnDefinition(spec: ColumnSpec): Record<string, unknown> {
  const base = {
    name: spec.name,
    displayName: spec.name,
    description: spec.description,
    indexed: spec.indexed,
    enforceUniqueValues: spec.unique,
    required: false,
  };
  switch (spec.type) {
    case 'text':
      return { ...base, text: { allowMultipleLines: false, maxLength: 255 } };
    case 'note':
      return { ...base, text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 } };
    case 'number':
      return { ...base, number: { decimalPlaces: 'none' } };
    case 'dateTime':
      return { ...base, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'boolean':
      return { ...base, boolean: {} };
    case 'choice':
      return {
        ...base,
        choice: {
          allowTextEntry: false,
          choices: [...(spec.choices ?? [])],
          displayAs: 'dropDownMenu',
        },
      };
  }
}
