import type { Temporal } from '../../../src/domain';
import type { DemoOrg, DemoPerson } from '../../../src/local-tenant';
import { atHour, dayOf } from './demo-time';
import type { Ago } from './history-spec';

/** One demo person with their managers, and the clock the history is counted back from. */
export interface PersonaContext {
  person: DemoPerson;
  now: Temporal.Instant;
  /** The manager of the day: records before the current relationship began are the previous one's. */
  managerOn(ago: Ago): DemoPerson;
  /** The manager's date for `ago`, off weekends. */
  dayOf(ago: Ago): Temporal.PlainDate;
  /** `ago` at a whole hour of the manager of that day's local time. */
  instantOf(ago: Ago, hour: number): Temporal.Instant;
}

function find(org: DemoOrg, key: string | null): DemoPerson | undefined {
  return key === null ? undefined : org.people.find((p) => p.key === key);
}

export function personaContext(org: DemoOrg, key: string, now: Temporal.Instant): PersonaContext {
  const person = find(org, key);
  const current = find(org, person?.managerKey ?? null);
  if (!person || !current) throw new Error(`Demo history: ${key} is not a report in the demo org`);
  const previous = find(org, person.previousManagerKey);
  const since = Date.parse(person.managerSince);

  const managerOn = (ago: Ago): DemoPerson => {
    const day = dayOf(ago, now, current.timeZone);
    if (atHour(day, current.timeZone, 12).epochMilliseconds >= since) return current;
    if (previous) return previous;
    throw new Error(
      `Demo history: ${key} had no known manager ${JSON.stringify(ago)} ago (before ${person.managerSince})`,
    );
  };
  return {
    person,
    now,
    managerOn,
    dayOf: (ago) => dayOf(ago, now, managerOn(ago).timeZone),
    instantOf: (ago, hour) => {
      const zone = managerOn(ago).timeZone;
      return atHour(dayOf(ago, now, zone), zone, hour);
    },
  };
}
