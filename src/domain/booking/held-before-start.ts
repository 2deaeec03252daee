import type { BookedEvent } from '../model/conversation';
import type { DomainError } from '../result';
import { Temporal } from '../time/temporal';

export type HeldEarlyCode = 'held-before-start';

/**
 * "Mark held" four days before the first session is almost always a slip of the finger, and it
 * starts the 48-hour summary clock and ends the series. So a conversation whose first session
 * is still ahead counts as held only when the manager says it really happened early.
 */
export function checkHeldEarly(
  event: Pick<BookedEvent, 'start'> | undefined,
  now: Temporal.Instant,
  confirmed: boolean,
): DomainError<HeldEarlyCode> | undefined {
  if (confirmed || event === undefined) return undefined;
  if (Temporal.Instant.compare(Temporal.Instant.from(event.start), now) <= 0) return undefined;
  return {
    code: 'held-before-start',
    message:
      `The first session (${event.start}) has not started yet. Mark it held early only if the ` +
      'conversation already happened: send confirmHeldEarly: true to say so.',
    field: 'state',
  };
}
