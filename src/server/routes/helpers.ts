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

export const PROBLEM_RESPONSES = {
  badRequest: {
    status: 400,
    description: 'A field is missing or malformed (problem+json names it).',
  },
  unauthorized: { status: 401, description: 'No valid token.' },
  forbidden: { status: 403, description: 'The access rules refuse this (the message says why).' },
  notFound: { status: 404, description: 'Nothing here, or nothing you may see.' },
  preconditionFailed: {
    status: 412,
    description: 'The If-Match ETag is stale: reload and reapply.',
  },
  unprocessable: { status: 422, description: 'The playbook rules refuse it (each field named).' },
  preconditionRequired: { status: 428, description: 'If-Match is missing.' },
} as const;
