import { CONTRACT_ENDPOINTS, PROFILE_ENDPOINTS } from './contract-endpoints';
import {
  AGENDA_ENDPOINTS,
  CONVERSATION_ENDPOINTS,
  TEAM_ENDPOINTS,
  TRIGGER_ENDPOINTS,
} from './conversation-endpoints';
import { defineEndpoint, PROBLEM_RESPONSES as P, type EndpointDefinition } from './endpoint';
import { HR_ENDPOINTS, PEOPLE_ENDPOINTS } from './hr-endpoints';
import { HISTORY_REQUEST_ENDPOINTS, ME_ENDPOINTS, NUDGE_ENDPOINTS } from './me-endpoints';
import { GatheredReadsQuery, GatheredReadsResponse } from './reads';

export const READS_ENDPOINTS = {
  // Each read is checked as the GET it names; the gathering call itself reaches no data.
  gatheredReads: defineEndpoint({
    method: 'get',
    path: '/api/reads',
    summary: 'Several reads in one call (a screen’s worth)',
    description:
      'Each path is read as its own GET with your token: the same checks, the same answer, the same audit. A screen that needs five reads makes one call. Reads are independent: one refused or missing does not fail the others.',
    tag: 'Reads',
    query: GatheredReadsQuery,
    responses: [
      { status: 200, description: 'The answers, in order.', schema: GatheredReadsResponse },
      P.badRequest,
    ],
  }),
};

/**
 * Every endpoint of the career API, by name, in the order the OpenAPI description lists them.
 * The names are the client's method names where the app calls the endpoint.
 */
export const ENDPOINTS = {
  ...TEAM_ENDPOINTS,
  ...CONTRACT_ENDPOINTS,
  ...CONVERSATION_ENDPOINTS,
  ...TRIGGER_ENDPOINTS,
  ...PROFILE_ENDPOINTS,
  ...AGENDA_ENDPOINTS,
  ...HISTORY_REQUEST_ENDPOINTS,
  ...ME_ENDPOINTS,
  ...HR_ENDPOINTS,
  ...PEOPLE_ENDPOINTS,
  ...READS_ENDPOINTS,
  ...NUDGE_ENDPOINTS,
};

export type EndpointName = keyof typeof ENDPOINTS;

export const ENDPOINT_LIST: readonly EndpointDefinition[] = Object.values(ENDPOINTS);
