import type { Party, TimeZoneId } from '../../domain';
import type { Caller } from '../auth/caller';
import { readQuery } from '../http/validate';
import { ZoneQuery } from '../../app/api-schemas/common';
import type { ApiContext } from './route';

/** The caller's zone from `?tz=`, for "today"; UTC when not given. */
export function zoneFrom(c: ApiContext): TimeZoneId {
  return readQuery(c, ZoneQuery).tz ?? 'UTC';
}

/** Which side of the contract the caller is on; the guard has already checked they are one. */
export function partyOf(caller: Caller, reportId: string): Party {
  return caller.userId === reportId ? 'report' : 'manager';
}
