import type { DomainError, Result } from '../result';
import { fail, ok } from '../result';
import { parseInstant } from '../time/parse';
import { Temporal } from '../time/temporal';
import { ONE_ON_ONE_BUFFER_MINUTES } from './booking-rules';
import type { BusyInterval } from './booking-types';

export interface TimedBusy {
  start: Temporal.Instant;
  end: Temporal.Instant;
  kind: BusyInterval['kind'];
}

/** Why a slot cannot be used: most serious first. */
export type Conflict = 'one-on-one' | 'busy' | 'next-to-one-on-one';

export function parseBusy(busy: readonly BusyInterval[], field = 'busy'): Result<TimedBusy[]> {
  const errors: DomainError[] = [];
  const parsed: TimedBusy[] = [];
  busy.forEach((interval, index) => {
    const start = parseInstant(interval.start);
    const end = parseInstant(interval.end);
    if (!start || !end || Temporal.Instant.compare(start, end) > 0) {
      errors.push({
        code: 'invalid-busy-time',
        message: `Busy time ${index + 1} is not a valid interval (${interval.start} to ${interval.end}).`,
        field: `${field}.${index}`,
      });
      return;
    }
    parsed.push({ start, end, kind: interval.kind });
  });
  return errors.length > 0 ? fail(errors) : ok(parsed);
}

function intersects(
  start: Temporal.Instant,
  end: Temporal.Instant,
  otherStart: Temporal.Instant,
  otherEnd: Temporal.Instant,
): boolean {
  return (
    Temporal.Instant.compare(start, otherEnd) < 0 && Temporal.Instant.compare(otherStart, end) < 0
  );
}

const BUFFER = { minutes: ONE_ON_ONE_BUFFER_MINUTES };

/**
 * Every way [start, end) clashes with the calendar. Touching a busy block end to end is fine;
 * a 1:1 needs a clear gap of at least the buffer either side.
 */
export function findConflicts(
  start: Temporal.Instant,
  end: Temporal.Instant,
  busy: readonly TimedBusy[],
): Set<Conflict> {
  const found = new Set<Conflict>();
  for (const block of busy) {
    if (intersects(start, end, block.start, block.end)) {
      found.add(block.kind === 'one-on-one' ? 'one-on-one' : 'busy');
    } else if (
      block.kind === 'one-on-one' &&
      intersects(start, end, block.start.subtract(BUFFER), block.end.add(BUFFER))
    ) {
      found.add('next-to-one-on-one');
    }
  }
  return found;
}
