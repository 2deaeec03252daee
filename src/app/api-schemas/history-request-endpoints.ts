import { PersonParams } from './common';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';
import {
  AnswerHistoryRequestBody,
  HistoryRequest,
  HistoryRequestListResponse,
  HistoryRequestParams,
} from './history-request';

const TAG = 'Consent';

export const HISTORY_REQUEST_ENDPOINTS = {
  askToShareHistory: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/history-requests',
    summary: 'Ask your report to share what they recorded with earlier managers',
    description:
      'Only their current manager may ask (checked live in the directory). Asking again while the request waits returns it; a declined request is not reopened. The report answers in their tab.',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'history-request.ask', hideRecord: true },
    responses: [
      {
        status: 201,
        description: 'The request (the waiting one, when asked before).',
        schema: HistoryRequest,
      },
      P.forbidden,
      P.notFound,
      P.unprocessable,
    ],
  }),
  historyRequestsFor: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/history-requests',
    summary: 'Whether your report has answered your request to share their history',
    description:
      'The current manager sees the requests they made themself, never one an earlier manager made.',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true, action: 'history-request.read', hideRecord: true },
    responses: [
      {
        status: 200,
        description: 'Your requests, oldest first.',
        schema: HistoryRequestListResponse,
      },
      P.forbidden,
      P.notFound,
    ],
  }),
  myHistoryRequests: defineEndpoint({
    method: 'get',
    path: '/api/me/history-requests',
    summary: 'Managers’ requests to see your earlier history, answered ones included',
    tag: TAG,
    access: { subject: 'caller', action: 'history-request.read' },
    responses: [{ status: 200, description: 'Oldest first.', schema: HistoryRequestListResponse }],
  }),
  answerHistoryRequest: defineEndpoint({
    method: 'post',
    path: '/api/me/history-requests/{requestId}/answer',
    summary: 'Share your earlier history with the manager who asked, or decline',
    description:
      'Sharing gives the same consent as POST /api/me/consents, and can be taken back the same way. Only a request from your current manager can be answered.',
    tag: TAG,
    params: HistoryRequestParams,
    body: AnswerHistoryRequestBody,
    access: { subject: 'caller', action: 'history-request.answer' },
    responses: [
      { status: 200, description: 'The request with your answer.', schema: HistoryRequest },
      P.badRequest,
      P.notFound,
      P.unprocessable,
    ],
  }),
};
