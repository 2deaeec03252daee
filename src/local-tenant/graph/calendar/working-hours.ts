// Mailbox time zone and working hours, shared by mailboxSettings and getSchedule:
// https://learn.microsoft.com/en-us/graph/api/resources/workinghours?view=graph-rest-1.0
import type { DirectoryUser } from '../../state/types';
import type { MailboxPreferences } from './state';
import { windowsNameFor } from './time-zones';

/** A demo mailbox works 09:00-17:30, Monday to Friday, in its owner's zone, unless it says otherwise. */
export const WORK_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export const WORK_START = '09:00:00.0000000';
export const WORK_END = '17:30:00.0000000';

/** Outlook reports the mailbox zone by its Windows name (the default format). */
export function mailboxTimeZone(user: DirectoryUser): string {
  return windowsNameFor(user.timeZone);
}

export function workingHoursOf(
  user: DirectoryUser,
  preferences: MailboxPreferences | undefined,
): Record<string, unknown> {
  return {
    daysOfWeek: [...(preferences?.daysOfWeek ?? WORK_DAYS)],
    startTime: preferences?.startTime ?? WORK_START,
    endTime: preferences?.endTime ?? WORK_END,
    timeZone: { name: mailboxTimeZone(user) },
  };
}
