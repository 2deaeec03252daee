import { AGENDA_ENDPOINTS } from './agenda-endpoints';
import { CONTRACT_ENDPOINTS } from './contract-endpoints';
import { CONVERSATION_ENDPOINTS } from './conversation-endpoints';
import type { EndpointDefinition } from './endpoint';
import { HISTORY_REQUEST_ENDPOINTS } from './history-request-endpoints';
import { HR_ENDPOINTS, PEOPLE_ENDPOINTS } from './hr-endpoints';
import { ME_ENDPOINTS, NUDGE_ENDPOINTS } from './me-endpoints';
import { PROFILE_ENDPOINTS } from './profile-endpoints';
import { READS_ENDPOINTS } from './reads-endpoints';
import { TEAM_ENDPOINTS } from './team-endpoints';
import { TRIGGER_ENDPOINTS } from './trigger-endpoints';

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
