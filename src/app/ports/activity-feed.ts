import type { NudgeKind } from '../../domain';

/** One Teams activity feed item, in product words. */
export interface FeedNotification {
  recipientId: string;
  /** The manifest's activity type. */
  kind: NudgeKind;
  /** The activity type's template values (names and dates only). */
  parameters: Readonly<Record<string, string>>;
  /** The preview line under the notification. */
  preview: string;
  /** What the item is about, as Teams shows it beside the line. */
  topic: string;
  /** Where selecting it leads: a Teams deep link into the app's tab. */
  link: string;
}

/**
 * The Teams activity feed, sent by the career API itself (no one is signed in). Fails with
 * `forbidden` when the API lacks the permission or the recipient has not installed the app, and
 * `not-found` when the recipient is not in the directory: both leave the nudge unsent.
 */
export interface ActivityFeed {
  notify(notification: FeedNotification): Promise<void>;
}
