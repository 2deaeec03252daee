import { cadenceFor, type ConversationKind } from '../../domain';

// Dates and times on screen go through `useDateFormat()` (the host's locale and zone).

export function conversationLabel(kind: ConversationKind): string {
  return cadenceFor(kind).conversation;
}
