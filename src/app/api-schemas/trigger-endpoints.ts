import { PersonParams } from './common';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import {
  CloseTriggerBody,
  NewTriggerBody,
  TriggerListResponse,
  TriggerLog,
  TriggerParams,
} from './trigger';

const TAG = 'Triggers';

export const TRIGGER_ENDPOINTS = {
  triggers: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/triggers',
    summary: 'Triggers logged for the person (categories only)',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true },
    responses: [{ status: 200, description: 'Logs.', schema: TriggerListResponse }, P.forbidden],
  }),
  logTrigger: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/triggers',
    summary: 'Log one of the six triggers for an ad hoc career conversation',
    description: 'The body has one field, the trigger category. There is no free text, by design.',
    tag: TAG,
    params: PersonParams,
    body: NewTriggerBody,
    access: { subject: 'person', action: 'trigger.log' },
    responses: [
      { status: 201, description: 'The log.', schema: TriggerLog, etag: true },
      P.badRequest,
      P.forbidden,
    ],
  }),
  closeTrigger: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/triggers/{logId}/close',
    summary: 'Close a trigger with the held conversation that answered it',
    description: 'Holding an ad hoc conversation with the same trigger closes it automatically.',
    tag: TAG,
    params: TriggerParams,
    body: CloseTriggerBody,
    ifMatch: 'required',
    access: { subject: 'person', gate: true, action: 'trigger.close', record: true },
    responses: [
      { status: 200, description: 'The closed log.', schema: TriggerLog, etag: true },
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.unprocessable,
      P.preconditionRequired,
    ],
  }),
};
