import {
  MESSAGE_SUBJECTS,
  type ConversationRecord,
  type DevelopmentContract,
  type IsoInstant,
  type ScheduledVia,
} from '../../../domain';
import { noteFilePath, prepNoteKey, type ManagerStint } from '../../ports';

/** Where something about an erased person can remain after the product removed what it can. */
export const LEFTOVER_PLACES = [
  'onedrive-app-folder',
  'mailbox',
  'calendar',
  'todo',
  'teams-chat',
  'sharepoint-recycle-bin',
  'sharepoint-version-history',
  'audit-trail',
  'other-peoples-records',
] as const;
export type LeftoverPlace = (typeof LEFTOVER_PLACES)[number];

/** One place where data about the erased person remains, and how an admin removes it. */
export interface Leftover {
  place: LeftoverPlace;
  /** Whose mailbox, calendar, To Do or OneDrive it is in; absent for the shared site. */
  ownerId?: string;
  /** Exactly what remains there. */
  what: string;
  /** What to look it up by: file paths, calendar event ids, task ids, subject lines, list names. */
  refs: string[];
  /** How an admin purges it; the product cannot (it holds no permission there, by design). */
  purge: string;
}

/** What the erasure removed, and what remains outside the shared lists. */
export interface ErasureReceipt {
  personId: string;
  erasedAt: IsoInstant;
  removed: string[];
  remains: Leftover[];
}

/** What the career API removes itself: every record kept about the person in the lists. */
export const REMOVED_BY_ERASURE = [
  'every development contract version, with its commitments and review items',
  'every conversation record',
  'every trigger logged',
  'the profile (direction and transition points)',
  'every history consent',
  'every agenda item for the next conversation',
  'every request to share their earlier history',
  'the observed manager history',
  'every audit entry about the person, except the one recording this erasure',
];

/** The records the receipt is built from, read before they are removed. */
export interface ErasedRecords {
  personId: string;
  contract: DevelopmentContract | undefined;
  conversations: readonly ConversationRecord[];
  stints: readonly ManagerStint[];
}

const PURGE = {
  note: 'The note is in the manager’s own OneDrive, which the career API cannot reach. The manager deletes it (OneDrive › Apps › the app’s folder › prep), or an admin with access to their OneDrive deletes the file and then empties it from their OneDrive recycle bin (both stages).',
  managerMail:
    'An Exchange admin searches the mailbox (Sent Items, Drafts for prompts still waiting to be delivered, Deleted Items) for these subject lines, for example with a Microsoft Purview content search and a purge action (New-ComplianceSearchAction -Purge -PurgeType HardDelete), or the mailbox owner deletes them.',
  personMail:
    'The person received the invitations, reflection prompts and summaries: handle them with the rest of their mailbox under your leaver process, or search and purge them as above.',
  calendar:
    'The manager cancels or deletes these events (the series and its occurrences) in Outlook; the attendee copies in the person’s calendar go with the person’s mailbox. An Exchange admin can also remove them with a content search and purge.',
  todo: 'The manager deletes these tasks in Microsoft To Do; an admin can remove them with a content search and purge on the manager’s mailbox (To Do tasks are stored there).',
  chat: 'Prompts sent by Teams chat stay in the 1:1 chat between the manager and the person. The manager can delete their own messages; otherwise a Teams retention policy or a Purview purge removes them.',
  auditTrail:
    'Kept on purpose: these entries hold ids and codes only, and belong to the trail of the person whose data was touched. Nothing to purge.',
  othersRecords:
    'Where the person was a manager, their reports’ contracts and conversation records name them by id as the manager they were made with. Those records are the reports’ own and stay; erase a report to remove theirs.',
};

function managersOf(records: ErasedRecords): string[] {
  const ids = [
    ...records.stints.map((s) => s.managerId),
    ...(records.contract ? [records.contract.managerId] : []),
    ...records.conversations.map((c) => c.managerId),
  ];
  return [...new Set(ids)].filter((id) => id !== '' && id !== records.personId);
}

function calendarRefs(records: ErasedRecords, managerId: string): string[] {
  const refs = records.conversations
    .filter((c) => c.managerId === managerId && c.event !== undefined)
    .flatMap((c) => [c.event?.seriesId, c.event?.eventId]);
  return unique(refs);
}

/** Where the manager put their own commitments: calendar blocks and To Do tasks, by id. */
function scheduledRefs(records: ErasedRecords, via: ScheduledVia): string[] {
  const versions = records.contract?.versions ?? [];
  return unique(
    versions.flatMap((v) =>
      v.commitments.flatMap((c) => (c.scheduled?.via === via ? [c.scheduled.ref] : [])),
    ),
  );
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined && v !== ''))];
}

/** What each manager the person had may still hold about them in their own Microsoft 365. */
function managerLeftovers(records: ErasedRecords, managerId: string, latest: string | undefined) {
  const file = noteFilePath(prepNoteKey(records.personId));
  const leftovers: Leftover[] = [
    {
      place: 'onedrive-app-folder',
      ownerId: managerId,
      what: `The manager’s private preparation note about the person, if they wrote one: the file ${file} in the app’s folder of their OneDrive.`,
      refs: [file],
      purge: PURGE.note,
    },
  ];
  const mine = records.conversations.filter((c) => c.managerId === managerId);
  const subjects = [
    MESSAGE_SUBJECTS.invitation,
    MESSAGE_SUBJECTS.openingAgenda,
    ...(mine.some((c) => c.prompt?.channel === 'mail') ? [MESSAGE_SUBJECTS.reflectionPrompt] : []),
    ...(mine.some((c) => c.summarySentAt !== undefined) ? [MESSAGE_SUBJECTS.summary] : []),
  ];
  leftovers.push({
    place: 'mailbox',
    ownerId: managerId,
    what: 'Messages the app sent from the manager’s mailbox to the person: meeting invitations, opening agendas, reflection prompts and the 48-hour contract summaries, by subject line.',
    refs: subjects,
    purge: PURGE.managerMail,
  });
  if (mine.some((c) => c.prompt?.channel === 'chat')) {
    leftovers.push({
      place: 'teams-chat',
      ownerId: managerId,
      what: 'Reflection prompts sent as Teams chat messages to the person.',
      refs: [MESSAGE_SUBJECTS.reflectionPrompt],
      purge: PURGE.chat,
    });
  }
  // The contract names only the manager of its latest version; their commitments are theirs.
  const blocks = managerId === latest ? scheduledRefs(records, 'calendar') : [];
  const events = [...calendarRefs(records, managerId), ...blocks];
  if (events.length > 0) {
    leftovers.push({
      place: 'calendar',
      ownerId: managerId,
      what: 'Career conversation events (series and occurrences) with the person, and calendar blocks for the manager’s commitments to them, by event id.',
      refs: events,
      purge: PURGE.calendar,
    });
  }
  const tasks = managerId === latest ? scheduledRefs(records, 'todo') : [];
  if (tasks.length > 0) {
    leftovers.push({
      place: 'todo',
      ownerId: managerId,
      what: 'Microsoft To Do tasks for the manager’s commitments to the person, by task id.',
      refs: tasks,
      purge: PURGE.todo,
    });
  }
  return leftovers;
}

/**
 * The receipt of an erasure: what the product removed and, exactly, what it could not, with the
 * admin steps for each. The manager's OneDrive, mail, calendar and To Do are reached only with
 * the manager's own sign-in, never by the career API, and the storage may keep removed items for
 * a while (`storage`, from the storage adapter).
 */
export function erasureReceipt(
  records: ErasedRecords,
  erasedAt: IsoInstant,
  storage: readonly Leftover[],
): ErasureReceipt {
  const latest = records.contract?.managerId;
  const managers = managersOf(records);
  const sentTo: Leftover[] =
    managers.length === 0
      ? []
      : [
          {
            place: 'mailbox',
            ownerId: records.personId,
            what: 'Invitations, opening agendas, reflection prompts and contract summaries the person received, and the attendee copies of the conversation events.',
            refs: [...Object.values(MESSAGE_SUBJECTS)],
            purge: PURGE.personMail,
          },
        ];
  return {
    personId: records.personId,
    erasedAt,
    removed: REMOVED_BY_ERASURE,
    remains: [
      ...managers.flatMap((id) => managerLeftovers(records, id, latest)),
      ...sentTo,
      ...storage,
      {
        place: 'audit-trail',
        what: 'Audit entries in which the person read or changed someone else’s data, and the entry recording this erasure.',
        refs: [],
        purge: PURGE.auditTrail,
      },
      {
        place: 'other-peoples-records',
        what: 'If the person was a manager: their id on the records of the people they managed.',
        refs: [],
        purge: PURGE.othersRecords,
      },
    ],
  };
}
