import { answerHistoryRequest, askToShareHistory, requestsBy } from '../../app/career-api';
import { HISTORY_REQUEST_ENDPOINTS as E } from '../../app/api-schemas/me-endpoints';
import { handle, type Route } from './route';

const ask = handle(E.askToShareHistory, async ({ caller, params, grant }, services) => {
  const saved = await grant.run(() =>
    askToShareHistory(services.ctx, { reportId: params.personId, managerId: caller.userId }),
  );
  return { body: saved.value };
});

const readAsked = handle(E.historyRequestsFor, async ({ caller, params, grant }, services) => {
  const items = await grant.run(() =>
    services.ctx.stores.historyRequests.listForReport(params.personId),
  );
  return { body: { items: requestsBy(items, caller.userId) } };
});

const readMine = handle(E.myHistoryRequests, async ({ caller, grant }, services) => {
  const items = await grant.run(() =>
    services.ctx.stores.historyRequests.listForReport(caller.userId),
  );
  return { body: { items: items.map((i) => i.value) } };
});

const answer = handle(E.answerHistoryRequest, async ({ caller, params, body, grant }, services) => {
  const liveManagerId = await services.managers.liveManagerOf(caller.userId);
  const saved = await grant.run(() =>
    answerHistoryRequest(services.ctx, {
      reportId: caller.userId,
      requestId: params.requestId,
      answer: body.answer,
      liveManagerId,
    }),
  );
  return { body: saved.value };
});

export const HISTORY_REQUEST_ROUTES: Route[] = [ask, readAsked, readMine, answer];
