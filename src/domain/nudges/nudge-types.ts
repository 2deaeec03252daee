import type { IsoDate, IsoInstant } from '../time/values';

/**
 * The reminders the product sends in the Teams activity feed, each one a follow-through step the
 * playbook says slips. The ids are the manifest's `activities.activityTypes` and what a person
 * switches off, so they never change once released.
 */
export const NUDGE_KINDS = [
  'summaryDue',
  'commitmentDue',
  'reviewDue',
  'triggerWaiting',
  'reflectionPrompt',
  'contractVersion',
  'historyRequest',
] as const;
export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** The manager's nudges and the report's: a person is sent only the ones of their role. */
export const MANAGER_NUDGE_KINDS: readonly NudgeKind[] = [
  'summaryDue',
  'commitmentDue',
  'reviewDue',
  'triggerWaiting',
];
export const REPORT_NUDGE_KINDS: readonly NudgeKind[] = [
  'reflectionPrompt',
  'contractVersion',
  'historyRequest',
];

/**
 * A manager's request, still unanswered, that the report share what was recorded before them. Who
 * asked whom and when, nothing else: the request has no content to leak.
 */
export interface PendingHistoryRequest {
  id: string;
  reportId: string;
  managerId: string;
  askedAt: IsoInstant;
}

/** The screen a nudge opens: a report's step for the manager, their own development for the report. */
export type NudgeScreen =
  | { screen: 'close' | 'contract' | 'review' | 'triggers'; reportId: string }
  | { screen: 'my-development' };

/**
 * One notification to send. It carries names, dates and opaque ids only: never what anyone wrote
 * (notes, commitments' wording, review aspects) and never which trigger was logged.
 */
export interface Nudge {
  kind: NudgeKind;
  recipientId: string;
  /**
   * The occasion, sent once ever (`summaryDue:<conversation>:4h`): a restart or the next
   * run of the job finds it in what was sent and leaves it.
   */
  key: string;
  /** The recipient's calendar day it goes out on: at most one nudge per person and day. */
  day: IsoDate;
  /** Values of the activity type's template (`{person}`, `{when}`), names and dates only. */
  parameters: Readonly<Record<string, string>>;
  /** The whole sentence, for the feed's preview line. */
  preview: string;
  screen: NudgeScreen;
}

/** A nudge that went out, as stored behind the career API. */
export interface SentNudge {
  recipientId: string;
  key: string;
  day: IsoDate;
  kind: NudgeKind;
}

/** The app's route for the screen (`reports/<id>/close`, `my-development`), as a `subPageId`. */
export function nudgeSubPageId(screen: NudgeScreen): string {
  return screen.screen === 'my-development'
    ? 'my-development'
    : `reports/${encodeURIComponent(screen.reportId)}/${screen.screen}`;
}
