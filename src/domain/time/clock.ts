import { Temporal } from './temporal';

/** Time is injected so that every rule can be tested at any instant, in any zone. */
export interface Clock {
  now(): Temporal.Instant;
}

export const systemClock: Clock = {
  now: () => Temporal.Now.instant(),
};

/** A clock stopped at one instant, e.g. `fixedClock('2026-03-29T00:30:00Z')`. */
export function fixedClock(iso: string): Clock {
  const instant = Temporal.Instant.from(iso);
  return { now: () => instant };
}
