import { answerHistoryRequest, askToShareHistory, requestsBy } from '../../app/career-api';
import { PersonParams } from '../../app/api-schemas/common';
import {
  AnswerHistoryRequestBody,
  HistoryRequest,
  HistoryRequestListResponse,
  HistoryRequestParams,
} from '../../app/api-schemas/history-request';
import { respond } from '../http/respond';
import { readBody, readParams } from '../http/validate';
import { PROBLEM_RESPONSES as P } from './helpers';
import type { Route } from './route';

const TAG = 'Consent';

const ask: Route = {
  method: 'post',
  path: '/api/people/{personId}/history-requests',
  summary: 'Ask your report to share what they recorded with earlier managers',
  description:
    'Only their current manager may ask (checked live in the directory). Asking again while the request waits returns it; a declined request is not reopened. The report answers in their tab.',
  tag: TAG,
  params: PersonParams,
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
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId, true);
    const grant = await services.guard.check({
      caller,
      action: 'history-request.ask',
      subjectId: personId,
      resolved,
      hideRecord: true,
    });
    const saved = await grant.run(() =>
      askToShareHistory(services.ctx, { reportId: personId, managerId: caller.userId }),
    );
    return respond(c, HistoryRequest, saved.value, { status: 201 });
  },
};

const readAsked: Route = {
  method: 'get',
  path: '/api/people/{personId}/history-requests',
  summary: 'Whether your report has answered your request to share their history',
  description:
    'The current manager sees the requests they made themself, never one an earlier manager made.',
  tag: TAG,
  params: PersonParams,
  responses: [
    {
      status: 200,
      description: 'Your requests, oldest first.',
      schema: HistoryRequestListResponse,
    },
    P.forbidden,
    P.notFound,
  ],
  async handle(c, services) {
    const { personId } = readParams(c, PersonParams);
    const caller = c.get('caller');
    const resolved = await services.guard.gate(caller, personId);
    const grant = await services.guard.check({
      caller,
      action: 'history-request.read',
      subjectId: personId,
      resolved,
      hideRecord: true,
    });
    const items = await grant.run(() =>
      services.ctx.stores.historyRequests.listForReport(personId),
    );
    return respond(c, HistoryRequestListResponse, { items: requestsBy(items, caller.userId) });
  },
};

const readMine: Route = {
  method: 'get',
  path: '/api/me/history-requests',
  summary: 'Managers’ requests to see your earlier history, answered ones included',
  tag: TAG,
  responses: [{ status: 200, description: 'Oldest first.', schema: HistoryRequestListResponse }],
  async handle(c, services) {
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'history-request.read',
      subjectId: caller.userId,
    });
    const items = await grant.run(() =>
      services.ctx.stores.historyRequests.listForReport(caller.userId),
    );
    return respond(c, HistoryRequestListResponse, { items: items.map((i) => i.value) });
  },
};

const answer: Route = {
  method: 'post',
  path: '/api/me/history-requests/{requestId}/answer',
  summary: 'Share your earlier history with the manager who asked, or decline',
  description:
    'Sharing gives the same consent as POST /api/me/consents, and can be taken back the same way. Only a request from your current manager can be answered.',
  tag: TAG,
  params: HistoryRequestParams,
  body: AnswerHistoryRequestBody,
  responses: [
    { status: 200, description: 'The request with your answer.', schema: HistoryRequest },
    P.badRequest,
    P.notFound,
    P.unprocessable,
  ],
  async handle(c, services) {
    const { requestId } = readParams(c, HistoryRequestParams);
    const input = await readBody(c, AnswerHistoryRequestBody);
    const caller = c.get('caller');
    const grant = await services.guard.check({
      caller,
      action: 'history-request.answer',
      subjectId: caller.userId,
    });
    const liveManagerId = await services.managers.liveManagerOf(caller.userId);
    const saved = await grant.run(() =>
      answerHistoryRequest(services.ctx, {
        reportId: caller.userId,
        requestId,
        answer: input.answer,
        liveManagerId,
      }),
    );
    return respond(c, HistoryRequest, saved.value);
  },
};

export const HISTORY_REQUEST_ROUTES: Route[] = [ask, readAsked, readMine, answer];
