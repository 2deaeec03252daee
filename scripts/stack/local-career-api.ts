/**
 * The career API process of the local stack: the production entry (`runCareerApi`) with one
 * difference, its clock. It runs at the local tenant's offset from the system clock
 * (LOCAL_CLOCK_OFFSET_MS), so a stack pinned to a date (the end-to-end tests) issues tokens, checks
 * them and dates records on one timeline.
 */
import { Temporal } from '../../src/domain';
import { ConfigError } from '../../src/server/config';
import { runCareerApi } from '../../src/server/main';
import { EXIT_PORT_TAKEN, isAddressInUse } from './port-taken';

const offsetMs = Number(process.env.LOCAL_CLOCK_OFFSET_MS ?? '0');
if (!Number.isFinite(offsetMs)) {
  console.error(
    `LOCAL_CLOCK_OFFSET_MS must be a number of milliseconds, not "${String(process.env.LOCAL_CLOCK_OFFSET_MS)}".`,
  );
  process.exit(1);
}
const clock = { now: () => Temporal.Instant.fromEpochMilliseconds(Date.now() + offsetMs) };

runCareerApi(process.env, { clock }).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  // The stack picked this port a moment ago; it starts again on another when told so.
  process.exit(isAddressInUse(error) ? EXIT_PORT_TAKEN : 1);
});
