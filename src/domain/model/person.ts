import type { TimeZoneId } from '../time/values';

/** Someone in the directory. `id` is the Entra object id. */
export interface Person {
  id: string;
  displayName: string;
  mail: string;
  jobTitle?: string;
  department?: string;
  timeZone?: TimeZoneId;
}
