import type { Stack } from '../../../scripts/stack/start-stack';
import { Temporal } from '../../../src/domain';
import { TEST_TIME_ZONE } from './browser';

/**
 * "Now" for a test is the local tenant's clock, never this machine's: the stack pins it (see
 * `useTestStack`), and the browser and the career API run on the same timeline.
 */
export function tenantNow(stack: Stack): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(stack.tenant.clock.epochMs());
}

/** The date `days` after the tenant's today, in the browser's zone: what a date field shows. */
export function isoDateIn(stack: Stack, days: number): string {
  return tenantNow(stack).toZonedDateTimeISO(TEST_TIME_ZONE).toPlainDate().add({ days }).toString();
}

/** The tenant's instant `minutes` ago, to the second, as the API stores instants. */
export function isoAgo(stack: Stack, minutes: number): string {
  return tenantNow(stack).subtract({ minutes }).round('second').toString();
}
