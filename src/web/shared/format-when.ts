import { cadenceFor, type ConversationKind, type IsoDate, type IsoInstant } from '../../domain';

/** "12 Mar 2026, 10:00" in the manager's zone, in their browser's language. */
export function formatInstant(instant: IsoInstant, zone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone,
  }).format(new Date(instant));
}

/** A calendar date has no zone: it is shown as the same day everywhere. */
export function formatDate(date: IsoDate): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function conversationLabel(kind: ConversationKind): string {
  return cadenceFor(kind).conversation;
}

/** The manager's own zone, as the browser knows it. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
