import { describeHistoryRequestStore } from './history-request-store.contract';
import { runAgainstSharePoint } from './sharepoint-harness';

runAgainstSharePoint(
  'SharePoint HistoryRequestStore',
  (stores) => stores.historyRequests,
  describeHistoryRequestStore,
);
