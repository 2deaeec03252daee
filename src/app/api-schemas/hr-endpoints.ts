import { PersonParams } from './common';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import {
  AggregatesResponse,
  EraseQuery,
  ErasureReceiptResponse,
  RefusalsQuery,
  RefusalsResponse,
  SetupHealth,
} from './hr';

const TAG = 'HR';

export const HR_ENDPOINTS = {
  cadenceAggregates: defineEndpoint({
    method: 'get',
    path: '/api/hr/aggregates',
    summary: 'Cadence health per department: counts only, small groups suppressed',
    tag: TAG,
    // No time zone from the caller: figures drawn in several zones could be subtracted from each
    // other to single out one person's commitment. The organisation's zone (ORG_TIME_ZONE) is used.
    access: { subject: 'caller', action: 'aggregates.read' },
    responses: [
      { status: 200, description: 'The aggregates.', schema: AggregatesResponse },
      P.badRequest,
      P.forbidden,
    ],
  }),
  setupHealth: defineEndpoint({
    method: 'get',
    path: '/api/hr/setup-health',
    summary: 'Is the site reachable, are the lists and indexes there, is the permission granted',
    tag: TAG,
    access: { subject: 'caller', action: 'setup.health' },
    responses: [{ status: 200, description: 'The checks.', schema: SetupHealth }, P.forbidden],
  }),
  refusals: defineEndpoint({
    method: 'get',
    path: '/api/hr/refusals',
    summary: 'Refused requests, counted per actor, subject, action and hour: ids and codes only',
    tag: TAG,
    query: RefusalsQuery,
    access: { subject: 'caller', action: 'security-log.read' },
    responses: [
      { status: 200, description: 'The counts, newest hour first.', schema: RefusalsResponse },
      P.badRequest,
      P.forbidden,
    ],
  }),
};

export const PEOPLE_ENDPOINTS = {
  erasePerson: defineEndpoint({
    method: 'delete',
    path: '/api/people/{personId}',
    summary: 'Erase everything recorded about a person (HR admin)',
    description:
      'Removes every contract version, commitment, review item, conversation record, trigger, profile, consent and observed manager history for the person. The audit trail keeps its id-only entries, including this erasure. The receipt states exactly what remains where the API cannot reach (the managers’ OneDrive notes, mail, calendar and To Do; the SharePoint recycle bin) and how an admin purges it.',
    tag: 'Administration',
    params: PersonParams,
    query: EraseQuery,
    // Asked once `confirm` is found to repeat the path: a slip is a 400 before any rule.
    access: { subject: 'person', action: 'erase.person', askedBy: 'handler' },
    responses: [
      {
        status: 200,
        description: 'Erased (also when nothing was recorded), with the receipt.',
        schema: ErasureReceiptResponse,
      },
      P.badRequest,
      P.forbidden,
    ],
  }),
};
